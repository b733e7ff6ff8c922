"""The ``docproc`` command line: each command a thin wrapper over a library function."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from docproc import __version__
from docproc.errors import DocprocError

app = typer.Typer(
    name="docproc",
    help="Turn Vietnamese administrative documents (scans, PDFs, DOCX, text, web pages) into structured records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OcrChoice(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"docproc {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """docproc: read → normalise → segment → extract → export."""


def _err(message: str) -> None:
    typer.echo(f"docproc: {message}", err=True)


@app.command("read")
def read_cmd(
    files: Annotated[list[Path], typer.Argument(help="Files or folders to read.", show_default=False)],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON document per file (pages, origin, confidence).")
    ] = False,
    ocr: Annotated[
        OcrChoice, typer.Option(help="OCR pages without a text layer (auto), every page, or none.")
    ] = OcrChoice.auto,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Save each file's text (or JSON) into this folder instead of printing."),
    ] = None,
    max_pages: Annotated[int, typer.Option(help="Refuse documents with more pages than this.")] = 500,
    workers: Annotated[int | None, typer.Option(help="OCR processes (default: all cores).")] = None,
) -> None:
    """Read documents and print (or save) their normalised text.

    Bad files are reported on stderr, one line each, and the others are still read; the exit
    code is 0 when every file was read, 2 when some could not be.
    """
    from docproc.batch import iter_inputs
    from docproc.readers import Limits, read

    limits = Limits(max_pages=max_pages)
    many = len(files) > 1 or any(f.is_dir() for f in files)
    failed = 0
    done = 0
    if out:
        out.mkdir(parents=True, exist_ok=True)
    for path in iter_inputs(files):
        try:
            doc = read(path, ocr=ocr.value, limits=limits, workers=workers)
        except DocprocError as err:
            _err(str(err))
            failed += 1
            continue
        except Exception as err:  # noqa: BLE001 - one bad file must not stop the others
            _err(f"{path}: unexpected {type(err).__name__}: {err}")
            failed += 1
            continue
        done += 1
        payload = json.dumps(doc.to_dict(), ensure_ascii=False) if as_json else doc.text
        if out:
            target = out / (path.name + (".json" if as_json else ".txt"))
            target.write_text(payload + "\n", encoding="utf-8")
            typer.echo(
                f"{path} → {target} ({doc.source.format}, {len(doc.pages)} page(s), {doc.text_origin}"
                + (f", OCR confidence {doc.ocr_confidence:.2f}" if doc.ocr_confidence is not None else "")
                + ")"
            )
        elif as_json or not many:
            typer.echo(payload)
        else:
            typer.echo(("\n" if done > 1 else "") + f"==> {path} <==\n{payload}")
    if out or failed:
        _err(f"{done} read, {failed} failed")
    if failed:
        raise typer.Exit(2)


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class OutFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    sqlite = "sqlite"


@app.command("extract")
def extract_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively).", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (.jsonl, .csv, .parquet, .sqlite/.db).")],
    fmt: Annotated[
        OutFormat | None, typer.Option("--format", help="Output format (default: from -o's suffix).")
    ] = None,
    include_text: Annotated[bool, typer.Option(help="Add the normalised text so spans can be checked.")] = False,
    ocr: Annotated[OcrChoice, typer.Option(help="OCR pages without a text layer (auto), all, or none.")] = (
        OcrChoice.auto
    ),
    workers: Annotated[int | None, typer.Option(help="Documents processed in parallel (default: all cores).")] = None,
    resume: Annotated[
        bool, typer.Option(help="Continue an interrupted run: skip the files its manifest records, append the rest.")
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds allowed per document before it is an error.")] = 300,
    max_memory: Annotated[int, typer.Option(help="Memory limit of a worker process, MiB (0: none).")] = 2048,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    classify: Annotated[bool, typer.Option("--classify", help="Add the violation types the text discusses.")] = False,
    engine: Annotated[
        Engine, typer.Option(help="local: process pools on this machine; dask: a Dask cluster (--scheduler).")
    ] = None,  # type: ignore[assignment]
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")
    ] = None,
) -> None:
    """Extract the record of every document (record.md): header, signer, copies, ĐẾN stamp,
    references, dates, organisations, responsibilities (and violations with --classify).

    Every input gets exactly one record; files that cannot be read get ``status: error`` with
    the reason, and the others go on. Identical files are processed once (``duplicate_of``).
    Beside OUT: OUT.manifest.jsonl (the journal --resume continues) and OUT.review.csv (fields
    to check by hand). Exit code 2 when some files failed.
    """
    from docproc.batch import run_batch

    def report(record: dict[str, Any]) -> None:
        if record.get("status") == "error":
            _err(record["errors"][0]["message"])

    summary = run_batch(
        paths,
        out,
        workers=workers,
        resume=resume,
        fmt=fmt.value if fmt else None,
        include_text=include_text,
        ocr=ocr.value,
        timeout_s=timeout,
        max_memory_mb=max_memory,
        progress=progress,
        on_record=report,
        classify=classify,
        engine=(engine or Engine.local).value,
        scheduler=scheduler,
    )
    _err(str(summary))
    if summary.errors:
        raise typer.Exit(2)


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help="Words to find (a phrase); without diacritics matches any spelling.")],
    db: Annotated[Path, typer.Option(help="A catalogue written by `docproc extract … -o X.sqlite`.")],
    issuer: Annotated[str | None, typer.Option(help="Only documents whose issuer contains this.")] = None,
    year: Annotated[int | None, typer.Option(help="Only documents issued in this year.")] = None,
    doc_type: Annotated[str | None, typer.Option("--type", help="Only this document type (name or code).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many matches.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per match.")] = False,
) -> None:
    """Full-text search of a SQLite catalogue: path, number, date, subject and a snippet per match."""
    from docproc.catalogue import search

    try:
        hits = search(db, query, issuer=issuer, year=year, doc_type=doc_type, limit=limit)
    except (FileNotFoundError, ValueError) as err:
        _err(str(err))
        raise typer.Exit(1) from None
    for hit in hits:
        if as_json:
            typer.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
        else:
            typer.echo(f"{hit.path}\t{hit.number_symbol or '-'}\t{hit.issue_date or '-'}\t{hit.subject or ''}")
            typer.echo(f"    {hit.snippet}")
    _err(f"{len(hits)} match(es)")


class Scheme(StrEnum):
    tt05 = "tt05"
    nd30 = "nd30"


@app.command("export")
def export_cmd(
    records: Annotated[Path, typer.Argument(help="Records JSONL written by `docproc extract`.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file; its suffix picks the format.")],
    archival: Annotated[
        bool, typer.Option(help="Archival field names (CSV or .xlsx) instead of the record columns.")
    ] = False,
    scheme: Annotated[
        Scheme, typer.Option(help="Archival names: tt05 (Thông tư 05/2025/TT-BNV) or nd30 (NĐ 30/2020 Phụ lục VI).")
    ] = Scheme.tt05,
) -> None:
    """Convert records: to CSV, Parquet or a SQLite catalogue, or (--archival) an archive's table."""
    from docproc.evaluate import read_jsonl

    if archival:
        from docproc.archival import write_archival

        n = write_archival(read_jsonl(records), out, scheme.value)
    else:
        from docproc.export import write_records

        n = write_records(read_jsonl(records), out)
    _err(f"{n} records → {out}")


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Option(help="Gold JSONL ({doc_id, input, gold: {field: value}}).")],
    pred: Annotated[Path, typer.Option(help="Records JSONL written by `docproc extract`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON with every miss.")] = False,
    show_misses: Annotated[int, typer.Option(help="List up to N misses per field.")] = 0,
    docs: Annotated[
        Path | None,
        typer.Option(help="Folder of the gold's inputs (to score references within a gold 'preamble' span)."),
    ] = None,
) -> None:
    """Per-field accuracy of predicted records against a gold file.

    Header gold (``{"gold": {field: value}}``): accuracy per field, subject as token F1.
    Reference gold (``{"references": […]}``): precision and recall of cited documents.
    Responsibility gold (``{"units": […]}``): precision, recall and F1 of (assignee, role).
    """
    from docproc.evaluate import score_files

    report = score_files(gold, pred, docs)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
        return
    typer.echo(report.table())
    for f in report.fields.values():
        for key, want, got in f.misses[:show_misses]:
            typer.echo(f"  {f.name}: {key}: gold {want!r} got {got!r}")


