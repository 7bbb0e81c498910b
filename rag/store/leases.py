"""Readers keep what they opened: lease files on generations, honoured by pruning.

A process that reads a generation (``rag serve``, a long ``rag eval``) holds a lease:
``<index_dir>/.leases/<generation>.<pid>.<random>.json`` with its pid and the process start
time.  Pruning skips a generation while any lease on it belongs to a live process (the pid
exists and started at the recorded time, so a reused pid does not count), and for
``grace_s`` seconds after it stopped being current, which covers a reader that has read
``CURRENT`` but not yet written its lease.  A lease of a killed process is dead and ignored.

>>> import tempfile
>>> d = Path(tempfile.mkdtemp())
>>> lease = Lease.take(d, "gen-1")
>>> leased(d)
{'gen-1'}
>>> lease.release(); leased(d)
set()
"""
from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

LEASES = ".leases"


def process_start(pid: int) -> str:
    """The kernel's start time of ``pid`` ("" when unknown or the process is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def alive(pid: int, start: str) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    now = process_start(pid)
    return not start or not now or now == start


@dataclass
class Lease:
    path: Path
    generation: str

    @classmethod
    def take(cls, index_dir: Path, generation: str) -> Lease:
        folder = Path(index_dir) / LEASES
        folder.mkdir(parents=True, exist_ok=True)
        pid = os.getpid()
        path = folder / f"{generation}.{pid}.{secrets.token_hex(4)}.json"
        path.write_text(json.dumps({"pid": pid, "start": process_start(pid), "generation": generation,
                                    "taken": time.time()}), encoding="utf-8")
        return cls(path, generation)

    def release(self) -> None:
        self.path.unlink(missing_ok=True)


def leased(index_dir: Path) -> set[str]:
    """Generations leased by live processes; leases of dead processes are deleted."""
    out: set[str] = set()
    folder = Path(index_dir) / LEASES
    if not folder.is_dir():
        return out
    for p in folder.glob("*.json"):
        gen, _, rest = p.name.partition(".")
        pid_s = rest.partition(".")[0]
        if not pid_s.isdigit():
            continue
        try:
            start = str(json.loads(p.read_text(encoding="utf-8")).get("start", ""))
        except (OSError, ValueError, AttributeError):
            start = ""  # being written right now: judged by the pid alone
        if alive(int(pid_s), start):
            out.add(gen)
        else:
            p.unlink(missing_ok=True)
    return out
