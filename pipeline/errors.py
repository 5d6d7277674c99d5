"""One exception family, so callers (the CLI, a batch loop) can catch Muster's errors alone.

Each error carries a short code (``[M001]``) that users can search for, as spaCy's errors do,
and optionally *where* it happened (``path`` or ``path:line``). ``str(err)`` is
``[M001] where: reason``; a batch that prints the place itself uses ``err.detail`` (the bare
reason) so the place is not named twice.
"""

from __future__ import annotations


class MusterError(Exception):
    """Base class of every error Muster raises on purpose."""

    code = "M000"

    def __init__(self, message: str, *, where: str | None = None):
        self.detail = message
        self.where = where
        self.reason = f"{where}: {message}" if where else message
        super().__init__(f"[{self.code}] {self.reason}")

    def __reduce__(self):
        """Pickle with every attribute, so an error raised in a ``--workers`` process reaches
        the batch loop exactly as it would in-process."""
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls, args, state):
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputError(MusterError):
    """An article could not be read: missing path, binary or empty file, malformed JSON, no
    text. In a batch it is reported (errors file, stage ``ingest``) and the batch goes on."""

    code = "M001"


class ModelError(MusterError):
    """No spaCy pipeline could be loaded (or the one named is unusable)."""

    code = "M002"


class ConfigError(MusterError):
    """A setting has the wrong type or value (for example an unparseable ``published`` date)."""

    code = "M003"


class StageError(MusterError):
    """A pipeline stage failed on one article: a bug in Muster, reported without losing the
    batch. The original exception is chained as ``__cause__``."""

    code = "M004"


class LanguageError(InputError):
    """The article is confidently not English, so it is skipped rather than turned into
    nonsense events; ``force_language=True`` (``--force-language``) processes it anyway."""

    code = "M005"

    def __init__(self, message: str, *, where: str | None = None, language: str = "und",
                 score: float = 0.0):
        super().__init__(message, where=where)
        self.language = language
        self.score = score
