"""Real Milvus Lite for tests: one embedded database per test session, one collection per index folder.

Tests that need it take the ``milvus_uri`` fixture; it skips them, saying why, only when
pymilvus / milvus-lite are not installed or Milvus Lite cannot start on this platform.
"""
from __future__ import annotations

import pytest

from rag.config import Config


@pytest.fixture(scope="module")
def milvus_uri(tmp_path_factory):
    """A Milvus Lite file per test module, its connections closed after the module: a gRPC channel
    left idle while other modules run is dropped by the server ("Too many pings") and cannot be
    reopened in the same process."""
    try:
        import milvus_lite  # noqa: F401
        from pymilvus import MilvusClient
    except ImportError as e:
        pytest.skip(f"Milvus tests need `pip install 'rag-fazhi[milvus]'` (pymilvus + milvus-lite): {e}")
    uri = str(tmp_path_factory.mktemp("milvus") / "test.db")
    try:
        probe = MilvusClient(uri=uri)
        probe.list_collections()
        probe.close()
    except Exception as e:  # noqa: BLE001 - the platform cannot run Milvus Lite
        pytest.skip(f"Milvus Lite cannot start on this platform: {type(e).__name__}: {e}")
    yield uri
    from rag.index.milvus_client import close_all

    close_all()


def on_milvus(cfg: Config, uri: str) -> Config:
    return cfg.replace(store={"backend": "milvus", "uri": uri})


def build_and_load(docs, chunks, cfg: Config, gen_dir):
    """Build the configured backend's indexes into ``gen_dir`` and open a Retriever on them."""
    from rag.index.build import build_indexes
    from rag.retrieve.retriever import Retriever

    build_indexes(gen_dir, docs, chunks, cfg)
    return Retriever.load(gen_dir, docs, chunks, cfg)
