"""Warm the engine up in the background right after the server starts listening.

The first question otherwise pays for loading the index, the tokenizer dictionaries and
the answerer (about 2.5 s here), and the first of some kinds of question for tables built
once per index (:meth:`rag.engine.Engine.warm`).  Questions that arrive meanwhile wait for the warm-up
instead of each repeating that work at the same time.

>>> w = WarmUp(None); w.done.set(); w.wait()
True
"""
from __future__ import annotations

import logging
import threading

log = logging.getLogger("rag.ui")


class WarmUp:
    def __init__(self, engine):
        self.engine = engine
        self.done = threading.Event()

    def _run(self) -> None:
        try:
            self.engine.warm()
        except Exception as e:  # noqa: BLE001 (a failed warm-up only means a slower first answer)
            log.warning("warm-up skipped: %s", e)
        finally:
            self.done.set()

    def start(self) -> WarmUp:
        threading.Thread(target=self._run, name="rag-warm-up", daemon=True).start()
        return self

    def wait(self, timeout: float = 120.0) -> bool:
        return self.done.wait(timeout)
