"""Uploads don't block questions: ingest runs in a child process, one batch at a time.

The web app hands saved-and-checked files to :class:`UploadWorker`; a spawned child process
(niced, so the app's question threads keep the CPU on a busy machine) runs
``uploads.ingest_uploads`` under the index's writer lock and reports progress over a queue.
Meanwhile questions are answered from the generation in hand; when the child has published,
``Engine.refresh`` swaps the new generation in between questions and every browser session's
timer picks the new corpus up.  Batches submitted while one runs wait in order.

>>> w = UploadWorker(None, engine=None); w.state().running
False
"""
from __future__ import annotations

import dataclasses
import multiprocessing as mp
import os
import threading
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config

REPORT_FIELDS = ("added", "updated", "unchanged", "removed", "duplicates", "skipped")


@dataclass(frozen=True)
class UploadState:
    running: bool = False
    queued: int = 0  # batches waiting behind the running one
    done: int = 0  # files finished in the running batch
    total: int = 0
    current: str = ""  # file being ingested
    batch: int = 0  # number of the last finished batch (0: none yet)
    rejected: tuple[str, ...] = ()
    report: dict = field(default_factory=dict)  # the last finished batch's IngestReport fields
    error: str = ""  # the last batch's failure, one line


def _job(cfg: Config, files: list[str], lang: str, queue) -> None:
    """The child process: ingest one batch, send ("progress", name, i, n) then ("done", ...)."""
    from ..errors import RagError
    from .uploads import ingest_uploads

    try:
        os.nice(10)
    except OSError:
        pass
    try:
        batch, report = ingest_uploads(files, cfg, lang, progress=lambda name, i, n: queue.put(("progress", name, i, n)))
        fields = {k: list(getattr(report, k)) for k in REPORT_FIELDS} if report else {}
        if report:
            fields["generation"] = report.generation
        queue.put(("done", [str(p) for p in batch.rejected], fields, ""))
    except RagError as e:
        queue.put(("done", [], {}, str(e)))
    except Exception as e:  # noqa: BLE001 - the app must hear about any failure, in one line
        queue.put(("done", [], {}, f"{type(e).__name__}: {e}"))


class UploadWorker:
    def __init__(self, cfg: Config | None, engine=None):
        self.cfg, self.engine = cfg, engine
        self._lock = threading.Lock()
        self._state = UploadState()
        self._pending: deque[tuple[list[str], str]] = deque()

    def state(self) -> UploadState:
        with self._lock:
            return self._state

    def submit(self, files: list[str | Path], lang: str = "zh") -> UploadState:
        """Queue a batch; it starts at once when nothing else runs."""
        with self._lock:
            self._pending.append(([str(f) for f in files], lang))
            start = not self._state.running
            self._state = dataclasses.replace(self._state, running=True, queued=len(self._pending) - (1 if start else 0))
        if start:
            threading.Thread(target=self._drain, name="rag-upload-worker", daemon=True).start()
        return self.state()

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._state = dataclasses.replace(self._state, running=False, queued=0, current="")
                    return
                files, lang = self._pending.popleft()
                self._state = dataclasses.replace(self._state, queued=len(self._pending), done=0,
                                                  total=len(files), current="")
            self._run(files, lang)

    def _run(self, files: list[str], lang: str) -> None:
        ctx = mp.get_context("spawn")  # no fork of a threaded server
        queue = ctx.Queue()
        proc = ctx.Process(target=_job, args=(self.cfg, files, lang, queue), daemon=True)
        proc.start()
        rejected, report, error = [], {}, ""
        while True:
            try:
                msg = queue.get(timeout=1.0)
            except Exception:  # noqa: BLE001 - queue.Empty: check the child is still there
                if not proc.is_alive():
                    error = f"the upload worker stopped (exit code {proc.exitcode}); nothing was changed"
                    break
                continue
            if msg[0] == "progress":
                with self._lock:
                    self._state = dataclasses.replace(self._state, current=str(msg[1]), done=int(msg[2]),
                                                      total=int(msg[3]))
                continue
            rejected, report, error = msg[1], msg[2], msg[3]
            break
        proc.join(timeout=10)
        if self.engine is not None:
            try:
                self.engine.refresh()
            except Exception as e:  # noqa: BLE001 - the watcher retries; say why here
                error = error or f"the new index could not be opened: {e}"
        with self._lock:
            self._state = dataclasses.replace(self._state, batch=self._state.batch + 1, rejected=tuple(rejected),
                                              report=report, error=error, done=self._state.total)
