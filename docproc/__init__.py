"""docproc: Vietnamese administrative documents → structured, searchable records.

One verb per layer::

    doc = docproc.read("in/2307.pdf")     # Document: normalised text, pages, offset map, origin
    rec = docproc.extract(doc)            # Record: header, references, dates, bodies, responsibilities
    docproc.classify(["cán bộ xã đòi tiền …"])  # violation labels, scores and the phrases behind them
    model, report = docproc.train(texts, labels)  # the same kind of model on your own labelled data
"""

from __future__ import annotations

from docproc.classify import classify, train  # the verbs, bound over the subpackage's name
from docproc.document import Document, OffsetMap, Page, Source, Span
from docproc.errors import DocprocError
from docproc.extract import extract  # binds the verb over the subpackage's name
from docproc.normalize import Normalizer, normalize_text
from docproc.readers import Limits, read
from docproc.records import Record

__version__ = "0.1.0"

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
    "normalize_text",
    "read",
    "train",
]
