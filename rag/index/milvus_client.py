"""Connecting to Milvus for the ``milvus`` store backend (:mod:`rag.index.milvus_store`): ``[store] uri`` is a
local ``.db`` file (Milvus Lite, embedded, in-process) or ``http(s)://host:19530`` (the token, if any, from
``RAG_MILVUS_TOKEN``); one client per (uri, token) and process, and clear errors naming what to fix.

>>> safe_uri("http://user:secret@db.example:19530/?token=x")
'http://db.example:19530/'
"""
from __future__ import annotations

import contextlib
import logging
import os
import threading
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..config import Config
from ..errors import BackendError
from ..text import lazy_re as re

TOKEN_ENV = "RAG_MILVUS_TOKEN"
INSTALL_HINT = "Install it with `pip install 'rag-fazhi[milvus]'` (pymilvus + milvus-lite), or set [store] backend = \"faiss\"."
_CLIENTS: dict[tuple[str, str], Any] = {}
_LOCK = threading.Lock()


def load_pymilvus():
    try:
        import pymilvus
    except ImportError as e:
        raise BackendError(f"[store] backend = \"milvus\" needs pymilvus, which is not installed. {INSTALL_HINT}") from e
    return pymilvus


def is_remote(uri: str) -> bool:
    return bool(re.match(r"^(https?|tcp|grpc|unix)://", uri))


def safe_uri(uri: str) -> str:
    """The URI without user, password or query (what may be shown or logged)."""
    if not is_remote(uri):
        return uri
    parts = urlsplit(uri)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def resolve_uri(cfg: Config) -> str:
    uri = cfg.store.uri.strip()
    if not uri:
        raise BackendError('[store] uri is empty. Set it to a local file (uri = "vectorstore/milvus.db") '
                           'or a server (uri = "http://host:19530").')
    if is_remote(uri):
        return uri
    path = cfg.path(uri)
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


CONNECT_TIMEOUT_S = 60.0
LITE_GRPC_OPTIONS = {"grpc.keepalive_time_ms": 2**31 - 1, "grpc.keepalive_permit_without_calls": False}


def client(cfg: Config):
    """One MilvusClient per (uri, token) and process; a local ``.db`` starts Milvus Lite in-process."""
    uri = resolve_uri(cfg)
    token = os.environ.get(TOKEN_ENV, "")
    key = (uri, token)
    with _LOCK:
        if key not in _CLIENTS:
            pm = load_pymilvus()
            # pymilvus logs every failed call with its traceback; ours become one clear error instead
            for name in ("pymilvus", "milvus_lite"):
                logging.getLogger(name).setLevel(logging.CRITICAL)
            if not is_remote(uri):
                try:
                    import milvus_lite  # noqa: F401
                except ImportError as e:
                    raise BackendError(f"[store] uri = {uri!r} is a local file, which needs milvus-lite. {INSTALL_HINT}") from e
            try:
                # connecting waits up to CONNECT_TIMEOUT_S: a busy machine can take longer than pymilvus's 10 s
                kw = {"token": token} if token else {}
                if not is_remote(uri):
                    # the embedded server is in this process: no keepalive pings, which Milvus Lite's gRPC server
                    # answers with GOAWAY "too_many_pings" when calls are slow on a busy machine
                    kw["grpc_options"] = LITE_GRPC_OPTIONS
                _CLIENTS[key] = pm.MilvusClient(uri=uri, timeout=CONNECT_TIMEOUT_S, **kw)
            except Exception as e:
                if not is_remote(uri):
                    raise BackendError(
                        f"Cannot open the Milvus Lite file {uri} ({type(e).__name__}: {e}). Milvus Lite lets one process "
                        "use a file at a time: stop the other one (e.g. `rag serve`; the web app can ingest uploads), or "
                        f"serve the file with `milvus-lite server --data-dir {uri} --port 19530` and set [store] uri = "
                        '"http://127.0.0.1:19530" for every process.') from e
                raise BackendError(f"Cannot open Milvus at {safe_uri(uri)} ({type(e).__name__}: {e}). Check [store] uri "
                                   f"in rag.toml, that the server is running, and {TOKEN_ENV} if it needs a token.") from e
        return _CLIENTS[key]


def close_all() -> None:
    """Close every client this process opened (tests; a Milvus Lite file can then be reopened)."""
    with _LOCK:
        for c in _CLIENTS.values():
            with contextlib.suppress(Exception):
                c.close()
        _CLIENTS.clear()
