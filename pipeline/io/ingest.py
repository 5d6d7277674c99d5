"""Read articles from files, folders, HTML pages, JSON and JSON Lines into :class:`Article`.

Every span Muster outputs indexes into ``Article.text``, so this module's one duty beyond
reading is to keep that text *exactly* as decoded (SPEC "Offsets"): a byte-order mark is dropped
and front matter is cut off, nothing else. No stripping, no newline or quote normalization,
ever. For an HTML page the text is the main article text that trafilatura extracts (boilerplate
such as menus, cookie banners and related links removed); that text is not in the file, so
``Article.format == "html"`` tells the API to put it in the output.

Decoding never drops a character silently: a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
else UTF-16 is recognised by its zero bytes; else UTF-8; else cp1252 (then latin-1, which
decodes any byte), with a warning naming the encoding. Binary files are refused by their magic
bytes (PDF, images, archives, executables) or their zero and control bytes.

Front matter is read without a YAML dependency: only flat ``key: value`` lines (quoted values
unquoted) are read; indented lines, list items and comments inside the block are skipped, and
unknown keys are ignored. A ``---`` block that does not look like ``key: value`` lines is not
front matter and stays in the body.

Single-article readers (:func:`read_text_article`, :func:`read_html_article`,
:func:`read_pasted`, :func:`read_articles`) raise :class:`~pipeline.errors.InputError`; the
batch reader (:func:`iter_inputs`) turns each failure into an :class:`InputFailure` and goes
on, so one bad file or line never costs the others.
"""

from __future__ import annotations

import datetime
import errno
import io
import json
import os
import re
import stat
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.errors import InputError

#: Suffixes read from folders, and how each is read. Explicitly named files with another
#: suffix are read as text (or HTML, when they look like a page; binary content is refused).
ARTICLE_SUFFIXES = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html",
                    ".json": "json", ".jsonl": "jsonl"}
_READS = ".txt, .md, .html, .htm, .json and .jsonl files"
_UNSUPPORTED_SUFFIXES = {".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument",
                         ".rtf": "RTF"}
#: Files operating systems leave in folders; never articles, never worth a complaint.
_IGNORED_NAMES = {"thumbs.db", "desktop.ini"}
#: Larger files are refused, not read into memory: no single article is this long.
MAX_FILE_BYTES = 256 * 2**20
#: trafilatura's own limit on a page (it returns nothing for larger ones).
MAX_HTML_BYTES = 20_000_000

