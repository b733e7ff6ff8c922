"""Errors raised by docproc.

Every error names the file it is about and the problem, in one line, so a batch can log it
and go on. The CLI turns a :class:`DocprocError` into an exit code and that one line.
"""

from __future__ import annotations


class DocprocError(Exception):
    """Base class: ``str(err)`` is ``"<file>: <problem>"``."""

    #: exit code used by the CLI for this kind of error
    exit_code = 2
    #: short machine-readable type, used in records' ``errors[].type``
    kind = "error"

    def __init__(self, path: str | None, problem: str) -> None:
        self.path = path or "<bytes>"
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple[type[DocprocError], tuple[str, str]]:
        # keep errors picklable across worker processes
        return (type(self), (self.path, self.problem))


class InputNotFoundError(DocprocError):
    """The path does not exist or is not a regular file."""

    kind = "not-found"


class EmptyDocumentError(DocprocError):
    """The file is empty, has zero pages, or holds no text at all."""

    kind = "empty"


class UnsupportedFormatError(DocprocError):
    """The content is of a kind docproc does not read (an executable, an archive …)."""

    kind = "unsupported-format"


class CorruptFileError(DocprocError):
    """The file claims a format but cannot be parsed as one."""

    kind = "corrupt"


class EncryptedDocumentError(DocprocError):
    """The document is password-protected."""

    kind = "encrypted"


class BinaryContentError(DocprocError):
    """A text file holds binary data."""

    kind = "binary"


class ResourceLimitError(DocprocError):
    """The input exceeds a configured limit (pages, pixels, bytes, unpacked size)."""

    kind = "limit"


class OCRUnavailableError(DocprocError):
    """OCR is needed but Tesseract or its Vietnamese data is missing, or OCR was refused."""

    kind = "ocr-unavailable"
    exit_code = 3


class OCRError(DocprocError):
    """Tesseract failed on a page."""

    kind = "ocr"
