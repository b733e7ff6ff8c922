"""OCR of the real scans: header lines intact, columns apart, per-page confidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import docproc

pytestmark = pytest.mark.ocr


def _gold(shared: Path) -> dict[str, dict[str, object]]:
    lines = (shared / "scans" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return {d["doc_id"]: d for d in map(json.loads, lines)}


def test_real_scan_header_lines(shared: Path) -> None:
    gold = _gold(shared)["nd_28"]
    doc = docproc.read(shared / gold["input"], workers=1)  # type: ignore[operator]
    lines = doc.text.splitlines()
    # "Số:" (left column) and the place-date (right column) come out as separate lines
    assert "Số: 28/2021/NĐ-CP" in lines
    assert "Hà Nội, ngày 26 tháng 3 năm 2021" in lines
    assert "NGHỊ ĐỊNH" in lines
    assert "Quy định cơ chế quản lý tài chính dự án đầu tư theo phương thức đối tác công tư" in lines


def test_real_scan_with_stamp_and_handwriting(shared: Path) -> None:
    doc = docproc.read(shared / "scans" / "nd_155-2020-ND-CP_page1_scan.jpg", workers=1)
    lines = doc.text.splitlines()
    number = next(ln for ln in lines if "/2020/NĐ-CP" in ln)
    date = next(ln for ln in lines if "tháng 12 năm 2020" in ln)
    assert number != date and date.startswith("Hà Nội, ngày")
    assert "thi hành một số điều của Luật Chứng khoán" in doc.text
    assert "ĐẾN" in doc.text
    assert 0.8 < (doc.ocr_confidence or 0) <= 1


def test_real_scan_last_page(shared: Path) -> None:
    doc = docproc.read(shared / "scans" / "nd_unknown_lastpage_signature_noinhan_scan.jpg", workers=1)
    assert "Nơi nhận:" in doc.text and "Nguyễn Xuân Phúc" in doc.text
    assert "Nghị định số 151/2013/NĐ-CP" in doc.text
