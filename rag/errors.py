"""The project's own exceptions.  Each message names the problem and the fix."""


class RagError(Exception):
    """Base class: the CLI and UI show ``str(e)`` to the user, never a traceback."""


class ConfigError(RagError):
    pass


class IngestError(RagError):
    pass


class IndexError_(RagError):
    """The on-disk index is missing, corrupt or built with other settings."""


class IndexMissing(IndexError_):
    pass


class IndexMismatch(IndexError_):
    pass


class IndexCorrupt(IndexError_):
    pass


class IndexBusy(RagError):
    """Another process is writing the index and the caller asked not to wait."""


class BackendError(RagError):
    """An embedder, reranker or LLM backend could not be used."""


class QuestionError(RagError):
    """The question itself cannot be answered as given (empty, too long...)."""
