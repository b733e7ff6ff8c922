"""Assigned responsibilities: the seed directive against gold, cue-table examples, the dev gold."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docproc
from docproc.data import load
from docproc.extract import responsibilities as R

ROOT = Path(__file__).resolve().parents[1]
DIRECTIVE = "chi_thi_soc_trang_sao_y_my_tu.txt"


def _pairs(
    unit: dict[str, Any], roles: tuple[str, ...] = ("lead", "cooperate", "execute", "monitor", "advise")
) -> list:
    return [(a["name"], a["role"]) for a in unit["assignees"] if a["role"] in roles]


def test_seed_directive_items(shared: Path) -> None:
    """One unit per item, exactly as the seed gold: "…; đồng thời tham mưu Ban Thường vụ Tỉnh ủy …"
    goes on with item 6's task and is no unit of its own."""
    gold = json.loads((shared / "seeds" / "gold.json").read_text(encoding="utf-8"))[DIRECTIVE]["responsibilities"]
    doc = docproc.read(shared / "seeds" / DIRECTIVE)
    units = docproc.extract(doc).to_dict()["responsibilities"]
    by_item: dict[str, list[dict[str, Any]]] = {}
    for u in units:
        by_item.setdefault(u["item"], []).append(u)
        s, e = u["span"]
        assert doc.text[s:e] == u["task"]
    for g in gold:
        (u,) = by_item[g["item"]]
        assert _pairs(u) == [(a["name"], a["role"]) for a in g["assignees"]], g["item"]
        if "action" in g:
            assert u["action"] == g["action"] and u["report_to"] == g["report_to"], g["item"]
    (three,) = by_item["3"]
    assert three["assignees"] == []  # "Tăng cường công tác thanh tra …" names nobody: nobody is invented


@pytest.mark.parametrize("ex", load("responsibility_cues.json")["examples"], ids=lambda e: e["text"][:40])
def test_cue_examples(ex: dict[str, Any]) -> None:
    rec = docproc.extract(("Ban Thường vụ yêu cầu:\n" + ex["text"]).encode()).to_dict()
    (unit,) = rec["responsibilities"]
    assert [[a["name"], a["role"]] for a in unit["assignees"]] == ex["assignees"]
    assert unit["action"] == ex["action"] and unit["report_to"] == ex["report_to"]
    if "deadline" in ex:
        assert unit["deadline"] == ex["deadline"]


@pytest.mark.parametrize(
    ("gold_file", "role_f1", "assignee_f1"),
    [("gold.jsonl", 0.87, 0.88), ("test_gold.jsonl", 0.80, 0.80)],
    ids=["dev", "test"],
)
def test_gold_scores(gold_file: str, role_f1: float, assignee_f1: float) -> None:
    """``corpora/responsibilities``: the 38-document dev gold the rules were developed on (issue
    target F1 ≥ 0.85 on (assignee, role); 0.880 when written) and the 13-document test set
    annotated before any run (0.611 blind; 0.812 after rules for its reported miss classes; 0.819
    after the introduction-subject cut of 2026-12-07)."""
    from docproc.evaluate import read_jsonl, score_records
    from docproc.extract import extract_file

    base = ROOT / "corpora" / "responsibilities"
    gold = read_jsonl(base / gold_file)
    preds = [extract_file(base / g["input"]).to_dict() for g in gold]
    report = score_records(gold, preds)
    assert report.f1("assignee_role") >= role_f1 and report.f1("assignee") >= assignee_f1


