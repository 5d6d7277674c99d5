"""A batch's output files: one writer at a time, whole lines only, nothing destroyed early.

Three promises, each against a way batches lost work:

- **One writer.** :meth:`LineSink.open` takes an exclusive ``flock`` on the file (the lock goes
  with the process, so a killed batch never leaves a stale one); a second batch on the same
  output is refused at once instead of interleaving its lines with the first's.
- **Nothing destroyed before the run starts.** The file is opened without truncating it; it is
  emptied on the first line written (:meth:`LineSink.start`), so a run that cannot start (a
  model that does not load, a scheduler that does not answer) leaves the previous output as
  it was.
- **Whole lines.** Each line goes out in one ``os.write`` loop with no buffer in between; when
  a write fails (a full disk) the file is cut back to its last whole line before the error is
  raised, so the output stays valid JSON Lines and ``--resume`` goes on from there.

:func:`read_done` reads what an earlier run wrote, for ``--resume``; :class:`Done` recognises
those articles however their paths are spelled this time (``./a.jsonl``, an absolute path,
another working directory).
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
from pathlib import Path, PurePath

from pipeline.errors import ConfigError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks here; a second writer is not detected
    fcntl = None


class LineSink:
    """A text file written one whole, flushed line at a time (or standard output for ``-``)."""

    def __init__(self, path: str, fd: int | None, *, append: bool, created: bool):
        self.path = path
        self.fd = fd
        self.append = append
        self.created = created
        self.started = False
        self.written = 0  # size of the file up to its last whole line
        self.regular = fd is not None and stat.S_ISREG(os.fstat(fd).st_mode)

    @classmethod
    def open(cls, path: str, *, append: bool = False) -> "LineSink":
        """Open ``path`` for writing without emptying it, and lock it.

        Raises:
            ConfigError: the file cannot be opened, or another process holds its lock.
        """
        if path == "-":
            return cls(path, None, append=True, created=False)
        existed = os.path.lexists(path)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
        except OSError as exc:
            raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise ConfigError(
                        f"{path} is being written by another muster batch right now; wait for "
                        "it to finish, or write to another file") from None
                # a file system without locks (some network mounts): go on unlocked
                fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        return cls(path, fd, append=append, created=not existed)

    def start(self) -> None:
        """Begin this run's output: empty the file unless appending (resuming)."""
        if self.started:
            return
        self.started = True
        if self.fd is None:
            return
        if self.regular and not self.append:
            os.ftruncate(self.fd, 0)
        self.written = os.fstat(self.fd).st_size if self.regular else 0

    def write(self, text: str) -> None:
        """Write ``text`` (whole lines) at once; on failure cut the file back and raise.

        Raises:
            OSError: the write failed (the file is left ending with its last whole line).
        """
        self.start()
        if self.fd is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        data = text.encode("utf-8")
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self.fd, view):]
        except OSError:
            if self.regular:
                try:
                    os.ftruncate(self.fd, self.written)
                except OSError:
                    pass  # --resume drops a cut last line anyway
            raise
        self.written += len(data)

    def close(self, *, keep: bool = True) -> None:
        """Release the lock and close. ``keep=False``: a run that never started removes the
        empty file it created, leaving things as they were."""
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        try:
            if not keep and not self.started and self.created and self.regular:
                with _suppressed():
                    if os.fstat(fd).st_size == 0:
                        os.unlink(self.path)
        finally:
            with _suppressed():
                os.close(fd)  # closing releases the flock


class _suppressed:
    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        return kind is not None and issubclass(kind, OSError)


