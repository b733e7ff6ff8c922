"""The extraction record (``../shared/spec/record.md``, contract version 1) as frozen dataclasses.

Every field value has its ``Evidence``: the span in the normalised text, the page, a confidence
and the rule that produced it (plus any repair made to OCR-broken text).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA = "docproc.record/1"


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    t = type(value)
    if t in _SCALARS:  # most of a record: checked first, by exact type
        return value
    # the items of lists and dicts are mostly scalars: tested inline, without a call each
    if t is list or t is tuple:
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if t is dict:
        return {k: v if type(v) in _SCALARS else _plain(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value) if not f.name.startswith("_")}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Evidence:
    """Where a value came from: ``span`` in ``Document.text``, page, confidence, rule."""

    span: tuple[int, int]
    page: int
    confidence: float
    method: str
    repair: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"span": list(self.span), "page": self.page, "confidence": round(self.confidence, 3)}
        d["method"] = self.method
        if self.repair:
            d["repair"] = self.repair
        return d


@dataclass(frozen=True)
class DocType:
    name: str
    code: str | None = None


@dataclass(frozen=True)
class Issuer:
    name: str
    parent: str | None = None
    abbr: str | None = None


@dataclass(frozen=True)
class Signer:
    name: str | None
    position: str | None = None
    authority: str | None = None
    on_behalf_of: str | None = None
    rank: str | None = None


@dataclass(frozen=True)
class DateValue:
    """A date as ISO text with its precision (``day``, ``month``, ``year``, ``quarter``, ``range``)."""

    value: str
    precision: str = "day"

    def to_json(self) -> str | dict[str, str]:
        """A full date as ``"YYYY-MM-DD"``; a partial one as ``{"value", "precision"}`` (record.md)."""
        return self.value if self.precision == "day" else {"value": self.value, "precision": self.precision}


@dataclass(frozen=True)
class Received:
    """The ĐẾN stamp of the receiving body's register."""

    by: str | None
    number: str | None
    date: str | None


@dataclass(frozen=True)
class Copy:
    """A SAO Y / SAO LỤC / TRÍCH SAO block (Party: ``BS``) certified after the original."""

    form: str
    number_symbol: str | None
    issuer: Issuer | None
    place: str | None
    date: str | None
    signer: Signer | None
    recipients: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Marks:
    urgency: str | None = None
    secrecy: str | None = None


@dataclass(frozen=True)
class Record:
    """One document's record. ``to_dict()`` gives the JSON object of the contract."""

    source: dict[str, Any]
    status: str = "ok"
    errors: list[dict[str, str]] = field(default_factory=list)
    regime: str = "unknown"
    doc_type: DocType | None = None
    number: str | None = None
    symbol: str | None = None
    number_symbol: str | None = None
    issuer: Issuer | None = None
    place: str | None = None
    issue_date: DateValue | None = None
    subject: str | None = None
    signer: Signer | None = None
    recipients: list[str] = field(default_factory=list)
    marks: Marks = field(default_factory=Marks)
    received: Received | None = None
    copies: list[Copy] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    references: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    responsibilities: list[dict[str, Any]] = field(default_factory=list)
    violations: list[dict[str, Any]] | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict)
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "evidence":
                out["evidence"] = {k: e.to_dict() for k, e in value.items()}
            elif f.name == "issue_date":
                out["issue_date"] = value.to_json() if value else None
            elif f.name in ("violations", "text") and value is None:
                continue
            else:
                out[f.name] = _plain(value)
        return out

    def get(self, path: str) -> Any:
        """A value by dotted path of the JSON form, e.g. ``rec.get("signer.name")``."""
        return get_path(self.to_dict(), path)

    def _repr_html_(self) -> str:
        from docproc.notebook import record_html  # notebooks only: pandas and displaCy stay unloaded

        return record_html(self.to_dict(), self.text)


def get_path(record: dict[str, Any], path: str) -> Any:
    """A value of a record's JSON form by dotted path (``"signer.name"``); None when absent."""
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def error_record(source: dict[str, Any], stage: str, kind: str, message: str) -> Record:
    """The record of an input that could not be processed: ``status: error`` with the reason."""
    return Record(source=source, status="error", errors=[{"stage": stage, "type": kind, "message": message}])
