"""Shared fixtures: a config pointing at a temporary index, and copies of the seeds."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers_milvus import milvus_uri  # noqa: F401 - the embedded Milvus Lite fixture (skips where it cannot start)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Tests never reach a model hub: an unreachable hub must not cost a network timeout.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture
def seed_dir(tmp_path) -> Path:
    d = tmp_path / "reports"
    d.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, d / f.name)
    return d


@pytest.fixture
def cfg(tmp_path):
    from rag.config import Config

    return Config(base_dir=str(ROOT)).replace(paths={"index_dir": str(tmp_path / "index")}, embedding={"backend": "none"})


@pytest.fixture(scope="session")
def seeds_engine(tmp_path_factory):
    """An Engine over the five seeds, lexical only, built once per session."""
    from rag.config import Config
    from rag.engine import Engine
    from rag.ingest.pipeline import ingest

    tmp = tmp_path_factory.mktemp("seeds-index")
    c = Config(base_dir=str(ROOT)).replace(paths={"index_dir": str(tmp / "index")}, embedding={"backend": "none"})
    report = ingest([SEEDS], c)
    assert report.ok and len(report.added) == 5, report
    return Engine.open(c)