def json_line(record: dict) -> str:
    """One record as one JSON line. Text that UTF-8 cannot carry (a lone surrogate in some
    metadata) is written as JSON escapes rather than failing the article."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True)
    return line + "\n"


# --------------------------------------------------------------------------- --resume


def read_done(path: str) -> "Done":
    """The articles an earlier run wrote whole to ``path``; a last line cut short by a crash is
    removed from the file first. A missing file is an empty run.

    Raises:
        ConfigError: the file cannot be read, or it is not Muster's JSON Lines output (then
            nothing is appended to it).
    """
    done = Done()
    try:
        handle = open(path, "rb+")
    except FileNotFoundError:
        return done
    except OSError as exc:
        raise ConfigError(f"cannot resume {path}: {exc.strerror or exc}") from None
    with handle:
        _drop_cut_line(handle)
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            why = None
            try:
                record = json.loads(raw)
            except (UnicodeDecodeError, ValueError) as exc:
                why = f"not JSON ({exc})"
            else:
                article = record.get("article") if isinstance(record, dict) else None
                if not isinstance(article, dict) or "id" not in article or "path" not in article:
                    why = "not a Muster result (no article id and path)"
            if why is not None:
                raise ConfigError(f"cannot resume {path}: line {number} is {why}; it is not the "
                                  "output of muster batch, so nothing was appended to it")
            done.add(article.get("id"), article.get("path"))
    return done


def _drop_cut_line(handle) -> None:
    """Truncate the file after its last line break (a crash mid-write leaves a cut line)."""
    size = handle.seek(0, os.SEEK_END)
    end = size
    while end > 0:
        start = max(0, end - 65536)
        handle.seek(start)
        block = handle.read(end - start)
        at = block.rfind(b"\n")
        if at >= 0:
            whole = start + at + 1
            break
        end = start
    else:
        whole = 0
    if whole != size:
        handle.truncate(whole)


class Done:
    """The (id, path) of articles already written, matched however a path is spelled.

    An earlier run may have named an input ``./set/a.jsonl``, ``set/a.jsonl`` or
    ``/home/x/set/a.jsonl``, from any working directory: two spellings name the same input when
    one's normalized parts end the other's absolute parts. Ids are unique in a batch, so the id
    decides and the path only has to agree. An id Muster made from a path (to tell apart two
    articles with the same made-up id) is compared by what follows the path.
    """

    def __init__(self) -> None:
        self.paths: dict[tuple, list[str | None]] = {}
        self.found: set[tuple] = set()

    def __len__(self) -> int:
        return sum(len(paths) for paths in self.paths.values())

    def add(self, article_id, path) -> None:
        self.paths.setdefault(_id_key(article_id, path), []).append(path)

    def match(self, article_id, path) -> bool:
        """Whether this article is already written (and remember that it was seen)."""
        key = _id_key(article_id, path)
        for stored in self.paths.get(key, ()):
            if same_input(stored, path):
                self.found.add((key, stored))
                return True
        return False

    def missing(self) -> list[tuple]:
        """The written articles no :meth:`match` has seen: ``(id, path)`` each."""
        return [(key[1] if key[0] == "id" else (path or "") + key[1], path)
                for key, paths in self.paths.items() for path in paths
                if (key, path) not in self.found]


def _id_key(article_id, path) -> tuple:
    if isinstance(article_id, str) and isinstance(path, str) and path:
        stem = PurePath(path).stem
        made_up = article_id == stem or re.fullmatch(re.escape(stem) + r":\d+", article_id)
        if not made_up and article_id.startswith(path):
            return ("path", article_id[len(path):])
    return ("id", article_id)


def same_input(stored: str | None, current: str | None) -> bool:
    """Whether two spellings of an input path (one from an earlier run, perhaps from another
    working directory) name the same file."""
    if stored == current:
        return True
    if not stored or not current:
        return False
    here = Path(os.path.abspath(current))
    if os.path.isabs(stored):
        try:
            if Path(stored).resolve() == here.resolve():
                return True
        except (OSError, RuntimeError):
            pass
    tail = [part for part in PurePath(os.path.normpath(stored)).parts
            if part not in ("..", ".", os.sep, "/")]
    parts = here.parts
    return bool(tail) and len(tail) <= len(parts) and list(parts[-len(tail):]) == tail
