"""A running `rag serve` keeps its generation through CLI ingests and switches to new ones."""
from __future__ import annotations

import shutil
import time

from index_procs import ROOT, finish, make_reports, start

from rag.ui.devserver import ServeProcess, write_config


def test_serve_follows_cli_ingests_and_survives_pruning(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    config = write_config(tmp_path, tmp_path / "seeds", ingest={"prune_grace_s": 0.0})
    assert finish(start(config, "ingest", str(tmp_path / "seeds")))[0] == 0
    from gradio_client import Client

    with ServeProcess(config) as srv:
        client = Client(srv.url, verbose=False)
        assert len(client.predict(api_name="/documents")) == 5
        for i in range(3):  # three CLI ingests: the generation the app opened is older than the newest two
            assert finish(start(config, "ingest", str(make_reports(tmp_path / f"c{i}", f"c{i}", n=1)[0])))[0] == 0
        deadline = time.monotonic() + 60
        while len(client.predict(api_name="/documents")) != 8 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert len(client.predict(api_name="/documents")) == 8
        answer = client.predict("长治市2021年行政复议综合纠错率是多少?", api_name="/ask")
        assert answer["citations"]
        assert "not switching" not in srv.log_tail()
