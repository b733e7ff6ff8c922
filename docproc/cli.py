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


def main() -> None:
    """Console entry point."""
    try:
        app()
    except DocprocError as err:  # pragma: no cover - commands catch their own
        _err(str(err))
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
