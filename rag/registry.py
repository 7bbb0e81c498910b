"""One small registry type for every kind of backend (embedders, rerankers, LLMs).

Built-ins register exactly as an extension would; an unknown name raises a
BackendError listing the registered names, built from the registry itself.

>>> r = Registry("widget backend", "Set [x] widget in rag.toml.")
>>> @r.register("plain")
... class Plain: pass
>>> r.get("plain").name, r.names()
('plain', ['plain'])
>>> r.get("fancy")
Traceback (most recent call last):
rag.errors.BackendError: Unknown widget backend 'fancy'. Registered: plain. Set [x] widget in rag.toml.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from .errors import BackendError

T = TypeVar("T", bound=type)


class Registry(Generic[T]):
    def __init__(self, kind: str, fix: str = ""):
        self.kind = kind  # "embedding backend", used in messages
        self.fix = fix  # how to choose a valid name
        self._classes: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        """Class decorator: register ``cls`` under ``name`` (and set ``cls.name``)."""

        def deco(cls: T) -> T:
            cls.name = name
            self._classes[name] = cls
            return cls

        return deco

    def unregister(self, name: str) -> None:
        self._classes.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self._classes)

    def __contains__(self, name: object) -> bool:
        return name in self._classes

    def get(self, name: str) -> T:
        cls = self._classes.get(name)
        if cls is None:
            tail = f" {self.fix}" if self.fix else ""
            raise BackendError(f"Unknown {self.kind} {name!r}. Registered: {', '.join(self.names())}.{tail}")
        return cls
