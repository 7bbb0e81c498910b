"""FakeOpenAIServer: a real HTTP server on 127.0.0.1 that speaks the OpenAI
chat-completions protocol (JSON and streaming SSE) but is a *fake model*: it
returns canned text.  Tests use it because no LLM can run here.

Modes: ``ok`` (canned reply), ``hang`` (never answers until stopped), ``malformed``
(a body that is not JSON / an SSE event that is not JSON), ``empty`` (an empty
reply), ``error`` (HTTP 500).  Replies queued in ``replies`` are used first, one per
request; then ``reply_fn(body)`` if set; then ``reply``.  Every request body is kept
in ``requests`` and its headers in ``headers``.

>>> with FakeOpenAIServer(reply="纠错率为59.46%[1]。") as srv:
...     srv.url.startswith("http://127.0.0.1:")
True
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

MODES = ("ok", "hang", "malformed", "empty", "error")


class FakeOpenAIServer:
    def __init__(self, reply: str = "", mode: str = "ok", chunk_chars: int = 6) -> None:
        if mode not in MODES:
            raise ValueError(f"mode {mode!r}: use one of {', '.join(MODES)}")
        self.reply, self.mode, self.chunk_chars = reply, mode, chunk_chars
        self.replies: list[str] = []
        self.reply_fn = None  # optional: request body -> reply text
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.release = threading.Event()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def next_reply(self, body: dict) -> str:
        with self._lock:
            if self.replies:
                return self.replies.pop(0)
        return self.reply_fn(body) if self.reply_fn else self.reply

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                server.requests.append(body)
                server.headers.append(dict(self.headers.items()))
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._send(404, b'{"error": {"message": "not found"}}')
                if server.mode == "hang":
                    server.release.wait(60)
                    return
                if server.mode == "error":
                    return self._send(500, b'{"error": {"message": "fake server error"}}')
                text = "" if server.mode == "empty" else server.next_reply(body)
                if body.get("stream"):
                    return self._stream(text, body)
                if server.mode == "malformed":
                    return self._send(200, b"this is not json {")
                return self._send(200, json.dumps(_completion(text, body)).encode())

            def _send(self, code: int, data: bytes, ctype: str = "application/json") -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, text: str, body: dict) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                n = server.chunk_chars
                pieces = [text[i:i + n] for i in range(0, len(text), n)]
                for i, piece in enumerate(pieces):
                    if server.mode == "malformed" and i == 1:
                        self.wfile.write(b"data: {broken json\n\n")
                        break
                    self._event(_chunk(piece, body, role=i == 0))
                    time.sleep(0.001)
                self._event(_chunk("", body, finish=True))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def _event(self, obj: dict) -> None:
                self.wfile.write(b"data: " + json.dumps(obj, ensure_ascii=False).encode() + b"\n\n")
                self.wfile.flush()

        return Handler


def _completion(text: str, body: dict) -> dict:
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
        "model": body.get("model", "fake-model"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(piece: str, body: dict, role: bool = False, finish: bool = False) -> dict:
    delta = {"role": "assistant", "content": piece} if role else ({} if finish else {"content": piece})
    return {
        "id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
        "model": body.get("model", "fake-model"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": "stop" if finish else None}],
    }
