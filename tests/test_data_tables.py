"""Knowledge tables: every example in a data file is matched by the code that uses the table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from docproc import normalize_text
from docproc.data import load
from docproc.extract.header import _authority, _name_part, _type_line, type_of_code
from docproc.extract.names import recase
from docproc.extract.symbols import find_number_line

DATA = Path(__file__).resolve().parents[1] / "docproc" / "data"


@pytest.mark.parametrize("ex", load("doc_types.json")["examples"], ids=lambda e: e.get("text") or e["code"])
def test_doc_type_examples(ex: dict[str, str]) -> None:
    if "text" in ex:
        hit = _type_line(normalize_text(ex["text"]))  # header lines arrive normalised
        assert hit is not None and hit[0] == ex["name"]
    else:
        assert type_of_code(ex["code"], ex["regime"]) == ex["name"]


def test_doc_type_codes_are_unique_per_regime() -> None:
    seen: dict[tuple[str, str], str] = {}
    for t in load("doc_types.json")["types"]:
        for code in t["codes"]:
            for regime in t["regimes"]:
                assert (code, regime) not in seen, (code, regime, t["name"], seen.get((code, regime)))
                seen[(code, regime)] = t["name"]


@pytest.mark.parametrize("ex", load("signature.json")["examples"], ids=lambda e: e["text"])
def test_signature_examples(ex: dict[str, Any]) -> None:
    if "authority" in ex:
        hit = _authority(ex["text"])
        assert hit is not None
        assert hit[0] == ex["authority"] and recase(hit[1]) == ex["body"]
    elif "position" in ex:
        assert recase(ex["text"]) == ex["position"]
    else:
        assert _name_part(ex["text"]) == (ex["rank"], ex["name"])


def test_every_authority_form_is_read() -> None:
    for a in load("signature.json")["authorities"]:
        for form in a["forms"]:
            hit = _authority(f"{form} CHÍNH PHỦ")
            assert hit is not None, form
            assert hit[0].replace("/", "").rstrip(".") == a["canonical"].rstrip("."), form


SYMBOLS = [
    ("Số: 43/2026/NĐ-CP", "43/2026/NĐ-CP", ()),
    ("Luật số: 121/2025/QH15", "121/2025/QH15", ()),
    ("Số 93 -BS/HU", "93-BS/HU", ("spaces removed",)),
    ("Số: 70 /KH-UBND", "70/KH-UBND", ("spaces removed",)),
    ("Số: 465/2020/ND - CP", "465/2020/NĐ-CP", ("ND→NĐ", "spaces removed")),
    ("Số 21-KI./TW", "21-KL/TW", ("KI.→KL",)),
    ("Số: 66.15/2026/NQ-CP", "66.15/2026/NQ-CP", ()),
    ("Số: 12/UBND-VP", "12/UBND-VP", ()),
    ("Số: 01/2020/QĐ-TTg", "01/2020/QĐ-TTg", ()),
    ("Só:465 /2020/NĐ-CP", "465/2020/NĐ-CP", ("spaces removed",)),
]


@pytest.mark.parametrize(("line", "want", "repairs"), SYMBOLS, ids=[s[0] for s in SYMBOLS])
def test_number_symbol_lines(line: str, want: str, repairs: tuple[str, ...]) -> None:
    hit = find_number_line(line)
    assert hit is not None
    assert hit[1].number_symbol == want and hit[1].repairs == repairs


@pytest.mark.parametrize(
    "line",
    ["Số: 88", "Văn bản hợp nhất số 834/VBHN-BLĐTBXH - Nghị định quy định", "Căn cứ Nghị định số 73/2023/NĐ-CP"],
)
def test_not_a_number_line(line: str) -> None:
    assert find_number_line(line) is None


def test_every_issuer_code_resolves() -> None:
    codes = load("agencies.json")["symbol_codes"]
    for code in ("CP", "TTg", "QH", "BNV", "TW", "NHNN", "BXD"):
        assert codes.get(code), code


def test_gazetteer_self_check() -> None:
    """places.json and agencies.json pass their own schema, uniqueness and example checks."""
    result = subprocess.run(
        [sys.executable, str(DATA.parents[1] / "scripts" / "check_gazetteer.py"), "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
