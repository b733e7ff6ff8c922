"""Tiny annotation helper (standard library only).

Each batch file calls D(doc_id, source) then U(...) for every unit.  `text` may be given as
  - a line prefix (default): the unit is the whole line (without the trailing newline) that
    starts with that prefix; it must be unique in the document;
  - exact=True: the given string itself, which must occur in the document.
Default: `text` is a substring that occurs in exactly one line (or pick with occ=N); the unit is
that whole line, stripped.  Assignees are (name, role) or (name, role, "inh") tuples; names must be exact substrings of the document.
"""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = "/work/shared/data/admin_docs"
ROLES = {"lead", "cooperate", "execute", "monitor", "advise", "report_to"}
DOCS = []
_cur = None
ERRORS = []


def D(doc_id, source):
    global _cur
    path = os.path.join(SHARED, source)
    content = open(path, encoding="utf-8").read()
    ext = os.path.splitext(source)[1]
    _cur = {"doc_id": doc_id, "input": f"docs/{doc_id}{ext}", "source": source, "units": [],
            "_content": content, "_path": path}
    DOCS.append(_cur)


def _err(msg):
    ERRORS.append(f"{_cur['doc_id']}: {msg}")


def U(item, text, a, action=None, deadline=None, report_to=None, exact=False, occ=None):
    c = _cur["_content"]
    if exact:
        if text not in c:
            _err(f"text not found: {text[:80]!r}")
            return
        t = text
    else:
        lines = [ln for ln in c.split("\n") if text in ln]
        if occ is not None:
            lines = lines[occ:occ + 1]
        if len(lines) != 1:
            _err(f"substring matches {len(lines)} lines: {text[:80]!r}")
            return
        t = lines[0].strip()
    a = [tuple(x) + (None,) * (3 - len(x)) for x in a]
    for name, role, inh in a:
        if role not in ROLES:
            _err(f"bad role {role}")
        if name not in c:
            _err(f"name not in doc: {name!r}")
        elif not inh and name not in t:
            _err(f"name not in unit (mark 'inh' if inherited): {name!r} / {t[:60]!r}")
    for k, v in (("action", action), ("deadline", deadline), ("report_to", report_to)):
        if v is not None and v not in t:
            _err(f"{k} not in unit: {v!r}")
    if report_to is not None and (report_to, "report_to") not in [x[:2] for x in a]:
        _err(f"report_to {report_to!r} missing as assignee")
    _cur["units"].append({"item": item, "text": t,
                          "assignees": [dict(name=n, role=r, **({"inherited": True} if i else {})) for n, r, i in a],
                          "action": action, "deadline": deadline, "report_to": report_to})


def show(doc_id):
    d = [x for x in DOCS if x["doc_id"] == doc_id][0]
    for u in d["units"]:
        print(u["item"], "|", u["text"][:90])
        for x in u["assignees"]:
            print("    ", x["role"], ":", x["name"])


def write():
    if ERRORS:
        print("\n".join(ERRORS))
        sys.exit(1)
    os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            shutil.copyfile(d["_path"], os.path.join(ROOT, d["input"]))
            rec = {k: v for k, v in d.items() if not k.startswith("_")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(d["units"]) for d in DOCS)
    p = sum(len(u["assignees"]) for d in DOCS for u in d["units"])
    print(f"wrote {len(DOCS)} docs, {n} units, {p} assignee pairs")
