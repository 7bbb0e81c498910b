"""The web app's upload worker: a real child process ingests while the engine keeps answering."""
from __future__ import annotations

import time

from index_procs import make_reports

from rag.engine import Engine
from rag.ingest.pipeline import ingest
from rag.ui.docs_tab import batch_messages
from rag.ui.upload_worker import UploadWorker


def test_upload_in_background_then_switch(tmp_path, seed_dir, cfg):
    ingest([seed_dir], cfg)
    engine = Engine.open(cfg, lease=True)
    before = engine.gen.name
    files = make_reports(tmp_path / "browser", "browser", n=3)
    (tmp_path / "browser" / "bad.exe").write_bytes(b"MZ")
    worker = UploadWorker(cfg, engine)
    worker.submit([*files, tmp_path / "browser" / "bad.exe"], "en")
    answered = 0
    deadline = time.monotonic() + 120
    while worker.state().batch == 0 and time.monotonic() < deadline:
        assert engine.ask("长治市2021年行政复议综合纠错率是多少?").answer  # questions keep working
        answered += 1
        time.sleep(0.05)
    state = worker.state()
    assert state.batch == 1 and not state.error, state
    assert answered >= 1
    assert engine.gen.name != before and len(engine.documents()) == 8
    assert sorted(state.report["added"]) == sorted(p.name for p in files)
    html = batch_messages(state, "en")
    assert "3 added" in html and "bad.exe" in html and str(tmp_path) not in html
    assert all((cfg.index_dir / "uploads" / p.name).exists() for p in files)
