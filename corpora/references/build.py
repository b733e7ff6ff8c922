#!/usr/bin/env python3
"""Turn the hand-written annotations (annotations.txt) into preambles_gold.jsonl.

Standard library only.  This script does NOT find references: every reference
line in annotations.txt was written by hand.  It only
  * computes the preamble span of each document (rule below, or an explicit
    `end_after:` override written in annotations.txt),
  * converts the '|'-separated lines to JSON,
  * adds the character span of each reference's `text` inside the file,
  * refuses to write when a `text` is not found inside the preamble.

Preamble rule: the preamble starts at the first line that begins with one of
the recital words (Căn cứ, Theo đề nghị, Xét, Thực hiện, Trên cơ sở, Theo đề
xuất, Sau khi) and runs through the following lines that are blank or begin
with a recital word; it ends at the end of the last such non-blank line
(trailing whitespace excluded).  The enacting formula ("Chính phủ ban hành
…", "Bộ trưởng … ban hành Thông tư …", "QUYẾT ĐỊNH:") is not part of it.

Annotation format (annotations.txt):
    # doc <input path relative to /work/shared/data/admin_docs>
    end_after: <string>            (optional; preamble ends right after it)
    <text> | <id> | <doc_type> | <title> | <date> | <issuer> | <rel>
  '-' means null; rel: b=basis, i=implements, c=cites (or a full name).
"""

import json
import os
import re
import sys

BASE = "/work/shared/data/admin_docs"
HERE = os.path.dirname(os.path.abspath(__file__))
RECITAL = re.compile(r"^\s*(Căn cứ|Theo đề nghị|Xét|Thực hiện|Trên cơ sở|Theo đề xuất|Sau khi)\b")
REL = {"b": "basis", "i": "implements", "c": "cites", "a": "amends", "r": "replaces", "x": "repeals"}


def preamble_span(text, end_after=None):
    lines = text.split("\n")
    off = 0
    start = end = None
    for line in lines:
        if start is None:
            if RECITAL.match(line):
                start = off + (len(line) - len(line.lstrip()))
                end = off + len(line.rstrip())
        else:
            if RECITAL.match(line):
                end = off + len(line.rstrip())
            elif line.strip() == "":
                pass
            else:
                break
        off += len(line) + 1
    if start is None:
        raise ValueError("no preamble found")
    if end_after:
        i = text.find(end_after, start)
        if i < 0:
            raise ValueError(f"end_after string not found: {end_after!r}")
        end = i + len(end_after)
    return start, end


def parse(path):
    docs = []
    cur = None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("##"):
            continue
        if line.startswith("# doc "):
            cur = {"input": line[6:].strip(), "refs": [], "end_after": None, "line": n}
            docs.append(cur)
            continue
        if line.startswith("end_after:"):
            cur["end_after"] = line[len("end_after:") :].strip()
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) != 7:
            raise SystemExit("annotations.txt:%d: expected 7 fields, got %d: %r" % (n, len(parts), line))
        text, rid, dtype, title, date, issuer, rel = [None if p == "-" else p for p in parts]
        cur["refs"].append(
            {
                "id": rid,
                "doc_type": dtype,
                "title": title,
                "date": date,
                "issuer": issuer,
                "relation": REL.get(rel, rel),
                "text": text,
                "_line": n,
            }
        )
    return docs


def main():
    docs = parse(os.path.join(HERE, "annotations.txt"))
    out = []
    problems = 0
    for d in docs:
        fp = os.path.join(BASE, d["input"])
        text = open(fp, encoding="utf-8").read()
        s, e = preamble_span(text, d["end_after"])
        pre = text[s:e]
        refs = []
        last = -1
        seen = set()
        for r in d["refs"]:
            i = pre.find(r["text"])
            if i < 0:
                print("NOT IN PREAMBLE %s (annotations.txt:%d): %r" % (d["input"], r["_line"], r["text"]))
                problems += 1
                continue
            # prefer the first occurrence at/after the previous reference's start
            j = pre.find(r["text"], max(last, 0))
            if j >= 0:
                i = j
            last = i
            key = r["id"] or (r["doc_type"], r["title"], r["date"], r["text"])
            if key in seen:
                print("DUPLICATE {}: {!r}".format(d["input"], key))
                problems += 1
            seen.add(key)
            rr = {k: v for k, v in r.items() if not k.startswith("_")}
            rr["span"] = [s + i, s + i + len(r["text"])]
            refs.append(rr)
        doc_id = os.path.splitext(os.path.basename(d["input"]))[0]
        out.append({"doc_id": doc_id, "input": d["input"], "preamble": [s, e], "references": refs})
        if "-v" in sys.argv:
            print(
                "%-28s [%5d,%5d] %2d refs | %s ... %s"
                % (d["input"], s, e, len(refs), pre[:40].replace("\n", " "), pre[-50:].replace("\n", " "))
            )
    if problems:
        raise SystemExit("%d problems; not written" % problems)
    with open(os.path.join(HERE, "preambles_gold.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d documents, %d references" % (len(out), sum(len(o["references"]) for o in out)))


if __name__ == "__main__":
    main()
