"""The HTML report of a batch (``docproc.report``, ``docproc report``)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from docproc.cli import app
from docproc.extract import extract_file
from docproc.records import error_record
from docproc.report import batch_report, collect

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
SCRIPT = "<script>alert('x')</script>"


def _malicious() -> dict[str, Any]:
    """A record whose text tries to inject HTML, with a low-confidence subject, citing a batch document."""
    return {
        "schema": "docproc.record/1",
        "source": {"path": "in/evil.txt", "pages": 1, "text_origin": "ocr", "format": "txt"},
        "status": "partial",
        "errors": [{"stage": "extract", "type": "warning", "message": f"odd header {SCRIPT}"}],
        "regime": "state",
        "doc_type": {"name": "Quyết định", "code": "QĐ"},
        "number_symbol": "9/QĐ-UBND",
        "issuer": {"name": "Ủy ban nhân dân <b>tỉnh</b> Sơn La"},
        "issue_date": {"value": "2019-05", "precision": "month"},
        "subject": SCRIPT,
        "references": [
            {"id": "06/2026/TT-BGDĐT"},
            {"id": "06/2026/TT-BGDĐT"},
            {"id": None},
            {"id": "9/QĐ-UBND"},  # itself: not a citation
            *({"id": f"9{i}/QĐ-X"} for i in range(5)),  # enough distinct ids for the top 20 to cut
        ],
        "evidence": {"subject": {"span": [0, 5], "page": 1, "confidence": 0.4, "method": "header.subject"}},
    }


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    recs = [extract_file(p, ocr="never").to_dict() for p in sorted(SAMPLES.iterdir()) if p.is_file()]
    source = {"path": "in/broken.pdf", "sha256": None, "format": None, "pages": 0}
    recs.append(error_record(source, "read", "corrupt", "in/broken.pdf: not a PDF").to_dict())
    recs.append(_malicious())
    return recs


@pytest.fixture(scope="module")
def html(records: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> str:
    out = batch_report(records, tmp_path_factory.mktemp("report") / "report.html", title="Lô <1>")
    return out.read_text(encoding="utf-8")


def _row(label: str, count: int) -> str:
    return f'<tr><td>{label}</td><td class="n">{count}</td></tr>'


def test_summary_counts(records: list[dict[str, Any]], html: str) -> None:
    status = Counter(r["status"] for r in records)
    assert status["error"] >= 1 and status["partial"] == 1
    for name in ("ok", "partial", "error"):
        assert f'<tr><th scope="row">{name}</th><td class="n">{status[name]}</td></tr>' in html
    assert f'<tr><th scope="row">files</th><td class="n">{len(records)}</td></tr>' in html
    pages = sum(r["source"].get("pages") or 0 for r in records)
    assert f'<tr><th scope="row">pages</th><td class="n">{pages}</td></tr>' in html
    read = [r for r in records if r["status"] != "error"]
    share = sum(r["source"].get("text_origin") in ("ocr", "mixed") for r in read) / len(read)
    assert f"<td>{share:.0%}</td>" in html
    assert "<title>Lô &lt;1&gt;</title>" in html


def test_counts_by_field(records: list[dict[str, Any]], html: str) -> None:
    read = [r for r in records if r["status"] != "error"]
    regimes = Counter(r["regime"] for r in read)
    types = Counter(r["doc_type"]["name"] for r in read if r.get("doc_type"))
    for name, n in {**regimes, **types}.items():
        assert _row(name, n) in html
    assert _row("Bộ Giáo dục và Đào tạo", 2) in html  # the DOCX and the PDF of the same Thông tư
    assert _row("Ban Thường vụ Tỉnh ủy Sóc Trăng", 2) in html
    assert _row("Bộ Lao động - Thương binh và Xã hội", 1) in html
    assert _row("2026", 2) in html and _row("2019", 1) in html  # a {"value", "precision"} date too


def test_errors_and_review(html: str) -> None:
    errors = html.split("<h2>Errors")[1].split("<h2>")[0]
    assert "<td>in/broken.pdf</td>" in errors and "<td>corrupt</td>" in errors
    assert "nd_28-2021-ND-CP_page1_scan.jpg" in errors  # an image without OCR is an error
    review = html.split("<h2>Review queue")[1]
    assert "<td>in/evil.txt</td><td>subject</td>" in review
    assert "<td>bao_nam_dinh_2021_04.html</td>" not in review and "<td>place</td>" in review
    assert "in/broken.pdf" not in review  # errors are listed once, in the error list


def test_text_is_escaped(html: str) -> None:
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Ủy ban nhân dân &lt;b&gt;tỉnh&lt;/b&gt; Sơn La" in html


def test_charts_are_inline(html: str) -> None:
    srcs = re.findall(r'<img src="([^"]+)"', html)
    assert len(srcs) == 3
    assert all(s.startswith("data:image/png;base64,iVBOR") for s in srcs)
    assert not re.search(r'(src|href)="(https?:)?//', html)  # no network resource


def test_references_most_cited(records: list[dict[str, Any]], html: str) -> None:
    stats = collect(records)
    top = stats.top_cited()
    assert len(stats.cited) > 20 and len(top) == 20
    assert "9/QĐ-UBND" not in stats.cited
    assert ("94/QĐ-X", 1, False) not in top  # ties broken by name, so the cut is stable
    # counted once per citing document: the TT is cited twice by the malicious record, once counted
    assert ("06/2026/TT-BGDĐT", 1, True) in top
    assert ("73/2023/NĐ-CP", 2, False) in top
    assert "<p>1 of these 20 are documents of this batch.</p>" in html
    assert '<tr><td>06/2026/TT-BGDĐT</td><td class="n">1</td><td>yes</td></tr>' in html


def test_caps_long_lists(records: list[dict[str, Any]], tmp_path: Path) -> None:
    many = records + [records[-2]] * 5
    html = batch_report(many, tmp_path / "r.html", max_rows=2).read_text(encoding="utf-8")
    stats = collect(many, max_rows=2)
    assert len(stats.errors) == 2 and stats.error_count > 2
    assert f"2 of {stats.error_count} shown" in html


def test_empty_batch(tmp_path: Path) -> None:
    html = batch_report([], tmp_path / "empty.html").read_text(encoding="utf-8")
    assert '<tr><th scope="row">files</th><td class="n">0</td></tr>' in html
    assert "<img" not in html


def test_cli(records: list[dict[str, Any]], tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:4]), encoding="utf-8")
    b.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[4:]), encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(a), str(b), "-o", str(out), "--title", "Sóc Trăng"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<h1>Sóc Trăng</h1>" in html
    assert f'<tr><th scope="row">files</th><td class="n">{len(records)}</td></tr>' in html
    assert "report →" in result.output
