"""OCR speed: docproc's reader vs. the raw ``tesseract`` command on the same page images.

    .venv/bin/python benchmarks/bench_ocr.py [--pages N] [--workers N] [IMAGE …]

Without images, renders the two seed documents to 300-dpi pages (``corpora/generate.py``)
and adds the real scans of ``../shared/data/scans`` when present. Reports, in the same run:
- sequential seconds per page: ``docproc.read(image)`` vs ``tesseract IMAGE - -l vie``;
- throughput on all cores: docproc's worker pool on a multi-page TIFF vs. as many parallel
  ``tesseract`` processes as cores (each with ``OMP_THREAD_LIMIT=1``), in pages/minute;
- text-PDF pages/second (pdfplumber path) on a generated text PDF.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def page_images(tmp: Path, limit: int) -> list[Path]:
    from _common import generator

    gen = generator()
    out: list[Path] = []
    for k, name in enumerate(("chi_thi_soc_trang_sao_y_my_tu.txt", "bao_nam_dinh_2021_04.txt")):
        src = SHARED / "seeds" / name
        text = (
            src.read_text(encoding="utf-8")
            if src.exists()
            else (ROOT / "corpora" / "samples" / name).read_text(encoding="utf-8")
        )
        for i, img in enumerate(gen.render_page_images(text, dpi=300, noisy=True, seed=k)):
            p = tmp / f"{src.stem}-{i + 1}.png"
            img.save(p)
            out.append(p)
    if (SHARED / "scans").is_dir():
        out.extend(sorted((SHARED / "scans").glob("*.jpg")))
    return out[:limit]


def tesseract_cli(img: Path) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    return subprocess.run(
        ["tesseract", str(img), "-", "-l", "vie"], check=True, capture_output=True, text=True, env=env
    ).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("images", nargs="*", type=Path)
    ap.add_argument("--pages", type=int, default=12)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    import docproc
    from docproc.readers.ocr import shutdown_pool

    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        images = args.images or page_images(tmp, args.pages)
        print(
            f"{len(images)} page images; {args.workers} workers; tesseract: "
            + subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
        )

        # warm both paths once (engine load, page cache)
        docproc.read(images[0], workers=1)
        tesseract_cli(images[0])

        t = time.perf_counter()
        for img in images:
            docproc.read(img, workers=1)
        ours = (time.perf_counter() - t) / len(images)
        t = time.perf_counter()
        for img in images:
            tesseract_cli(img)
        cli = (time.perf_counter() - t) / len(images)
        print(f"sequential s/page: docproc {ours:.3f}  tesseract CLI {cli:.3f}  ratio {ours / cli:.2f}x")

        from PIL import Image

        tiff = tmp / "all.tif"
        frames = [Image.open(p).convert("L") for p in images]
        frames[0].save(tiff, save_all=True, append_images=frames[1:], compression="tiff_lzw", dpi=(300, 300))
        docproc.read(tiff, workers=args.workers)  # start the pool
        t = time.perf_counter()
        docproc.read(tiff, workers=args.workers)
        ours_par = time.perf_counter() - t
        t = time.perf_counter()
        with ThreadPoolExecutor(args.workers) as ex:
            list(ex.map(tesseract_cli, images))
        cli_par = time.perf_counter() - t
        n = len(images)
        print(
            f"{args.workers} cores pages/min: docproc {60 * n / ours_par:.1f}  tesseract CLI {60 * n / cli_par:.1f}"
            f"  time ratio {ours_par / cli_par:.2f}x"
        )
        shutdown_pool()

        from _common import generator

        gen = generator()
        seed = SHARED / "seeds" / "chi_thi_soc_trang_sao_y_my_tu.txt"
        if seed.exists():
            text = "\n\n".join([seed.read_text(encoding="utf-8")] * 10)
            pdf = gen.render_text_pdf(text, tmp / "text.pdf")
            doc = docproc.read(pdf)
            t = time.perf_counter()
            doc = docproc.read(pdf)
            dt = time.perf_counter() - t
            print(f"text PDF: {len(doc.pages)} pages in {dt:.2f} s = {len(doc.pages) / dt:.1f} pages/s")


if __name__ == "__main__":
    main()
