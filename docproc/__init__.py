"""docproc: Vietnamese administrative documents → structured, searchable records.

One verb per layer::

    doc = docproc.read("in/2307.pdf")     # Document: normalised text, pages, offset map, origin
    rec = docproc.extract(doc)            # Record: header, references, dates, bodies, responsibilities
    docproc.classify(["cán bộ xã đòi tiền …"])  # violation labels, scores and the phrases behind them
    model, report = docproc.train(texts, labels)  # the same kind of model on your own labelled data
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from docproc.classify import classify, train  # the verbs, bound over the subpackage's name
from docproc.document import Document, OffsetMap, Page, Source, Span
from docproc.errors import DocprocError
from docproc.extract import extract  # binds the verb over the subpackage's name
from docproc.normalize import Normalizer, normalize_text
from docproc.readers import Limits, read
from docproc.records import Record

if TYPE_CHECKING:  # pandas loads only when a DataFrame is asked for
    import pandas as pd

    from docproc.notebook import PathsOrGlob

__version__ = "0.1.0"


def extract_many(
    paths_or_glob: PathsOrGlob, ocr: Literal["auto", "always", "never"] = "auto", workers: int | None = None
) -> pd.DataFrame:
    """One pandas DataFrame row per document (see ``docproc.notebook.extract_many``)."""
    from docproc.notebook import extract_many as _many

    return _many(paths_or_glob, ocr=ocr, workers=workers)


def load(path: str | Path) -> pd.DataFrame:
    """The records of a ``docproc extract`` JSONL file as a DataFrame (``docproc.notebook.load``)."""
    from docproc.notebook import load as _load

    return _load(path)


__all__ = [
    "DocprocError",
    "Document",
    "Limits",
    "Normalizer",
    "OffsetMap",
    "Page",
    "Record",
    "Source",
    "Span",
    "__version__",
    "classify",
    "extract",
    "extract_many",
    "load",
    "normalize_text",
    "read",
    "train",
]
