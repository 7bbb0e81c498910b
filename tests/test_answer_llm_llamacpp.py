"""The ``llamacpp`` backend and the local GGUF model.

Without the model: the GGUF header reader on a file written here, the messages for a
missing file / binding / non-GGUF file, and the request discipline (max_tokens sent,
timeout cancels, one request at a time, queued visibly) against FakeOpenAIServer, a
real HTTP server standing in for llama.cpp's.  With the real model (the pinned
Qwen2.5-Coder-0.5B-Instruct Q4_K_M that ``make model`` fetches; skipped, saying so,
when it is absent): ``rag ask --llm llamacpp --json`` end to end on the seeds,
asserting the pipeline's guarantees on real output, not the model's accuracy.
"""
from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fake_openai_server import FakeOpenAIServer

from rag.answer import backends_llamacpp as lc
from rag.answer.gguf import check_header, default_model_path, is_ready, read_metadata
from rag.answer.llm import LLMConfigError, LLMUnavailable, get_backend
from rag.config import LLMConfig

ROOT = Path(__file__).resolve().parent.parent
MSGS = [{"role": "system", "content": "只依据片段回答。"}, {"role": "user", "content": "纠错率？"}]


def _s(text: str) -> bytes:
    b = text.encode()
    return struct.pack("<Q", len(b)) + b


def write_gguf(path: Path, name: str, template: str | None) -> Path:
    kv = [_s("general.name") + struct.pack("<I", 8) + _s(name),
          _s("qwen2.block_count") + struct.pack("<I", 4) + struct.pack("<I", 24),
          _s("tokenizer.ggml.tokens") + struct.pack("<I", 9) + struct.pack("<IQ", 8, 2) + _s("a") + _s("bc"),
          _s("tokenizer.ggml.scores") + struct.pack("<I", 9) + struct.pack("<IQ", 6, 2) + struct.pack("<ff", 0.5, 1.0)]
    if template is not None:
        kv.append(_s("tokenizer.chat_template") + struct.pack("<I", 8) + _s(template))
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, len(kv)) + b"".join(kv))
    return path


def test_gguf_header_is_read_and_checked(tmp_path):
    p = write_gguf(tmp_path / "m.gguf", "Qwen2.5 Tiny Instruct", "{{ messages }}")
    meta = read_metadata(p)
    assert meta == {"gguf.version": 3, "general.name": "Qwen2.5 Tiny Instruct", "qwen2.block_count": 24,
                    "tokenizer.ggml.tokens": "<array of 2>", "tokenizer.ggml.scores": "<array of 2>",
                    "tokenizer.chat_template": "{{ messages }}"}
    assert check_header(p, "qwen2.5")["general.name"] == "Qwen2.5 Tiny Instruct"
    with pytest.raises(ValueError, match="expected one containing 'llama'"):
        check_header(p, "llama")
    base = write_gguf(tmp_path / "base.gguf", "gemma base", None)
    with pytest.raises(ValueError, match="no tokenizer.chat_template; a chat .instruct. model is needed"):
        check_header(base)
    (tmp_path / "x.gguf").write_bytes(b"PK\x03\x04 not a model")
    with pytest.raises(ValueError, match="is not a GGUF file"):
        read_metadata(tmp_path / "x.gguf")
    assert not is_ready(p)  # no verified stamp, wrong size


def test_missing_model_file_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setenv("RAG_MODEL_DIR", str(tmp_path))
    b = get_backend("llamacpp", LLMConfig(backend="llamacpp"))
    with pytest.raises(LLMConfigError, match=r"GGUF model file not found: .*run `make model`"):
        b.generate(MSGS)
    b = get_backend("llamacpp", LLMConfig(backend="llamacpp", model=str(tmp_path / "mine.gguf")))
    with pytest.raises(LLMConfigError, match=r"set \[llm\] model to an existing .gguf file"):
        b.generate(MSGS)


def test_non_chat_model_is_refused_before_loading(tmp_path):
    p = write_gguf(tmp_path / "base.gguf", "base", None)
    b = get_backend("llamacpp", LLMConfig(backend="llamacpp", model=str(p)))
    with pytest.raises(LLMConfigError, match="no tokenizer.chat_template"):
        b.generate(MSGS)


def test_missing_binding_names_the_pinned_package(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "xllamacpp", None)  # what an environment without the wheel sees
    with pytest.raises(LLMConfigError, match=re.escape(f"pip install '{lc.XLLAMACPP_PIN}'")):
        lc.LocalServer(tmp_path / "m.gguf")


class ServedBackend(lc.LlamaCppBackend):
    """The llamacpp request path pointed at a stand-in server (FakeOpenAIServer)."""
    url = ""

    def base_url(self) -> str:
        return self.url.removesuffix("/v1")


def served(url: str, **cfg) -> ServedBackend:
    b = ServedBackend(LLMConfig(backend="llamacpp", **cfg))
    b.url = url
    return b


def test_request_carries_the_token_limit_and_streams():
    with FakeOpenAIServer(reply="纠错率为15.66%[1]。") as srv:
        b = served(srv.url, max_tokens=7, temperature=0.0)
        assert b.generate(MSGS) == "纠错率为15.66%[1]。"
        assert "".join(b.stream(MSGS)) == "纠错率为15.66%[1]。"
    body = srv.requests[0]
    assert body["max_tokens"] == 7 and body["n_predict"] == 7 and body["stream"] is True
    assert body["messages"] == MSGS


