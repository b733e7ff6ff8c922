"""The ``docproc`` command line: each command a thin wrapper over a library function."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

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


def iter_inputs(paths: list[Path]) -> Iterator[Path]:
    """Files named, and the files below directories named (sorted, hidden files skipped)."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f
        else:
            yield p


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


class OutFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


@app.command("extract")
def extract_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively).", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (.jsonl or .csv).")],
    fmt: Annotated[
        OutFormat | None, typer.Option("--format", help="Output format (default: from -o's suffix).")
    ] = None,
    include_text: Annotated[bool, typer.Option(help="Add the normalised text so spans can be checked.")] = False,
    ocr: Annotated[OcrChoice, typer.Option(help="OCR pages without a text layer (auto), all, or none.")] = (
        OcrChoice.auto
    ),
    workers: Annotated[int | None, typer.Option(help="OCR processes (default: all cores).")] = None,
) -> None:
    """Extract the record of every document: header, signer, copies, ĐẾN stamp (record.md).

    Every input gets exactly one record; files that cannot be read get ``status: error`` with
    the reason, and the others go on. Exit code 2 when some files failed.
    """
    from docproc.export import write_records
    from docproc.extract import extract_file

    chosen = fmt.value if fmt else ("csv" if out.suffix.lower() == ".csv" else "jsonl")
    counts = {"ok": 0, "error": 0}

    def records() -> Iterator[dict[str, object]]:
        for path in iter_inputs(paths):
            rec = extract_file(path, ocr=ocr.value, workers=workers, include_text=include_text)
            if rec.status == "error":
                counts["error"] += 1
                _err(rec.errors[0]["message"])
            else:
                counts["ok"] += 1
            yield rec.to_dict()

    n = write_records(records(), out, chosen)
    _err(f"{n} records → {out} ({counts['ok']} ok, {counts['error']} errors)")
    if counts["error"]:
        raise typer.Exit(2)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Option(help="Gold JSONL ({doc_id, input, gold: {field: value}}).")],
    pred: Annotated[Path, typer.Option(help="Records JSONL written by `docproc extract`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON with every miss.")] = False,
    show_misses: Annotated[int, typer.Option(help="List up to N misses per field.")] = 0,
) -> None:
    """Per-field accuracy of predicted records against a gold file (subject: token F1)."""
    from docproc.evaluate import score_files

    report = score_files(gold, pred)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
        return
    typer.echo(report.table())
    for f in report.fields.values():
        for key, want, got in f.misses[:show_misses]:
            typer.echo(f"  {f.name}: {key}: gold {want!r} got {got!r}")


def main() -> None:
    """Console entry point."""
    try:
        app()
    except DocprocError as err:  # pragma: no cover - commands catch their own
        _err(str(err))
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
