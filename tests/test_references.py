"""References, dates and organisations: seeds against gold, data-table examples, edge cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docproc
from docproc.data import load
from docproc.extract import find_dates, find_organizations, find_references

DIRECTIVE = "chi_thi_soc_trang_sao_y_my_tu.txt"
PRESS = "bao_nam_dinh_2021_04.txt"


@pytest.fixture(scope="module")
def gold(shared: Path) -> dict[str, Any]:
    return dict(json.loads((shared / "seeds" / "gold.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", [DIRECTIVE, PRESS])
def test_seed_references_exactly_as_gold(shared: Path, gold: dict[str, Any], name: str) -> None:
    doc = docproc.read(shared / "seeds" / name)
    rec = docproc.extract(doc).to_dict()
    got = [{k: r[k] for k in ("id", "doc_type", "date", "issuer")} for r in rec["references"]]
    assert got == gold[name]["references"]  # same documents, same order, nothing extra
    for r in rec["references"]:
        s, e = r["span"]
        assert doc.text[s:e] == r["text"] and r["text"].startswith(r["doc_type"])


def test_seed_directive_date_roles(shared: Path) -> None:
    rec = docproc.extract(shared / "seeds" / DIRECTIVE).to_dict()
    roles = {(d["value"], d["role"]) for d in rec["dates"]}
    assert ("2024-01-17", "received") in roles  # the ĐẾN stamp
    assert ("2024-02-05", "copy") in roles  # the SAO Y block
    assert ("2023-04-14", "reference") in roles  # Quyết định 288/QĐ-BNV
    assert not any(d["role"] == "issue" for d in rec["dates"])  # its own date did not survive
    values = {d["value"] for d in rec["dates"]}
    assert not any(v and ("13" in v.split("-")[0] or "10.35" in v) for v in values)  # 13,66% is not a date


def test_seed_press_periods_and_publication(shared: Path, gold: dict[str, Any]) -> None:
    rec = docproc.extract(shared / "seeds" / PRESS).to_dict()
    periods = sorted(d["text"] for d in rec["dates"] if d["role"] == "period" and d["precision"] == "range")
    assert periods == sorted(gold[PRESS]["periods"])
    pub = [d for d in rec["dates"] if d["role"] == "publication"]
    assert [(d["value"], d["precision"]) for d in pub] == [("2021-04", "month")]


def test_press_organizations_sample(shared: Path, gold: dict[str, Any]) -> None:
    rec = docproc.extract(shared / "seeds" / PRESS).to_dict()
    orgs = rec["organizations"]
    names = {o["name"].casefold() for o in orgs} | {o["mention"].casefold() for o in orgs}
    missing = [n for n in gold[PRESS]["organizations_sample"] if n.casefold() not in names]  # casing not meaningful
    assert not missing, (missing, sorted(names))
    # the photo caption's "Công chức tư pháp thị trấn Liễu Đề" names no body


@pytest.mark.parametrize("ex", load("reference_cues.json")["examples"], ids=lambda e: e["text"][:40])
def test_reference_examples(ex: dict[str, Any]) -> None:
    refs = find_references(docproc.read(ex["text"].encode()))
    ref = refs[-1]
    assert (ref.id, ref.relation, ref.issuer, ref.date) == (ex["id"], ex["relation"], ex["issuer"], ex["date"])


@pytest.mark.parametrize("ex", load("date_cues.json")["examples"], ids=lambda e: e["text"][:40])
def test_date_examples(ex: dict[str, Any]) -> None:
    rec = docproc.extract(ex["text"].encode()).to_dict()
    last = rec["dates"][-1]
    assert (last["value"], last["role"], last["precision"]) == (ex["value"], ex["role"], ex["precision"])


@pytest.mark.parametrize("text", load("date_cues.json")["not_dates"])
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(docproc.read(text.encode())) == []


def _refs(text: str) -> list[Any]:
    return find_references(docproc.read(text.encode()))


def test_shared_head_lists() -> None:
    refs = _refs("Căn cứ các Nghị định số 30/2020/NĐ-CP và 73/2023/NĐ-CP; Luật số 21/2023/QH15, Luật số 30/2023/QH15;")
    assert [r.id for r in refs] == ["30/2020/NĐ-CP", "73/2023/NĐ-CP", "21/2023/QH15", "30/2023/QH15"]
    assert {r.doc_type for r in refs[:2]} == {"Nghị định"} and {r.relation for r in refs} == {"basis"}
    assert {r.issuer for r in refs[2:]} == {"Quốc hội"} and refs[2].year == 2023


def test_self_reference_and_anaphora_are_linked_not_duplicated() -> None:
    text = (
        "Thực hiện Nghị định số 112/2020/NĐ-CP của Chính phủ. Chỉ thị này yêu cầu các cơ quan quán triệt "
        "Nghị định nêu trên và báo cáo việc thực hiện Nghị định 112/2020/NĐ-CP."
    )
    refs = _refs(text)
    assert [r.id for r in refs] == ["112/2020/NĐ-CP"]
    assert refs[0].relation == "implements" and len(refs[0].mentions) == 2


def test_law_without_number() -> None:
    refs = _refs("Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;")
    assert len(refs) == 1 and refs[0].id is None and refs[0].title == "Luật Lưu trữ"
    assert (refs[0].date, refs[0].issuer, refs[0].doc_type) == ("2024-06-21", "Quốc hội", "Luật")


@pytest.mark.parametrize(
    ("text", "ident", "repair"),
    [
        ("theo Kết luận số 21-KI./TW ngày 25/10/2021", "21-KL/TW", "KI.→KL"),
        ("Quyết định số 288/QĐ-BNYV ngày 14/4/2023", "288/QĐ-BNV", "BNYV→BNV"),
        ("Nghị định số 25/2025/ND-CP ngày 21/02/2025", "25/2025/NĐ-CP", "ND→NĐ"),
        ("Nghị định số 73/2023/NĐ - CP", "73/2023/NĐ-CP", None),
        ("Công văn số 262/CT-KTNB ngày 27/2/2012", "262/CT-KTNB", None),  # unknown unit code: left alone
    ],
)
def test_ocr_broken_symbols(text: str, ident: str, repair: str | None) -> None:
    (ref,) = _refs(text)
    assert ref.id == ident and ref.repair == repair


def test_issuer_from_symbol_and_from_context() -> None:
    refs = _refs("UBND tỉnh đã ban hành Chỉ thị số 11/CT-UBND, ngày 9-9-2016 về việc chấn chỉnh.")
    assert refs[0].issuer == "Ủy ban nhân dân tỉnh"
    doc = docproc.read("UBND tỉnh đã ban hành Chỉ thị số 11/CT-UBND, ngày 9-9-2016.".encode())
    assert find_references(doc, place="Nam Định")[0].issuer == "Ủy ban nhân dân tỉnh Nam Định"
    assert _refs("Quyết định số 1847/QĐ-TTg")[0].issuer == "Thủ tướng Chính phủ"


def test_verbs_are_not_references() -> None:
    text = "Bộ Tài chính quy định chi tiết; quyết định thành lập hội đồng theo quy định của pháp luật về luật sư."
    assert _refs(text) == []


@pytest.mark.parametrize("ex", load("agencies.json")["examples"], ids=lambda e: e["text"])
def test_agency_examples(ex: dict[str, str]) -> None:
    orgs = find_organizations(docproc.read(f"Gửi {ex['text']} để biết.".encode()))
    assert orgs, ex
    assert orgs[0].text.replace("\n", " ") == ex["text"] or orgs[0].name == ex["name"]
    assert ex["name"] in {o.name for o in orgs} | {o.mention for o in orgs}


def test_organisation_spans_and_symbol_codes(shared: Path) -> None:
    doc = docproc.read(shared / "seeds" / DIRECTIVE)
    orgs = find_organizations(doc, place="Sóc Trăng")
    for o in orgs:
        assert doc.text[o.span[0] : o.span[1]] == o.text
    names = {o.name for o in orgs}
    assert {"Ủy ban Kiểm tra Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy", "Bộ Nội vụ"} <= names
    assert "Ủy ban nhân dân tỉnh Sóc Trăng" in names  # "Ủy ban nhân dân tỉnh" in a Sóc Trăng document
    assert not any(o.text in ("BNV", "TW", "HU") for o in orgs)  # codes inside symbols are not mentions


def test_citation_graph(tmp_path: Path) -> None:
    from docproc.resolve import citation_edges, write_graph

    a = {
        "status": "ok",
        "source": {"path": "a.txt"},
        "number_symbol": "73/2023/NĐ-CP",
        "issue_date": "2023-09-29",
        "references": [],
    }
    b = {
        "status": "ok",
        "source": {"path": "b.txt"},
        "number_symbol": "21-KL/TW",
        "issue_date": "2021-10-25",
        "references": [],
    }
    b_old = {
        "status": "ok",
        "source": {"path": "b0.txt"},
        "number_symbol": "21-KL/TW",
        "issue_date": "2003-01-01",
        "references": [],
    }
    c = {
        "status": "ok",
        "source": {"path": "c.txt"},
        "number_symbol": "12/CT-UBND",
        "issue_date": "2024-01-02",
        "references": [
            {"id": "73/2023/NĐ-CP", "relation": "basis", "date": None},
            {"id": "21-KL/TW", "relation": "implements", "date": "2021-10-25"},
            {"id": "99/2020/NĐ-CP", "relation": "cites", "date": None},
        ],
    }
    edges = citation_edges([a, b, b_old, c])
    got = {(e["target"], e["in_batch"], e["target_path"]) for e in edges}
    assert got == {
        ("73/2023/NĐ-CP", True, "a.txt"),
        ("21-KL/TW@2021-10-25", True, "b.txt"),
        ("99/2020/NĐ-CP", False, None),
    }
    assert write_graph([a, b, b_old, c], tmp_path / "g.graphml") == 3
    assert "21-KL/TW@2021-10-25" in (tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert write_graph([a, b, b_old, c], tmp_path / "g.csv") == 3


def test_preamble_references_dev_gold(shared: Path) -> None:
    """``corpora/references/preambles_gold.jsonl``: 50 real preambles annotated by hand."""
    from docproc.evaluate import read_jsonl, score_records
    from docproc.extract import extract_file

    gold_path = Path(__file__).resolve().parents[1] / "corpora" / "references" / "preambles_gold.jsonl"
    gold = read_jsonl(gold_path)
    preds = [extract_file(shared / "admin_docs" / g["input"]).to_dict() for g in gold]
    report = score_records(gold, preds, docs=shared / "admin_docs")
    assert report.documents >= 40
    f = report.fields
    assert f["references.precision"].accuracy >= 0.97, f["references.precision"].misses[:10]
    assert f["references.recall"].accuracy >= 0.97, f["references.recall"].misses[:10]
    assert f["references.doc_type"].accuracy >= 0.97 and f["references.date"].accuracy >= 0.95


# -- fast paths against the plain implementation ------------------------------------------------
# find_dates tries each pattern only where a cue or a year says a match may start, and finds a
# date's role by binary search; the plain version below scans the whole text with every pattern.


def _find_dates_plain(doc: Any, zones: Any = (), references: Any = (), regime: str | None = None) -> list[Any]:
    import re

    from docproc.extract.dates import _GLUED, _PART_YEAR_CUE, PATTERNS, DateMention, _cues, _value

    text = doc.text
    occupied = bytearray(len(text) + 1)
    found = []
    before, recurring, _ = _cues()

    def inside(span: tuple[int, int], ranges: Any) -> bool:
        return any(a <= span[0] and span[1] <= b for a, b in ranges)

    def role(span: tuple[int, int], kind: str, precision: str) -> str:
        for z in zones:
            if inside(span, [(z.start, z.end)]):
                if z.kind == "stamp":
                    return "received"
                if z.kind == "copy":
                    return "copy"
                if z.kind == "place_date":
                    return "publication" if regime == "press" else "issue"
        if inside(span, references):
            return "reference"
        left = text[max(0, span[0] - 40) : span[0]]
        for r in ("deadline", "effective"):
            if before[r].search(left):
                return r
        if kind == "duration":
            return "deadline"
        if precision in ("range", "quarter") or before["period"].search(left):
            return "period"
        return "other"

    for kind, pat in PATTERNS:
        if kind == "part_year" and not _PART_YEAR_CUE.search(text):
            continue
        for m in pat.finditer(text):
            span = m.span()
            if occupied.find(1, span[0], span[1]) >= 0 or (span[0] and text[span[0] - 1] in _GLUED.get(kind, "")):
                continue
            got = _value(kind, m)
            if got is None:
                continue
            occupied[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
            r = role(span, kind, got[1])
            if r == "deadline":
                cue = before["deadline"].search(text[max(0, span[0] - 40) : span[0]])
                if cue:
                    span = (max(0, span[0] - 40) + cue.start(), span[1])
            found.append(
                DateMention(got[0], got[1], r, text[span[0] : span[1]], span, doc.page_at(span[0]), f"dates.{kind}")
            )
    for m in re.finditer(recurring, text):
        span = m.span()
        if occupied.find(1, span[0], span[1]) < 0:
            found.append(
                DateMention(None, "recurring", "period", m.group(0), span, doc.page_at(span[0]), "dates.recurring")
            )
    return sorted(found, key=lambda d: d.span)


def _date_candidates_cover(text: str) -> None:
    """Every match of every pattern starts at one of the candidates find_dates tries."""
    from docproc.extract.dates import PATTERNS, _cue_starts, _cues, _starts
    from docproc.scan import finditer_at

    starts = _cue_starts(text)
    for kind, pat in PATTERNS:
        if kind in starts:
            assert [m.span() for m in finditer_at(pat, text, starts[kind])] == [m.span() for m in pat.finditer(text)], (
                kind
            )
    _, recurring, anchors = _cues()
    assert anchors is not None
    assert [m.span() for m in finditer_at(recurring, text, _starts(text, anchors))] == [
        m.span() for m in recurring.finditer(text)
    ]


_DATE_PIECES = (
    *("ngày ", "Ngày", "tháng ", "Tháng", "năm ", "Năm", "quý ", "Quý", "trong ", "Trong", "thời hạn ", "vòng "),
    *("19", "20", "2019", "2024", "1", "12", "5", "31", "3", "6", "I", "IV", "/", ".", "-", "–", ",", " ", "  "),
    *("\n", "\t", "\xa0", "đầu ", "cuối ", "hằng ", "Hằng", "hàng ", "định kỳ", "Định kỳ", " tháng một lần"),
    *("x", "ă", "à", "kỳ", "làm việc", "giai đoạn ", "trước ", "12 / 12/", "1 - 1- ", "31. 12.", "2019 -  "),
)


@pytest.mark.parametrize(
    "text",
    [
        "ngày 12 / 12/2020, 1 - 1- 2021 và 31.12. 2019; 112/3/2020, 12/3/20201",
        "giai đoạn 2019 -\n 2025, 1099-2000-2010, 2019–2020/, 2019\xa0-\xa02021",
        "năm\n\n2020, Năm 2019, năm2020, trong năm 2024 quý IV/2024, tháng 12 năm 2023",
        "hằng năm, Hằng quý, định kỳ 6 tháng, 3 tháng một lần, khoảng 6 tháng một lần, 36 tháng một lần",
        "20 19 2020 1920 2019 - - 2020",
    ],
)
def test_date_candidates_cover_edge_cases(text: str) -> None:
    _date_candidates_cover(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=18).map("".join))
def test_date_candidates_cover_every_match(text: str) -> None:
    _date_candidates_cover(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_DATE_PIECES), max_size=24).map("".join),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=4),
    st.lists(st.tuples(st.sampled_from(["stamp", "copy", "place_date", "number"]), st.integers(0, 60)), max_size=3),
    st.sampled_from([None, "press"]),
)
def test_find_dates_as_plain(text: str, refs: list[tuple[int, int]], zones: list[Any], regime: str | None) -> None:
    from types import SimpleNamespace

    doc = docproc.read(("x " + text).encode())
    spans = [(a, a + n) for a, n in refs]
    zs = [SimpleNamespace(kind=k, start=a, end=a + 25) for k, a in zones]
    assert find_dates(doc, zones=zs, references=spans, regime=regime) == _find_dates_plain(doc, zs, spans, regime)


def test_find_dates_as_plain_on_admin_docs(shared: Path) -> None:
    from docproc.extract import context_place, extract_header

    files = sorted((shared / "admin_docs").glob("*/*.txt"))[:80] + sorted((shared / "admin_docs").glob("*/*.md"))[:40]
    assert files
    for f in files:
        doc = docproc.read(f)
        _date_candidates_cover(doc.text)
        h = extract_header(doc)
        skip = tuple((z.start, z.end) for z in h.zones if z.kind in ("number", "copy", "stamp"))
        spans = [r.span for r in find_references(doc, place=context_place(h), skip=skip)]
        got = find_dates(doc, zones=h.zones, references=spans, regime=h.regime)
        assert got == _find_dates_plain(doc, h.zones, spans, h.regime), f.name


def _relation_plain(text: str, start: int) -> str:
    from docproc.extract.references import _NEAR, _clause, _cues

    clause = _clause(text, start)
    for name, pat in _cues()[0]:
        if pat.search(clause[-45:] if name in _NEAR else clause):
            return name
    return "cites"


_RELATION_PIECES = (
    *("Căn cứ ", "CĂN CỨ ", "căn cứ vào ", "- căn cứ", "Thực hiện ", "THỰC HIỆN ", "triển khai thực hiện ", "bãi bỏ "),
    *("BÃI BỎ ", "Bãİ bỏ ", "bãı bỏ ", "hết hiệu lực ", "thay thế ", "THAY THẾ ", "ſửa đổi ", "sửa đổi, ", "SỬA ĐỔI "),
    *("bổ sung một số điều ", "theo quy định tại ", "hướng dẫn thi hành ", "quy định chi tiết ", "tổ chức thực hiện "),
    *("İ", "ı", "ſ", "x", " ", "; ", ". ", "\n", "Luật Đất đai ", "các văn bản ", "a" * 20),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_RELATION_PIECES), max_size=20).map("".join))
def test_relation_as_plain(text: str) -> None:
    from docproc.extract.references import _relation

    for start in {len(text), len(text) // 2, max(0, len(text) - 7)}:
        assert _relation(text, start) == _relation_plain(text, start)


def test_relation_as_plain_on_admin_docs(shared: Path) -> None:
    from docproc.extract.references import _relation, _type_words

    for f in sorted((shared / "admin_docs").glob("*/*.txt"))[:60]:
        text = docproc.read(f).text
        for start in _type_words().starts(text):
            assert _relation(text, start) == _relation_plain(text, start), (f.name, start)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Nghị định", "nghị định", "ghị định", "Luật", "uật", "luật", "Bộ luật", "x", " "]), max_size=14
    ).map("".join)
)
def test_initial_case_keywords_as_keywords(text: str) -> None:
    from docproc.extract.references import _type_words, _types
    from docproc.scan import Keywords, with_initial_case

    assert _type_words().starts(text) == Keywords(with_initial_case(_types())).starts(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("UBND", "Ủy ban nhân dân", " tỉnh", " Sóc Trăng", "Bộ Tài chính", "Chính phủ", " đã", " ban hành"),
                *("có", " ", "  ", "\n", "x", "hành", " có ", "ban\nhành"),
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_enactor_as_search(before: str) -> None:
    from docproc.extract.references import _ENACTOR, _enactor

    fast, slow = _enactor(before), _ENACTOR.search(before)
    assert (fast and fast.span()) == (slow and slow.span())


_THEN_PIECES = (
    *("Nghị định", "nghị định", "quy định", "Luật", "luật", "Bộ luật", "Pháp lệnh", "pháp lệnh", "Nghị quyết"),
    *(" liên tịch", "Thông tư", " ", "  ", "\t", "\n", "số ", "Số: ", "1/", "٣/", "2020/NĐ-CP", "này", "nêu trên"),
    *("nói trên", "trên", "đó", "nước", "sửa đổi, ", "về ", "của ", "Đất đai", "Ủy ban", "đất đai số 1", "x", ","),
    *("tại ", "liên quan", "sử dụng", "nêu", "số", "sửa", "đối"),
)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_THEN_PIECES), max_size=16).map("".join))
def test_type_starts_keep_every_match(text: str) -> None:
    """``_type_starts`` drops only keyword starts where ``_type_re`` cannot match."""
    from docproc.extract.references import _type_re, _type_starts, _type_words
    from docproc.scan import finditer_at

    assert set(_type_starts(text)) <= set(_type_words().starts(text))
    slow = [m.span() for m in _type_re().finditer(text)]
    assert [m.span() for m in finditer_at(_type_re(), text, _type_starts(text))] == slow


def test_type_starts_keep_every_match_on_admin_docs(shared: Path) -> None:
    from docproc.extract.references import _type_re, _type_starts
    from docproc.scan import finditer_at

    for f in sorted((shared / "admin_docs").glob("*/*.txt"))[:80]:
        text = docproc.read(f).text
        slow = [m.span() for m in _type_re().finditer(text)]
        assert [m.span() for m in finditer_at(_type_re(), text, _type_starts(text))] == slow, f.name
