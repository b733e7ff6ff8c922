"""Generated test documents: a text as a text-layer PDF, as page images, as a scanned PDF or TIFF.

Used by the OCR tests and benchmarks to produce scans whose true text is known exactly. Pages are
A4 in Liberation Serif 13 pt (the typeface and size Nghị định 30/2020 asks for), margins 2 cm top
and bottom, 3 cm left, 2 cm right. Each source line starts a new line; long lines wrap at word
boundaries; a form feed starts a new page.

``noisy=True`` degrades images the way office scanners do — a small skew (≤ 1°), blur, specks and
JPEG compression — deterministically for a given ``seed``.

    python corpora/generate.py TEXT.txt OUT.{pdf,tif,png} [--scan] [--noisy] [--dpi 300] [--seed 0]
"""

from __future__ import annotations

import argparse
import io
import random
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image as PILImage

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
CM = 72 / 2.54
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 2 * CM, 2 * CM, 3 * CM, 2 * CM
FONT_SIZE = 13.0
LEADING = FONT_SIZE * 1.35
FONT_DIRS = (
    "/usr/share/fonts/truetype/liberation2",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/liberation",
)


def find_font(bold: bool = False) -> Path:
    """Path of Liberation Serif (regular or bold); raises FileNotFoundError naming what to install."""
    name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.exists():
            return p
    raise FileNotFoundError(f"{name} not found in {', '.join(FONT_DIRS)}: apt-get install fonts-liberation2")


@lru_cache(maxsize=1)
def _font_name() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("LiberationSerif", str(find_font())))
    return "LiberationSerif"


def _width(s: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(s, _font_name(), FONT_SIZE))


def _wrap(line: str, width: float) -> list[str]:
    words = line.split()
    if not words:
        return [""]
    out: list[str] = []
    cur = words[0]
    for w in words[1:]:
        if _width(cur + " " + w) <= width:
            cur += " " + w
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def layout_lines(text: str) -> list[list[str]]:
    """The pages of ``text`` as lists of printed lines (wrapped to the text width)."""
    width = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
    per_page = int((PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) // LEADING)
    pages: list[list[str]] = []
    for chunk in text.replace("\r\n", "\n").split("\f"):
        lines = [w for src in chunk.strip("\n").split("\n") for w in _wrap(src.strip(), width)]
        for i in range(0, max(len(lines), 1), per_page):
            page = lines[i : i + per_page]
            while page and not page[-1]:
                page.pop()
            while page and not page[0]:
                page.pop(0)
            if page:
                pages.append(page)
    return pages or [[]]


def render_text_pdf(text: str, out: Path | str) -> Path:
    """A PDF with a text layer (embedded Liberation Serif), one printed line per layout line."""
    from reportlab.pdfgen.canvas import Canvas

    out = Path(out)
    canvas = Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=True)
    for page in layout_lines(text):
        canvas.setFont(_font_name(), FONT_SIZE)
        y = PAGE_H - MARGIN_TOP - FONT_SIZE
        for line in page:
            if line:
                canvas.drawString(MARGIN_LEFT, y, line)
            y -= LEADING
        canvas.showPage()
    canvas.save()
    return out


def _degrade(img: PILImage.Image, rng: random.Random) -> PILImage.Image:
    from PIL import Image, ImageDraw, ImageFilter

    img = img.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randint(150, 300)):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        r = rng.choice((1, 1, 1, 2))
        draw.ellipse((x, y, x + r, y + r), fill=rng.randint(40, 140))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=rng.randint(35, 50))
    buf.seek(0)
    return Image.open(buf).convert("L")


def render_page_images(text: str, dpi: int = 300, noisy: bool = False, seed: int = 0) -> list[PILImage.Image]:
    """Grayscale page images of ``text`` at ``dpi``; ``noisy`` adds scanner defects."""
    from PIL import Image, ImageDraw, ImageFont

    scale = dpi / 72
    font = ImageFont.truetype(str(find_font()), round(FONT_SIZE * scale))
    size = (round(PAGE_W * scale), round(PAGE_H * scale))
    rng = random.Random(seed)
    images: list[PILImage.Image] = []
    for page in layout_lines(text):
        img = Image.new("L", size, 255)
        draw = ImageDraw.Draw(img)
        y = MARGIN_TOP
        for line in page:
            if line:
                draw.text((MARGIN_LEFT * scale, y * scale), line, font=font, fill=0)
            y += LEADING
        images.append(_degrade(img, rng) if noisy else img)
    return images


def render_image_pdf(text: str, out: Path | str, dpi: int = 300, noisy: bool = False, seed: int = 0) -> Path:
    """A PDF of page images only (no text layer), like a scanner's output."""
    out = Path(out)
    first, *rest = render_page_images(text, dpi=dpi, noisy=noisy, seed=seed)
    first.save(out, format="PDF", save_all=True, append_images=rest, resolution=float(dpi))
    return out


def render_tiff(text: str, out: Path | str, dpi: int = 300, noisy: bool = False, seed: int = 0) -> Path:
    """A multi-page TIFF of the page images."""
    out = Path(out)
    first, *rest = render_page_images(text, dpi=dpi, noisy=noisy, seed=seed)
    first.save(out, format="TIFF", save_all=True, append_images=rest, dpi=(dpi, dpi), compression="tiff_deflate")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scan", action="store_true", help="PDF of page images instead of a text layer")
    ap.add_argument("--noisy", action="store_true")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    text = args.text.read_text(encoding="utf-8")
    suffix = args.out.suffix.lower()
    if suffix in (".tif", ".tiff"):
        render_tiff(text, args.out, args.dpi, args.noisy, args.seed)
    elif suffix == ".pdf" and not args.scan:
        render_text_pdf(text, args.out)
    elif suffix == ".pdf":
        render_image_pdf(text, args.out, args.dpi, args.noisy, args.seed)
    else:
        for i, img in enumerate(render_page_images(text, args.dpi, args.noisy, args.seed), 1):
            img.save(args.out.with_name(f"{args.out.stem}-{i}{args.out.suffix}"), dpi=(args.dpi, args.dpi))
    print(args.out)


if __name__ == "__main__":
    main()


def adversarial_text(chars: int = 1_000_000) -> str:
    """Text built to make naive patterns backtrack: long runs of "số 1/", "ngày ngày", "/", "-",
    "Nghị định số 1/", "Căn cứ Luật", "UBND tỉnh", "Bộ Bộ", capital letters … (``chars`` long)."""
    parts = [
        "số 1/" * 2000,
        "ngày ngày ngày " * 2000,
        "/" * 20000,
        "-" * 20000,
        "Nghị định số 1/" * 1000,
        "Căn cứ Luật " * 2000,
        "UBND tỉnh " * 2000,
        "Số: 12/QĐ-" * 1000,
        "1/1/1/1/" * 3000,
        "tháng 1 năm " * 2000,
        "Bộ Bộ Bộ " * 3000,
        "A B C D E " * 3000,
    ]
    block = "\n".join(parts)
    return (block * (chars // len(block) + 1))[:chars]
