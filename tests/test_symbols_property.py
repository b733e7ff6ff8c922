"""Property tests: generated number-and-symbols of each regime and period parse back exactly, in a
header "Số:" line and in a citation; malformed ones are refused. Plus adversarial input."""

from __future__ import annotations

from datetime import date
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

import docproc
from docproc.extract import extract, find_references
from docproc.extract.symbols import find_number_line

STATE_TYPES = ["QĐ", "CT", "KH", "TB", "BC", "TTr", "CTr", "HD", "QyĐ", "GM", "CĐ", "PA", "ĐA"]
OLD_TYPES = ["GN", "TTh", "UQ", "NP"]  # before Nghị định 30/2020
LEGAL = [("NĐ", "CP"), ("QĐ", "TTg"), ("TT", "BTC"), ("TT", "BGDĐT"), ("NQ", "CP"), ("TTLT", "BTC-BNV")]
PARTY_TYPES = ["NQ", "QĐ", "QĐi", "CT", "KL", "TT", "HD", "TB", "BC", "KH", "CTr", "ĐA", "BS"]
ISSUERS = ["UBND", "BNV", "SNV", "UBND-VP", "HĐND", "BCA", "VPCP", "TTg"]
PARTY_ISSUERS = ["TW", "TU", "HU", "ĐU", "UBKTTU", "BTGTU", "VPTW", "BCSĐ"]
TYPE_NAMES = {
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "NQ": "Nghị quyết",
    "KL": "Kết luận",
}

numbers = st.integers(min_value=1, max_value=99999).map(str) | st.integers(1, 9).map(lambda n: f"0{n}")
years = st.integers(min_value=1990, max_value=2026)


@st.composite
def state_symbols(draw: st.DrawFn) -> str:
    n = draw(numbers)
    kind = draw(st.sampled_from(["typed", "old", "cong_van"]))
    issuer = draw(st.sampled_from(ISSUERS))
    if kind == "cong_van":
        return f"{n}/{issuer}"
    t = draw(st.sampled_from(STATE_TYPES if kind == "typed" else OLD_TYPES))
    return f"{n}/{t}-{issuer}"


@st.composite
def legal_symbols(draw: st.DrawFn) -> str:
    t, issuer = draw(st.sampled_from(LEGAL))
    if draw(st.booleans()):
        return f"{draw(numbers)}/{draw(years)}/QH{draw(st.integers(9, 15))}"
    return f"{draw(numbers)}/{draw(years)}/{t}-{issuer}"


@st.composite
def party_symbols(draw: st.DrawFn) -> str:
    return f"{draw(numbers)}-{draw(st.sampled_from(PARTY_TYPES))}/{draw(st.sampled_from(PARTY_ISSUERS))}"


symbols = state_symbols() | legal_symbols() | party_symbols()


@settings(max_examples=300, deadline=None)
@given(symbols, st.sampled_from(["Số: ", "Số ", "Số:", "Luật số: "]))
def test_header_number_lines_parse_back(sym: str, label: str) -> None:
    hit = find_number_line(label + sym)
    assert hit is not None
    assert hit[1].number_symbol == sym and hit[1].repairs == ()


@settings(max_examples=200, deadline=None)
@given(symbols, st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 12, 31)), st.booleans())
def test_citations_parse_back(sym: str, day: date, textual: bool) -> None:
    code = sym.split("/")[1].split("-")[0] if "/" in sym.split("-")[0] else sym.split("-")[1].split("/")[0]
    name = TYPE_NAMES.get(code, "Quyết định")
    when = f"ngày {day.day} tháng {day.month} năm {day.year}" if textual else f"ngày {day.day}/{day.month}/{day.year}"
    refs = find_references(docproc.read(f"Căn cứ {name} số {sym} {when} của cơ quan ban hành;".encode()))
    assert [r.id for r in refs] == [sym]
    assert refs[0].date == day.isoformat() and refs[0].relation == "basis"


@given(st.sampled_from(["Số: 12/", "Số: /QĐ-UBND", "Số: 12/2023", "Số: 2023", "Số: -/-", "Số: 12 / 2023 /", "Số: 88"]))
def test_malformed_numbers_are_refused(line: str) -> None:
    assert find_number_line(line) is None


def test_adversarial_text_is_handled(generate: ModuleType) -> None:
    """Long runs that make naive patterns backtrack: processed (its speed is in
    ``benchmarks/bench_extract.py``), and no document number is invented."""
    rec = extract(docproc.read(generate.adversarial_text(300_000).encode()))
    assert all(r["id"] is None for r in rec.references)
    assert rec.dates == [] and rec.number_symbol is None
