"""Can a Hugging Face model load here? Decided without importing torch, and said with its fix.

A model named by a local folder, found in a Hugging Face / sentence-transformers cache, or
downloadable from a reachable hub (``$HF_ENDPOINT`` or huggingface.co) can load; otherwise
:func:`probe_model` says why not and :func:`how_to_fix` how to provide it.  The embedders
(:mod:`rag.index.embedders`) and the reranker (:mod:`rag.retrieve.rerank`) probe through it.
"""
from __future__ import annotations

import contextlib
import functools
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse


@dataclass(frozen=True)
class EmbedderStatus:
    """Whether the configured embedder can run here, and if not why and how to fix it."""

    wanted: str  # what the config asks for, e.g. "sentence-transformers:intfloat/multilingual-e5-small"
    available: bool
    reason: str = ""
    how_to_fix: str = ""
    model_id: str = ""
    load_path: str = ""  # local folder or cached snapshot the model loads from; "" = hub name

    def message(self) -> str:
        """One line for users: ``reason. how_to_fix``."""
        return " ".join(x for x in (self.reason.rstrip(".") + "." if self.reason else "", self.how_to_fix) if x)


_TRUE = {"1", "on", "yes", "true"}
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "model.onnx", "openvino_model.xml")


def how_to_fix(model: str) -> str:
    name = model if "/" in model and not os.path.isabs(model) else "intfloat/multilingual-e5-small"
    return (
        f"Download it on a connected machine with `huggingface-cli download {name} --local-dir {name.split('/')[-1]}`, "
        f'copy the folder here, then set [embedding] model = "/path/to/{name.split("/")[-1]}" in rag.toml '
        f'(or RAG_EMBED_MODEL=/path/to/{name.split("/")[-1]}); or set [embedding] backend = "none" for BM25 only.'
    )


def _hf_cache_dirs() -> list[Path]:
    env = os.environ
    dirs = [env.get("HF_HUB_CACHE"), env.get("HUGGINGFACE_HUB_CACHE"), env.get("SENTENCE_TRANSFORMERS_HOME")]
    if env.get("HF_HOME"):
        dirs.append(os.path.join(env["HF_HOME"], "hub"))
    dirs.append(os.path.join(env.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "huggingface", "hub"))
    return [Path(d) for d in dict.fromkeys(d for d in dirs if d)]


def is_model_folder(folder: Path) -> bool:
    """A folder holding a loadable model: a config plus a weights file (top level or one down)."""
    if not ((folder / "modules.json").is_file() or (folder / "config.json").is_file()):
        return False
    return any((d / w).exists() for d in [folder, *folder.glob("*/")] for w in WEIGHT_FILES)


def find_cached_model(model: str) -> Path | None:
    """The snapshot folder of ``model`` in a Hugging Face / sentence-transformers cache, if complete."""
    repos = [model] if "/" in model else [f"sentence-transformers/{model}", model]
    for cache in _hf_cache_dirs():
        for repo in repos:
            legacy = cache / repo.replace("/", "_")  # sentence-transformers < 2.3 layout
            if is_model_folder(legacy):
                return legacy
            root = cache / ("models--" + repo.replace("/", "--"))
            ref = root / "refs" / "main"
            snaps = [root / "snapshots" / ref.read_text().strip()] if ref.is_file() else []
            snaps += sorted((root / "snapshots").glob("*/"), key=lambda p: p.stat().st_mtime, reverse=True)
            for snap in snaps:
                if is_model_folder(snap):
                    return snap
    return None


def hub_offline() -> bool:
    return any(os.environ.get(v, "").strip().lower() in _TRUE for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


@functools.lru_cache(maxsize=8)
def _reachable(host: str, port: int, timeout: float) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def hub_reachable(timeout: float = 1.5) -> bool:
    """A TCP connect to the hub ($HF_ENDPOINT or huggingface.co:443), once per process."""
    url = urlparse(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    port = url.port or (80 if url.scheme == "http" else 443)
    return bool(url.hostname) and _reachable(url.hostname, port, timeout)


def _local_folder(model: str, base_dir: str | None) -> Path | None:
    """The folder ``model`` names, or None for a hub id ("org/name" that is no existing folder)."""
    p = Path(os.path.expanduser(model))
    candidates = [p] if p.is_absolute() or not base_dir else [p, Path(base_dir) / p]
    for c in candidates:
        if c.is_dir():
            return c
    if model.startswith(("/", ".", "~")) or "\\" in model or model.count("/") >= 2:
        return candidates[-1]
    return None


def probe_model(model: str, wanted: str, base_dir: str | None = None) -> EmbedderStatus:
    """Where ``model`` (hub name or folder) would load from, or why it cannot load here."""
    if not model:
        return EmbedderStatus(wanted, False, "no model is configured", how_to_fix(model))
    folder = _local_folder(model, base_dir)
    if folder is not None:
        if is_model_folder(folder):
            return EmbedderStatus(wanted, True, model_id=str(folder.resolve()), load_path=str(folder.resolve()))
        what = "does not exist" if not folder.exists() else "has no config.json/modules.json and weights"
        return EmbedderStatus(wanted, False, f"model folder {folder} {what}", how_to_fix(model), str(folder))
    snap = find_cached_model(model)
    if snap is not None:
        return EmbedderStatus(wanted, True, model_id=model, load_path=str(snap))
    if hub_offline():
        return EmbedderStatus(wanted, False, f"{model} is not in the local Hugging Face cache and HF_HUB_OFFLINE is set",
                              how_to_fix(model), model)
    if not hub_reachable():
        return EmbedderStatus(wanted, False, f"{model} is not in the local cache and huggingface.co is unreachable",
                              how_to_fix(model), model)
    return EmbedderStatus(wanted, True, f"{model} will be downloaded from the hub", "", model)


def quiet_transformers() -> None:
    """Silence transformers' progress bars and warnings while a model loads (cosmetics only)."""
    with contextlib.suppress(Exception):
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