def test_timeout_gives_up_once_and_queued_requests_wait_their_turn(caplog):
    with FakeOpenAIServer(mode="hang") as srv:
        first, second = served(srv.url, timeout_s=1.0, max_retries=2), served(srv.url, timeout_s=3.0, max_retries=2)
        out: dict[str, object] = {}

        def run(name, b):
            t = time.perf_counter()
            try:
                b.generate(MSGS)
            except LLMUnavailable as e:
                out[name] = (e.reason, time.perf_counter() - t, b.queue_info())

        a = threading.Thread(target=run, args=("first", first))
        a.start()
        time.sleep(0.3)
        with caplog.at_level("WARNING", logger="rag.llm"):
            run("second", second)
        a.join()
    reason, took, _ = out["first"]
    assert reason == "timeout" and 0.9 < took < 2.5  # cancelled at its deadline, not retried
    reason, took, info = out["second"]
    assert reason == "timeout" and info["queued_behind"] == 1 and info["queue_wait_ms"] > 400
    assert "llamacpp: waiting behind 1 request(s)" in caplog.text
    assert len(srv.requests) == 2  # one request each: a timed-out request is not retried


# --- the real model -----------------------------------------------------------------
MODEL = default_model_path()
needs_model = pytest.mark.skipif(not MODEL.is_file(), reason=f"local GGUF model absent ({MODEL}); run `make model`")
QUESTIONS = ["长治市2021年行政复议综合纠错率是多少？", "长治市2021年向多少名律师颁发了荣誉证书？",
             "What was Changzhi's administrative reconsideration correction rate in 2021?"]
RAW_MARKER = re.compile(r"【\d|（片段|\(\d+\)|\^\d|\[ID:|\[\d+\s*[,，]|<think>|</think>|思考过程")


def env_for(cfg: Path) -> dict[str, str]:
    return {**os.environ, "RAG_CONFIG": str(cfg), "PYTHONPATH": str(ROOT)}


@pytest.fixture(scope="module")
def seeds_config(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("llamacpp")
    cfg = tmp / "rag.toml"
    cfg.write_text(
        f'[paths]\nindex_dir = "{tmp / "index"}"\nprompts_dir = "{ROOT / "prompts"}"\nseeds_dir = "{ROOT / "seeds"}"\n'
        '[embedding]\nbackend = "none"\n'
        '[llm]\ncontext_tokens = 700\nmax_tokens = 120\ntimeout_s = 150.0\nmax_retries = 0\n', encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "rag.cli.main", "ingest", "-q", str(ROOT / "seeds")],
                       capture_output=True, text=True, cwd=ROOT, timeout=300, env=env_for(cfg), check=False)
    assert r.returncode == 0, r.stderr
    return cfg


@pytest.mark.slow
@needs_model
@pytest.mark.parametrize("question", QUESTIONS)
def test_rag_ask_with_the_real_local_model_keeps_the_guarantees(seeds_config, question):
    from rag.config import load_config
    from rag.engine import Engine

    r = subprocess.run([sys.executable, "-m", "rag.cli.main", "ask", "--llm", "llamacpp", "--json", question],
                       capture_output=True, text=True, cwd=ROOT, timeout=280, env=env_for(seeds_config), check=False)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-2000:]
    a = json.loads(r.stdout)
    docs = {d.doc_id: d for d in Engine.open(load_config(seeds_config)).documents()}
    for c in a["citations"]:  # every citation is an exact span of a stored report
        assert docs[c["doc_id"]].text[c["start"]:c["end"]] == c["quote"]
    assert not RAW_MARKER.search(a["answer"]), a["answer"]  # no raw markers, no reasoning shown
    shown = {int(n) for n in re.findall(r"\[(\d+)\]", a["answer"])}
    assert shown <= {c["n"] for c in a["citations"]}
    meta = a["meta"]
    if a["mode"] == "extractive" and a["abstained"] and not meta["fallback_from"]:
        assert meta["reason"]  # refused before any model call (no report supports the question)
        return
    if a["mode"] == "extractive":  # the reply was unusable: fallback, reason shown
        assert meta["fallback_from"] == "llamacpp" and meta["fallback_reason"]
        assert any(meta["fallback_reason"] in f for f in a["flags"])
        return
    assert a["mode"] == "llamacpp" and meta["prompt_version"].startswith("answer-")
    if a["abstained"]:  # a refusal, recognised
        assert a["citations"] == []
        return
    assert a["short_answer"] and a["citations"]
    for v in meta["verification"]:  # each sentence verified, or flagged in the text and in the flags
        if v["status"] in ("unsupported", "uncited"):
            assert any(v["sentence"][:20] in f for f in a["flags"])
    n_flagged = sum(v["status"] in ("unsupported", "uncited") for v in meta["verification"])
    assert a["answer"].count("（未核实）") + a["answer"].count("(unverified)") == n_flagged


@pytest.mark.slow
@needs_model
def test_real_server_enforces_max_tokens_and_cancels_on_timeout():
    b = get_backend("llamacpp", LLMConfig(backend="llamacpp", max_tokens=5, temperature=0.0, timeout_s=60.0))
    msgs = [{"role": "user", "content": "用一百字介绍法治政府建设。"}]
    reply = b.generate(msgs)
    import httpx

    base = b.base_url()
    n = len(httpx.post(base + "/tokenize", json={"content": reply}, timeout=30).json()["tokens"])
    assert 0 < n <= 5
    slow = get_backend("llamacpp", LLMConfig(backend="llamacpp", max_tokens=2000, timeout_s=1.0, max_retries=3))
    t = time.perf_counter()
    with pytest.raises(LLMUnavailable) as e:
        slow.generate([{"role": "user", "content": "请写一篇两千字的文章，介绍法治政府建设。"}])
    assert e.value.reason == "timeout" and time.perf_counter() - t < 10
    # the server cancelled the task: the next request is served at once, not after 2000 tokens
    t = time.perf_counter()
    assert b.generate(msgs)
    assert time.perf_counter() - t < 30
