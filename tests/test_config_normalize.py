"""Config loading and script/width folding."""
from __future__ import annotations

import pytest

from rag.config import Config, load_config
from rag.errors import ConfigError
from rag.text.normalize import detect_script, fold, fold_chars


def test_defaults_and_overrides(tmp_path):
    p = tmp_path / "rag.toml"
    p.write_text('[retrieval]\nmode = "bm25"\ntop_k = 8\n[embedding]\nmodel = "/models/e5"\n', encoding="utf-8")
    cfg = load_config(p)
    assert cfg.retrieval.mode == "bm25" and cfg.retrieval.top_k == 8 and cfg.embedding.model == "/models/e5"
    assert cfg.chunking == Config().chunking
    assert cfg.path("vectorstore/index") == tmp_path / "vectorstore/index"


@pytest.mark.parametrize(
    "body,needle",
    [
        ("[retrival]\nmode='x'\n", "Unknown section"),
        ("[retrieval]\nmood = 'x'\n", "Valid: "),
        ("[retrieval]\ntop_k = 'five'\n", "expected int"),
        ("[retrieval\n", "not valid TOML"),
    ],
)
def test_bad_config_names_the_problem(tmp_path, body, needle):
    p = tmp_path / "rag.toml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=needle):
        load_config(p)


def test_missing_explicit_config(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")


def test_env_paths(tmp_path, monkeypatch):
    monkeypatch.setenv("RAG_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("RAG_EMBED_MODEL", "/m")
    cfg = load_config()
    assert cfg.index_dir == tmp_path / "idx" and cfg.embedding.model == "/m"


@pytest.mark.parametrize(
    "text,folded",
    [
        ("長治市", "长治市"),
        ("２０２１年", "2021年"),
        ("ＡＢＣ\u3000x", "abc x"),
        ("規范", "规范"),
        ("20項", "20项"),
        ("", ""),
        ("😀法治", "😀法治"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_chars_is_length_preserving():
    s = "武鄉縣２０２３年行政復議綜合糾錯率為21.88%😀"
    assert len(fold_chars(s)) == len(s) and fold_chars(s).startswith("武乡县2023年行政复议综合纠错率为")


def test_detect_script():
    assert detect_script("遂川縣扎實推進嚴格規範公正文明執法，認真貫徹落實") == "hant"
    assert detect_script("遂川县扎实推进严格规范公正文明执法") == "hans"
    assert detect_script("no chinese") == "hans"
