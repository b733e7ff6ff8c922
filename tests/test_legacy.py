"""Legacy font encodings TCVN3 / VNI → Unicode (docproc.readers.legacy) and the syllable validator."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docproc.data import load
from docproc.readers.legacy import (
    ENCODINGS,
    LegacyEncoding,
    decode_cp1252,
    decode_legacy,
    decode_legacy_bytes,
    detect_legacy,
    encode_legacy,
    encode_legacy_bytes,
    fix_legacy,
)
from docproc.vietnamese import is_syllable, syllable_ratio

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "data" / "seeds" / "chi_thi_soc_trang_sao_y_my_tu.txt"
VBPL = SHARED / "data" / "admin_docs" / "vbpl"

DATA: dict[str, Any] = load("legacy_encodings.json")
TABLES: dict[str, dict[str, Any]] = DATA["encodings"]
TONED_CAPITALS = TABLES["tcvn3"]["unrepresentable_capitals"]

# Every Vietnamese letter outside ASCII, lower and upper case (67 + 67).
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
VIETNAMESE_LOWER = sorted(
    {unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES} - set("aeiouy") | {"đ"}
)
VIETNAMESE = VIETNAMESE_LOWER + [c.upper() for c in VIETNAMESE_LOWER]


def _examples() -> list[tuple[str, str, str]]:
    return [(enc, ex["legacy"], ex["unicode"]) for enc, entry in TABLES.items() for ex in entry["examples"]]


# -- the tables ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("encoding", "legacy", "unicode"), _examples())
def test_table_examples_round_trip(encoding: LegacyEncoding, legacy: str, unicode: str) -> None:
    assert decode_legacy(legacy, encoding) == unicode
    assert encode_legacy(unicode, encoding) == legacy
    assert decode_legacy_bytes(encode_legacy_bytes(unicode, encoding), encoding) == unicode
    assert unicodedata.is_normalized("NFC", decode_legacy(legacy, encoding))


def test_tcvn3_table_is_vn3() -> None:
    table: dict[str, str] = TABLES["tcvn3"]["table"]
    assert len(table) == 74 and all(len(k) == 1 for k in table)
    assert sorted(table.values()) == sorted(VIETNAMESE_LOWER + list("ĂÂÊÔƠƯĐ"))
    assert set(TONED_CAPITALS) == set(VIETNAMESE[67:]) - set("ĂÂÊÔƠƯĐ")
    assert len(TONED_CAPITALS) == 60
    # A few code points of TCVN 5712:1993 VN3, as bytes.
    pins = {"ă": 0xA8, "â": 0xA9, "đ": 0xAE, "ư": 0xAD, "Đ": 0xA7, "Ă": 0xA1, "à": 0xB5, "á": 0xB8, "ặ": 0xC6}
    pins |= {"ấ": 0xCA, "è": 0xCC, "ẻ": 0xCE, "ì": 0xD7, "ĩ": 0xDC, "ò": 0xDF, "ỏ": 0xE1, "ù": 0xEF, "ủ": 0xF1}
    pins |= {"ỵ": 0xFE, "ý": 0xFD, "ệ": 0xD6, "ộ": 0xE9, "ợ": 0xEE, "ự": 0xF9}
    for letter, byte in pins.items():
        assert encode_legacy_bytes(letter, "tcvn3") == bytes([byte]), letter
        assert decode_legacy_bytes(bytes([byte]), "tcvn3") == letter
    # Tone-marked capitals take the lower-case code.
    assert encode_legacy("ỦY ẤP", "tcvn3") == "ñY ÊP"


def test_vni_table_is_complete_and_case_regular() -> None:
    table: dict[str, str] = TABLES["vni"]["table"]
    assert len(table) == 134 and all(1 <= len(k) <= 2 for k in table)
    assert sorted(table.values()) == sorted(VIETNAMESE)
    inverse = {v: k for k, v in table.items()}
    for lower in VIETNAMESE_LOWER:  # capitals: upper-case base and upper-case diacritic byte
        assert inverse[lower.upper()] == inverse[lower].upper()
    pins = {"â": b"a\xe2", "ấ": b"a\xe1", "ă": b"a\xea", "ắ": b"a\xe9", "ơ": b"\xf4", "ư": b"\xf6", "đ": b"\xf1"}
    pins |= {"ớ": b"\xf4\xf9", "ự": b"\xf6\xef", "ỉ": b"\xe6", "ĩ": b"\xf3", "ị": b"\xf2", "ỵ": b"\xee", "í": b"\xed"}
    pins |= {"Ủ": b"U\xdb", "Ệ": b"E\xc4", "Đ": b"\xd1", "Ỵ": b"\xce"}
    for letter, data in pins.items():
        assert encode_legacy_bytes(letter, "vni") == data, letter
        assert decode_legacy_bytes(data, "vni") == letter


def test_brief_examples() -> None:
    assert fix_legacy("Uû ban nh©n d©n") == ("Uỷ ban nhân dân", "tcvn3")
    assert fix_legacy("UÛy ban nhaân daân") == ("Ủy ban nhân dân", "vni")
    assert decode_legacy("Vieät Nam", "vni") == "Việt Nam"


def test_cp1252_undefined_bytes_read_as_latin1() -> None:
    every_byte = bytes(range(256))
    text = decode_cp1252(every_byte)
    assert len(text) == 256
    assert [text[b] for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)] == ["\x81", "\x8d", "\x8f", "\x90", "\x9d"]
    assert text[0x80] == "€" and text[0x93] == "“"
    assert encode_legacy_bytes("\x81\x8d\x8f\x90\x9d", "vni") == b"\x81\x8d\x8f\x90\x9d"
    # No table uses 0x80-0x9F, so legacy text decoded as latin-1 converts the same way, C1 controls aside.
    c1_to_cp1252 = {b: decode_cp1252(bytes([b])) for b in range(0x80, 0xA0)}
    data = encode_legacy_bytes("Độc lập – Tự do … “Hạnh phúc”", "tcvn3")
    for encoding in ENCODINGS:
        from_latin1 = decode_legacy(data.decode("latin-1"), encoding).translate(c1_to_cp1252)
        assert from_latin1 == decode_legacy_bytes(data, encoding)
    assert decode_legacy_bytes(data, "tcvn3") == "Độc lập – Tự do … “Hạnh phúc”"


def test_unrepresentable_characters() -> None:
    with pytest.raises(UnicodeEncodeError):
        encode_legacy("© 2024", "tcvn3")  # byte 0xA9 is â in TCVN3
    with pytest.raises(UnicodeEncodeError):
        encode_legacy("Müller", "vni")  # ü is a VNI diacritic byte
    assert encode_legacy("© 2024 Müller", "tcvn3", errors="replace") == "? 2024 M?ller"  # 0xFC is ỹ
    assert encode_legacy("Müller Mẫu", "vni", errors="ignore") == "Mller Maãu"
    assert encode_legacy("≤ 5", "vni") == "≤ 5"  # not cp1252: kept in the text form ...
    with pytest.raises(UnicodeEncodeError):
        encode_legacy_bytes("≤ 5", "vni")  # ... but not as bytes
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        decode_legacy("x", "viscii")  # type: ignore[arg-type]


def test_tcvn3_capitals_restored_from_context() -> None:
    assert decode_legacy("CHØ THÞ", "tcvn3") == "CHỈ THỊ"
    assert decode_legacy("CHØ THÞ", "tcvn3", restore_case=False) == "CHỉ THị"
    assert decode_legacy("§ÕN", "tcvn3") == "ĐẾN"
    assert decode_legacy("Hµ NéI", "tcvn3") == "HÀ NỘI"
    assert decode_legacy("Hµ Néi", "tcvn3") == "Hà Nội"
    assert decode_legacy("Vô KÕ ho¹ch", "tcvn3") == "Vụ Kế hoạch"
    assert decode_legacy("Sè 12/Q§-UBND", "tcvn3") == "Số 12/QĐ-UBND"
    assert decode_legacy("cao/AI ë møc", "tcvn3") == "cao/AI ở mức"
    assert decode_legacy("ñy ban", "tcvn3") == "ủy ban"  # "Ủy ban": the title-case Ủ is lost


MIXED_BODY = (
    "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
    "Thời gian qua, tỉnh luôn chú trọng công tác tăng cường kỷ luật, kỷ cương hành chính, đạo đức công vụ "
    "trong đội ngũ cán bộ, đảng viên, công chức, viên chức nhằm nâng cao hiệu lực, hiệu quả quản lý.\n"
)


def test_mixed_text_keeps_its_unicode_lines() -> None:
    text = "Bản sao: Số 12\n" + encode_legacy(MIXED_BODY, "tcvn3")
    assert fix_legacy(text) == ("Bản sao: Số 12\n" + MIXED_BODY, "tcvn3")
    # Mostly Unicode: never converted, whatever legacy-looking lines it holds.
    text = MIXED_BODY + encode_legacy("Độc lập - Tự do - Hạnh phúc", "tcvn3")
    assert fix_legacy(text) == (text, None)


# -- real text round trips -------------------------------------------------------------------------
def _real_texts() -> list[tuple[str, str]]:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    paths = [SEED, *sorted(VBPL.glob("*.txt"))[:6]]
    return [(p.name, unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))) for p in paths if p.is_file()]


@cache
def _representable(char: str, encoding: LegacyEncoding) -> bool:
    try:
        encode_legacy(char, encoding)
    except UnicodeEncodeError:
        return False
    return True


def _representable_text(text: str, encoding: LegacyEncoding) -> str:
    """``text`` with the characters the encoding cannot write (e.g. "×", soft hyphen in TCVN3) as "?"."""
    return "".join(c if _representable(c, encoding) else "?" for c in text)


@pytest.mark.shared
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_real_text_round_trip(encoding: LegacyEncoding) -> None:
    lost_capitals = 0
    for name, raw in _real_texts():
        text = _representable_text(raw, encoding)
        legacy = encode_legacy(text, encoding)
        assert legacy != text
        out, detected = fix_legacy(legacy)
        assert detected == encoding, name
        assert len(out) == len(text), name
        errors = []
        for i, (want, got) in enumerate(zip(text, out, strict=True)):
            if want == got:
                continue
            if encoding == "tcvn3" and want in TONED_CAPITALS and got == want.lower():
                lost_capitals += 1  # the documented loss: no code, no case evidence
                continue
            errors.append((i, text[max(0, i - 20) : i + 20], out[max(0, i - 20) : i + 20]))
        assert errors == [], name
        if encoding == "vni":
            assert out == text
        else:
            assert out.lower() == text.lower()
    if encoding == "vni":
        assert lost_capitals == 0


@pytest.mark.shared
def test_tcvn3_lower_case_round_trip_is_exact() -> None:
    for name, raw in _real_texts():
        text = _representable_text(raw, "tcvn3").lower()
        out, detected = fix_legacy(encode_legacy(text, "tcvn3"))
        assert (out, detected) == (text, "tcvn3"), name


@pytest.mark.shared
def test_real_unicode_text_is_never_converted() -> None:
    for name, text in _real_texts():
        assert detect_legacy(text) is None, name
        out, encoding = fix_legacy(text)
        assert out is text and encoding is None
        windows_1258 = _windows_1258_decoded(text)
        assert windows_1258 != text
        assert fix_legacy(windows_1258) == (windows_1258, None), name


# -- never converted -------------------------------------------------------------------------------
ENGLISH = (
    "The Ministry of Finance shall publish the report. Copyright © 2024 ACME Corp.® All rights reserved.\n"
    "· first item\n· second item\n« quoted » text, naïve café résumé, Müller, señor, où est-il? ½ × 3 ÷ 2\n"
)
FRENCH = (
    "À l'école, l'élève très motivé a répété la leçon où il était question d'un été à Noël; "
    "ça m'a plu, dit-il, et la fenêtre était ouverte. Déjà, après-demain, il sera là-bas."
)
GERMAN_SPANISH = "Schöne Grüße aus München für Jürgen. El señor Muñoz vivió en España un año; mañana irá a Córdoba."
# Message catalogues: guillemets around format codes ("s»" reads as "sằ" in TCVN3) and Nynorsk "på" ("pồ").
GALICIAN = "Engadindo grupo «%s» (GID %d) ...\nO grupo «%s» xa existe.\nO grupo «%s» non é un grupo do sistema. Saíndo."
NYNORSK = "Pakken %s må installerast på nytt, men arkivet finst ikkje.\nKlarte ikkje å skriva fila «%s»: %s\nNå."


def _windows_1258_decoded(text: str) -> str:
    """``text`` as it reads after a Windows-1258 round trip: vowel marks precomposed, tones combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in tones))
        out.append(base + "".join(p for p in parts if p in tones))
    return "".join(out).encode("cp1258", errors="replace").decode("cp1258")


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban nhân dân tỉnh Sóc Trăng",
        "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Các cán bộ, công chức.",
        "Cá và cà",
        ENGLISH,
        FRENCH,
        GERMAN_SPANISH,
        GALICIAN,
        NYNORSK,
        "Quyết định của Ủy ban".encode().decode("cp1252", errors="replace"),  # UTF-8 read as cp1252
        "plain ASCII text, nothing to see",
        _windows_1258_decoded("Quyết định của Ủy ban nhân dân tỉnh về việc phê duyệt kế hoạch năm 2024"),
        "",
    ],
)
def test_never_converted(text: str) -> None:
    assert detect_legacy(text) is None
    out, encoding = fix_legacy(text)
    assert out is text and encoding is None