def test_responsibilities_command_writes_one_row_per_assignee(shared: Path, tmp_path: Path) -> None:
    import csv

    from typer.testing import CliRunner

    from docproc.cli import app

    out = tmp_path / "r.csv"
    result = CliRunner().invoke(app, ["responsibilities", str(shared / "seeds" / DIRECTIVE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    six = [(r["assignee"], r["role"]) for r in rows if r["item"] == "6"]
    assert six[:3] == [
        ("Ủy ban kiểm tra Tỉnh ủy", "lead"),
        ("Ban Tổ chức Tỉnh ủy", "cooperate"),
        ("Văn phòng Tỉnh ủy", "cooperate"),
    ]
    assert {r["report_to"] for r in rows if r["item"] == "6"} == {"Ban Thường vụ Tỉnh ủy"}
    assert ("Ủy ban kiểm tra Tỉnh ủy", "advise") not in six  # "…; đồng thời tham mưu …" goes on with the unit
    assert [r["assignee"] for r in rows if r["item"] == "3"] == [""]  # the unit is listed, nobody invented


REAL = [  # sentences of corpora/responsibilities/docs, with the pairs the rules give them
    (
        "Ủy ban nhân dân huyện, thành phố có trách nhiệm chỉ đạo Phòng Lao động - Thương binh và Xã hội, "
        "Ủy ban nhân dân các xã, phường, thị trấn lập danh sách đối tượng.",
        [
            ("Ủy ban nhân dân huyện, thành phố", "execute"),
            ("Phòng Lao động - Thương binh và Xã hội", "execute"),
            ("Ủy ban nhân dân các xã, phường, thị trấn", "execute"),
        ],
    ),
    (
        "Bộ Nông nghiệp và Môi trường trong phạm vi chức năng, nhiệm vụ của mình có trách nhiệm rà soát, "
        "đề xuất hoàn thiện Luật Đất đai.",
        [("Bộ Nông nghiệp và Môi trường", "execute")],
    ),
    (
        "Hàng tháng có báo cáo nhanh kết quả thực hiện chính sách gửi về Bộ Xây dựng và Bộ Tài chính để tổng hợp, "
        "báo cáo Thủ tướng Chính phủ.",
        [("Bộ Xây dựng", "report_to"), ("Bộ Tài chính", "report_to")],
    ),
    (  # file_data_21: the verbs of an adverbial ("Căn cứ quy định tại …") do not cut the subject
        "Căn cứ quy định tại Điều 3 của Quyết định số 1237/QĐ-TTg và các nội dung phân công tại Kế hoạch này, "
        "theo chức năng, nhiệm vụ, các Bộ, ngành, địa phương, đơn vị, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, "
        "Trung ương Hội Cựu chiến binh Việt Nam xây dựng các văn bản hướng dẫn, chỉ đạo và kế hoạch tổ chức triển "
        "khai thực hiện.",
        [
            ("các Bộ, ngành, địa phương, đơn vị", "execute"),
            ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "execute"),
            ("Trung ương Hội Cựu chiến binh Việt Nam", "execute"),
        ],
    ),
    (  # file_data_44: "…; đồng thời phối hợp với X …" goes on with the unit; X is a partner
        "Ủy ban nhân dân cấp xã có trách nhiệm giám sát để các hộ gia đình sử dụng tiền hỗ trợ nhà ở cho người có "
        "công đúng mục đích, bảo đảm chất lượng nhà ở sau khi xây dựng, sửa chữa; đồng thời phối hợp với các cơ quan "
        "liên quan ở địa phương thực hiện công khai chính sách hỗ trợ của nhà nước.",
        [("Ủy ban nhân dân cấp xã", "monitor"), ("các cơ quan liên quan ở địa phương", "cooperate")],
    ),
    (  # doc_000117: "Quá trình" is no verb "trình"; the subject comes after the adverbial
        "Quá trình thực hiện nếu có vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Bộ Quốc phòng để xem xét.",
        [("các cơ quan, đơn vị, địa phương", "execute"), ("Bộ Quốc phòng", "report_to")],
    ),
    (  # doc_000288: one "các" over a list of common nouns is one group
        "Bộ Ngoại giao chủ trì, phối hợp với các Bộ, cơ quan liên quan tổ chức tuyên truyền.",
        [("Bộ Ngoại giao", "lead"), ("các Bộ, cơ quan liên quan", "cooperate")],
    ),
]


@pytest.mark.parametrize(("sentence", "pairs"), REAL, ids=lambda x: x[:30] if isinstance(x, str) else "")
def test_rules_on_real_sentences(sentence: str, pairs: list[tuple[str, str]]) -> None:
    """Bodies directed by "chỉ đạo", "trong phạm vi …" ending a
    subject, several bodies reported to (and not the one they report to afterwards)."""
    rec = docproc.extract(("Điều 5. Tổ chức thực hiện\n1. " + sentence).encode()).to_dict()
    got = [(a["name"], a["role"]) for u in rec["responsibilities"] for a in u["assignees"]]
    assert got == pairs


def test_introduction_subject_ends_before_an_adverb() -> None:
    """file_data_15: "… yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện …:" — the items
    below are the two bodies' ("tập trung" ends the subject, it is not part of a name)."""
    text = (
        "NGHỊ QUYẾT\nỦy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện một số "
        "nhiệm vụ và giải pháp sau đây:\n1. Rà soát, hoàn thiện hệ thống pháp luật về đất đai.\n"
    )
    rec = docproc.extract(text.encode()).to_dict()
    (unit,) = rec["responsibilities"]
    assert [(a["name"], a["role"]) for a in unit["assignees"]] == [
        ("Chính phủ", "execute"),
        ("Thủ tướng Chính phủ", "execute"),
    ]


def test_table_labels_are_not_assignments() -> None:
    rec = docproc.extract(
        "D. TỔ CHỨC THỰC HIỆN\n2. Cơ quan chủ trì, phối hợp\na) Cơ quan chủ trì: Bộ Quốc phòng.".encode()
    )
    assert rec.to_dict()["responsibilities"] == []


def test_procedural_articles_assign_no_work() -> None:
    """doc_000084: an article titled otherwise ("Thẩm quyền giải quyết tố cáo") states who handles
    a case, it assigns no work; its execution article does."""
    text = (
        "Điều 12. Thẩm quyền giải quyết tố cáo\n"
        "a) Trường hợp người bị tố cáo đã chuyển công tác sang cơ quan, tổ chức khác thì do người đứng đầu cơ "
        "quan bảo hiểm xã hội chủ trì giải quyết; người đứng đầu cơ quan, tổ chức đang quản lý người bị tố cáo "
        "phối hợp giải quyết.\n"
        "Điều 16. Trách nhiệm thi hành\n"
        "1. Bộ trưởng Bộ Nội vụ có trách nhiệm hướng dẫn, kiểm tra việc thi hành Nghị định này.\n"
    )
    rec = docproc.extract(text.encode()).to_dict()
    assert [(u["item"], [(a["name"], a["role"]) for a in u["assignees"]]) for u in rec["responsibilities"]] == [
        ("Điều 16.1", [("Bộ trưởng Bộ Nội vụ", "monitor")])
    ]


def test_letter_requests() -> None:
    """file_data_36, file_data_38 (letters): "X đề nghị Y …" and "đề nghị Y thực hiện như sau:" give
    Y the work; the body asking gets none."""
    from docproc.extract import extract_file

    docs = ROOT / "corpora" / "responsibilities" / "docs"
    got = {
        name: [[(a["name"], a["role"]) for a in u["assignees"]] for u in rec["responsibilities"]]
        for name in ("file_data_36.md", "file_data_38.md")
        if (rec := extract_file(docs / name).to_dict())
    }
    assert got["file_data_36.md"] == [[("Bộ Tài chính", "execute"), ("Bộ Kế hoạch và Đầu tư", "execute")]]
    sl = ("Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương", "execute")
    assert got["file_data_38.md"] and all(u == [sl] for u in got["file_data_38.md"])


# -- wording classes of round 3 (issue #7): real sentences of other admin_docs files (never the test set)

GENERAL = [
    (  # vbpl/doc_000538: "có trách nhiệm thi hành" is an execution clause like "chịu trách nhiệm thi hành"
        "Điều 29. Chánh Văn phòng Bộ, Vụ trưởng, Thủ trưởng cơ quan, đơn vị thuộc Bộ và người đứng đầu doanh "
        "nghiệp nhà nước do Bộ quản lý có trách nhiệm thi hành Thông tư này.",
        [
            ("Chánh Văn phòng Bộ", "execute"),
            ("Vụ trưởng", "execute"),
            ("Thủ trưởng cơ quan, đơn vị thuộc Bộ", "execute"),
            ("người đứng đầu doanh nghiệp nhà nước do Bộ quản lý", "execute"),
        ],
    ),
    (  # vbpl/doc_000580: "có trách nhiệm tuân thủ …" in an execution article
        "Điều 30. Trách nhiệm thi hành\n2. Cá nhân, thương nhân tham gia giao dịch trên Sở giao dịch hàng hóa có "
        "trách nhiệm tuân thủ quy định của Chính phủ về mua bán hàng hóa qua Sở giao dịch hàng hóa.",
        [("Cá nhân, thương nhân tham gia giao dịch trên Sở giao dịch hàng hóa", "execute")],
    ),
    (  # vbpl/doc_000204: a condition closed by "thì" comes before the subject
        "Điều 4. Trách nhiệm quản lý nhà nước\nTrường hợp không xác định được thì Bộ Nông nghiệp và Môi trường có "
        "trách nhiệm căn cứ vào quy trình sản xuất sản phẩm cây trồng để xác định là sản phẩm chưa chế biến.",
        [("Bộ Nông nghiệp và Môi trường", "execute")],
    ),
    (  # corpora/responsibilities file_data_18: a named body's duty in an untitled article
        "Điều 6.\nHàng quý, Ủy ban nhân dân huyện, thị xã, thành phố có trách nhiệm tổng hợp việc miễn, giảm tiền "
        "sử dụng đất cho người có công trên địa bàn.",
        [("Ủy ban nhân dân huyện, thị xã, thành phố", "execute")],
    ),
    (  # vbpl/doc_000375: passive "do X chủ trì …": the agent after "do" leads
        "Điều 7. Tổ chức thi hành\n3. Hệ thống phần mềm của hệ thống thông tin, cơ sở dữ liệu về nhà ở và thị "
        "trường bất động sản do Bộ Xây dựng chủ trì phát triển, quản lý tập trung, thống nhất trên phạm vi toàn quốc.",
        [("Bộ Xây dựng", "lead")],
    ),
    (  # vbpl/doc_000171: a generic noun after a name ending with one is the same body
        "Điều 21. Trách nhiệm thi hành\n1. Thủ trưởng Công an đơn vị, địa phương có trách nhiệm phổ biến, quán "
        "triệt đến cán bộ, chiến sĩ và tổ chức thực hiện Thông tư này.",
        [("Thủ trưởng Công an đơn vị, địa phương", "execute")],
    ),
    (  # vbpl/doc_000171: "chủ trì, hướng dẫn X lập …": X gets the task it is guided to do
        "Điều 10. Trách nhiệm thi hành\n5. Cục Kế hoạch và tài chính chủ trì, hướng dẫn Công an đơn vị, địa "
        "phương lập dự toán, quản lý, sử dụng và thanh quyết toán kinh phí công tác tuyển quân.",
        [("Cục Kế hoạch và tài chính", "lead"), ("Công an đơn vị, địa phương", "execute")],
    ),
    (  # corpora/responsibilities file_data_26: the body reported to directs, not the assignee
        "Điều 5. Tổ chức thực hiện\n3. Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm thống "
        "kê, rà soát con liệt sĩ có nhu cầu đào tạo nghề; tổng hợp báo cáo Ủy ban nhân dân cùng cấp để chỉ đạo các "
        "cơ quan, đơn vị tổ chức triển khai thực hiện.",
        [
            ("Cơ quan Lao động - Thương binh và Xã hội ở địa phương", "execute"),
            ("Ủy ban nhân dân cùng cấp", "report_to"),
        ],
    ),
    (  # corpora/responsibilities doc_000376: the body reported to ends before "hoặc khi …"
        "Điều 6. Trách nhiệm của Ủy ban nhân dân cấp tỉnh\nc) Định kỳ trước ngày 31 tháng 12 hằng năm, gửi Báo cáo "
        "kết quả điều tra loài ngoại lai xâm hại về Bộ Nông nghiệp và Môi trường hoặc khi loài ngoại lai xâm hại có "
        "ảnh hưởng lớn đến kinh tế - xã hội của địa phương;",
        [("Ủy ban nhân dân cấp tỉnh", "execute"), ("Bộ Nông nghiệp và Môi trường", "report_to")],
    ),
    (  # corpora/responsibilities doc_000469: "về" inside a name, and before the topic of the report
        "Điều 9. Trách nhiệm của cơ sở cứu hộ\nb) Báo cáo cơ quan quản lý nhà nước về thủy sản thuộc Bộ Nông nghiệp "
        "và Môi trường về kết quả cứu hộ loài thủy sản nguy cấp, quý, hiếm định kỳ trước ngày 20 tháng 11 hằng năm.",
        [
            ("cơ sở cứu hộ", "execute"),
            ("cơ quan quản lý nhà nước về thủy sản thuộc Bộ Nông nghiệp và Môi trường", "report_to"),
        ],
    ),
    (  # corpora/responsibilities doc_000288: a name does not end on "về" before the verb of the topic
        "Điều 4. Tổ chức thực hiện\n1. Bộ Ngoại giao:\nb) Chủ trì, phối hợp với các Bộ, cơ quan liên quan về tổ chức "
        "tuyên truyền về việc giải thể Quỹ Bảo hộ công dân.",
        [("Bộ Ngoại giao", "lead"), ("các Bộ, cơ quan liên quan", "cooperate")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), GENERAL, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_general_wording_classes(text: str, pairs: list[tuple[str, str]]) -> None:
    """Execution variants, conditions before the subject, duties of named bodies, passive agents,
    name boundaries and report targets (README of corpora/responsibilities, round 3)."""
    rec = docproc.extract(("Căn cứ Luật Tổ chức Chính phủ;\n" + text).encode()).to_dict()
    got = [(a["name"], a["role"]) for u in rec["responsibilities"] for a in u["assignees"]]
    assert got == pairs


def test_intro_of_a_body_asking_others_in_an_article() -> None:
    """ "X yêu cầu Y, Z:" (file_data_26's introduction, here under an article alone on its line as in
    the Nghị quyết of the UBTVQH) governs the numbered items below it."""
    text = (
        "Căn cứ Luật Tổ chức Quốc hội;\nĐiều 1. Tán thành báo cáo của Chính phủ.\nĐiều 2.\n"
        "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n"
        "1. Chỉ đạo các cơ quan chức năng thống kê, rà soát con liệt sĩ có nhu cầu đào tạo nghề.\n"
        "2. Định kỳ hàng năm gửi báo cáo về Bộ Lao động - Thương binh và Xã hội.\n"
        "Điều 3. Nghị quyết này có hiệu lực từ ngày ký.\n"
    )
    units = docproc.extract(text.encode()).to_dict()["responsibilities"]
    assert [u["item"] for u in units] == ["Điều 2.1", "Điều 2.2"]
    head = ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "execute")
    assert [(a["name"], a["role"]) for a in units[0]["assignees"]] == [head, ("các cơ quan chức năng", "execute")]
    assert [(a["name"], a["role"]) for a in units[1]["assignees"]] == [
        head,
        ("Bộ Lao động - Thương binh và Xã hội", "report_to"),
    ]


def test_duty_heading_makes_its_items_units() -> None:
    """vbpl/doc_000545: "Các cơ quan, đơn vị thuộc Bộ … có trách nhiệm:" in an article that is not
    a carrying-out part: the items below are its duties."""
    text = (
        "Căn cứ Luật;\nĐiều 12. Trách nhiệm báo cáo thống kê\n"
        "1. Các cơ quan, đơn vị thuộc Bộ Khoa học và Công nghệ có trách nhiệm:\n"
        "a) Tổng hợp, báo cáo số liệu thống kê về Bộ Khoa học và Công nghệ;\n"
    )
    units = docproc.extract(text.encode()).to_dict()["responsibilities"]
    assert [(a["name"], a["role"]) for u in units for a in u["assignees"]] == [
        ("Các cơ quan, đơn vị thuộc Bộ Khoa học và Công nghệ", "execute"),
        ("Bộ Khoa học và Công nghệ", "report_to"),
    ]


def test_enacting_formula_and_amended_text_assign_nothing() -> None:
    """vbpl/doc_000555: "Bộ trưởng Bộ Tư pháp ban hành Thông tư …" enacts the document; dev
    doc_000594: the execution clause quoted in "Sửa đổi, bổ sung Điều 20" belongs to the amended text."""
    text = (
        "Theo đề nghị của Vụ trưởng Vụ Pháp chế;\n"
        "Bộ trưởng Bộ Tư pháp ban hành Thông tư quy định trách nhiệm chủ trì, phối hợp quản lý hồ sơ.\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định việc quản lý hồ sơ.\n"
        "Điều 8. Sửa đổi, bổ sung Điều 20\n“Điều 20. Trách nhiệm tổ chức thực hiện\n"
        "Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước, tổ chức tín dụng Việt Nam chịu trách nhiệm tổ chức thi "
        "hành Thông tư này./. ”.\n"
    )
    assert docproc.extract(text.encode()).to_dict()["responsibilities"] == []


def test_lower_case_verbs_are_no_bodies() -> None:
    """ "thanh tra" (a verb) and "các trường hợp …" start like bodies ("Thanh tra", "Trường") but are none."""
    rec = docproc.extract(
        (
            "Điều 5. Tổ chức thực hiện\n1. Đối với các trường hợp hộ gia đình người có công đã được hỗ trợ thì "
            "Ủy ban nhân dân cấp xã thanh tra, kiểm tra việc sử dụng tiền hỗ trợ."
        ).encode()
    ).to_dict()
    assert [(a["name"], a["role"]) for u in rec["responsibilities"] for a in u["assignees"]] == [
        ("Ủy ban nhân dân cấp xã", "monitor")
    ]


# -- fast paths: the same results as the plain versions they replaced ------------------------------

_PIECES = (
    *("Bộ Tài chính", "bộ", "Sở", "các cơ quan, đơn vị", "tổ chức", "Tổ chức thực hiện", "chủ trì", "phối hợp với"),
    *(
        "có trách nhiệm ",
        "chịu trách nhiệm thi hành",
        "Giao ",
        "Đề nghị",
        "đề nghị ",
        "Yêu cầu",
        "yêu cầu:",
        "như sau:",
    ),
    *("Trách nhiệm của", "TRÁCH NHIỆM", "Giải pháp", "vướng mắc", "báo cáo", "thực hiện", "Thanh tra", "thanh tra"),
    *("Điều 3. ", "1. ", "a) ", "II. ", "- ", "\n", " ", ",", ";", ".", ". ", "(", ")", ":", "x", "Ê", "đ", "5a"),
)


def _texts(max_size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES), max_size=max_size).map("".join)


def _real_lines() -> list[str]:
    lines = [s for s, _ in REAL] + [t for t, _ in GENERAL]
    admin = ROOT.parent / "shared" / "data" / "admin_docs"
    for p in sorted(admin.glob("vbpl/*.txt"))[:40]:
        lines += [x for x in p.read_text(encoding="utf-8").splitlines() if x.strip()][:400]
    return lines


def _plain_verb() -> re.Pattern[str]:
    d = load("responsibility_cues.json")
    verbs = [*d["verbs"], *(c for cs in d["roles"].values() for c in cs), *d["directing"], *d["helping"]]
    return re.compile(rf"{R._words_at_start(verbs)}(?![{R._W}])")


def _plain_agent() -> re.Pattern[str]:
    d = load("responsibility_cues.json")
    proper = set(d["proper_heads"])
    heads = R._capitalisable([h for h in d["agent_heads"] if h not in proper]) + "|" + "|".join(map(re.escape, proper))
    return re.compile(
        r"(?:(?:tất cả |toàn thể )?(?:các|những|Các|Những|Tất cả các|Toàn thể)\s+)?(?:" + heads + rf")(?![{R._W}])"
    )


_PLAIN_PIECE_CUT = re.compile(r"[();]|(?<=[^A-ZĐ.\s][.])\s+(?=[A-ZĐÀ-Ỹ])")


def _same_patterns(text: str) -> None:
    cues = R._cues()
    verb, agent = _plain_verb(), _plain_agent()
    assert [m.span() for m in cues.verb.finditer(text)] == [m.span() for m in verb.finditer(text)]
    for i in range(len(text) + 1):
        fast, plain = cues.verb.match(text, i), verb.match(text, i)
        assert (fast and fast.span()) == (plain and plain.span())
        assert bool(cues.agent.match(text, i)) == bool(agent.match(text, i))
        if agent.match(text, i):
            assert cues.head.search(text) is not None  # a line without any head names no body
    cuts = [(m.group(0) if m.group(0) in "();" else "", m.end()) for m in R._PIECE_CUT.finditer(text)]
    assert cuts == [(m.group(0) if m.group(0) in "();" else "", m.end()) for m in _PLAIN_PIECE_CUT.finditer(text)]
    if cues.strong.search(text):
        assert cues.strong_hint is not None and cues.strong_hint.search(text)


def test_fast_patterns_on_real_lines() -> None:
    for line in _real_lines():
        _same_patterns(line)


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_fast_patterns_on_generated_text(text: str) -> None:
    _same_patterns(text)


def test_required_literal() -> None:
    assert R._required_literal("chịu trách nhiệm (?:tổ chức )?thi hành") == "chịu trách nhiệm "
    assert R._required_literal("^Giao ") == "Giao "
    assert R._required_literal("ab?c") == "a"
    assert R._required_literal("vướng mắc.{0,200}(?:phản ánh|báo cáo)") == "vướng mắc"
    assert R._required_literal("a|b") is None and R._required_literal("[Bb]ộ") is None
    assert R._required_literal("(?:x)y") is None


def _same_triggers(text: str) -> None:
    cues = R._cues()
    blocks = R._blocks(text, 0, len(text))
    letter_hint = R._hint(load("responsibility_cues.json")["letter_cues"])
    for letter in (False, True):
        found, literals = R._triggers(text, blocks, cues, letter)
        assert found == R._triggered_plain(text, blocks, cues, letter)
        plain = R._cue_literals_plain(text, blocks, cues, letter)
        for fast_places, plain_places in ((literals.strong, plain.strong), (literals.letter, plain.letter)):
            assert (fast_places and fast_places.spans) == (plain_places and plain_places.spans)
        # a line holds a literal at the places found iff the hint pattern finds one in it
        for m in R._LINE.finditer(text):
            start, end = m.span(1)
            num = R._NUMBERING.match(m.group(1))
            for a in {start, start + (num.end() if num else 0)}:
                for places, hint in ((literals.strong, cues.strong_hint), (literals.letter, letter_hint)):
                    if places is not None:
                        assert places.within(a, end) == bool(hint and hint.search(text[a:end]))


def test_triggered_on_real_documents(shared: Path) -> None:
    for p in sorted((shared / "admin_docs").glob("*/*.txt"))[::3]:
        _same_triggers(docproc.read(p).text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_texts(8), max_size=8).map("\n".join))
def test_triggered_on_generated_text(text: str) -> None:
    _same_triggers(text)


@settings(max_examples=200, deadline=None)
@given(_texts())
def test_lines_without_a_head_name_nobody(body: str) -> None:
    """The scan skips the clause analysis of a line without inherited subject, organisation or
    agent head: such a line gives units without assignees."""
    body = body.replace("\n", " ").strip()
    if not body or R._cues().head.search(body):
        return
    doc = docproc.read(body.encode())
    org = R._OrgIndex(doc.text, [])
    for unit in R._line_units(doc, doc.text, 0, [], org, R._cues()):
        assert unit.assignees == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from((*_PIECES, "về ", "lên", "cho ", "gửi ", "Ủy ban nhân dân tỉnh", "  "))).map("".join))
