"""Read articles from files, folders, JSON and JSON Lines into :class:`Article` records.

Every span Muster outputs indexes into ``Article.text``, so this module's one duty beyond
reading is to keep that text *exactly* as decoded (SPEC "Offsets"): a UTF-8 byte-order mark is
dropped and front matter is cut off, nothing else. No stripping, no newline or quote
normalization, ever.

Front matter is read without a YAML dependency: only flat ``key: value`` lines (quoted values
unquoted) are read; indented lines, list items and comments inside the block are skipped, and
unknown keys are ignored. A ``---`` block that does not look like ``key: value`` lines is not
front matter and stays in the body.

Single-article readers (:func:`read_text_article`, :func:`read_articles`) raise
:class:`~pipeline.errors.InputError`; the batch reader (:func:`iter_inputs`) turns each failure
into an :class:`InputFailure` and goes on, so one bad file or line never costs the others.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import InputError

#: Suffixes read from folders, and how each is read. Explicitly named files with another
#: suffix are read as plain text (binary content is still refused).
ARTICLE_SUFFIXES = {".txt": "text", ".md": "text", ".json": "json", ".jsonl": "jsonl"}
_UNSUPPORTED_SUFFIXES = {".html": "HTML", ".htm": "HTML", ".pdf": "PDF", ".docx": "Word"}

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
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_FRONT_OPEN = re.compile(r"---[ \t]*\r?\n")
_FRONT_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?[ \t]*")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


@dataclass
class Article:
    """One article: its body (the text every span indexes into) and what is known about it."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: datetime.date | None = None
    published_from: str | None = None  # "metadata" | "option" | None
    path: str | None = None
    line: int | None = None  # 1-based line number for JSON Lines articles
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be read in a batch: where (file, line) and why."""

    path: str
    line: int | None
    reason: str

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
    where = str(path) if path is not None else None
    if isinstance(data, str):
        text, warnings = data, []
    else:
        text, warnings = _decode(data, where)
    meta, body = _split_front_matter(text)
    if meta is None:
        meta, body = {}, text
    default_id = Path(where).stem if where and where != "-" else None
    return _make_article(body, meta, path=where, line=None, published=published,
                         warnings=warnings, default_id=default_id)


def read_articles(
    path: str | os.PathLike, *, published: datetime.date | None = None
) -> Iterator[Article]:
    """Read the article(s) of one file: ``.txt``/``.md`` (or any text), ``.json``, ``.jsonl``.

    Problems with the file itself are raised at once; for JSON Lines, a bad line raises
    :class:`InputError` when iteration reaches it (use :func:`iter_inputs` to skip bad lines).

    Raises:
        InputError: no such file, a directory, unreadable, binary, empty, malformed JSON.
    """
    file = Path(path)
    where = str(path)
    kind = _kind_of_file(file, where)
    if kind == "jsonl":
        return _strict(_iter_jsonl(file, where, published))
    data = _read_bytes(file, where)
    if kind == "json":
        return iter([_read_json_article(data, where, published)])
    return iter([read_text_article(data, path=where, published=published)])


def iter_inputs(
    inputs: Iterable[str | os.PathLike],
    *,
    published: datetime.date | None = None,
    exclude: Collection[str | os.PathLike] = (),
) -> Iterator[Article | InputFailure]:
    """Read a batch: files, folders (recursive) and ``.jsonl`` files, in the order given.

    Folders are searched recursively in sorted order for ``.txt``, ``.md``, ``.json`` and
    ``.jsonl`` files; hidden files and folders (``.name``) are skipped. Each bad file, and each
    bad line of a ``.jsonl`` file, yields an :class:`InputFailure` and reading goes on.

    Args:
        inputs: Paths of files and folders.
        published: The publication date for articles whose metadata gives none.
        exclude: Files never to read (the batch's own output file, when it lies in an input
            folder).
    """
    excluded = {_same_file_key(Path(p)) for p in exclude}
    for item in inputs:
        root = Path(item)
        where = str(item)
        if root.is_dir():
            files = [f for f in _walk(root) if _same_file_key(f) not in excluded]
            if not files:
                yield InputFailure(where, None, "is a directory with no articles "
                                   "(.txt, .md, .json or .jsonl files)")
            for file in files:
                yield from _iter_file(file, str(file), published)
        elif excluded and _same_file_key(root) in excluded:
            continue
        else:
            yield from _iter_file(root, where, published)


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
        files = [f for f in _walk(root) if _same_file_key(f) not in excluded] if root.is_dir() else [root]
        total += max(1, sum(_count_file(f) for f in files))
    return total


# --------------------------------------------------------------------------- files


def _where(path: str | None, line: int | None) -> str:
    where = path if path is not None else "<stdin>"
    return f"{where}:{line}" if line is not None else where


def _error(reason: str, path: str | None = None, line: int | None = None) -> InputError:
    """An InputError whose message says where; ``detail`` keeps the bare reason for batches."""
    err = InputError(f"{_where(path, line)}: {reason}" if path is not None or line else reason)
    err.detail = reason
    return err


def _kind_of_file(file: Path, where: str) -> str:
    if file.is_dir():
        raise _error("is a directory; use `muster batch` for folders", where)
    if not file.exists():
        raise _error("no such file", where)
    suffix = file.suffix.lower()
    if suffix in _UNSUPPORTED_SUFFIXES:
        raise _error(f"{_UNSUPPORTED_SUFFIXES[suffix]} input is not supported; "
                     "give the article text as .txt, .md, .json or .jsonl", where)
    return ARTICLE_SUFFIXES.get(suffix, "text")


def _read_bytes(file: Path, where: str) -> bytes:
    try:
        return file.read_bytes()
    except OSError as exc:
        raise _error(f"cannot read: {exc.strerror or exc}", where) from exc


def _walk(root: Path) -> list[Path]:
    """Article files under ``root``, recursively, sorted, hidden entries skipped."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda f: f.relative_to(root).parts)


