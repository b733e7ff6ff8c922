"""Rebuild the held-out TEST set: test_gold.jsonl and test_docs/ from the test_batch_*.py files
(standard library only).  Same helper (_lib.D / _lib.U) and checks as build.py; only the output
paths differ, and it refuses to write if a test document is also in the dev gold.jsonl."""
import glob, json, os, runpy, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _lib
ROOT = _lib.ROOT
for f in sorted(glob.glob(os.path.join(HERE, "test_batch_*.py"))):
    runpy.run_path(f, init_globals={"D": _lib.D, "U": _lib.U})
dev = set()
if os.path.exists(os.path.join(ROOT, "gold.jsonl")):
    with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as fh:
        dev = {json.loads(line)["source"] for line in fh if line.strip()}
for d in _lib.DOCS:
    if d["source"] in dev:
        _lib.ERRORS.append(f"{d['doc_id']}: {d['source']} is in the dev set")
    d["input"] = "test_docs/" + os.path.basename(d["input"])
if _lib.ERRORS:
    print("\n".join(_lib.ERRORS))
    sys.exit(1)
os.makedirs(os.path.join(ROOT, "test_docs"), exist_ok=True)
with open(os.path.join(ROOT, "test_gold.jsonl"), "w", encoding="utf-8") as f:
    for d in _lib.DOCS:
        shutil.copyfile(d["_path"], os.path.join(ROOT, d["input"]))
        f.write(json.dumps({k: v for k, v in d.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
n = sum(len(d["units"]) for d in _lib.DOCS)
p = sum(len(u["assignees"]) for d in _lib.DOCS for u in d["units"])
print(f"wrote {len(_lib.DOCS)} docs, {n} units, {p} assignee pairs")
