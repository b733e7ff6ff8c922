"""The batch layer: one record per input, duplicates, resume after kill -9, outputs, search,
archival export, review queue. Small generated text files and the bundled samples; no OCR."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from docproc.archival import archival_row, columns
from docproc.batch import iter_inputs, manifest_path, review_path, run_batch
from docproc.catalogue import search
from docproc.cli import app
from docproc.data import load
from docproc.evaluate import read_jsonl
from docproc.review import review_queue
from tests.test_bad_input import _docx_bomb

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"
TEXT_SAMPLES = [SAMPLES / n for n in ("chi_thi_soc_trang_sao_y_my_tu.txt", "cong_van_2864_LDTBXH.md")]


def admin_text(i: int, body: str = "Tổng kết công tác năm 2024.") -> str:
    """A small Kế hoạch of a provincial People's Committee, numbered ``i``."""
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: {i}/KH-UBND\nSơn La, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\n"
        f"Tổng kết công tác số {i}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n{body}\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Đình Việt\n"
    )


def write_docs(folder: Path, n: int, start: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"kh_{i:03d}.txt"
        p.write_text(admin_text(i), encoding="utf-8")
        paths.append(p)
    return paths


def by_name(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {Path(r["source"]["path"]).name: r for r in records}


def identity(records: list[dict[str, Any]]) -> set[tuple[str, str, str | None]]:
    return {(r["source"]["path"], r["source"]["sha256"], r["number_symbol"]) for r in records}


# -- one record per input ---------------------------------------------------------------------------


def test_one_record_per_input_with_malformed_files_mixed_in(tmp_path: Path) -> None:
    src = tmp_path / "in"
    good = write_docs(src, 3)
    (src / "sub").mkdir()
    (src / "sub" / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%junk\x00\xff")
    (src / "empty.txt").write_bytes(b"")
    (src / "junk.txt").write_bytes(bytes(range(256)) * 80)
    (src / "plan.pdf").write_text(admin_text(77), encoding="utf-8")  # text under a .pdf name
    (src / "bomb.docx").write_bytes(_docx_bomb())
    (src / ".hidden.txt").write_text("skipped", encoding="utf-8")
    out = tmp_path / "out.jsonl"

    summary = run_batch([src], out, workers=2, progress=False)

    records = read_jsonl(out)
    names = by_name(records)
    assert len(records) == 8 and set(names) == {
        *(p.name for p in good),
        "corrupt.pdf",
        "empty.txt",
        "junk.txt",
        "plan.pdf",
        "bomb.docx",
    }
    for name in ("corrupt.pdf", "empty.txt", "junk.txt", "bomb.docx"):
        rec = names[name]
        assert rec["status"] == "error" and rec["errors"][0]["message"].startswith(str(src)), name
        assert name in rec["errors"][0]["message"]
    assert "MiB" in names["bomb.docx"]["errors"][0]["message"]
    assert names["kh_002.txt"]["number_symbol"] == "2/KH-UBND" and names["kh_002.txt"]["status"] == "ok"
    assert names["plan.pdf"]["number_symbol"] == "77/KH-UBND"  # the content decides, not the name
    assert "text" not in names["kh_001.txt"]
    assert (summary.files, summary.errors, summary.ok) == (8, 4, 4)
    assert all(r["source"]["sha256"] for r in records)  # error records carry the file's hash too
    review = list(csv.DictReader(review_path(out).open(encoding="utf-8")))
    assert {Path(r["path"]).name for r in review if r["status"] == "error"} == {
        "corrupt.pdf",
        "empty.txt",
        "junk.txt",
        "bomb.docx",
    }


def test_identical_files_are_processed_once(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for sample in TEXT_SAMPLES:
        shutil.copy(sample, src / sample.name)
    shutil.copy(TEXT_SAMPLES[1], src / "z_copy_of_cong_van.md")
    (src / "a_empty.txt").write_bytes(b"")
    (src / "b_empty.txt").write_bytes(b"")
    out = tmp_path / "out.csv"

    summary = run_batch([src], out, workers=2, progress=False)

    rows = {Path(r["path"]).name: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert len(rows) == 5 and summary.duplicates == 2
    dup, first = rows["z_copy_of_cong_van.md"], rows["cong_van_2864_LDTBXH.md"]
    assert dup["duplicate_of"] == first["path"] and first["duplicate_of"] == ""
    assert dup["status"] == "ok" and dup["number_symbol"] == first["number_symbol"] == "2864/LĐTBXH-NCC"
    assert dup["sha256"] == first["sha256"] and dup["path"].endswith("z_copy_of_cong_van.md")
    assert rows["b_empty.txt"]["status"] == "error" and rows["b_empty.txt"]["error"].startswith(
        str(src / "b_empty.txt")
    )


def test_inputs_are_walked_in_sorted_path_order(tmp_path: Path) -> None:
    """The folder walk (os.scandir) lists what ``sorted(rglob("*"))`` did: files only, hidden
    files and folders left out, links to folders not followed, links to files kept."""
    for name in ["b/c", "b.txt", "b-a/x", "a b", "B", "é", ".h/x", "z/.y", "b/e/.d", "b/e/f", "b0"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "link_dir").symlink_to(tmp_path / "b")
    (tmp_path / "link_file").symlink_to(tmp_path / "b.txt")
    expected = [
        f
        for f in sorted(tmp_path.rglob("*"))
        if f.is_file() and not any(part.startswith(".") for part in f.relative_to(tmp_path).parts)
    ]
    found = list(iter_inputs([tmp_path]))
    assert found == expected
    assert [str(f.relative_to(tmp_path)) for f in found] == [
        "B",
        "a b",
        "b/c",
        "b/e/f",
        "b-a/x",
        "b.txt",
        "b0",
        "link_file",
        "é",
    ]


def test_per_document_time_limit(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    summary = run_batch(docs, out, workers=1, timeout_s=0.0005, progress=False)
    records = read_jsonl(out)
    assert summary.errors == 2 and len(records) == 2
    for rec in records:
        assert rec["errors"][0]["type"] == "timeout" and "longer than the limit" in rec["errors"][0]["message"]


def test_memory_limit_fails_one_document_not_the_batch(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "in", 2)
    big = tmp_path / "in" / "big.txt"
    big.write_text("Ủy ban nhân dân tỉnh Sơn La thực hiện nhiệm vụ được giao.\n" * 200_000, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([*docs, big], out, workers=2, max_memory_mb=120, progress=False)
    records = by_name(read_jsonl(out))
    assert len(records) == 3 and summary.errors == 1
    assert records["kh_001.txt"]["status"] == records["kh_002.txt"]["status"] == "ok"
    message = records["big.txt"]["errors"][0]["message"]
    assert message.startswith(str(big)) and "memory limit of 120 MiB" in message


# -- resume after kill -9 ---------------------------------------------------------------------------


def _extract_cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "docproc", "extract", str(src), "-o", str(out), "--no-progress", *extra]


def test_resume_after_kill_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    src = tmp_path / "in"
    body = "\n".join(f"Điều {k}. Ủy ban nhân dân các huyện thực hiện nhiệm vụ được giao." for k in range(1, 300))
    for i in range(1, 41):
        (src / f"d{i % 4}").mkdir(parents=True, exist_ok=True)
        (src / f"d{i % 4}" / f"kh_{i:03d}.txt").write_text(admin_text(i, body), encoding="utf-8")
    shutil.copy(src / "d1" / "kh_001.txt", src / "d0" / "same_as_1.txt")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    whole = tmp_path / "whole.jsonl"
    subprocess.run(_extract_cmd(src, whole, "--workers", "2"), check=True, env=env, capture_output=True)

    out = tmp_path / "out.jsonl"
    journal = manifest_path(out)
    proc = subprocess.Popen(
        _extract_cmd(src, out, "--workers", "1"), env=env, start_new_session=True, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.is_file() and journal.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, mid-batch
    proc.wait()
    done_at_kill = journal.read_bytes().count(b"\n")
    assert 0 < done_at_kill < 41 and not out.exists()
    with journal.open("ab") as f:
        f.write(b'{"key": ["abc", "torn')  # a line cut by the kill

    result = subprocess.run(_extract_cmd(src, out, "--resume"), env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert f"{done_at_kill} from the earlier run" in result.stderr

    final, reference = read_jsonl(out), read_jsonl(whole)
    assert len(final) == len(reference) == 41
    assert identity(final) == identity(reference)
    assert len({r["source"]["path"] for r in final}) == 41
    assert [r["source"]["path"] for r in final] == [r["source"]["path"] for r in reference]  # input order
    assert all(line.endswith("}") for line in out.read_text(encoding="utf-8").splitlines())
    assert by_name(final)["kh_001.txt"]["duplicate_of"].endswith("same_as_1.txt")  # d0/ is walked first


def test_resume_of_a_finished_run_does_nothing_new(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    run_batch(docs, out, workers=1, progress=False)
    first = out.read_text(encoding="utf-8")
    again = run_batch(docs, out, workers=1, resume=True, progress=False)
    assert again.skipped == 3 and out.read_text(encoding="utf-8") == first
    assert manifest_path(out).read_bytes().count(b"\n") == 3


# -- outputs ----------------------------------------------------------------------------------------

COMPLAINT = (
    "ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSố: 45/CV-UBND\nSóc Trăng, ngày 10 tháng 6 năm 2023\nCÔNG VĂN\n"
    "V/v chấn chỉnh tình trạng cán bộ nhũng nhiễu người dân\nKính gửi: Ủy ban nhân dân các huyện\n"
    "Qua phản ánh của người dân, một số cán bộ đã có biểu hiện nhũng nhiễu, gây phiền hà khi giải quyết "
    "thủ tục hành chính về đất đai. Đề nghị các đơn vị kiểm tra, xử lý nghiêm.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hiểu\n"
)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("cat_in")
    for sample in TEXT_SAMPLES:
        shutil.copy(sample, src / sample.name)
    (src / "cv_45.txt").write_text(COMPLAINT, encoding="utf-8")
    write_docs(src, 2)
    out = src.parent / "catalogue.sqlite"
    run_batch([src], out, workers=2, progress=False)
    return out


def test_sqlite_catalogue_search_with_and_without_diacritics(catalogue: Path) -> None:
    exact = search(catalogue, "nhũng nhiễu")
    assert [Path(h.path).name for h in exact] == ["cv_45.txt"]
    assert exact[0].number_symbol == "45/CV-UBND" and exact[0].issue_date == "2023-06-10"
    assert "[nhũng nhiễu]" in exact[0].snippet
    # without diacritics every spelling matches, also the directive's own typo "những nhiễu"
    folded = {Path(h.path).name: h for h in search(catalogue, "nhung nhieu")}
    assert set(folded) == {"cv_45.txt", "chi_thi_soc_trang_sao_y_my_tu.txt"}
    assert "[nhũng nhiễu]" in folded["cv_45.txt"].snippet
    assert "[những nhiễu]" in folded["chi_thi_soc_trang_sao_y_my_tu.txt"].snippet
    assert search(catalogue, "nhưng nhiều") == []  # other words: diacritics are letters
    assert [Path(h.path).name for h in search(catalogue, "dang bo tinh soc trang")] == [
        "chi_thi_soc_trang_sao_y_my_tu.txt"
    ]  # đ folds to d
    assert search(catalogue, "nhũng nhiễu", year=2022) == []
    assert [h.number_symbol for h in search(catalogue, "nhung nhieu", year=2023, issuer="soc trang")] == ["45/CV-UBND"]
    assert len(search(catalogue, "nhung nhieu", doc_type="cong van")) == 1
    assert len(search(catalogue, "nhung nhieu", doc_type="CT")) == 1  # by code
    assert len(search(catalogue, "Tổng kết công tác", limit=1)) == 1


def test_search_command(catalogue: Path) -> None:
    result = CliRunner().invoke(app, ["search", "nhung nhieu", "--db", str(catalogue), "--year", "2023"])
    assert result.exit_code == 0, result.output
    assert "cv_45.txt\t45/CV-UBND\t2023-06-10\tchấn chỉnh" in result.stdout and "[nhũng nhiễu]" in result.stdout
    missing = CliRunner().invoke(app, ["search", "x", "--db", str(catalogue.parent / "absent.sqlite")])
    assert missing.exit_code == 1


def test_catalogue_rows_hold_the_records_and_their_text(catalogue: Path) -> None:
    import sqlite3

    with sqlite3.connect(catalogue) as db:
        rows = db.execute("SELECT path, number_symbol, year, text, record FROM documents").fetchall()
    assert len(rows) == 5
    cv = next(r for r in rows if r[0].endswith("cv_45.txt"))
    assert cv[1] == "45/CV-UBND" and cv[2] == 2023 and "nhũng nhiễu" in cv[3]
    record = json.loads(cv[4])
    assert record["schema"] == "docproc.record/1" and "text" not in record


def test_parquet_round_trip(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "r.parquet"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "--no-progress"])
    assert result.exit_code == 2  # one file failed
    try:
        import pandas as pd

        rows = pd.read_parquet(out).to_dict("records")
    except ImportError:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    assert len(rows) == 4
    by_path = {r["path"]: r for r in rows}
    rec = json.loads(by_path[str(docs[0])]["record"])
    assert rec["number_symbol"] == by_path[str(docs[0])]["number_symbol"] == "1/KH-UBND"
    assert by_path[str(docs[0])]["pages"] == 1 and by_path[str(tmp_path / "in" / "empty.txt")]["status"] == "error"


# -- archival export --------------------------------------------------------------------------------


def test_archival_field_examples() -> None:
    table = load("archival_fields.json")
    for scheme, spec in table["schemes"].items():
        for f in spec["fields"]:
            assert f["examples"], f["name"]
            for ex in f["examples"]:
                assert archival_row(ex["record"], scheme)[f["name"]] == ex["value"], (scheme, f["name"], ex)


def test_archival_csv_and_xlsx(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(TEXT_SAMPLES[0], src / TEXT_SAMPLES[0].name)
    records = tmp_path / "r.jsonl"
    run_batch([src], records, workers=1, progress=False)
    runner = CliRunner()

    result = runner.invoke(app, ["export", str(records), "--archival", "-o", str(tmp_path / "a.csv")])
    assert result.exit_code == 0, result.output
    with (tmp_path / "a.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == columns("tt05")
    assert list(rows[0])[:4] == ["Số", "Ký hiệu", "Ngày tháng năm", "Tên loại"]
    assert rows[0]["Loại bản"] == "Sao y" and rows[0]["Ngôn ngữ"] == "Tiếng Việt"

    xlsx = tmp_path / "a.xlsx"
    result = runner.invoke(app, ["export", str(records), "--archival", "--scheme", "nd30", "-o", str(xlsx)])
    assert result.exit_code == 0, result.output
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header == columns("nd30") and header[:3] == ["CodeNumber", "CodeNotation", "IssuedDate"]
    assert "SignerInfo.FullName" in header and ws.max_row == 2


# -- review queue -----------------------------------------------------------------------------------


def test_review_queue_lists_uncertain_fields_and_errors() -> None:
    records = [
        {
            "source": {"path": "a.txt"},
            "status": "ok",
            "number_symbol": "70/2023/NĐ-CP",
            "issuer": {"name": "Bộ Nội vụ"},
            "evidence": {
                "number_symbol": {"confidence": 0.6, "method": "header.number", "repair": "ND→NĐ"},
                "issuer": {"confidence": 0.95, "method": "header.issuer"},
            },
        },
        {"source": {"path": "b.pdf"}, "status": "error", "errors": [{"message": "b.pdf: the file is empty"}]},
        {"source": {"path": "c.txt"}, "status": "ok", "evidence": {"subject": {"confidence": 0.9, "method": "x"}}},
    ]
    rows = review_queue(records, threshold=0.8)
    assert [(r["path"], r["field"]) for r in rows] == [("a.txt", "number_symbol"), ("b.pdf", "")]
    assert rows[0]["value"] == "70/2023/NĐ-CP" and rows[0]["confidence"] == 0.6 and "ND→NĐ" in rows[0]["problem"]
    assert rows[1]["problem"] == "b.pdf: the file is empty"
    assert len(review_queue(records, threshold=0.99)) == 4