def test_report_targets(text: str) -> None:
    cues = R._cues()
    org = R._OrgIndex(text, [(0, len(text) // 2)])
    for pos in range(len(text) + 1):
        fast = R._report_targets(text, pos, 0, org, cues)
        assert fast == R._report_targets_plain(text, pos, 0, org, cues)


def test_report_targets_on_real_lines() -> None:
    cues = R._cues()
    for line in _real_lines()[:3000]:
        org = R._OrgIndex(line, [])
        for m in cues.report.finditer(line):
            assert R._report_targets(line, m.end(), 0, org, cues) == R._report_targets_plain(
                line, m.end(), 0, org, cues
            )


_GROUP_PIECES = (
    *load("responsibility_cues.json")["compounds"],
    *("CƠ QUAN, ĐƠN VỊ", "Tổ Chức, Cá Nhân", "các", "xã", "Xã", ", ", " - ", ",", "-", " ", "và ", "Sở"),
    *("tổ chức chính trị", "đảng", "thành phố", "ngành", "địa phương", "cá nhân", "Bộ", "ban"),
)


def _same_compounds(text: str) -> None:
    cues = R._cues()
    fast = [m.span() for m in R._compounds(text, cues)]
    assert fast == [m.span() for m in cues.compound.finditer(text)]
    for a, b in fast:  # a verb inside a fixed group is always near a separator
        assert all(R._near_separator(text, at, cues) for at in range(a, b))


def test_compounds_on_real_lines() -> None:
    """The fixed groups found only where a separator allows one: the same as the full search."""
    assert R._cues().compound_at is not None
    for line in _real_lines():
        _same_compounds(line)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_GROUP_PIECES), max_size=12).map("".join))
