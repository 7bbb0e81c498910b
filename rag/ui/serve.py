"""`rag serve`: build the index if missing, open the Engine, launch the web app.

>>> # rag serve --port 7861 --auth admin:secret     (or RAG_AUTH=admin:secret rag serve)

Binds 127.0.0.1 unless --host says otherwise; prints the URL and the status line.
"""
from __future__ import annotations

import os

from ..config import Config
from ..errors import ConfigError, IndexMissing
from ..store import docstore


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """'user:password' -> (user, password); None/'' -> None.

    >>> parse_auth("admin:s3:cret")
    ('admin', 's3:cret')
    """
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError("Auth must look like user:password (e.g. --auth admin:secret or RAG_AUTH=admin:secret).")
    return user, password


def ui_config(args, cfg: Config) -> Config:
    """The config with --host/--port applied."""
    changes = {k: v for k, v in (("host", getattr(args, "host", None)), ("port", getattr(args, "port", None)))
               if v is not None}
    if "port" in changes and not 0 < int(changes["port"]) < 65536:
        raise ConfigError(f"Port {changes['port']} is out of range: use 1-65535 (e.g. --port 7860).")
    return cfg.replace(ui=changes) if changes else cfg


def ensure_index(cfg: Config, no_ingest: bool) -> None:
    """Ingest seeds/ when there is no index yet (unless --no-ingest)."""
    if docstore.current_name(cfg.index_dir):
        return
    if no_ingest:
        raise IndexMissing(f"No index in {cfg.index_dir}. Run `rag ingest` first or drop --no-ingest.")
    from ..cli.commands import print_ingest_report
    from ..ingest.pipeline import ingest

    print(f"no index yet: ingesting {cfg.path(cfg.paths.seeds_dir)} …", flush=True)
    print_ingest_report(ingest([cfg.path(cfg.paths.seeds_dir)], cfg))


def run_serve(args, cfg: Config) -> int:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    cfg = ui_config(args, cfg)
    auth = parse_auth(getattr(args, "auth", None) or os.environ.get("RAG_AUTH"))
    ensure_index(cfg, getattr(args, "no_ingest", False))
    from ..engine import Engine
    from .app import build_app, launch_kwargs
    from .warmup import WarmUp

    engine = Engine.open(cfg, lease=True)  # its generation is not pruned while this process serves it
    engine.watch()  # CLI ingests and other processes' uploads are picked up between questions
    warm = WarmUp(engine)
    demo = build_app(engine, cfg, warm)
    status = engine.status().summary(cfg.ui.language)
    kwargs = launch_kwargs(cfg, auth)
    try:
        demo.launch(prevent_thread_lock=True, **kwargs)
    except OSError as e:
        raise ConfigError(f"Cannot listen on {cfg.ui.host}:{cfg.ui.port} ({e}). Another program (maybe another "
                          f"`rag serve`) uses that port: stop it or pass --port with a free port.") from None
    warm.start()
    print(f"rag web app: http://{cfg.ui.host}:{cfg.ui.port}/" + ("  (login required)" if auth else ""), flush=True)
    print(status, flush=True)
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        pass
    finally:
        demo.close()
    return 0
