"""spaCy pipeline components: docproc's extractors as ``nlp.add_pipe("docproc_references")`` etc.

Each component runs one extractor on ``doc.text`` and puts its results on the ``Doc``:
``doc.spans["docproc_references" | "docproc_dates" | "docproc_organizations"]`` (labels: the
reference's type, the date's role, "ORG"), and the plain results in ``doc._.docproc`` (a dict by
extractor). Character offsets become token spans with ``alignment_mode="expand"``. The components
hold no state beyond their config, so a pipeline that uses them serialises with ``nlp.to_disk``.
They are registered through the ``spacy_factories`` entry point (``pyproject.toml``); importing this
module registers them too.

    import spacy
    nlp = spacy.blank("xx")
    nlp.add_pipe("docproc_references")
    doc = nlp("Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ;")
    doc.spans["docproc_references"][0].label_   # "Nghị định"
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

EXTENSION = "docproc"


def _ensure_extension() -> None:
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def remove_extensions() -> None:
    """Remove the ``Doc._.docproc`` extension (it is added again by the next component created)."""
    if Doc.has_extension(EXTENSION):
        Doc.remove_extension(EXTENSION)


def _document(doc: Doc) -> Any:
    from docproc.readers import read

    return read(doc.text.encode("utf-8"))


def _spans(doc: Doc, items: list[tuple[int, int, str]]) -> list[Span]:
    out: list[Span] = []
    for start, end, label in items:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


class _Component:
    """Run ``find`` on the text; store spans in ``doc.spans[name]`` and dicts in ``doc._.docproc``."""

    def __init__(self, name: str, find: Callable[[Any], list[Any]], label: Callable[[Any], str]) -> None:
        self.name = name
        self.find = find
        self.label = label
        _ensure_extension()

    def __call__(self, doc: Doc) -> Doc:
        pdoc = _document(doc)
        if pdoc.text != doc.text:  # normalisation changed the text: map offsets back to the raw text
            results = self.find(pdoc)
            spans = [(*pdoc.raw_span(*_span_of(r)), self.label(r)) for r in results]
        else:
            results = self.find(pdoc)
            spans = [(*_span_of(r), self.label(r)) for r in results]
        doc.spans[self.name] = SpanGroup(doc, name=self.name, spans=_spans(doc, spans))
        store = dict(doc._.get(EXTENSION) or {})
        store[self.name] = [r.to_dict() for r in results]
        doc._.set(EXTENSION, store)
        return doc

    # stateless: nothing to serialise beyond the config
    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> _Component:
        return self

    def to_disk(self, path: Any, *, exclude: tuple[str, ...] = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: tuple[str, ...] = ()) -> _Component:
        return self


def _span_of(result: Any) -> tuple[int, int]:
    span = result.span
    return int(span[0]), int(span[1])


@Language.factory("docproc_references")
def make_references(nlp: Language, name: str) -> _Component:
    from docproc.extract.references import find_references

    return _Component(name, find_references, lambda r: r.doc_type)


@Language.factory("docproc_dates")
def make_dates(nlp: Language, name: str) -> _Component:
    from docproc.extract.dates import find_dates
    from docproc.extract.references import find_references

    def dates(pdoc: Any) -> list[Any]:
        # a date inside a citation is the cited document's date
        return find_dates(pdoc, references=[r.span for r in find_references(pdoc)])

    return _Component(name, dates, lambda d: d.role)


@Language.factory("docproc_organizations")
def make_organizations(nlp: Language, name: str) -> _Component:
    from docproc.extract.organizations import find_organizations

    return _Component(name, find_organizations, lambda o: "ORG")