def test_compounds_on_generated_text(text: str) -> None:
    _same_compounds(text)


def _same_quiet(line: str) -> None:
    """A line the scan passes over as quiet changes no state: no section, chapter or part, no
    introduction and no heading (whatever organisations it names)."""
    cues = R._cues()
    line = line.strip()
    if not line:
        return
    num = R._NUMBERING.match(line)
    level = R._level(num)
    body = line[num.end() :] if num else line
    if level == 0 or not R._quiet(line, body, level, cues):
        return
    assert cues.section.match(body) is None
    assert R._CHAPTER.match(line) is None and R._PART.match(line) is None
    assert not line.endswith(":") and not R._asks(body, cues)
    base = len(line) - len(body)
    for spans in ([], [(0, len(line))]):
        assert R._heading(body, base, level, R._OrgIndex(line, spans), cues) == []


def _same_secondary(text: str) -> None:
    fast = [m.span() for m in R._SECONDARY.finditer(text)]
    assert fast == [m.span() for m in R._SECONDARY_PLAIN.finditer(text)]


def test_quiet_lines_and_secondary_on_real_lines() -> None:
    for line in _real_lines():
        _same_quiet(line)
        _same_secondary(line)


_LINE_PIECES = (
    *_PIECES,
    *("1. ", "a) ", "- ", "Điều 3. ", "Chương II ", "A. ", "I. ", "II. TỔ CHỨC THỰC HIỆN", "Nhiệm vụ", ":", ";", "."),
    *("Ủy ban nhân dân tỉnh", "Chỉ đạo ", "phối hợp ", "Phối hợp", "với ", "Hướng dẫn", "hướng dẫn ", "chỉ đạo"),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=10).map("".join))
def test_quiet_lines_and_secondary_on_generated_text(line: str) -> None:
    _same_quiet(line)
    _same_secondary(line)