def test_windows_1258_fixture_is_real() -> None:
    text = "Quyết định của Ủy ban nhân dân tỉnh"
    decoded = _windows_1258_decoded(text)
    assert "\u0301" in decoded and unicodedata.normalize("NFC", decoded) == text


# -- syllables -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("token", "valid"),
    [
        ("nghiêng", True),
        ("người", True),
        ("khuỷu", True),
        ("quốc", True),
        ("gì", True),
        ("Đảng", True),
        ("giữa", True),
        ("khuya", True),
        ("NGHĨA", True),
        ("xyz", False),
        ("ngh", False),
        ("tr", False),
        ("bcd", False),
        ("hello", False),
        ("hóá", False),
        ("", False),
    ],
)
def test_is_syllable(token: str, valid: bool) -> None:
    assert is_syllable(token) is valid


def test_syllable_ratio() -> None:
    assert syllable_ratio("Ủy ban nhân dân hello") == pytest.approx(0.8)
    assert syllable_ratio("") == 0.0
    assert syllable_ratio("nh©n d©n") == 0.0  # "nh", "n", "d", "n"


# -- fast path of the "already Unicode" test ------------------------------------------------------
_MIXED_PIECES = (*"đưệạếơảâàé©«µ¸Ða n\n", "Uû", "nh©n")


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_MIXED_PIECES), max_size=60).map("".join))
def test_surely_unicode_is_a_sufficient_condition(text: str) -> None:
    """The cheap bound never says "Unicode" when the exact count does not, with or without the UTF-8 size."""
    from docproc.readers.legacy import _any_legacy, _surely_unicode, _unicode_already

    exact = _unicode_already(text, _any_legacy())[0]
    for size in (None, len(text.encode())):
        if _surely_unicode(text, size):
            assert exact
    assert _surely_unicode(text, None) == _surely_unicode(text, len(text.encode()))


@pytest.mark.shared
def test_surely_unicode_on_real_texts() -> None:
    from docproc.readers.legacy import _any_legacy, _surely_unicode, _unicode_already

    for name, text in _real_texts():
        assert _unicode_already(text, _any_legacy())[0], name
        assert _surely_unicode(text, None), name  # the fast path decides real Vietnamese text