@app.command("classify")
def classify_cmd(
    texts: Annotated[
        list[str] | None, typer.Argument(help="Texts to classify (or use --input).", show_default=False)
    ] = None,
    input_file: Annotated[Path | None, typer.Option("--input", help="A .jsonl or .csv file of texts.")] = None,
    text_field: Annotated[str, typer.Option(help="Column holding the text in --input.")] = "text",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSONL here instead of printing.")] = None,
    model: Annotated[
        Path | None, typer.Option(help="A model directory (default: the shipped complaint model).")
    ] = None,
) -> None:
    """Violation types of complaint texts, with scores and the phrases behind each label."""
    from docproc.classify import classify, load_model, load_table

    if input_file is not None:
        items, _ = load_table(input_file, text_field)
    elif texts:
        items = list(texts)
    else:
        _err("give texts or --input FILE")
        raise typer.Exit(2)
    m = load_model(model) if model is not None else None
    rows = [{"text": t, **p.to_dict()} for t, p in zip(items, classify(items, model=m), strict=True)]
    if out is not None:
        from docproc.export import write_records

        write_records(rows, out, "jsonl")
        _err(f"{len(rows)} texts → {out}")
    else:
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))


@app.command("train")
def train_cmd(
    input_file: Annotated[Path, typer.Option("--input", help="Labelled texts (.jsonl or .csv).")],
    text_field: Annotated[str, typer.Option(help="Column holding the text.")],
    label_field: Annotated[str, typer.Option(help="Column holding the label(s): a list, or 'a;b'.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Model directory to write (skops + card + report).")],
    multi_label: Annotated[bool, typer.Option("--multi-label/--single-label", help="Several labels per text.")] = True,
    dev: Annotated[Path | None, typer.Option(help="A dev file (else 15% of --input is held out).")] = None,
    segment: Annotated[bool, typer.Option(help="underthesea word segmentation for the word features.")] = False,
    meaning: Annotated[
        bool, typer.Option(help="Add the syllable-vector feature (models/embeddings; see the README).")
    ] = False,
) -> None:
    """Train a classifier of the same kind as the shipped one on your own labelled data."""
    from docproc.classify import load_table, train, write_report
    from docproc.classify.card import write_card

    texts, labels = load_table(input_file, text_field, label_field)
    dev_data = load_table(dev, text_field, label_field) if dev else None
    model, report = train(texts, labels, multi_label=multi_label, dev=dev_data, segment=segment, meaning=meaning)
    model.save(out)
    files = write_report(model, report, out, *(dev_data or ([], [])))
    write_card(model, out, source=str(input_file))
    for split, m in report.items():
        _err(f"{split}: macro F1 {m['macro_f1']:.3f}, micro F1 {m['micro_f1']:.3f}")
    _err(f"model → {out} ({', '.join(f.name for f in files)})")


