"""The web app's named API through gradio_client, against a real `rag serve` subprocess."""
from __future__ import annotations

import shutil

import pytest

from rag.config import ROOT
from rag.ui.devserver import ServeProcess, write_config

pytestmark = pytest.mark.timeout(300)
QUESTION = "长治市2021年行政复议综合纠错率是多少?"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from gradio_client import Client

    work = tmp_path_factory.mktemp("ui_api")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    srv = ServeProcess(write_config(work, work / "seeds"), args=("--auth", "tester:pa55word"))
    srv.start()
    try:
        yield Client(srv.url, auth=("tester", "pa55word"), verbose=False)
    finally:
        srv.stop()


def test_only_the_named_endpoints_are_public(client):
    endpoints = set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])
    assert endpoints == {"/ask", "/status", "/documents", "/document", "/upload"}  # /upload: the documents tab's button


def test_status_and_documents(client):
    status = client.predict("en", api_name="/status")
    assert status["documents"] == 5 and status["chunks"] > 5
    assert status["summary"].startswith(f"5 reports, {status['chunks']} passages")
    docs = client.predict(api_name="/documents")
    assert len(docs) == 5 and sum(d["chunks"] for d in docs) == status["chunks"]
    assert {d["source"] for d in docs} == {p.name for p in (ROOT / "seeds").glob("*.txt")}


def test_ask_cites_exact_spans(client):
    ans = client.predict(QUESTION, api_name="/ask")
    assert "59.46%" in ans["answer"] and ans["citations"] and not ans["abstained"]
    texts = {}
    for c in ans["citations"]:
        texts.setdefault(c["doc_id"], client.predict(c["doc_id"], api_name="/document")["text"])
        assert texts[c["doc_id"]][c["start"]:c["end"]] == c["quote"]
        assert f"[{c['n']}]" in ans["answer"]


def test_ask_with_filters(client):
    ans = client.predict(QUESTION, "", "2021", 3, "bm25", "extractive", api_name="/ask")
    assert 0 < len(ans["citations"]) <= 3
    assert {c["year"] for c in ans["citations"]} <= {2021, None}


@pytest.mark.parametrize("args,needle", [
    (("", "", "", 0, "", ""), "question"),
    ((QUESTION, "", "二〇二一", 0, "", ""), "not a year"),
    ((QUESTION, "", "", 0, "", "no-such-llm"), "no-such-llm"),
])
def test_bad_input_is_a_clear_error(client, args, needle):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError) as e:
        client.predict(*args, api_name="/ask")
    assert needle.lower() in str(e.value).lower() and "Traceback" not in str(e.value)


def test_unknown_document_is_refused(client):
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="rag docs"):
        client.predict("../../etc/passwd", api_name="/document")


def test_serve_arguments_are_checked():
    import argparse

    from rag.config import Config
    from rag.errors import ConfigError
    from rag.ui.serve import parse_auth, ui_config

    assert parse_auth("admin:s3:cret") == ("admin", "s3:cret") and parse_auth(None) is None
    for bad in ("admin", ":pw", "admin:"):
        with pytest.raises(ConfigError, match="user:password"):
            parse_auth(bad)
    cfg = ui_config(argparse.Namespace(host=None, port=8123), Config())
    assert (cfg.ui.host, cfg.ui.port) == ("127.0.0.1", 8123)
    with pytest.raises(ConfigError, match="1-65535"):
        ui_config(argparse.Namespace(host=None, port=0), Config())


def test_port_in_use_is_a_clear_error(tmp_path):
    import socket

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        srv = ServeProcess(write_config(tmp_path, tmp_path / "seeds"), port=s.getsockname()[1])
        with pytest.raises(RuntimeError) as e:
            srv.start(timeout=120)
    assert "exited with 2" in str(e.value) and "pass --port" in str(e.value) and "Traceback" not in str(e.value)
