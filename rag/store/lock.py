"""One writer at a time: an OS file lock (``fcntl.flock``) on ``<index_dir>/.writer.lock``.

Every command that writes the index (ingest, remove, metadata edits, web uploads) holds it
for its whole run.  The kernel releases a flock when its holder dies (even by SIGKILL), so a
lock left by a killed process is never stale: the next writer simply gets it.  The holder
writes its pid, start time and command into the lock file, only to tell a waiting writer
who it waits for ("another ingest (pid 4242) is running since 21:03:05, waiting …").

The lock is re-entrant within a thread (``Engine.update_metadata`` ingests inside its own
lock) and exclusive between threads and processes (each acquisition opens the file anew,
and flocks on separate open files exclude each other, even in one process).

>>> import tempfile
>>> d = Path(tempfile.mkdtemp())
>>> with writer_lock(d, "ingest"):
...     holder(d)["command"]
'ingest'
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import IndexBusy

LOCK_FILE = ".writer.lock"
_held = threading.local()  # per thread: {resolved index dir: depth}


def _depths() -> dict[str, int]:
    if not hasattr(_held, "depths"):
        _held.depths = {}
    return _held.depths


def holder(index_dir: Path) -> dict:
    """What the current (or last) holder wrote into the lock file; {} when unknown."""
    try:
        data = json.loads((Path(index_dir) / LOCK_FILE).read_text(encoding="utf-8") or "{}")
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def describe(info: dict) -> str:
    """'another ingest (pid 4242) is running since 2026-11-28 21:03:05'."""
    since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(info["started"])) if info.get("started") else "?"
    return f"another {info.get('command') or 'writer'} (pid {info.get('pid', '?')}) is running since {since}"


@contextlib.contextmanager
def writer_lock(index_dir: Path, command: str, wait: bool = True,
                notify: Callable[[str], None] | None = None, poll_s: float = 0.2) -> Iterator[None]:
    """Hold the index's writer lock; ``wait=False`` raises :class:`IndexBusy` when it is taken.

    ``notify`` receives one message when this writer has to wait.
    """
    index_dir = Path(index_dir)
    key = str(index_dir.resolve())
    depths = _depths()
    if depths.get(key):
        depths[key] += 1
        try:
            yield
        finally:
            depths[key] -= 1
        return
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, index_dir, wait, notify, poll_s)
        _record(fd, command)
        depths[key] = 1
        try:
            yield
        finally:
            depths.pop(key, None)
    finally:
        os.close(fd)  # closing the file releases the flock


def _acquire(fd: int, index_dir: Path, wait: bool, notify, poll_s: float) -> None:
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
        who = describe(holder(index_dir))
        if not wait:
            raise IndexBusy(f"The index in {index_dir} is being written: {who}. Wait for it to finish, "
                            "or run the command again without --no-wait to wait for it.")
        if not told and notify is not None:
            notify(f"{who}, waiting …")
            told = True
        time.sleep(poll_s)


def _record(fd: int, command: str) -> None:
    """Write who holds the lock (best effort: a full disk must not stop a writer that frees space)."""
    data = json.dumps({"pid": os.getpid(), "started": time.time(), "command": command}).encode()
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0)
    except OSError:
        pass


def is_held_by_me(index_dir: Path) -> bool:
    return bool(_depths().get(str(Path(index_dir).resolve())))
