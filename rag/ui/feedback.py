"""Thumbs up/down on answers, appended as JSON Lines (one object per vote).

Each line carries the question, the answer text and its citations, so the file alone is
enough to review what users liked or disliked later.

>>> from rag.records import Answer
>>> rec = feedback_record(Answer(question="问", answer="答[1]"), liked=False, lang="zh")
>>> (rec["question"], rec["liked"], rec["citations"])
('问', False, [])
"""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from ..records import Answer, to_dict

_LOCK = threading.Lock()


def feedback_record(answer: Answer, liked: bool | None, lang: str = "zh", settings: dict | None = None,
                    when: float | None = None) -> dict[str, Any]:
    """The JSON object stored for one vote."""
    return {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(when if when is not None else time.time())),
        "liked": liked,
        "question": answer.question,
        "rewritten_question": answer.rewritten_question,
        "answer": answer.answer,
        "abstained": answer.abstained,
        "mode": answer.mode,
        "flags": list(answer.flags),
        "citations": [to_dict(c) for c in answer.citations],
        "settings": dict(settings or {}),
        "lang": lang,
    }


def append_feedback(path: Path, record: dict[str, Any]) -> None:
    """Append one line; one ``write`` per record under a lock, so concurrent votes never interleave."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False, default=str) + "\n"
    with _LOCK, path.open("a", encoding="utf-8") as f:
        f.write(line)
