"""``transformers``: a local causal-LM folder with a chat template, run in-process.

``[llm] model`` is the folder (``config.json``, weights, tokenizer files with a
``chat_template``).  Nothing is downloaded (``local_files_only=True``).  The model
loads on first use and is shared by later calls; generation is serialised with a
lock.  Streaming uses ``TextIteratorStreamer`` with ``generate`` in a thread.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from .llm import LLMBackend, LLMConfigError, Messages, register


@register
class TransformersBackend(LLMBackend):
    name = "transformers"

    def __init__(self, cfg) -> None:
        super().__init__(cfg)
        self._model = None
        self._tok = None
        self._load_lock = threading.Lock()
        self._gen_lock = threading.Lock()

    def folder(self) -> Path:
        p = Path(self.cfg.model).expanduser() if self.cfg.model else None
        if p is None or not (p / "config.json").is_file():
            raise LLMConfigError(
                f"[llm] model = {self.cfg.model!r} is not a local model folder (no config.json). "
                "Set it to a folder holding a causal LM with a chat template (e.g. a downloaded Qwen2.5-Instruct)."
            )
        return p

    def load(self):
        """(model, tokenizer), loaded once."""
        with self._load_lock:
            if self._model is None:
                folder = self.folder()
                try:
                    from transformers import AutoModelForCausalLM, AutoTokenizer
                except ImportError as e:
                    raise LLMConfigError("The transformers backend needs transformers and torch: pip install transformers torch") from e
                tok = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
                if not getattr(tok, "chat_template", None):
                    raise LLMConfigError(f"The tokenizer in {folder} has no chat_template; use an instruct/chat model folder.")
                model = AutoModelForCausalLM.from_pretrained(str(folder), local_files_only=True)
                model.eval()
                self._model, self._tok = model, tok
        return self._model, self._tok

    def prepare(self, streaming: bool = False) -> None:
        self.load()

    def _inputs(self, messages: Messages):
        model, tok = self.load()
        enc = tok.apply_chat_template(list(messages), add_generation_prompt=True, return_tensors="pt", return_dict=True)
        return model, tok, {k: v.to(model.device) for k, v in enc.items()}

    def _gen_kwargs(self, tok) -> dict:
        sample = self.cfg.temperature > 0
        kw: dict = {"max_new_tokens": self.cfg.max_tokens, "do_sample": sample, "max_time": float(self.cfg.timeout_s)}
        if sample:
            kw["temperature"] = self.cfg.temperature
        pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        if pad is not None:
            kw["pad_token_id"] = pad
        return kw

    def _generate(self, messages: Messages) -> str:
        import torch

        model, tok, enc = self._inputs(messages)
        with self._gen_lock, torch.no_grad():
            out = model.generate(**enc, **self._gen_kwargs(tok))
        new = out[0, enc["input_ids"].shape[1]:]
        return tok.decode(new, skip_special_tokens=True)

    def _stream(self, messages: Messages) -> Iterator[str]:
        import torch
        from transformers import TextIteratorStreamer

        model, tok, enc = self._inputs(messages)
        streamer = TextIteratorStreamer(tok, skip_prompt=True, skip_special_tokens=True, timeout=self.cfg.timeout_s)

        failed: list[BaseException] = []

        def run() -> None:
            try:
                with self._gen_lock, torch.no_grad():
                    model.generate(**enc, **self._gen_kwargs(tok), streamer=streamer)
            except BaseException as e:  # noqa: BLE001 - re-raised in the consuming thread
                failed.append(e)
                streamer.end()

        worker = threading.Thread(target=run, daemon=True, name="transformers-generate")
        worker.start()
        for piece in streamer:
            if piece:
                yield piece
        worker.join()
        if failed:
            raise failed[0]
