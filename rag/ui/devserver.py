"""Start a real `rag serve` in a subprocess on a free localhost port (tests, benchmarks).

>>> with ServeProcess(write_config(tmp, seeds=Path("seeds"))) as srv:   # doctest: +SKIP
...     urllib.request.urlopen(srv.url).status
200

The server is the same command a user runs (``python -m rag.cli.main serve``), with a
config file whose index lives in a scratch folder, so nothing in the project is touched.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Self

from ..config import ROOT


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return json.dumps(str(v), ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_config(folder: Path, seeds: Path, **sections: dict[str, Any]) -> Path:
    """``folder/rag.toml`` with the index, uploads and feedback inside ``folder``.

    Lexical retrieval by default (no model download); override with ``embedding={...}``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    data: dict[str, dict[str, Any]] = {
        "paths": {"seeds_dir": str(Path(seeds).resolve()), "index_dir": str(folder / "vectorstore" / "index"),
                  "feedback_file": str(folder / "vectorstore" / "feedback.jsonl"),
                  "prompts_dir": str(ROOT / "prompts")},
        "embedding": {"backend": "none"},
    }
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    lines = []
    for name, values in data.items():
        lines.append(f"[{name}]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in values.items()]
        lines.append("")
    path = folder / "rag.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


class ServeProcess:
    """`rag serve --config CONFIG --port PORT` as a child process; ``start()`` waits until it answers."""

    def __init__(self, config: Path, port: int | None = None, args: tuple[str, ...] = (),
                 log: Path | None = None, env: dict[str, str] | None = None):
        self.config, self.port = Path(config), port or free_port()
        self.args, self.env = tuple(args), env or {}
        self.log = log or Path(config).with_name("serve.log")
        self.url = f"http://127.0.0.1:{self.port}/"
        self.proc: subprocess.Popen | None = None
        self.ready_seconds = 0.0

    def start(self, timeout: float = 180.0) -> str:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
               "PYTHONUNBUFFERED": "1", "NO_PROXY": "127.0.0.1,localhost", **self.env}
        cmd = [sys.executable, "-m", "rag.cli.main", "serve", "--config", str(self.config), "--port", str(self.port),
               *self.args]
        t0 = time.perf_counter()
        with self.log.open("w", encoding="utf-8") as out:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        while time.perf_counter() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"rag serve exited with {self.proc.returncode}:\n{self.log_tail()}")
            if self._answers():
                self.ready_seconds = time.perf_counter() - t0
                return self.url
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"rag serve did not answer on {self.url} within {timeout:.0f} s:\n{self.log_tail()}")

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "gradio_api/info", timeout=2) as r:
                return r.status == 200
        except urllib.error.HTTPError:  # e.g. 401 behind --auth: the server is up
            return True
        except (urllib.error.URLError, OSError):
            return False

    def log_tail(self, chars: int = 3000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:] if self.log.exists() else ""

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