@app.command("report")
def report_cmd(
    records: Annotated[
        list[Path], typer.Argument(help="Records JSONL written by `docproc extract`.", show_default=False)
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML report to write.")],
    title: Annotated[str, typer.Option(help="Title of the report.")] = "docproc batch report",
    threshold: Annotated[float, typer.Option(help="Review fields whose evidence confidence is below this.")] = 0.8,
) -> None:
    """An HTML report of a batch: counts, charts, errors, review queue, references most cited."""
    from itertools import chain

    from docproc.evaluate import read_jsonl
    from docproc.report import batch_report

    batch_report(chain.from_iterable(read_jsonl(p) for p in records), out, title=title, threshold=threshold)
    _err(f"report → {out} ({out.stat().st_size:,} bytes)")


@app.command("responsibilities")
def responsibilities_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Documents, folders or records (.jsonl).", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="OUT.csv or OUT.jsonl")],
) -> None:
    """Who must do what by when: one row per (assignee, task) with the document's number and
    symbol, the item, the role, the action, the deadline and the body reported to."""
    import csv

    from docproc.batch import iter_inputs
    from docproc.evaluate import read_jsonl
    from docproc.export import atomic_open
    from docproc.extract import extract_file
    from docproc.extract.responsibilities import TABLE_COLUMNS, responsibility_rows

    rows: list[dict[str, Any]] = []
    for path in iter_inputs(paths):
        records = read_jsonl(path) if path.suffix == ".jsonl" else [extract_file(path).to_dict()]
        for record in records:
            if record.get("status") == "error":
                _err(record["errors"][0]["message"])
            rows += responsibility_rows(record)
    with atomic_open(out) as f:
        if out.suffix.lower() == ".csv":
            writer = csv.DictWriter(f, fieldnames=list(TABLE_COLUMNS))
            writer.writeheader()
            writer.writerows(rows)
        else:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    _err(f"{len(rows)} rows → {out}")


@app.command("graph")
def graph_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Records (.jsonl from `docproc extract`) or documents/folders.", show_default=False),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="graph.graphml (GraphML) or edges.csv (edge list).")],
) -> None:
    """The citation graph of a batch: an edge where a document's reference matches another's
    number and symbol (Party symbols matched with their date)."""
    from docproc.batch import iter_inputs
    from docproc.evaluate import read_jsonl
    from docproc.extract import extract_file
    from docproc.resolve import write_graph

    records: list[dict[str, object]] = []
    for path in iter_inputs(paths):
        if path.suffix == ".jsonl":
            records += read_jsonl(path)
        else:
            records.append(extract_file(path).to_dict())
    n = write_graph(records, out)
    _err(f"{len(records)} documents, {n} citation edges → {out}")


def main() -> None:
    """Console entry point."""
    try:
        app()
    except DocprocError as err:  # pragma: no cover - commands catch their own
        _err(str(err))
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
