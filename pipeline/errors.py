"""One exception family, so callers (the CLI, a batch loop) can catch Muster's errors alone.

Each error carries a short code (``[M001]``) that users can search for, as spaCy's errors do.
"""


class MusterError(Exception):
    """Base class of every error Muster raises on purpose."""

    code = "M000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")
        self.reason = message


class InputError(MusterError):
    """An article could not be read: missing path, undecodable bytes, malformed JSON, no text."""

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
