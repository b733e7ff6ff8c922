"""Rebuild gold.jsonl and docs/ from the batch_*.py annotation files (standard library only)."""
import glob, os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _lib
for f in sorted(glob.glob(os.path.join(HERE, "batch_*.py"))):
    runpy.run_path(f, init_globals={"D": _lib.D, "U": _lib.U})
_lib.write()
