"""``re`` whose ``compile`` waits for the pattern's first use: ``from ..text import lazy_re as re``.

Importing the answer modules compiled about a thousand module-level patterns (~0.2 s of every
`rag ask`, a new process per question), of which one question uses a few dozen (an English
question's glossary phrases, a yes/no question's cues ...).  Here :func:`compile` returns a
:class:`LazyPattern`: the same pattern, compiled by ``re`` on its first use (any attribute
but ``pattern``), after which its methods are the compiled pattern's own.  Every other name is
``re``'s, and the module-level functions (``search``, ``sub`` ...) take a LazyPattern as well
as a string or a compiled pattern, so a module reads exactly as with ``re``.  Matches, flags
and errors are ``re``'s; only a malformed pattern raises at its first use instead of at import.  A server compiles them
all before its first question (:func:`compile_pending`, from ``Engine.warm``).

>>> P = compile(r"(\\d+)件")
>>> P.pattern, P.search("受理12件").group(1), sub(P, "N件", "共3件"), findall(P, "1件2件")
('(\\\\d+)件', '12', '共N件', ['1', '2'])
"""
from __future__ import annotations

import re as _re
import weakref
from re import *  # the rest of re (flags, escape, error, Pattern, Match), unchanged

__all__ = list(_re.__all__)


class LazyPattern:
    """A pattern compiled on first use; then its compiled methods are looked up as plain attributes.
    Compared and hashed by identity (re.Pattern compares by source and flags)."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern  # the source, as re.Pattern.pattern (other patterns are built from it)
        self._flags = flags
        self._compiled = None
        _PENDING.add(self)

    def compiled(self) -> _re.Pattern:
        p = self._compiled
        if p is None:
            p = self._compiled = _re.compile(self.pattern, self._flags)
            _PENDING.discard(self)
            d = self.__dict__  # the next lookups find these at once, without __getattr__
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
                d[name] = getattr(p, name)
        return p

    def __getattr__(self, name: str):  # only for names not set yet: search before the first use, flags, groups ...
        if name.startswith("__") or name in ("_compiled", "_flags", "pattern"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return repr(self.compiled())


_PENDING: weakref.WeakSet[LazyPattern] = weakref.WeakSet()  # not compiled yet (and still referenced)


def compile_pending() -> int:
    """Compile every pattern not compiled yet (a server's warm-up: no question pays for them); how many."""
    todo = list(_PENDING)
    for p in todo:
        p.compiled()
    return len(todo)


def _real(pattern):
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def compile(pattern, flags=0):  # re.compile's name, on purpose
    if isinstance(pattern, (LazyPattern, _re.Pattern)):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    return LazyPattern(pattern, flags)


def search(pattern, string, flags=0):
    return _re.search(_real(pattern), string, flags)


def match(pattern, string, flags=0):
    return _re.match(_real(pattern), string, flags)


def fullmatch(pattern, string, flags=0):
    return _re.fullmatch(_real(pattern), string, flags)


def finditer(pattern, string, flags=0):
    return _re.finditer(_real(pattern), string, flags)


def findall(pattern, string, flags=0):
    return _re.findall(_real(pattern), string, flags)


def sub(pattern, repl, string, count=0, flags=0):
    return _re.sub(_real(pattern), repl, string, count, flags)


def subn(pattern, repl, string, count=0, flags=0):
    return _re.subn(_real(pattern), repl, string, count, flags)


def split(pattern, string, maxsplit=0, flags=0):
    return _re.split(_real(pattern), string, maxsplit, flags)
