"""OCR with Tesseract (Vietnamese), in process through tesserocr, one page per worker process.

Each worker keeps its initialised Tesseract engine between pages, so the model is loaded once
per process rather than once per page as with the ``tesseract`` command. ``OMP_THREAD_LIMIT=1``
keeps each engine on one core; parallelism comes from the processes.
"""

from __future__ import annotations

import atexit
import io
import os
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from docproc.errors import CorruptFileError, DocprocError, OCRError, OCRUnavailableError, ResourceLimitError
from docproc.readers.base import RawPage
from docproc.readers.layout import Line, Word, order_lines

if TYPE_CHECKING:
    from PIL.Image import Image

_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


@cache
def tessdata_dir(lang: str = "vie") -> str:
    """The folder holding ``<lang>.traineddata``: ``$TESSDATA_PREFIX`` or Debian's place."""
    env = os.environ.get("TESSDATA_PREFIX")
    candidates = ([env, str(Path(env) / "tessdata")] if env else []) + list(_TESSDATA_DIRS)
    for d in candidates:
        if all((Path(d) / f"{code}.traineddata").is_file() for code in lang.split("+")):
            return d
    raise OCRUnavailableError(
        None,
        f"Tesseract language data '{lang}' not found (looked in $TESSDATA_PREFIX and "
        f"{', '.join(_TESSDATA_DIRS)}); install it: apt-get install tesseract-ocr tesseract-ocr-vie",
    )


@dataclass(frozen=True, slots=True)
class OcrJob:
    """One page to OCR: page ``index`` of a PDF or a (multi-page) image, by path or bytes."""

    kind: Literal["pdf", "image"]
    source: str | bytes
    index: int
    dpi: int = 300
    lang: str = "vie"
    max_pixels: int = 120_000_000
    #: the file name shown in errors
    name: str | None = None


def _name(job: OcrJob) -> str | None:
    return job.name or (job.source if isinstance(job.source, str) else None)


def open_image(source: str | bytes, path: str | None, max_pixels: int) -> Image:
    """Open an image lazily and check its size against ``max_pixels`` before any decoding.

    Pillow's own decompression-bomb guard is replaced by this check, so the message can
    give the image's size and the limit."""
    from PIL import Image as PILImage

    old = PILImage.MAX_IMAGE_PIXELS
    PILImage.MAX_IMAGE_PIXELS = None
    try:
        im = PILImage.open(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (OSError, ValueError, SyntaxError) as err:
        raise CorruptFileError(path, f"not a readable image ({err})") from err
    finally:
        PILImage.MAX_IMAGE_PIXELS = old
    if im.width * im.height > max_pixels:
        raise ResourceLimitError(
            path,
            f"the image is {im.width} × {im.height} pixels, more than the limit of "
            f"{max_pixels // 1_000_000} megapixels",
        )
    return im


def load_page_image(job: OcrJob) -> Image:
    """The page image of a job, in grayscale, within the pixel limit."""
    from PIL import ImageOps

    path = _name(job)
    if job.kind == "pdf":
        import pypdfium2 as pdfium

        try:
            pdf = pdfium.PdfDocument(job.source)
            page = pdf[job.index]
            w, h = page.get_size()
        except pdfium.PdfiumError as err:
            raise CorruptFileError(path, f"page {job.index + 1} cannot be rendered ({err})") from err
        scale = job.dpi / 72
        if w * h * scale * scale > job.max_pixels:
            scale = (job.max_pixels / (w * h)) ** 0.5
        img: Image = page.render(scale=scale, grayscale=True).to_pil()
        page.close()
        pdf.close()
        return img
    im = open_image(job.source, path, job.max_pixels)
    try:
        im.seek(job.index)
        im.load()
        im = ImageOps.exif_transpose(im)
    except (OSError, EOFError, ValueError) as err:
        raise CorruptFileError(path, f"image frame {job.index + 1} cannot be decoded ({err})") from err
    return im if im.mode == "L" else im.convert("L")


# -- the engine -------------------------------------------------------------------------------
_ENGINES: dict[str, Any] = {}


def _engine(lang: str) -> Any:
    api = _ENGINES.get(lang)
    if api is None:
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        try:
            import tesserocr
        except ImportError as err:  # pragma: no cover - a broken install
            raise OCRUnavailableError(None, f"the tesserocr package cannot be imported ({err})") from err
        api = tesserocr.PyTessBaseAPI(path=tessdata_dir(lang), lang=lang, psm=tesserocr.PSM.AUTO)
        _ENGINES[lang] = api
    return api


def recognize(img: Image, lang: str = "vie") -> RawPage:
    """OCR one page image: words with boxes from Tesseract's layout analysis, put in reading
    order by :func:`docproc.readers.layout.order_lines`; confidence in [0, 1]."""
    from tesserocr import RIL, iterate_level

    api = _engine(lang)
    api.SetImage(img)
    if not api.Recognize():
        raise OCRError(None, "Tesseract could not recognise the page")
    lines: list[Line] = []
    it = api.GetIterator()
    if it is not None:
        for w in iterate_level(it, RIL.WORD):
            text = w.GetUTF8Text(RIL.WORD)
            box = w.BoundingBox(RIL.WORD)
            if not text or box is None:
                continue
            word = Word(float(box[0]), float(box[1]), float(box[2]), float(box[3]), text.strip())
            if w.IsAtBeginningOf(RIL.TEXTLINE) or not lines:
                para = w.IsAtBeginningOf(RIL.PARA) or w.IsAtBeginningOf(RIL.BLOCK)
                lines.append(Line([word], new_paragraph=bool(para)))
            else:
                lines[-1].words.append(word)
    conf = api.MeanTextConf()
    api.Clear()
    text = "\n".join(order_lines(lines, float(img.width)))
    return RawPage(text, "ocr", round(max(conf, 0) / 100, 4) if text.strip() else 0.0)


def run_job(job: OcrJob) -> RawPage:
    """Load and OCR one page; errors name the file."""
    try:
        return recognize(load_page_image(job), job.lang)
    except DocprocError as err:
        if err.path == "<bytes>" and _name(job):
            raise type(err)(_name(job), err.problem) from err
        raise


# -- the pool ---------------------------------------------------------------------------------
_POOL: tuple[int, Executor] | None = None


def _worker_init() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _pool(workers: int) -> Executor:
    global _POOL
    if _POOL is not None and _POOL[0] == workers:
        return _POOL[1]
    if _POOL is not None:
        _POOL[1].shutdown(cancel_futures=True)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    ex = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"), initializer=_worker_init)
    _POOL = (workers, ex)
    return ex


@atexit.register
def shutdown_pool() -> None:
    """Stop the OCR worker processes (also done at exit)."""
    global _POOL
    if _POOL is not None:
        _POOL[1].shutdown(cancel_futures=True)
        _POOL = None


def ocr_pages(jobs: Sequence[OcrJob], workers: int | None = None) -> list[RawPage]:
    """OCR pages, in parallel across processes when there is more than one page."""
    try:
        tessdata_dir(jobs[0].lang if jobs else "vie")  # fail early and clearly
    except OCRUnavailableError as err:
        raise OCRUnavailableError(_name(jobs[0]), err.problem) from None
    n = workers or os.cpu_count() or 1
    if n <= 1 or len(jobs) <= 1:
        return [run_job(j) for j in jobs]
    return list(_pool(n).map(run_job, jobs))
