"""Plain text and Markdown: encoding detection, legacy Vietnamese font encodings, and
Markdown tables from web crawls flattened to lines."""

from __future__ import annotations

import codecs
import re
from typing import Any

from docproc.errors import BinaryContentError, EmptyDocumentError
from docproc.readers.base import RawDocument, RawPage
from docproc.readers.layout import table_lines
from docproc.readers.legacy import _fix_legacy

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# control bytes that never occur in text (tab, LF, FF, CR and ESC-free)
_CONTROL = bytes(range(0x00, 0x09)) + b"\x0b" + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
_CONTROL_TABLE = bytes.maketrans(b"", b"")


def _control_ratio(data: bytes) -> float:
    return _control_ratio_count(data)[0]


def _control_ratio_count(data: bytes) -> tuple[float, int]:
    """The share of control bytes in the first 64 KiB of ``data``, and their number."""
    sample = data[:65536]
    if not sample:
        return 0.0, 0
    kept = sample.translate(_CONTROL_TABLE, _CONTROL)
    return 1.0 - len(kept) / len(sample), len(sample) - len(kept)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of the start is NUL (ASCII-heavy UTF-16)."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _cp1252_lenient(data: bytes) -> str:
    """cp1252, with its five undefined bytes taken as Latin-1 (legacy font files use them)."""
    return data.decode("cp1252", errors="latin1fallback")


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return bytes(bad).decode("latin-1"), err.end


codecs.register_error("latin1fallback", _latin1_fallback)


def decode_bytes(data: bytes, path: str | None = None) -> tuple[str, dict[str, Any]]:
    """Decode text bytes: BOMs, UTF-8, UTF-16 without BOM, TCVN3/VNI legacy fonts, then
    Windows-1258 (Vietnamese Windows) or the best guess of charset-normalizer.

    Returns the text and what was found (``encoding``, ``legacy_encoding``).
    """
    if not data.strip(b" \t\r\n\f\x00\xef\xbb\xbf\xfe\xff"):
        raise EmptyDocumentError(path, "the file is empty (no text)")
    info: dict[str, Any] = {}
    text: str | None = None
    utf8 = False  # text is data decoded as UTF-8 (strict): len(data) is its UTF-8 size
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(enc, errors="replace")
            info["encoding"] = enc + "-bom" if enc == "utf-8" else enc
            break
    if text is None and (enc16 := _utf16_without_bom(data)):
        text = data.decode(enc16, errors="replace")
        info["encoding"] = enc16
    controls: int | None = None  # control bytes (ESC aside) in the whole of data, when counted
    if text is None:
        if b"\x00" in data[:65536]:
            raise BinaryContentError(path, "binary content, not text (control bytes or NULs)")
        ratio, count = _control_ratio_count(data)
        if ratio > 0.05:
            raise BinaryContentError(path, "binary content, not text (control bytes or NULs)")
        if len(data) <= 65536:
            controls = count
        try:
            text = data.decode("utf-8")
            info["encoding"] = "utf-8"
            utf8 = True
        except UnicodeDecodeError:
            text = None
    if text is None:
        as1252 = _cp1252_lenient(data)
        fixed, legacy = _fix_legacy(as1252, None)
        if legacy:
            text = fixed
            info["encoding"] = "cp1252"
            info["legacy_encoding"] = legacy
        else:
            text, info["encoding"] = _guess_single_byte(data)
    else:
        fixed, legacy = _fix_legacy(text, len(data) if utf8 else None)
        if legacy:
            text = fixed
            info["legacy_encoding"] = legacy
            utf8 = False
    if _bad_text(text, data if utf8 else None, controls):
        raise BinaryContentError(path, f"binary content, not text (decoded as {info['encoding']})")
    if not text.strip():
        raise EmptyDocumentError(path, "the file holds only white space")
    return text, info


def _guess_single_byte(data: bytes) -> tuple[str, str]:
    """Windows-1258 unless charset-normalizer is confident of something else that reads better."""
    from docproc.vietnamese import syllable_ratio

    best_text = data.decode("cp1258", errors="replace")
    best_enc = "cp1258"
    best_score = syllable_ratio(best_text)
    try:
        from charset_normalizer import from_bytes

        guess = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - detection is a hint; cp1258 stands
        guess = None
    if guess is not None and guess.encoding not in ("cp1258", "windows_1258"):
        try:
            cand = data.decode(guess.encoding)
        except (UnicodeDecodeError, LookupError):
            cand = ""
        if cand and syllable_ratio(cand) > best_score:
            best_text, best_enc = cand, guess.encoding
    return best_text, best_enc


_BAD_CHARS = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f]")


_REPLACEMENT_UTF8 = "\ufffd".encode()


def _bad_text(text: str, utf8: bytes | None = None, controls: int | None = None) -> bool:
    """More than 5% replacement characters or control bytes (tab, line and page breaks aside).

    ``utf8``: the bytes ``text`` was decoded from as strict UTF-8, if so. Their control bytes and
    encoded replacement characters are those of the whole text: when even these are few enough
    for the sample, counting in the sample is not needed (a C-speed byte count, not a regex scan).
    ``controls``: the number of ``_CONTROL`` bytes in ``utf8``, when the caller has counted them."""
    sample = text[:65536]
    if not sample:
        return False
    if utf8 is not None:
        if controls is None:
            controls = len(utf8) - len(utf8.translate(None, _CONTROL))
        upper = controls + utf8.count(b"\x1b") + utf8.count(_REPLACEMENT_UTF8)
        if upper / len(sample) <= 0.05:
            return False
    return len(_BAD_CHARS.findall(sample)) / len(sample) > 0.05


# -- Markdown -------------------------------------------------------------------------------
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_SOURCE_LINE = re.compile(r"^\*?Source:\s*(\S+?)\*?\s*$")
_HEADING = re.compile(r"^#{1,6}\s+")


def _split_cells(row: str) -> list[str]:
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    cells = re.split(r"(?<!\\)\|", row)
    return [c.strip().replace("\\|", "|") for c in cells]


def flatten_markdown(md: str) -> tuple[str, dict[str, Any]]:
    """Markdown from web crawls as plain lines: tables flattened, heading marks and the
    crawler's ``*Source: URL*`` line removed (the URL goes to the metadata)."""
    meta: dict[str, Any] = {}
    out: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        if table:
            out.extend(table_lines(table))
            out.append("")
            table.clear()

    for line in md.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if not _TABLE_SEP.match(stripped):
                table.append(_split_cells(stripped))
            continue
        flush()
        if "source_url" not in meta and "Source:" in stripped and (m := _SOURCE_LINE.match(stripped)):
            meta["source_url"] = m.group(1)
            continue
        if stripped.startswith("#") and _HEADING.match(stripped):
            if "title" not in meta:
                meta["title"] = _HEADING.sub("", stripped)
            out.append(_HEADING.sub("", stripped))
            continue
        out.append(line)
    flush()
    return "\n".join(out), meta


def read_text(data: bytes, path: str | None, fmt: str) -> RawDocument:
    text, info = decode_bytes(data, path)
    meta: dict[str, Any] = dict(info)
    if fmt == "md":
        text, md_meta = flatten_markdown(text)
        meta.update(md_meta)
    # form feeds separate pages in text exported from PDFs
    pages = [RawPage(p, "plain") for p in text.split("\f")] if "\f" in text else [RawPage(text, "plain")]
    return RawDocument(fmt, pages, meta)
