"""docproc: Vietnamese administrative documents → structured, searchable records.

One verb per layer::

    doc = docproc.read("in/2307.pdf")     # Document: normalised text, pages, offset map, origin
"""

from __future__ import annotations

from docproc.document import Document, OffsetMap, Page, Source, Span
from docproc.errors import DocprocError
from docproc.normalize import Normalizer, normalize_text
from docproc.readers import Limits, read

__version__ = "0.1.0"

__all__ = [
    "DocprocError",
    "Document",
    "Limits",
    "Normalizer",
    "OffsetMap",
    "Page",
    "Source",
    "Span",
    "__version__",
    "normalize_text",
    "read",
]
