"""The analyst's side: DataFrames of records (extract_many, tidy, load, load_tables), a record as
HTML (record_html, Record._repr_html_), and the notebooks of notebooks/ executed top to bottom."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import docproc
from docproc.export import CSV_COLUMNS, write_records
from docproc.notebook import TABLES, extract_many, load, load_tables, record_html, tidy

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"
NOTEBOOKS = ROOT / "notebooks"
DIRECTIVE = SAMPLES / "chi_thi_soc_trang_sao_y_my_tu.txt"
TEXT_SAMPLES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".docx", ".html"))


@pytest.fixture(scope="module")
def directive() -> docproc.Record:
    return docproc.extract(DIRECTIVE, include_text=True)


@pytest.fixture(scope="module")
def samples() -> Any:
    """The bundled samples without OCR (the two scans give error rows)."""
    return extract_many(SAMPLES, ocr="never", workers=2)


# -- DataFrames ------------------------------------------------------------------------------------


def test_extract_many_one_row_per_file_with_the_csv_columns(samples: Any) -> None:
    assert samples["path"].tolist() == [str(p) for p in sorted(SAMPLES.iterdir())]
    assert list(samples.columns) == [name for name, _ in CSV_COLUMNS] + ["record"]
    assert (samples["status"] == "error").sum() == 2  # the scans, with ocr="never"
    assert samples["error"].dropna().str.contains("OCR|ocr").all()
    tt = samples[samples["path"].str.endswith("tt_06-2026-TT-BGDDT.pdf")].iloc[0]
    assert tt["number_symbol"] == "06/2026/TT-BGDĐT"
    assert tt["record"]["issuer"]["name"] == tt["issuer"] == "Bộ Giáo dục và Đào tạo"
    assert str(samples["pages"].dtype) == "Int64"


def test_extract_many_takes_a_glob_or_a_list() -> None:
    by_glob = extract_many(str(SAMPLES / "*.txt"), ocr="never", workers=1)
    assert [Path(p).name for p in by_glob["path"]] == [
        "chi_thi_soc_trang_sao_y_my_tu.txt",
        "chi_thi_soc_trang_tcvn3.txt",
    ]
    by_list = extract_many([DIRECTIVE], ocr="never", workers=1)
    assert len(by_list) == 1 and by_list["issuer"][0] == "Ban Thường vụ Tỉnh ủy Sóc Trăng"
    empty = extract_many(str(SAMPLES / "*.nothing"), workers=1)
    assert empty.empty and "record" in empty.columns


def test_tidy_side_tables_of_the_directive(directive: docproc.Record) -> None:
    tables = tidy([directive])
    assert set(tables) == {*TABLES, "assignees"}
    refs = tables["references"]
    assert len(refs) == 8
    assert "288/QĐ-BNV" in set(refs["id"])
    assert (refs["path"] == str(DIRECTIVE)).all()
    text = directive.text or ""
    assert all(text[s:e] == t for s, e, t in zip(refs["start"], refs["end"], refs["text"], strict=True))
    assert len(tables["dates"]) == len(directive.dates)
    assert len(tables["organizations"]) == len(directive.organizations)
    assert len(tables["responsibilities"]) == len(directive.responsibilities)
    assert len(tables["assignees"]) == sum(len(r["assignees"]) for r in directive.responsibilities)
    assert (tables["assignees"]["path"] == str(DIRECTIVE)).all()


def test_tidy_takes_a_dataframe_and_keeps_columns_when_empty(samples: Any) -> None:
    tables = tidy(samples)
    per_doc = tables["references"].groupby("path").size()
    assert per_doc[str(DIRECTIVE)] == 8
    empty = tidy([])
    assert all(t.empty for t in empty.values())
    assert list(empty["references"].columns[:4]) == ["path", "number_symbol", "n", "id"]


def test_load_and_load_tables_round_trip(samples: Any, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    write_records(samples["record"], out)
    df = load(out)
    assert df["path"].tolist() == samples["path"].tolist()
    assert df["record"].tolist() == [json.loads(json.dumps(r)) for r in samples["record"]]
    tables = load_tables(out)
    assert set(tables) == {"documents", *TABLES, "assignees"}
    assert tables["references"].shape == tidy(samples)["references"].shape


# -- HTML ------------------------------------------------------------------------------------------


def test_record_html_fields_and_highlighted_spans(directive: docproc.Record) -> None:
    page = record_html(directive.to_dict(), directive.text)
    assert "Ban Thường vụ Tỉnh ủy Sóc Trăng" in page
    assert '<div class="spans"' in page  # displaCy span markup
    for label in ("ISSUER", "REFERENCE", "DATE", "ORG", "ASSIGNEE"):
        assert f"\n        {label}\n" in page, label
    assert "288/QĐ-BNV" in page
    assert "<br>" in page  # line breaks kept


def test_record_html_without_text_is_the_field_table(directive: docproc.Record) -> None:
    page = record_html(directive.to_dict(), None)
    assert "<table>" in page and "Ban Thường vụ Tỉnh ủy Sóc Trăng" in page
    assert "header.type_of_line+locality" in page  # the issuer's evidence rule
    assert 'class="spans"' not in page


def test_record_html_escapes_the_document() -> None:
    text = "BỘ NỘI VỤ\nSố: 12/QĐ-BNV\n<script>alert('x')</script> & Quyết định số 288/QĐ-BNV ngày 14/4/2023\n"
    rec = docproc.extract(docproc.read(text.encode()), include_text=True)
    page = record_html(rec.to_dict(), rec.text)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_record_repr_html(directive: docproc.Record) -> None:
    assert directive._repr_html_() == record_html(directive.to_dict(), directive.text)
    assert 'class="spans"' not in docproc.extract(DIRECTIVE)._repr_html_()  # no text, no highlights


# -- the notebooks ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_batch_analysis.ipynb", "03_complaints.ipynb"])
def test_notebook_runs_top_to_bottom(name: str) -> None:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    assert all(c.get("execution_count") for c in nb.cells if c.cell_type == "code")