def _same_file_key(file: Path) -> str:
    try:
        return str(file.resolve())
    except OSError:
        return str(file.absolute())


def _count_file(file: Path) -> int:
    if file.suffix.lower() != ".jsonl":
        return 1
    try:
        with open(file, "rb") as handle:
            return sum(1 for raw in handle if raw.strip())
    except OSError:
        return 1


def _iter_file(file: Path, where: str, published) -> Iterator[Article | InputFailure]:
    """One file's articles, every failure turned into an InputFailure."""
    try:
        kind = _kind_of_file(file, where)
        if kind == "jsonl":
            yield from _iter_jsonl(file, where, published)
            return
        yield from read_articles(file, published=published)
    except InputError as err:
        yield InputFailure(where, None, getattr(err, "detail", err.reason))


def _strict(items: Iterator[Article | InputFailure]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputFailure):
            raise _error(item.reason, item.path, item.line)
        yield item


# --------------------------------------------------------------------------- JSON


def _iter_jsonl(file: Path, where: str, published) -> Iterator[Article | InputFailure]:
    """One article per non-blank line; a bad line becomes an InputFailure naming its number.

    Lines are split on ``\\n`` only (never on U+2028 and friends, which JSON strings may hold
    raw) and decoded one by one, so a huge file streams and one mis-encoded line stays local.
    """
    stem = file.stem
    seen = 0
    try:
        handle = open(file, "rb")
    except OSError as exc:
        yield InputFailure(where, None, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            seen += 1
            try:
                text, warnings = _decode(raw, where, line=number)
                obj = _parse_json(text)
                yield _article_from_object(obj, path=where, line=number, published=published,
                                           warnings=warnings, default_id=f"{stem}:{number}")
            except InputError as err:
                yield InputFailure(where, number, getattr(err, "detail", err.reason))
    if not seen:
        yield InputFailure(where, None, "no articles (the file is empty or has only blank lines)")


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
                                    warnings=warnings, default_id=Path(where).stem)
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
                         warnings=warnings, default_id=default_id)


def _json_type(value) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


# --------------------------------------------------------------------------- text


def _decode(data: bytes, where: str | None, line: int | None = None) -> tuple[str, list[str]]:
    """Bytes to text: BOM-aware UTF-8/16/32, else cp1252 (then latin-1) with a warning.

    Raises:
        InputError: the bytes are binary data, not text.
    """
    warnings = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
                break
            except UnicodeDecodeError:
                data = data[len(bom):]
                text = None
                break
    else:
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


def _make_article(body: str, meta: dict, *, path, line, published, warnings, default_id) -> Article:
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
    )