#: Metadata keys read from front matter and JSON objects; ``published`` wins over its aliases.
_PUBLISHED_KEYS = ("published", "publication_date", "date")
_STRING_KEYS = ("title", "url", "source")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: Leading bytes of binary formats people drop into article folders, and what to call them.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP, WAV or AVI)"),
    (b"PK\x03\x04", "a ZIP archive (.zip, .docx, .xlsx, .epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Mach-O or Java class file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_FRONT_OPEN = re.compile(r"---[ \t]*\r?\n")
_FRONT_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?[ \t]*")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


#: Where a publication date came from: the article's own metadata, or the caller (the CLI's
#: ``--published``, the API's ``published=``, the server's field). One name for the caller's
#: date on every path, so the same article and date give the same output however it is run.
PUBLISHED_FROM = ("metadata", "option")


@dataclass
class Article:
    """One article: its body (the text every span indexes into) and what is known about it.

    Built by the readers here, or by a caller of the Python API, so it checks its own fields
    (a caller's wrong type is the caller's error, said at once, never a Muster bug found deep
    in a stage): ``published`` may be a ``datetime.date``, a ``datetime`` or a ``YYYY-MM-DD``
    string (a bad one raises :class:`~pipeline.errors.ConfigError`); ``published_from`` is
    filled in (``"option"``, a date given by the caller) when a date comes without it.

    Raises:
        TypeError: ``text`` is not a string, or a metadata field is not a string or None.
        ConfigError: ``published`` is not a real date, ``published_from`` an unknown origin.
    """

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: datetime.date | None = None
    published_from: str | None = None  # "metadata" | "option" | None (see PUBLISHED_FROM)
    path: str | None = None
    line: int | None = None  # 1-based line number for JSON Lines articles
    warnings: list[str] = field(default_factory=list)
    format: str = "text"  # "text" | "json" | "html"; for "html" the output includes the text

    def __post_init__(self) -> None:
        from pipeline.errors import ConfigError
        from pipeline.text.dates import coerce_published

        if not isinstance(self.text, str):
            raise TypeError(f"Article.text must be a str, not {type(self.text).__name__}")
        if isinstance(self.id, int) and not isinstance(self.id, bool):
            self.id = str(self.id)
        for name in ("id", "title", "url", "source", "path"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"Article.{name} must be a str or None, not "
                                f"{type(value).__name__}")
        if self.line is not None and (not isinstance(self.line, int)
                                      or isinstance(self.line, bool)):
            raise TypeError(f"Article.line must be an int or None, not {type(self.line).__name__}")
        if self.format not in ("text", "json", "html"):
            raise ConfigError(f"Article.format must be 'text', 'json' or 'html', not "
                              f"{self.format!r}")
        self.published = coerce_published(self.published)
        origin = self.published_from
        if self.published is None:
            origin = None
        elif origin is None:
            origin = "option"
        elif origin not in PUBLISHED_FROM:
            raise ConfigError(f"Article.published_from must be one of {PUBLISHED_FROM} or None, "
                              f"not {self.published_from!r}")
        self.published_from = origin
        if not isinstance(self.warnings, list):
            if isinstance(self.warnings, str) or not all(
                    isinstance(w, str) for w in self.warnings):
                raise TypeError("Article.warnings must be a list of str")
            self.warnings = list(self.warnings)


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be read in a batch: where (file, line), at which stage, and why.

    ``stage`` is ``ingest`` for everything this module finds; ``id`` is set whenever the input
    named one (a duplicate id, a JSON line whose ``text`` is missing), so the analyst can find
    it. ``code`` is the error code: ``M001`` for a bad input, ``M004`` for an unexpected error
    while reading it (a Muster bug or a broken installation), which still costs only that input.
    """

    path: str
    line: int | None
    reason: str
    stage: str = "ingest"
    id: str | None = None
    code: str = InputError.code

    def __str__(self) -> str:
        return f"{_where(self.path, self.line)}: {self.reason}"


# --------------------------------------------------------------------------- public API


def read_text_article(
    data: bytes | str,
    *,
    path: str | os.PathLike | None = None,
    published: datetime.date | None = None,
) -> Article:
    """Read one plain-text or Markdown article, with optional front matter.

    Args:
        data: The raw bytes (decoded here; see module docs), or an already decoded string.
        path: Where the bytes came from, for the record and the default id (the file stem);
            None for standard input.
        published: The publication date to use when the front matter gives none.

    Raises:
        InputError: binary or empty input.
    """
    where = display_path(path) if path is not None else None
    text, warnings = (data, []) if isinstance(data, str) else _decode(data, where)
    return _text_article(text, warnings, where, published)


def read_html_article(
    data: bytes | str,
    *,
    path: str | os.PathLike | None = None,
    published: datetime.date | None = None,
) -> Article:
    """Read one saved web page: its main text, title, URL, site name and date via trafilatura.

    The page's ``<meta charset>`` is honoured; without one, bytes are decoded as text files
    are. The publication date comes from the page's markup (meta tags, JSON-LD, ``<time>``,
    a date in its canonical URL), never guessed from the article's wording; ``published`` is
    used when there is none.

    Raises:
        InputError: binary or over-large input, or no article text found in the page.
    """
    where = display_path(path) if path is not None else None
    if isinstance(data, str):
        return _html_article(data, [], where, published)
    if len(data) > MAX_HTML_BYTES:
        raise _error(f"HTML page of {len(data) / 1e6:.1f} MB is larger than the "
                     f"{MAX_HTML_BYTES / 1e6:.0f} MB the main-text extractor reads; "
                     "save the article's text as .txt", where)
    text, warnings = _decode_html(data, where)
    return _html_article(text, warnings, where, published)


def read_pasted(data: bytes, *, published: datetime.date | None = None) -> Article:
    """Read standard input: a saved page when it starts like one (``<!DOCTYPE html>``,
    ``<html>``), else plain text with optional front matter.

    Raises:
        InputError: binary or empty input, or a page with no article text.
    """
    return _read_any(data, None, published)


def read_articles(
    path: str | os.PathLike, *, published: datetime.date | None = None
) -> Iterator[Article]:
    """Read the article(s) of one file: ``.txt``/``.md`` (or any text), ``.html``/``.htm``,
    ``.json``, ``.jsonl``.

    Problems with the file itself are raised at once; for JSON Lines, a bad line raises
    :class:`InputError` when iteration reaches it (use :func:`iter_inputs` to skip bad lines).

    Raises:
        InputError: no such file, a broken link, a directory, unreadable, too large, binary,
            empty, malformed JSON.
    """
    file = Path(path)
    where = display_path(path)
    kind = _kind_of_file(file, where)
    if kind == "jsonl":
        return _strict(_iter_jsonl(file, where, published))
    data = _read_bytes(file, where)
    if kind == "json":
        return iter([_read_json_article(data, where, published)])
    if kind == "html":
        return iter([read_html_article(data, path=where, published=published)])
    if kind == "any":
        return iter([_read_any(data, where, published)])
    return iter([read_text_article(data, path=where, published=published)])


def iter_inputs(
    inputs: Iterable[str | os.PathLike],
    *,
    published: datetime.date | None = None,
    exclude: Collection[str | os.PathLike] = (),
) -> Iterator[Article | InputFailure]:
    """Read a batch: files, folders (recursive) and ``.jsonl`` files, in the order given.

    Folders are searched recursively in sorted order, following links to folders but never
    reading one folder twice; hidden files and folders (``.name``) are skipped. Article files
    are read; every other file is reported (it may be a PDF dropped in by mistake), so nothing
    in a folder goes unexplained. Each bad file, and each bad line of a ``.jsonl`` file, yields
    an :class:`InputFailure` and reading goes on.

    Duplicates are reported, never merged: the same file reached twice (a folder and a file in
    it, or a link), and an article whose id (from its metadata) an earlier article already
    has. Ids Muster makes up (the file stem, ``stem:line``) that collide are replaced by the
    article's path, with a warning, since those are different articles.

    Args:
        inputs: Paths of files and folders.
        published: The publication date for articles whose metadata gives none.
        exclude: Files never to read (the batch's own output files, when they lie in an
            input folder).
    """
    excluded = {_same_file_key(Path(p)) for p in exclude}
    files_seen: dict[str, str] = {}
    ids: _Ids = _Ids()
    for item in inputs:
        where = display_path(item)
        try:
            if is_stream(item):
                yield from ids.check(_iter_jsonl_stream(item, published))
                continue
            root = Path(item)
            if not root.is_dir():
                if not (excluded and _same_file_key(root) in excluded):
                    yield from _read_once(root, where, published, files_seen, ids,
                                          in_folder=False)
                continue
            entries = [(f, problem) for f, problem in _walk(root)
                       if _same_file_key(f) not in excluded]
        except Exception as exc:  # noqa: BLE001 - one input's problem, never the batch's
            yield _unexpected(where, None, exc)
            continue
        if not any(problem is None and _is_article_name(f) for f, problem in entries):
            yield InputFailure(where, None, f"is a directory with no articles ({_READS})")
        for file, problem in entries:
            shown = display_path(file)
            if problem is not None:
                yield InputFailure(shown, None, problem)
            elif _is_article_name(file):
                yield from _read_once(file, shown, published, files_seen, ids, in_folder=True)
            else:
                yield InputFailure(shown, None, _not_an_article(file, shown))


#: How a batch names standard input, in messages, the output's ``article.path`` and made-up ids.
STDIN = "<stdin>"


def is_stream(item: str | os.PathLike) -> bool:
    """Whether a batch input is a stream of JSON Lines rather than a file: ``-`` (standard
    input), or a named pipe, a terminal or another character device given by name
    (``/dev/stdin``, a shell's ``<(...)``). A stream can be read once only, so it is read as it
    comes, one article per line, never as one prose article."""
    if os.fspath(item) in ("-", b"-"):
        return True
    try:
        mode = os.stat(item).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


def display_path(path: str | bytes | os.PathLike) -> str:
    """A path as text that can be printed and written as UTF-8 JSON, whatever its bytes.

    A file name that is not valid UTF-8 (``b'b\xff.txt'``) reaches Python with surrogate
    escapes, which no UTF-8 stream can write; here its bad bytes become ``\xff``, so the
    article's record, its error line and the terminal all name it the same readable way.
    """
    if path in ("-", b"-"):
        return STDIN
    text = os.fsdecode(path) if isinstance(path, bytes) else os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that no file system byte gave
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _unexpected(where: str, line: int | None, exc: BaseException) -> InputFailure:
    """An InputFailure for an exception Muster did not expect while reading one input (a bug,
    or a broken installation such as a missing optional library): code M004, that input only."""
    detail = " ".join(str(exc).split()) or "no message"
    return InputFailure(where, line, f"unexpected error while reading: {type(exc).__name__}: "
                        f"{detail}", code="M004")


def count_articles(
    inputs: Iterable[str | os.PathLike], *, exclude: Collection[str | os.PathLike] = ()
) -> int:
    """How many items :func:`iter_inputs` will yield, about (for a progress bar).

    Counts files, and the non-blank lines of ``.jsonl`` files, without parsing them.
    """
    excluded = {_same_file_key(Path(p)) for p in exclude}
    total = 0
    for item in inputs:
        root = Path(item)
        files = ([f for f, _ in _walk(root) if _same_file_key(f) not in excluded]
                 if root.is_dir() else [root])
        total += max(1, sum(_count_file(f) for f in files))
    return total


# --------------------------------------------------------------------------- files


def _where(path: str | None, line: int | None) -> str:
    where = path if path is not None else "<stdin>"
    return f"{where}:{line}" if line is not None else where


def _error(reason: str, path: str | None = None, line: int | None = None) -> InputError:
    """An InputError that says where; its ``detail`` keeps the bare reason for batches."""
    where = _where(path, line) if path is not None or line else None
    return InputError(reason, where=where)


def _is_article_name(file: Path) -> bool:
    return file.suffix.lower() in ARTICLE_SUFFIXES


def _kind_of_file(file: Path, where: str, *, in_folder: bool = False) -> str:
    """How to read ``file`` ("text", "html", "json", "jsonl", or "any": sniff the content).

    Raises:
        InputError: the path cannot be an article file, with the precise reason.
    """
    _check_path(file, where, in_folder=in_folder)
    suffix = file.suffix.lower()
    if suffix in _UNSUPPORTED_SUFFIXES:
        raise _error(f"{_UNSUPPORTED_SUFFIXES[suffix]} input is not supported; give the "
                     f"article as one of {_READS}", where)
    return ARTICLE_SUFFIXES.get(suffix, "any")


def _check_path(file: Path, where: str, *, in_folder: bool) -> None:
    """Raise the precise reason a path cannot be read as a file: missing, a broken link, a
    link loop, a directory, not a regular file (in folders), too large."""
    try:
        info = file.stat()
    except FileNotFoundError:
        if file.is_symlink():
            try:
                target = os.readlink(file)
            except OSError:
                target = "?"
            raise _error(f"broken symbolic link (its target {target} does not exist)",
                         where) from None
        raise _error("no such file", where) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _error("symbolic link loop (following it never reaches a file)", where) from None
        raise _error(f"cannot read: {exc.strerror or exc}", where) from None
    if stat.S_ISDIR(info.st_mode):
        raise _error("is a directory; use `muster batch` for folders", where)
    if in_folder and not stat.S_ISREG(info.st_mode):
        raise _error("not a regular file (a named pipe, socket or device)", where)
    if info.st_size > MAX_FILE_BYTES:
        raise _error(f"file of {info.st_size / 2**20:,.0f} MB is larger than the "
                     f"{MAX_FILE_BYTES // 2**20} MB Muster reads; split it into articles "
                     "(a .jsonl file holds one per line)", where)


def _not_an_article(file: Path, where: str) -> str:
    """Why a file found in a folder is not read, naming its format when its bytes tell."""
    try:
        _check_path(file, where, in_folder=True)
        with open(file, "rb") as handle:
            head = handle.read(64)
    except InputError as err:
        return err.detail
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    what = _magic_kind(head) or (f"a {file.suffix} file" if file.suffix else "a file without a suffix")
    return f"not an article: {what}; Muster reads {_READS}"


def _read_bytes(file: Path, where: str) -> bytes:
    try:
        return file.read_bytes()
    except OSError as exc:
        raise _error(f"cannot read: {exc.strerror or exc}", where) from exc


def _walk(root: Path) -> list[tuple[Path, str | None]]:
    """Files under ``root``, recursively and sorted, each with None or the reason it cannot be
    read (an unreadable folder, a folder reached a second time through a link).

    Links to folders are followed, so a collection assembled from links is read, but each real
    folder only once, which also ends link loops. Hidden entries and OS clutter are skipped.
    """
    found: list[tuple[Path, str | None]] = []
    seen_dirs = {_same_file_key(root): str(root)}

    def unreadable(exc: OSError) -> None:
        found.append((Path(exc.filename), f"cannot read folder: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=True):
        keep = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            sub = Path(dirpath) / name
            key = _same_file_key(sub)
            if key in seen_dirs:
                reason = (f"folder already read as {seen_dirs[key]} (a link loop or a second "
                          "link to it); skipped")
                found.append((sub, reason))
                continue
            seen_dirs[key] = str(sub)
            keep.append(name)
        dirnames[:] = keep
        for name in filenames:
            if not name.startswith(".") and name.lower() not in _IGNORED_NAMES:
                found.append((Path(dirpath) / name, None))
    return sorted(found, key=lambda item: item[0].relative_to(root).parts)


def _same_file_key(file: Path) -> str:
    try:
        return str(file.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a link loop on older Pythons
        return str(file.absolute())


def _count_file(file: Path) -> int:
    if file.suffix.lower() != ".jsonl" or not file.is_file():  # never open a pipe to count
        return 1
    try:
        with open(file, "rb") as handle:
            return sum(1 for raw in handle if raw.strip())
    except OSError:
        return 1


class _Ids:
    """The ids a batch has given out, so each article's is unique (see :func:`iter_inputs`).

    Two articles with the same id are handled the same whichever comes first: when both ids
    come from the articles' metadata, the second is a duplicate and skipped; when either id is
    one Muster made up (a file stem, ``stem:line``), they are different articles and both are
    kept, the second named by its path (with a warning).
    """

    def __init__(self) -> None:
        self.seen: dict[str, tuple[str, bool]] = {}  # id -> (where, id from metadata)

    def check(self, items: Iterable[Article | InputFailure]) -> Iterator[Article | InputFailure]:
        for item in items:
            if isinstance(item, Article) and item.id is not None:
                here = _where(item.path, item.line)
                given = item.id != _default_id(item.path, item.line)
                first = self.seen.get(item.id)
                if first is not None and given and first[1]:
                    yield InputFailure(item.path, item.line,
                                       f"duplicate id {item.id!r}: {first[0]} has it already; "
                                       "skipped (give each article its own id)", id=item.id)
                    continue
                if first is not None:  # a made-up id on one side: two articles, rename this one
                    item.warnings.append(f"id {item.id!r} is already used by {first[0]}; "
                                         "this article's id is its path")
                    item.id, given = here, False
                self.seen[item.id] = (here, given)
            yield item


def _read_once(file: Path, where: str, published, files_seen: dict[str, str],
               ids: _Ids, *, in_folder: bool) -> Iterator[Article | InputFailure]:
    """One file's articles in a batch, with duplicate files and ids reported (see iter_inputs)."""
    key = _same_file_key(file)
    if key in files_seen:
        yield InputFailure(where, None, f"duplicate: the same file as {files_seen[key]}, "
                                        "already read")
        return
    files_seen[key] = where
    yield from ids.check(_iter_file(file, where, published, in_folder=in_folder))


def _default_id(path: str | None, line: int | None) -> str | None:
    """The id Muster gives an article whose metadata has none (the file stem, ``stem:line``)."""
    if not path or path == "-":
        return None
    if path == STDIN:
        return f"stdin:{line}" if line is not None else None
    stem = Path(path).stem
    return f"{stem}:{line}" if line is not None else stem


def _iter_file(file: Path, where: str, published, *,
               in_folder: bool) -> Iterator[Article | InputFailure]:
    """One file's articles, every failure turned into an InputFailure.

    Files found in folders must be regular files: reading a named pipe would wait forever.
    """
    try:
        kind = _kind_of_file(file, where, in_folder=in_folder)
        if kind == "jsonl" or (not in_folder and is_stream(file)):
            yield from _iter_jsonl(file, where, published)
            return
        articles = list(read_articles(file, published=published))
    except InputError as err:
        yield InputFailure(where, None, err.detail)
        return
    except Exception as exc:  # noqa: BLE001 - e.g. an ImportError in a reader: this file only
        yield _unexpected(where, None, exc)
        return
    yield from articles


def _strict(items: Iterator[Article | InputFailure]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputFailure):
            raise _error(item.reason, item.path, item.line)
        yield item


def _read_any(data: bytes, where: str | None, published) -> Article:
    """A file of unknown type, or standard input: HTML when it starts like a page, else text."""
    text, warnings = _decode(data, where)
    if _HTML_START.match(text[:2048]):
        return _html_article(text, warnings, where, published)
    return _text_article(text, warnings, where, published)


# --------------------------------------------------------------------------- HTML


@lru_cache(maxsize=1)
def _trafilatura_config():
    """trafilatura's settings, with two changed for articles read from disk, not crawled:
    no time limit (it uses a signal alarm, which fails outside the main thread) and no
    minimum text size (its default of 250 characters drops short news items)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    return config


def _html_article(html: str, warnings: list[str], where: str | None, published) -> Article:
    try:
        import trafilatura
    except ImportError as exc:  # a broken installation: say how to mend it, no traceback
        raise _error(f"HTML input needs trafilatura, which cannot be imported ({exc}); "
                     "reinstall Muster with its dependencies (pip install .)", where) from None
    try:
        page = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, config=_trafilatura_config(),
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    # trafilatura and lxml raise many types on hostile markup; the page is bad, not the batch
    except Exception as exc:  # noqa: BLE001
        raise _error(f"cannot read the HTML page: {type(exc).__name__}: {exc}", where) from None
    text = getattr(page, "text", None) or ""
    if not text.strip():
        raise _error("no article text found in the HTML page", where)
    meta = {key: value for key, value in (
        ("title", page.title), ("url", page.url), ("source", page.sitename),
        ("published", page.date),
    ) if isinstance(value, str) and value.strip()}
    return _make_article(text, meta, path=where, line=None, published=published,
                         warnings=warnings, default_id=_default_id(where, None), format="html")


def _decode_html(data: bytes, where: str | None) -> tuple[str, list[str]]:
    """A page's bytes as text: its byte-order mark, else its ``<meta charset>``, else guessed.

    A declared ``iso-8859-1`` or ``ascii`` is read as cp1252, as browsers do (WHATWG).
    """
    declared = _HTML_CHARSET.search(data[:4096])
    if declared and not any(data.startswith(bom) for bom, _ in _BOMS):
        name = declared.group(1).decode("ascii").lower()
        if name in ("iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii"):
            name = "cp1252"
        try:
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            text, warnings = _decode(data, where)
            return text, [f"the page declares charset {name!r}, which does not decode it; "
                          + (warnings[0] if warnings else "decoded as UTF-8")] + warnings[1:]
        if _magic_kind(data[:16]) or _looks_binary(text):
            raise _error("binary data, not text", where)
        return text, []
    return _decode(data, where)


# --------------------------------------------------------------------------- JSON


def _iter_jsonl(file: Path, where: str, published) -> Iterator[Article | InputFailure]:
    """One article per non-blank line; a bad line becomes an InputFailure naming its number.

    Lines are split on ``\\n`` only (never on U+2028 and friends, which JSON strings may hold
    raw) and decoded one by one, so a huge file streams and one mis-encoded line stays local.
    A binary file is one failure, not one per line; a UTF-16 or UTF-32 file (as Windows tools
    write) is decoded as a stream.
    """
    try:
        handle = open(file, "rb")
    except OSError as exc:
        yield InputFailure(where, None, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        yield from _jsonl_lines(handle, where, published)


def _iter_jsonl_stream(item, published) -> Iterator[Article | InputFailure]:
    """JSON Lines from standard input (``-``) or a pipe given by name, read as they come."""
    import sys

    if os.fspath(item) in ("-", b"-"):
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            yield InputFailure(STDIN, None, "standard input is closed")
            return
        yield from _jsonl_lines(stream, STDIN, published)
        return
    yield from _iter_jsonl(Path(item), display_path(item), published)


def _jsonl_lines(handle, where: str, published) -> Iterator[Article | InputFailure]:
    seen = 0
    number = 0
    try:
        head = handle.peek(8192)[:8192] if hasattr(handle, "peek") else b""
    except OSError as exc:
        yield InputFailure(where, None, f"cannot read: {exc.strerror or exc}")
        return
    wide = next((enc for bom, enc in _BOMS if head.startswith(bom) and enc != "utf-8"), None)
    kind = _magic_kind(head)
    if kind or (wide is None and b"\x00" in head):
        yield InputFailure(where, None, f"binary data, not text: {kind}" if kind
                           else "binary data, not text")
        return
    if wide:
        stream = io.TextIOWrapper(handle, encoding=wide.rsplit("-", 1)[0], newline="\n")
        lines = _text_lines(stream, where)
    else:
        lines = ((number, raw) for number, raw in enumerate(handle, start=1))
    try:
        for number, raw in lines:
            if isinstance(raw, InputFailure):
                yield raw
                return
            if number == 1 and isinstance(raw, bytes) and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            seen += 1
            yield _jsonl_line(raw, where, number, published)
    except OSError as exc:  # the file or pipe failed mid-way: what was read stands
        yield InputFailure(where, number + 1 if number else None,
                           f"cannot read: {exc.strerror or exc}; the rest is not read")
        return
    if not seen:
        yield InputFailure(where, None, "no articles (the file is empty or has only blank lines)")


def _jsonl_line(raw: bytes | str, where: str, number: int, published) -> Article | InputFailure:
    """One JSON line as an Article, or the failure naming the line and the id it gave."""
    obj = None
    try:
        text, warnings = (raw, []) if isinstance(raw, str) else _decode(raw, where, line=number)
        obj = _parse_json(text)
        return _article_from_object(obj, path=where, line=number, published=published,
                                    warnings=warnings, default_id=_default_id(where, number))
    except InputError as err:
        return InputFailure(where, number, err.detail, id=_given_id(obj))
    except Exception as exc:  # noqa: BLE001 - one line's problem, never the file's
        failure = _unexpected(where, number, exc)
        return InputFailure(where, number, failure.reason, id=_given_id(obj), code=failure.code)


def _given_id(obj) -> str | None:
    """The id a JSON object names, as text (a number too), even when the object is unusable."""
    value = obj.get("id") if isinstance(obj, dict) else None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value)


def _text_lines(stream: io.TextIOWrapper, where: str):
    """``(number, line)`` from a decoding stream; a decoding error ends it with a failure."""
    number = 0
    try:
        for number, line in enumerate(stream, start=1):
            yield number, line.lstrip("\ufeff") if number == 1 else line
    except UnicodeDecodeError as exc:
        yield number + 1, InputFailure(where, number + 1, f"not valid {exc.encoding}: {exc.reason}; "
                                                          "the rest of the file is not read")


def _read_json_article(data: bytes, where: str, published) -> Article:
    text, warnings = _decode(data, where)
    try:
        obj = _parse_json(text)
    except InputError as err:
        raise _error(err.detail, where) from None
    if isinstance(obj, list):
        raise _error("is a JSON array; expected one object with 'text' "
                     "(put one article per line in a .jsonl file for many)", where)
    try:
        return _article_from_object(obj, path=where, line=None, published=published,
                                    warnings=warnings, default_id=_default_id(where, None))
    except InputError as err:
        raise _error(err.detail, where) from None


def _parse_json(text: str):
    if not text.strip():
        raise _error("empty article")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
        raise _error(f"not valid JSON: {exc.msg} ({where})") from None
    except (ValueError, RecursionError) as exc:  # over-long integers, absurd nesting
        raise _error(f"not valid JSON: {exc}") from None


def _article_from_object(obj, *, path, line, published, warnings, default_id) -> Article:
    if not isinstance(obj, dict):
        raise _error(f"expected a JSON object with 'text', got {_json_type(obj)}")
    if "text" not in obj:
        raise _error("object has no 'text'")
    text = obj["text"]
    if not isinstance(text, str):
        raise _error(f"'text' must be a string, got {_json_type(text)}")
    meta = {}
    warnings = list(warnings)
    for key in ("id", *_STRING_KEYS, *_PUBLISHED_KEYS):
        value = obj.get(key)
        if value is None:
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            warnings.append(f"metadata {key!r} is {_json_type(value)}, not a string; ignored")
            continue
        meta[key] = value
    return _make_article(text, meta, path=path, line=line, published=published,
                         warnings=warnings, default_id=default_id, format="json")


def _json_type(value) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


# --------------------------------------------------------------------------- text


def _magic_kind(head: bytes) -> str | None:
    """What binary format ``head`` (a file's first bytes) starts like, or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    if head.startswith(b"MZ") and b"\x00" in head[2:64]:
        return "a Windows executable"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when zero bytes fall on every other byte, as in UTF-16 text with
    no byte-order mark (mostly Latin script), else None."""
    head = data[:4096]
    if len(head) < 8 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _decode(data: bytes, where: str | None, line: int | None = None) -> tuple[str, list[str]]:
    """Bytes to text: BOM-aware UTF-8/16/32, UTF-16 without BOM, UTF-8, else cp1252 (then
    latin-1) with a warning naming the encoding. Never drops or replaces a character silently.

    Raises:
        InputError: the bytes are binary data, not text.
    """
    kind = _magic_kind(data[:64])
    if kind:
        raise _error(f"binary data, not text: {kind}", where, line)
    warnings: list[str] = []
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
            if encoding != "utf-8":
                text = data.decode(encoding, errors="replace")
                bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
                if bad:
                    warnings.append(f"{bad} byte sequence(s) not valid {encoding.upper()} "
                                    "were replaced by U+FFFD")
            break
    if text is None and (wide := _utf16_without_bom(data)):
        try:
            text = data.decode(wide)
            warnings.append(f"no byte-order mark, but zero bytes show UTF-16; decoded as "
                            f"{wide.upper()}")
        except UnicodeDecodeError:
            text = None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
            try:
                text = data.decode("cp1252")
                warnings.append(f"not valid UTF-8 ({bad}); decoded as cp1252 (Windows-1252)")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                warnings.append(f"not valid UTF-8 ({bad}) nor cp1252; decoded as latin-1 "
                                "(ISO-8859-1)")
    if _looks_binary(text):
        raise _error("binary data, not text", where, line)
    return text, warnings


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = len(_CONTROL.findall(sample))
    return controls > 8 and controls > len(sample) // 20


def _text_article(text: str, warnings: list[str], where: str | None, published) -> Article:
    meta, body = _split_front_matter(text)
    if meta is None:
        meta, body = {}, text
    return _make_article(body, meta, path=where, line=None, published=published,
                         warnings=warnings, default_id=_default_id(where, None))


def _split_front_matter(text: str) -> tuple[dict[str, str] | None, str]:
    """``(metadata, body)`` when the text opens with a front-matter block, else ``(None, text)``.

    The body starts right after the closing ``---`` line (its line break included), so body
    offsets are the decoded text's offsets shifted by the block's length, nothing else.
    """
    opening = _FRONT_OPEN.match(text)
    if not opening:
        return None, text
    pos = opening.end()
    lines = []
    while pos < len(text):
        newline = text.find("\n", pos)
        end = len(text) if newline < 0 else newline + 1
        content = text[pos:end].rstrip("\r\n")
        if content.rstrip() == "---":
            meta = _parse_front_matter(lines)
            return (meta, text[end:]) if meta is not None else (None, text)
        lines.append(content)
        pos = end
    return None, text  # never closed: not front matter


def _parse_front_matter(lines: list[str]) -> dict[str, str] | None:
    """Flat ``key: value`` pairs, or None when the block is not key/value lines at all."""
    meta: dict[str, str] = {}
    keys = 0
    for content in lines:
        if not content.strip() or content.lstrip().startswith("#") or content[:1] in " \t":
            continue  # blank, comment, or an indented (nested/continued) value: not read
        if content.startswith("- "):
            continue  # a list item belonging to the previous key: not read
        match = _FRONT_KEY.fullmatch(content)
        if not match:
            return None
        keys += 1
        value = _scalar(match.group(2) or "")
        if value is not None:
            meta[match.group(1).lower()] = value
    return meta if keys else None


def _scalar(raw: str) -> str | None:
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        inner = value[1:-1]
        if value[0] == "'":
            return inner.replace("''", "'")
        return inner.replace('\\"', '"').replace("\\\\", "\\")
    value = re.sub(r"\s+#.*$", "", value)
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    return value


def _parse_published(value: str) -> datetime.date | None:
    match = _ISO_DATE.fullmatch(value.strip())
    if not match:
        return None
    try:
        return datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _make_article(body: str, meta: dict, *, path, line, published, warnings, default_id,
                  format: str = "text") -> Article:
    if not body.strip():
        raise _error("empty article" if not meta else "empty article (metadata but no text)",
                     path, line)
    warnings = list(warnings)
    date, date_from = None, None
    key = next((k for k in _PUBLISHED_KEYS if meta.get(k)), None)
    if key is not None:
        date = _parse_published(meta[key])
        if date is None:
            warnings.append(f"metadata {key} {meta[key]!r} is not an ISO date (YYYY-MM-DD); "
                            "ignored")
        else:
            date_from = "metadata"
    if date is None and published is not None:
        date, date_from = published, "option"
    return Article(
        text=body,
        id=meta.get("id") or default_id,
        title=meta.get("title"),
        url=meta.get("url"),
        source=meta.get("source"),
        published=date,
        published_from=date_from,
        path=path,
        line=line,
        warnings=warnings,
        format=format,
    )
