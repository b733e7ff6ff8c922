"""OCR accuracy: character error rate of docproc's reader on generated scans of the seeds.

    .venv/bin/python benchmarks/ocr_accuracy.py [--seeds 0 3]

Renders each seed (``../shared/data/seeds``, else ``corpora/samples``) as an image-only PDF at
300 dpi, clean and noisy (``corpora/generate.py``: ≤ 1° skew, blur, specks, JPEG), reads it back
with ``docproc.read`` and prints the CER against the normalised source text and the mean page
confidence. Targets (issue 2): ≤ 0.3% clean, ≤ 1% noisy.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "seeds"
sys.path.insert(0, str(ROOT))
NAMES = ("chi_thi_soc_trang_sao_y_my_tu.txt", "bao_nam_dinh_2021_04.txt")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 3])
    args = ap.parse_args()

    from _common import generator

    import docproc
    from docproc.evaluate import cer

    gen = generator()
    print(f"{'document':<40} {'pages':>5} {'variant':<6} {'seed':>4} {'CER':>7} {'conf':>5}")
    with tempfile.TemporaryDirectory() as td:
        for name in NAMES:
            src = SHARED / name if (SHARED / name).exists() else ROOT / "corpora" / "samples" / name
            text = src.read_text(encoding="utf-8")
            for noisy in (False, True):
                for seed in args.seeds:
                    pdf = gen.render_image_pdf(text, Path(td) / "scan.pdf", dpi=300, noisy=noisy, seed=seed)
                    doc = docproc.read(pdf)
                    conf = sum(p.confidence or 0 for p in doc.pages) / len(doc.pages)
                    rate = cer(docproc.normalize_text(text), doc.text)
                    variant = "noisy" if noisy else "clean"
                    print(f"{name:<40} {len(doc.pages):>5} {variant:<6} {seed:>4} {rate:>7.2%} {conf:>5.2f}")


if __name__ == "__main__":
    main()
