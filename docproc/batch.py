"""Batches: walk folders, extract every document in a process pool, never lose or repeat one.

``run_batch(paths, out)`` is what ``docproc extract`` runs:

- **One record per input.** Each document is extracted in a worker process (forked from a
  warm ``forkserver``, see ``docproc._preload``) with
  ``extract_file(path, workers=1)``, so OCR stays on one core inside its worker. A document
  that takes longer than ``timeout_s`` (SIGALRM in the worker; a worker stuck in C code past
  twice that is killed) or exceeds ``max_memory_mb`` (``RLIMIT_AS`` set in the worker
  initialiser) gets an error record naming the file and the limit; a pool broken by a crashing
  worker is rebuilt, the documents it held are retried one at a time, and the one that breaks
  it again gets an error record. The batch goes on. Small text files go to the workers a few
  at a time (one message for up to sixteen), each still under its own time limit.
- **Identical files processed once.** Inputs with the same sha256 as an earlier input get the
  first one's record with their own ``source.path`` and ``"duplicate_of": <first path>``.
- **A journal.** ``OUT.manifest.jsonl`` (beside ``OUT``, named after its stem) holds one line
  per finished input, ``{"key": [sha256, path], "record": {...}}``, each flushed to the operating
  system as it is written (a killed docproc loses nothing) and fsynced at most once a second and at
  the end (a power cut can lose the last second of it; ``--resume`` redoes those documents).
  ``resume=True`` drops a torn last line, skips the inputs already journalled and
  appends; without it the journal starts afresh. The outputs (``OUT`` in its format and
  ``OUT.review.csv``) are written from the journal at the end, in input order, each under a
  temporary name then renamed, so after ``kill -9`` and a resumed run they equal an
  uninterrupted run's.
- **Workers recycled.** Each pool is retired after ``tasks_per_child × workers`` documents and
  a fresh one takes over (the retiring pool finishes its documents), which bounds memory
  growth like ``max_tasks_per_child`` would. That option is not used: on Python 3.11 it can
  deadlock the pool when a worker exits at its limit (CPython gh-115634).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from multiprocessing import get_context
from pathlib import Path
from types import FrameType
from typing import IO, Any, Literal

__all__ = ["BatchSummary", "Manifest", "iter_inputs", "manifest_path", "review_path", "run_batch"]

Key = tuple[str, str]
Done = tuple[str | None, int, bool, tuple[dict[str, Any], ...]]
OnRecord = Callable[[dict[str, Any]], None]


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and the files below directories named (in the order of ``sorted(rglob("*"))``,
    hidden files and folders skipped, symbolic links to folders not followed)."""
    for p in paths:
        if p.is_dir():
            for f in _walk(str(p)):
                yield Path(f)
        else:
            yield p


def _walk(folder: str) -> Iterator[str]:
    """Depth first with the entries of each folder sorted by name: the order of sorted paths."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        if e.is_dir(follow_symlinks=False):
            yield from _walk(e.path)
        elif e.is_file():
            yield e.path


def manifest_path(out: Path) -> Path:
    """The journal of a batch writing ``out``: ``records.jsonl`` → ``records.manifest.jsonl``."""
    return out.with_name(out.stem + ".manifest.jsonl")


def review_path(out: Path) -> Path:
    """The review queue of a batch writing ``out``: ``records.jsonl`` → ``records.review.csv``."""
    return out.with_name(out.stem + ".review.csv")


def file_sha256(path: str) -> str | None:
    """The sha256 of a file's content; None when it cannot be read (its record says why)."""
    try:
        with open(path, "rb") as f:  # noqa: PTH123 - a str path, no Path object per input
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


# -- the journal ------------------------------------------------------------------------------------


