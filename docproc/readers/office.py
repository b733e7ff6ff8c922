"""DOCX (paragraphs and tables in body order) and HTML press articles (headline, date, body
without navigation, through trafilatura)."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from docproc.errors import CorruptFileError, EmptyDocumentError, ResourceLimitError
from docproc.readers.base import Limits, RawDocument, RawPage
from docproc.readers.layout import table_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(data: bytes, path: str | None, limits: Limits) -> None:
    """Refuse zip bombs before unpacking: total unpacked size and compression ratio."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as err:
        raise CorruptFileError(path, f"not a readable DOCX (damaged zip container: {err})") from err
    total = sum(i.file_size for i in infos)
    if total > limits.max_unpacked:
        raise ResourceLimitError(
            path,
            f"the DOCX unpacks to {total // (1 << 20)} MiB, more than the limit of {limits.max_unpacked >> 20} MiB",
        )
    for i in infos:
        if i.file_size > (1 << 20) and i.file_size > limits.max_ratio * max(i.compress_size, 1):
            raise ResourceLimitError(
                path, f"member {i.filename} is compressed {i.file_size // max(i.compress_size, 1)}:1 (a zip bomb?)"
            )
    if not any(i.filename == "word/document.xml" for i in infos):
        raise CorruptFileError(path, "a zip archive without word/document.xml: not a DOCX document")


def read_docx(data: bytes, path: str | None, limits: Limits) -> RawDocument:
    check_zip(data, path, limits)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises lxml, KeyError, ValueError … on damaged parts
        raise CorruptFileError(path, f"not a readable DOCX ({type(err).__name__}: {err})") from err
    lines: list[str] = []
    for child in d.element.body.iterchildren():
        if child.tag == f"{_W}p":
            lines.append(Paragraph(child, d).text)
        elif child.tag == f"{_W}tbl":
            table = Table(child, d)
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            # merged cells repeat in python-docx: keep each once per row
            rows = [[c for k, c in enumerate(r) if k == 0 or c != r[k - 1]] for r in rows]
            lines.extend(table_lines(rows))
            lines.append("")
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyDocumentError(path, "the DOCX holds no text")
    props = d.core_properties
    meta: dict[str, Any] = {k: v for k, v in (("title", props.title), ("author", props.author)) if v}
    if props.created:
        meta["created"] = props.created.isoformat()
    return RawDocument("docx", [RawPage(text, "plain")], meta)


def read_html(data: bytes, path: str | None) -> RawDocument:
    """A press article: headline, then the body text, without navigation or footer.

    The publication date (``meta["date"]``, ISO) comes from the page's metadata or text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as err:  # lxml parser errors on damaged markup
        raise CorruptFileError(path, f"not readable HTML ({type(err).__name__}: {err})") from err
    meta: dict[str, Any] = {}
    body = ""
    if doc is not None:
        for key in ("title", "date", "author", "sitename", "url", "description"):
            value = getattr(doc, key, None)
            if value:
                meta[key] = value
        body = getattr(doc, "text", None) or ""
    if not body.strip():
        body = trafilatura.html2txt(data) or ""
    if not body.strip():
        raise EmptyDocumentError(path, "the HTML page holds no text")
    title = meta.get("title")
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    return RawDocument("html", [RawPage(body, "plain")], meta)
