#!/usr/bin/env python3
"""Validate preambles_gold.jsonl (standard library only).

Checks
  * every line parses as a JSON object with doc_id, input, preamble, references;
  * the input file exists, doc_id is its base name, no document appears twice;
  * the preamble span lies inside the file's text (read with
    open(path, encoding="utf-8").read());
  * every reference has the fields id, doc_type, title, date, issuer, relation, text;
  * every `text` occurs inside the preamble span (and, when a `span` is given,
    file_text[span] == text and the span lies inside the preamble);
  * ids match the number-symbol pattern (State / legal-normative "73/2023/NĐ-CP",
    Party "21-KL/TW"), contain no spaces, no U+00D0 "Ð", no Cyrillic/Greek letters;
  * no id is listed twice within one document;
  * dates are valid ISO YYYY-MM-DD; relations are in the allowed set.
Prints counts and exits 1 when any problem is found.

Usage: python3 check.py [path/to/preambles_gold.jsonl] [--base DIR]
"""

import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BASE = "/work/shared/data/admin_docs"
RELATIONS = {"basis", "implements", "amends", "replaces", "repeals", "cites"}
REF_KEYS = ("id", "doc_type", "title", "date", "issuer", "relation", "text")
ID_RE = re.compile(
    r"^[0-9]+(?:\.[0-9]+)?"  # number (66.15 style allowed)
    r"(?:/[0-9]{4})?"  # year segment of legal-normative documents
    r"[/-]"  # '/' State, '-' Party
    r"[A-ZĐ][A-Za-zĐ0-9&]*"  # type / issuer code (TTg allowed)
    r"(?:[/-][A-ZĐ][A-Za-zĐ0-9&]*)*$"  # further symbol parts
)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def bad_letters(s):
    out = []
    for ch in s:
        if ch == "\u00d0":
            out.append("U+00D0")
        elif ord(ch) > 127:
            name = unicodedata.name(ch, "")
            if "CYRILLIC" in name or "GREEK" in name:
                out.append(name)
    return out


def main(argv):
    path = os.path.join(HERE, "preambles_gold.jsonl")
    base = DEFAULT_BASE
    args = list(argv)
    if "--base" in args:
        i = args.index("--base")
        base = args[i + 1]
        del args[i : i + 2]
    if args:
        path = args[0]

    problems = []
    n_docs = n_refs = with_id = without_id = 0
    by_type, by_rel, by_source = Counter(), Counter(), Counter()
    seen_docs = set()

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            where = "line %d" % lineno
            if not line.strip():
                bad(where, "empty line")
                continue
            try:
                doc = json.loads(line)
            except ValueError as exc:
                bad(where, f"JSON error: {exc}")
                continue
            if not isinstance(doc, dict):
                bad(where, "not an object")
                continue
            missing = [k for k in ("doc_id", "input", "preamble", "references") if k not in doc]
            if missing:
                bad(where, f"missing keys {missing}")
                continue
            where = "line %d (%s)" % (lineno, doc["input"])
            n_docs += 1
            by_source[doc["input"].split("/")[0]] += 1
            if doc["input"] in seen_docs:
                bad(where, "document listed twice")
            seen_docs.add(doc["input"])
            fp = os.path.join(base, doc["input"])
            if not os.path.isfile(fp):
                bad(where, f"input file not found: {fp}")
                continue
            if doc["doc_id"] != os.path.splitext(os.path.basename(doc["input"]))[0]:
                bad(where, "doc_id {!r} does not match input".format(doc["doc_id"]))
            text = open(fp, encoding="utf-8").read()
            span = doc["preamble"]
            if (
                not isinstance(span, list)
                or len(span) != 2
                or not all(isinstance(x, int) for x in span)
                or not 0 <= span[0] < span[1] <= len(text)
            ):
                bad(where, f"bad preamble span {span!r}")
                continue
            ps, pe = span
            pre = text[ps:pe]
            if not isinstance(doc["references"], list):
                bad(where, "references is not a list")
                continue
            ids_here = Counter()
            for k, ref in enumerate(doc["references"]):
                rw = "%s ref %d" % (where, k + 1)
                n_refs += 1
                if not isinstance(ref, dict):
                    bad(rw, "not an object")
                    continue
                miss = [key for key in REF_KEYS if key not in ref]
                if miss:
                    bad(rw, f"missing keys {miss}")
                    continue
                rt = ref["text"]
                if not isinstance(rt, str) or not rt:
                    bad(rw, "empty text")
                elif rt not in pre:
                    bad(rw, f"text not inside the preamble: {rt!r}")
                if "span" in ref:
                    s = ref["span"]
                    if (
                        not isinstance(s, list)
                        or len(s) != 2
                        or not (ps <= s[0] < s[1] <= pe)
                        or text[s[0] : s[1]] != rt
                    ):
                        bad(rw, f"span {s!r} does not give the text inside the preamble")
                rid = ref["id"]
                if rid is None:
                    without_id += 1
                else:
                    with_id += 1
                    ids_here[rid] += 1
                    if not isinstance(rid, str) or not ID_RE.match(rid):
                        bad(rw, f"id does not look like a number-symbol: {rid!r}")
                    elif " " in rid or bad_letters(rid):
                        bad(rw, f"id not normalised: {rid!r} {bad_letters(rid)}")
                if not isinstance(ref["doc_type"], str) or not ref["doc_type"]:
                    bad(rw, "doc_type missing")
                else:
                    by_type[ref["doc_type"]] += 1
                d = ref["date"]
                if d is not None:
                    if not isinstance(d, str) or not DATE_RE.match(d):
                        bad(rw, f"date not ISO YYYY-MM-DD: {d!r}")
                    else:
                        try:
                            datetime.date.fromisoformat(d)
                        except ValueError:
                            bad(rw, f"invalid date {d!r}")
                if ref["relation"] not in RELATIONS:
                    bad(rw, "invalid relation {!r}".format(ref["relation"]))
                else:
                    by_rel[ref["relation"]] += 1
                for key in ("title", "issuer"):
                    if ref[key] is not None and (not isinstance(ref[key], str) or not ref[key].strip()):
                        bad(rw, f"{key} must be a non-empty string or null")
            for rid, c in ids_here.items():
                if c > 1:
                    bad(where, "id %s listed %d times" % (rid, c))

    print("documents: %d (%s)" % (n_docs, ", ".join("%s %d" % kv for kv in sorted(by_source.items()))))
    print("references: %d (with id %d, without id %d)" % (n_refs, with_id, without_id))
    print("by doc_type: " + ", ".join("%s %d" % kv for kv in by_type.most_common()))
    print("by relation: " + ", ".join("%s %d" % kv for kv in by_rel.most_common()))
    if problems:
        print("PROBLEMS: %d" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