class Manifest:
    """``OUT.manifest.jsonl``: finished inputs and their records, by (sha256, path)."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        self.offsets: dict[Key, int] = {}
        path.parent.mkdir(parents=True, exist_ok=True)
        if not resume:
            path.unlink(missing_ok=True)
        self._file: IO[bytes] = path.open("a+b")
        self.sync_every_s = 1.0
        self._synced = time.monotonic()
        self._load()

    def _load(self) -> None:
        """Index the complete lines; cut a torn or unreadable tail left by a kill."""
        f = self._file
        f.seek(0)
        offset = 0
        for line in f:
            try:
                entry = json.loads(line) if line.endswith(b"\n") else None
            except ValueError:
                entry = None
            if entry is None:
                break
            self.offsets[(entry["key"][0], entry["key"][1])] = offset
            offset += len(line)
        f.truncate(offset)
        f.seek(0, os.SEEK_END)

    def __contains__(self, key: Key) -> bool:
        return key in self.offsets

    def __len__(self) -> int:
        return len(self.offsets)

    def append(self, key: Key, record: dict[str, Any]) -> None:
        """Journal a record before it counts as done (see :meth:`append_json`)."""
        self.append_json(key, json.dumps(record, ensure_ascii=False))

    def append_json(self, key: Key, record_json: str, flush: bool = True) -> None:
        """Journal a record given as its JSON: flushed at once (or, with ``flush=False``, at the
        caller's next :meth:`flush`, for records that arrive together), fsynced at most every
        ``sync_every_s`` (an fsync per record would cost more than many documents take). The line
        is what ``json.dumps({"key": …, "record": …}, ensure_ascii=False)`` writes."""
        line = (_line_head(key) + record_json + "}\n").encode()
        self._file.seek(0, os.SEEK_END)
        self.offsets[key] = self._file.tell()
        self._file.write(line)
        if flush:
            self.flush()

    def flush(self) -> None:
        """Hand what is journalled to the operating system (a killed process loses none of it)."""
        self._file.flush()
        if time.monotonic() - self._synced >= self.sync_every_s:
            self.sync()

    def sync(self) -> None:
        """Make the journal durable (fsync)."""
        self._file.flush()
        os.fsync(self._file.fileno())
        self._synced = time.monotonic()

    def get(self, key: Key) -> dict[str, Any]:
        self._file.seek(self.offsets[key])
        record: dict[str, Any] = json.loads(self._file.readline())["record"]
        self._file.seek(0, os.SEEK_END)
        return record

    def get_json(self, key: Key) -> bytes:
        """The JSON of the record of ``key`` as journalled (UTF-8), without decoding it."""
        self._file.seek(self.offsets[key])
        line = self._file.readline()
        self._file.seek(0, os.SEEK_END)
        head = _line_head(key).encode()
        if line.startswith(head) and line.endswith(b"}\n"):
            return line[len(head) : -2]
        return json.dumps(json.loads(line)["record"], ensure_ascii=False).encode()  # a journal written otherwise

    def records(self, keys: Iterable[Key]) -> Iterator[dict[str, Any]]:
        """The records of ``keys`` that are journalled, in that order."""
        for key in keys:
            if key in self.offsets:
                yield self.get(key)

    def close(self) -> None:
        if not self._file.closed:
            self.sync()
            self._file.close()


def _line_head(key: Key) -> str:
    return '{"key": ' + json.dumps(list(key), ensure_ascii=False) + ', "record": '


# -- the worker side --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskOptions:
    """What every worker task needs (picklable)."""

    ocr: Literal["auto", "always", "never"] = "auto"
    include_text: bool = False
    timeout_s: float = 300.0
    max_memory_mb: int = 2048
    classify: bool = False
    review_threshold: float = 0.8


@dataclass(frozen=True)
class Encoded:
    """A finished record as the journal stores it (``json``), with what the parent needs of it:
    ``brief`` (status, errors, source, duplicate_of) and its review-queue rows. Workers send this
    rather than the record itself, so the parent neither rebuilds nor re-encodes big records."""

    json: str
    brief: dict[str, Any]
    review: tuple[dict[str, Any], ...]


def encode(record: dict[str, Any], review_threshold: float) -> Encoded:
    from docproc.review import review_queue

    brief: dict[str, Any] = {k: record[k] for k in ("status", "errors", "source", "duplicate_of") if k in record}
    rows = tuple(review_queue([record], review_threshold))
    return Encoded(json.dumps(record, ensure_ascii=False), brief, rows)


def process_encoded(path: str, sha256: str | None, opts: TaskOptions) -> Encoded:
    """:func:`process_one`, encoded in the worker."""
    return encode(process_one(path, sha256, opts), opts.review_threshold)


def process_chunk(items: Sequence[tuple[str, str | None]], opts: TaskOptions) -> list[Encoded]:
    """:func:`process_encoded` of a few small documents in one task: each still has its own time
    limit; one message each way instead of one per document saves the parent most of its
    per-document work (a text file takes a worker only ~10–20 ms)."""
    return [process_encoded(path, sha256, opts) for path, sha256 in items]


class _Timeout(BaseException):
    """Raised by SIGALRM inside a task; a BaseException so ``except Exception`` lets it through."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def _context() -> Any:
    """Workers forked from a fork server that has imported and warmed up the extractors
    (``docproc._preload``): a new or recycled pool starts in milliseconds. Where there is no
    ``forkserver`` (not POSIX), ``spawn``."""
    try:
        ctx = get_context("forkserver")
    except ValueError:
        return get_context("spawn")
    ctx.set_forkserver_preload(["docproc._preload"])
    return ctx


def init_worker(max_memory_mb: int) -> None:
    """Worker initialiser: one OCR thread, and an address-space limit when asked for."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if max_memory_mb > 0:
        import resource

        limit = max_memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _source(path: str, sha256: str | None) -> dict[str, Any]:
    return {"path": path, "sha256": sha256, "format": None, "pages": 0, "text_origin": None, "ocr_confidence": None}


def error_dict(path: str, sha256: str | None, kind: str, problem: str) -> dict[str, Any]:
    """An error record (JSON form) for a problem the batch itself detected."""
    from docproc.records import error_record

    return error_record(_source(path, sha256), "read", kind, f"{path}: {problem}").to_dict()


def process_one(path: str, sha256: str | None, opts: TaskOptions) -> dict[str, Any]:
    """The record of one document, within the time limit (runs in a worker process)."""
    import threading

    from docproc.extract import extract_file

    timed = threading.current_thread() is threading.main_thread()  # Dask runs tasks in threads
    if timed:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, opts.timeout_s)
    try:
        record = extract_file(
            path, ocr=opts.ocr, workers=1, include_text=opts.include_text, classify=opts.classify
        ).to_dict()
    except _Timeout:
        return error_dict(path, sha256, "timeout", f"took longer than the limit of {opts.timeout_s:g} s per document")
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
    if record["status"] == "error" and record["errors"][0]["type"] == "MemoryError":
        return error_dict(path, sha256, "limit", f"needs more than the memory limit of {opts.max_memory_mb} MiB")
    if not record["source"].get("sha256"):
        record["source"]["sha256"] = sha256
    return record


# -- the parent side --------------------------------------------------------------------------------


@dataclass
class BatchSummary:
    """Counts of a batch. ``skipped``: inputs already journalled by an earlier (resumed) run."""

    out: Path
    files: int = 0
    ok: int = 0
    partial: int = 0
    errors: int = 0
    duplicates: int = 0
    skipped: int = 0
    pages: int = 0
    seconds: float = 0.0
    review_rows: int = 0

    @property
    def docs_per_s(self) -> float:
        done = self.files - self.skipped
        return done / self.seconds if self.seconds > 0 else 0.0

    def count(self, record: dict[str, Any]) -> None:
        pages = int((record.get("source") or {}).get("pages") or 0)
        self.count_done(record.get("status"), pages, "duplicate_of" in record)

    def count_done(self, status: str | None, pages: int, duplicate: bool) -> None:
        self.ok += status == "ok"
        self.partial += status == "partial"
        self.errors += status == "error"
        self.duplicates += duplicate
        self.pages += pages

    def __str__(self) -> str:
        resumed = f", {self.skipped} from the earlier run" if self.skipped else ""
        return (
            f"{self.files} files → {self.out}: {self.ok} ok, {self.partial} partial, {self.errors} errors, "
            f"{self.duplicates} duplicates, {self.pages} pages{resumed}; {self.seconds:.1f} s, "
            f"{self.docs_per_s:.1f} docs/s"
        )


@dataclass
class _Task:
    path: str
    sha256: str | None
    pool: int = 0
    submitted: float = 0.0
    isolated: bool = False


#: Inputs sent to a worker several at a time (up to ``CHUNK`` per task, ``CHUNK_BYTES`` in all):
#: plain text, Markdown and HTML, which take a worker milliseconds. Scans, PDFs and office files
#: go one per task, so a slow one never holds others back and the pool stays balanced.
CHUNK = 16
CHUNK_BYTES = 1 << 20
CHUNKED_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})


def _chunkable(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in CHUNKED_SUFFIXES  # noqa: PTH122 - once per input, no Path object


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size  # noqa: PTH116 - once per input, no Path object
    except OSError:
        return 0


def _duplicate(first: dict[str, Any], path: str) -> dict[str, Any]:
    """The record of an input identical to ``first``'s: the same fields, its own path."""
    first_path = str(first["source"]["path"])
    dup: dict[str, Any] = json.loads(json.dumps(first))
    dup["source"]["path"] = path
    for err in dup.get("errors") or []:
        if str(err.get("message", "")).startswith(first_path + ":"):
            err["message"] = path + err["message"][len(first_path) :]
    dup["duplicate_of"] = first_path
    return dup


class _Progress:
    """A rich progress bar on stderr (files, pages, errors, ETA), or nothing."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.bar: Any = None
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("[bold]extract"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files · {task.fields[pages]} pages · {task.fields[errors]} errors · ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self.task = self.bar.add_task("extract", total=total, pages=0, errors=0)

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def update(self, summary: BatchSummary, done: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=done, pages=summary.pages, errors=summary.errors)


class _Runner:
    """The scheduling loop: a bounded number of documents in flight, results journalled."""

    executor: Any = None  # set by the Dask engine: a Client's executor instead of process pools

    def __init__(
        self, manifest: Manifest, opts: TaskOptions, workers: int, tasks_per_child: int, on_record: OnRecord
    ) -> None:
        self.manifest = manifest
        self.opts = opts
        self.workers = workers
        self.capacity = 4 * workers  # tasks in flight: enough that a worker never waits for the journal
        self.recycle_after = max(1, tasks_per_child) * workers
        self.on_record = on_record
        self.pools: dict[int, ProcessPoolExecutor] = {}
        self.pool_id = 0
        self.pool_tasks = 0
        self.inflight: dict[Future[list[Encoded]], list[_Task]] = {}
        #: inputs journalled in this run: status, pages, duplicate or not, review rows (not the
        #: records themselves, so memory stays flat)
        self.done: dict[Key, Done] = {}
        self.retry: deque[_Task] = deque()
        self.queue: deque[_Task] = deque()
        self.first_of: dict[str, str] = {}  # sha256 → path of its first input
        self.waiting: dict[str, list[str]] = {}  # sha256 → duplicates waiting for the first's record

    # pools
    def _pool(self) -> Any:
        if self.executor is not None:
            return self.executor
        if self.pool_id not in self.pools or self.pool_tasks >= self.recycle_after:
            self._retire(self.pool_id, kill=False)
            self.pool_id += 1
            self.pool_tasks = 0
            self.pools[self.pool_id] = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=_context(),
                initializer=init_worker,
                initargs=(self.opts.max_memory_mb,),
            )
        return self.pools[self.pool_id]

    def _retire(self, pool_id: int, kill: bool) -> None:
        if self.executor is not None:  # the cluster manages its workers (and restarts dead ones)
            return
        pool = self.pools.pop(pool_id, None)
        if pool is None:
            return
        if kill:  # no public API stops a worker stuck in C code
            for proc in list(getattr(pool, "_processes", {}).values()):
                with contextlib.suppress(OSError):
                    proc.kill()
        pool.shutdown(wait=False, cancel_futures=kill)

    def close(self) -> None:
        for pool_id in list(self.pools):
            self._retire(pool_id, kill=bool(self.inflight))

    # inputs
    def add(self, path: str) -> Key:
        """Classify one input: journalled already, a duplicate, or a document to extract."""
        sha = file_sha256(path)
        key = (sha or "", path)
        first = self.first_of.setdefault(sha, path) if sha else path
        if key in self.manifest:
            return key
        if first == path:
            self.queue.append(_Task(path, sha))
        elif sha and (sha, first) in self.manifest:
            self._emit(_Task(path, sha), _duplicate(self.manifest.get((sha, first)), path))
        elif sha:
            self.waiting.setdefault(sha, []).append(path)
        return key

    def _emit(self, task: _Task, record: Encoded | dict[str, Any], flush: bool = True) -> None:
        """Journal the record of ``task``'s input, then those of its waiting duplicates."""
        enc = record if isinstance(record, Encoded) else encode(record, self.opts.review_threshold)
        key = (task.sha256 or "", task.path)
        self.manifest.append_json(key, enc.json, flush=flush)
        pages = int(enc.brief["source"].get("pages") or 0)
        self.done[key] = (enc.brief.get("status"), pages, "duplicate_of" in enc.brief, enc.review)
        self.on_record(enc.brief)
        if task.sha256 and "duplicate_of" not in enc.brief:
            waiting = self.waiting.pop(task.sha256, [])
            first = json.loads(enc.json) if waiting else {}
            for path in waiting:
                self._emit(_Task(path, task.sha256), _duplicate(first, path))

    # scheduling
    def _submit(self, tasks: list[_Task]) -> None:
        pool = self._pool()
        now = time.monotonic()
        for task in tasks:
            task.pool, task.submitted = self.pool_id, now
        self.pool_tasks += len(tasks)
        items = [(t.path, t.sha256) for t in tasks]
        self.inflight[pool.submit(process_chunk, items, self.opts)] = tasks

    def _next_tasks(self, more: Callable[[], bool]) -> list[_Task]:
        """The next task's documents: one, or up to ``CHUNK`` small text files in a row."""
        while not self.queue and more():
            pass
        if not self.queue:
            return []
        tasks = [self.queue.popleft()]
        if not _chunkable(tasks[0].path):
            return tasks
        size = _size(tasks[0].path)
        while len(tasks) < CHUNK and (self.queue or more()):
            if not self.queue:
                continue
            nxt = self.queue[0]
            size += _size(nxt.path)
            if not _chunkable(nxt.path) or size > CHUNK_BYTES:
                break
            tasks.append(self.queue.popleft())
        return tasks

    def fill(self, more: Callable[[], bool]) -> None:
        """Submit documents up to capacity; a retried document runs alone."""
        if any(t.isolated for ts in self.inflight.values() for t in ts):
            return
        if self.retry:
            if not self.inflight:
                self._submit([self.retry.popleft()])
            return
        while len(self.inflight) < self.capacity and (tasks := self._next_tasks(more)):
            self._submit(tasks)

    @property
    def busy(self) -> bool:
        return bool(self.inflight or self.retry or self.queue)

    def step(self, poll_s: float = 0.5) -> None:
        """Wait for some results and journal them; handle broken pools and stuck workers."""
        done, _ = wait(list(self.inflight), timeout=poll_s, return_when=FIRST_COMPLETED)
        for fut in done:
            tasks = self.inflight.pop(fut, None)
            if tasks is None:
                continue
            try:
                results = fut.result()
            except BrokenProcessPool:
                self._broken(tasks[0].pool, tasks)
                continue
            for task, enc in zip(tasks, results, strict=True):
                self._emit(task, enc, flush=False)
            self.manifest.flush()  # once per task (a kill before it loses these records; --resume redoes them)
        self._check_deadlines()

    def _tasks_of(self, pool_id: int) -> list[_Task]:
        futures = [f for f, ts in self.inflight.items() if ts[0].pool == pool_id]
        return [t for f in futures for t in self.inflight.pop(f)]

    def _broken(self, pool_id: int, first: list[_Task]) -> None:
        self._retire(pool_id, kill=True)
        for task in first + self._tasks_of(pool_id):
            if task.isolated:
                mb = self.opts.max_memory_mb
                problem = "the worker process died (" + (f"over the memory limit of {mb} MiB, or " if mb > 0 else "")
                problem += "a crash)"
                self._emit(task, error_dict(task.path, task.sha256, "crash", problem))
            else:
                self.retry.append(replace(task, isolated=True))

    def _check_deadlines(self) -> None:
        """A task past twice its time limit (per document) and 30 s more is stuck in C code: its
        pool is killed. A document alone in its task gets a timeout record; the documents of a
        stuck chunk are retried one at a time; the pool's other tasks are queued again."""
        now = time.monotonic()
        late = [ts for ts in self.inflight.values() if now - ts[0].submitted > 2 * self.opts.timeout_s * len(ts) + 30]
        stuck = {id(t) for ts in late for t in ts}
        for pool_id in {ts[0].pool for ts in late}:
            tasks = self._tasks_of(pool_id)
            self._retire(pool_id, kill=True)
            alone = {id(ts[0]) for ts in late if len(ts) == 1}
            for task in tasks:
                if id(task) in alone:
                    problem = f"took longer than the limit of {self.opts.timeout_s:g} s per document (worker killed)"
                    self._emit(task, error_dict(task.path, task.sha256, "timeout", problem))
                elif id(task) in stuck:
                    self.retry.append(replace(task, isolated=True))
                else:
                    self.queue.appendleft(replace(task, isolated=False))


def run_batch(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    workers: int | None = None,
    resume: bool = False,
    fmt: str | None = None,
    include_text: bool = False,
    ocr: Literal["auto", "always", "never"] = "auto",
    timeout_s: float = 300,
    max_memory_mb: int = 2048,
    progress: bool = True,
    tasks_per_child: int = 500,
    review_threshold: float = 0.8,
    on_record: OnRecord | None = None,
    classify: bool = False,
    engine: Literal["local", "dask"] = "local",
    scheduler: str | None = None,
) -> BatchSummary:
    """Extract every document under ``paths`` into ``out`` (format from its suffix unless
    ``fmt``), with the journal ``OUT.manifest.jsonl`` and the review queue ``OUT.review.csv``.

    ``on_record`` is called with the ``status``, ``errors`` and ``source`` (and ``duplicate_of``)
    of each new record (the CLI prints errors with it); the records themselves go to ``out``. A SQLite
    catalogue always stores the text (for full-text search), whatever ``include_text`` says.
    """
    from docproc.export import format_for, write_json_lines, write_records
    from docproc.review import write_review

    started = time.monotonic()
    out = Path(out)
    fmt = fmt or format_for(out)
    journal, review = manifest_path(out), review_path(out)
    ours = {p.resolve() for p in (out, journal, review)}
    names = {p.name for p in ours}
    inputs = list(
        dict.fromkeys(
            str(p) for p in iter_inputs(Path(p) for p in paths) if p.name not in names or p.resolve() not in ours
        )
    )
    opts = TaskOptions(
        ocr, include_text or fmt == "sqlite", float(timeout_s), max_memory_mb, classify, review_threshold
    )
    manifest = Manifest(journal, resume)
    live = BatchSummary(out, files=len(inputs))
    keys: list[Key] = []
    feed = iter(inputs)

    with _Progress(len(inputs), progress) as bar:

        def record_done(record: dict[str, Any]) -> None:
            live.count(record)
            bar.update(live, live.skipped + live.ok + live.partial + live.errors)
            if on_record:
                on_record(record)

        def more() -> bool:
            path = next(feed, None)
            if path is None:
                return False
            key = runner.add(path)
            keys.append(key)
            live.skipped += key in journalled
            return True

        journalled = set(manifest.offsets)
        runner = _Runner(manifest, opts, workers or os.cpu_count() or 1, tasks_per_child, record_done)
        with contextlib.ExitStack() as stack:
            if engine == "dask":
                runner.executor = stack.enter_context(_dask_executor(scheduler, runner.workers, opts))
            try:
                runner.fill(more)
                while runner.busy:
                    runner.step()
                    runner.fill(more)
            finally:
                runner.close()

    summary = BatchSummary(out, files=len(keys), skipped=live.skipped)
    rows: list[dict[str, Any]] = []
    journalled_keys = [k for k in keys if k in manifest]
    tally = functools.partial(_tally, done=runner.done, summary=summary, rows=rows, thr=review_threshold)
    if fmt == "jsonl":  # the journal holds each record's JSON: copied, not decoded and encoded again
        write_json_lines(_json_lines(manifest, journalled_keys, tally), out)
    else:
        write_records(_records(manifest, journalled_keys, tally), out, fmt)
    summary.review_rows = write_review(rows, review)
    manifest.close()
    summary.seconds = time.monotonic() - started
    return summary


@contextlib.contextmanager
def _dask_executor(scheduler: str | None, workers: int, opts: TaskOptions) -> Iterator[Any]:
    """A concurrent.futures executor on a Dask cluster: the scheduler at ``scheduler``
    (``tcp://host:port``), or a local cluster of ``workers`` single-threaded processes."""
    import importlib

    dist: Any = importlib.import_module("distributed")  # partly typed: used as an untyped library
    cluster = None if scheduler else dist.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    client = dist.Client(scheduler or cluster)
    try:
        client.run(_dask_worker_setup)
        with client.get_executor(pure=False) as executor:
            yield executor
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_worker_setup() -> None:
    """One OCR thread per Dask worker (its memory is the nanny's business, not RLIMIT_AS)."""
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _tally(
    key: Key,
    record: Callable[[], dict[str, Any]],
    done: dict[Key, Done],
    summary: BatchSummary,
    rows: list[dict[str, Any]],
    thr: float,
) -> None:
    """Count ``key``'s record in ``summary`` and add its review rows to ``rows``: known for the
    inputs of this run; an earlier run's record (``record()``) is decoded to find them."""
    if key in done:
        status, pages, dup, review = done[key]
        summary.count_done(status, pages, dup)
        rows.extend(review)
        return
    from docproc.review import review_queue

    rec = record()
    summary.count(rec)
    rows.extend(review_queue([rec], thr))


def _json_lines(manifest: Manifest, keys: list[Key], tally: Callable[..., None]) -> Iterator[bytes]:
    for key in keys:
        text = manifest.get_json(key)
        tally(key, lambda t=text: json.loads(t))
        yield text


def _records(manifest: Manifest, keys: list[Key], tally: Callable[..., None]) -> Iterator[dict[str, Any]]:
    for key in keys:
        record = manifest.get(key)
        tally(key, lambda r=record: r)
        yield record
