"""Import any supported export: detect the format from the content, expand zips safely, read, report.

Public API: ``import_file``, ``import_paths``, ``detect``, ``supported_formats`` (see each docstring).
"""

from __future__ import annotations

import inspect
import io
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lib.errors import ConversaError, FileImportError
from lib.importers._tabular import MAX_FILE_BYTES, check_readable, sheet_files, sheets
from lib.importers.base import Importer, ImportResult, SourceFile
from lib.importers.closest import unknown_format
from lib.importers.messages import Note, message, refusal
from lib.importers.registry import importers

__all__ = ["import_file", "import_paths", "detect", "supported_formats", "message", "SourceFile", "ImportResult",
           "MAX_FILE_BYTES", "MAX_ZIP_TOTAL_BYTES", "MAX_ZIP_RATIO", "AMBIGUITY_MARGIN"]

MAX_ZIP_TOTAL_BYTES = 1024 * 1024 * 1024  # uncompressed total of one zip
MAX_ZIP_RATIO = 200  # uncompressed / compressed size of a member larger than 1 MB
MAX_ZIP_MEMBERS = 1000  # export files in one zip (media and junk not counted)
AMBIGUITY_MARGIN = 0.05  # two formats this close in confidence: ask instead of guessing
REFUSED_WHOLE = ("personal_archive", "private_messages")  # a zip of only these is refused with their sentence
MIN_CONFIDENCE = 0.3
_JUNK = ("__MACOSX/", ".DS_Store", "Thumbs.db", "desktop.ini")
_SKIP_SUFFIXES = ("png", "jpg", "jpeg", "gif", "webp", "mp4", "mov", "heic", "pdf", "html", "htm", "css", "svg",
                  "woff", "woff2", "ttf", "ico", "mp3", "m4a", "wav")


def detect(f: SourceFile) -> list[tuple[Importer, float]]:
    """Every registered importer that recognises ``f``, with its confidence (0..1), best first.

    Detection reads the header and content (``f.name`` is only a hint). An importer whose ``detect``
    fails counts as not recognising the file.
    """
    found = []
    for imp in importers():
        try:
            score = float(imp.detect(f))
        except Exception:  # a detector that fails (its own error or any other) does not recognise the file
            score = 0.0
        if score > 0:
            found.append((imp, score))
    return sorted(found, key=lambda pair: -pair[1])


def supported_formats() -> list[tuple[str, str]]:
    """``(label, how_to_get)`` for every registered importer, in registry order (for messages and README).

    Importers that only recognise files in order to refuse them (``supported = False``) are left out.
    """
    seen, out = set(), []
    for imp in importers():
        if imp.label not in seen and getattr(imp, "supported", True):
            seen.add(imp.label)
            out.append((imp.label, imp.how_to_get))
    return out


def _unknown_format(f: SourceFile) -> FileImportError:
    return unknown_format(f, importers())


def _read(imp: Importer, f: SourceFile, tz: str | None) -> ImportResult:
    params = inspect.signature(imp.read).parameters
    try:
        res = imp.read(f, tz=tz) if tz is not None and "tz" in params else imp.read(f)  # type: ignore[call-arg]  # only importers that declare tz take it
    except FileImportError:
        raise
    except ConversaError as exc:
        raise FileImportError(f"{f.name} ({imp.label}): {exc}") from exc
    except (MemoryError, RecursionError) as exc:
        raise refusal("too_deep", file=f.name) from exc
    except Exception as exc:  # any parsing failure becomes a message, never a traceback
        raise refusal("unreadable", file=f.name, format=imp.label, detail=f"{type(exc).__name__}: {exc}") from exc
    if res.dataset.is_empty and not res.warnings:
        raise refusal("no_rows", file=f.name, format=imp.label)
    return res


def _blank_workbook(f: SourceFile) -> bool:
    book = sheets(f)
    return bool(book) and not any(c is not None for rows in book.values() for row in rows for c in row)


def _is_zip(f: SourceFile) -> bool:
    if f.data[:4] != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(f.data)) as zf:
            names = zf.namelist()
    except zipfile.BadZipFile:
        return False
    # .xlsx and .ods files are zips too
    return "[Content_Types].xml" not in names and not (names[:1] == ["mimetype"] and b"opendocument" in f.data[:200])


def _junk(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return (name.endswith("/") or any(j in name for j in _JUNK) or base.startswith(("._", "~$"))
            or base.rsplit(".", 1)[-1].lower() in _SKIP_SUFFIXES)


def _too_big(f: SourceFile, size: int) -> FileImportError:
    return refusal("zip_too_big", file=f.name, size=f"{size / 2**30:.1f}", limit=f"{MAX_ZIP_TOTAL_BYTES / 2**30:.0f}")


def _unsafe_path(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def check_zip(f: SourceFile, infos: list[zipfile.ZipInfo], budget: int) -> None:
    """Every limit a zip must meet, checked on its directory before anything is unpacked.

    Limits: at most ``MAX_ZIP_MEMBERS`` files (not counting skipped junk and media), no path outside the
    archive (absolute or with ``..``), at most ``budget`` bytes in all (``MAX_ZIP_TOTAL_BYTES`` for an upload),
    no file over ``MAX_FILE_BYTES``, and no compression ratio over ``MAX_ZIP_RATIO``:1, neither for one file
    of 1 MB or more nor for the whole archive once it unpacks to more than 10 MB.
    """
    if len(infos) > MAX_ZIP_MEMBERS:
        raise refusal("zip_members", file=f.name, n=len(infos), limit=MAX_ZIP_MEMBERS)
    outside = next((i.filename for i in infos if _unsafe_path(i.filename)), None)
    if outside:
        raise refusal("zip_outside", file=f.name, member=outside)
    declared = sum(i.file_size for i in infos)
    if declared > budget:
        raise _too_big(f, declared)
    for info in infos:
        if info.file_size > MAX_FILE_BYTES:
            raise refusal("zip_member_too_big", file=f.name, member=info.filename,
                          size=f"{info.file_size / 2**20:.0f}", limit=f"{MAX_FILE_BYTES / 2**20:.0f}")
        if info.file_size >= 2**20 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise _bomb(f, f"{info.filename}: {info.file_size // max(info.compress_size, 1)}:1")
    packed = sum(i.compress_size for i in infos)
    if declared > 10 * 2**20 and declared > MAX_ZIP_RATIO * max(packed, 1):
        raise _bomb(f, f"{declared // max(packed, 1)}:1")


def _bomb(f: SourceFile, ratio: str) -> FileImportError:
    return refusal("zip_bomb", file=f.name, ratio=ratio, limit=MAX_ZIP_RATIO)


def _expand_zip(f: SourceFile, depth: int = 0, budget: int | None = None) -> list[SourceFile]:
    """Members of a zip (nested folders, nested zips one level deep), junk skipped, bombs refused.

    Every limit is checked on the zip's directory first (``check_zip``), then again while unpacking, in case
    the directory lies. ``budget`` is how many bytes may still be unpacked: nested zips draw on their parent's
    budget, so a zip of zips never unpacks more than ``MAX_ZIP_TOTAL_BYTES`` in all.
    """
    budget = MAX_ZIP_TOTAL_BYTES if budget is None else budget
    try:
        zf = zipfile.ZipFile(io.BytesIO(f.data))
    except zipfile.BadZipFile as exc:
        raise refusal("zip_damaged", file=f.name) from exc
    infos = [i for i in zf.infolist() if not _junk(i.filename)]
    check_zip(f, infos, budget)
    out: list[SourceFile] = []
    total = 0
    for info in infos:
        try:
            with zf.open(info) as fh:
                data = fh.read(min(MAX_FILE_BYTES, budget - total) + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:  # damaged or encrypted member
            raise refusal("zip_member_unreadable", file=f.name, member=info.filename, detail=str(exc)) from exc
        total += len(data)
        if len(data) > info.file_size:
            raise refusal("zip_lies", file=f.name)
        if total > budget:
            raise _too_big(f, total)
        member = SourceFile(name=f"{f.name}/{info.filename}", data=data)
        if depth == 0 and _is_zip(member):
            inner = _expand_zip(member, depth + 1, budget - total)
            total += sum(len(m.data) for m in inner)
            out.extend(inner)
        else:
            out.append(member)
    return out


def _best(f: SourceFile) -> Importer | None:
    """The importer for ``f`` (None when nobody recognises it); refuses two formats within the margin."""
    ranked = [(imp, score) for imp, score in detect(f) if score >= MIN_CONFIDENCE]
    if not ranked:
        return None
    best, score = ranked[0]
    close = [imp for imp, s in ranked[1:] if score - s < AMBIGUITY_MARGIN and imp.key != best.key]
    if close:
        names = ", ".join(f"{imp.label} ({s:.0%})" for imp, s in ranked[: len(close) + 1])
        raise refusal("ambiguous", file=f.name, formats=names)
    return best


def _import_resaved(f: SourceFile, tz: str | None) -> list[ImportResult]:
    """A CSV export re-saved as a workbook (.xlsx, .xls, .ods): each sheet is read as the CSV it was.

    Sheets nobody recognises (a user's notes or pivot sheet) are skipped with a warning; a workbook where no
    sheet is an export is refused like any unknown file.
    """
    results: list[ImportResult] = []
    skipped: list[str] = []
    for sheet in sheet_files(f):
        imp = _best(sheet)
        if imp is None:
            skipped.append(sheet.name)
            continue
        results.append(_read(imp, sheet, tz))
    if not results:
        raise _unknown_format(f)
    if skipped:
        results[0].warnings.append(Note("skipped_sheets", sheets=", ".join(skipped)))
    return results


def _import_one(f: SourceFile, tz: str | None) -> list[ImportResult]:
    check_readable(f)
    best = _best(f)
    if best is not None:
        return [_read(best, f, tz)]
    if _blank_workbook(f):
        raise refusal("blank_workbook", file=f.name)
    if sheets(f):
        return _import_resaved(f, tz)
    raise _unknown_format(f)


def import_file(f: SourceFile, tz: str | None = None) -> list[ImportResult]:
    """Import one uploaded file (or every export inside an uploaded zip).

    Parameters
    ----------
    f : SourceFile
        Name and bytes. The format is detected from the content; the best importer by confidence reads it.
    tz : str, optional
        IANA zone for exports whose times carry no zone (e.g. the workspace's). Importers that accept a
        ``tz`` keyword get it; each documents the zone it assumes otherwise.

    Returns
    -------
    list of ImportResult
        One per file (a zip gives one per recognised member; members no importer recognises are skipped
        with a warning on the first result).

    Raises
    ------
    FileImportError
        Unknown format (listing the supported ones and the mapping form), empty, truncated, binary, too large,
        ambiguous, or a zip bomb. Nothing is returned for a file that fails.
    """
    if len(f.data) > MAX_FILE_BYTES:
        check_readable(f)
    if not _is_zip(f):
        return _import_one(f, tz)
    members = _expand_zip(f)
    results: list[ImportResult] = []
    skipped: list[FileImportError] = []
    for m in members:
        try:
            results.extend(_import_one(m, tz))
        except FileImportError as exc:
            skipped.append(exc)
    if not results:
        refused = next((e for e in skipped if e.code in REFUSED_WHOLE), None)
        if refused is not None:  # a personal archive or an inbox: say what it is, not just "nothing recognised"
            raise refused
        if len(skipped) == 1:
            raise refusal("zip_none_one", file=f.name, detail=str(skipped[0]))
        raise refusal("zip_none", file=f.name)
    if skipped:
        results[0].warnings.extend(Note("skipped", detail=s) for s in skipped)
    return results


def _walk(path: Path) -> Iterable[Path]:
    for p in sorted(path.rglob("*")):
        if p.is_file() and not _junk(p.relative_to(path).as_posix()) and not p.name.startswith("."):
            yield p


WORKSPACE_SETTINGS = "settings.json"


def is_workspace_folder(path: Path) -> bool:
    """True for a workspace folder: canonical CSVs beside a ``settings.json`` (the demo in ``sample_data/``,
    an unzipped backup). Such a folder is read as one workspace: its own files only, not its subfolders."""
    return path.is_dir() and (path / WORKSPACE_SETTINGS).is_file()


def workspace_settings(paths: Iterable[str | Path]) -> dict:
    """The settings (time zone, brand handles, ...) of the first workspace folder among ``paths``, else {}."""
    for raw in paths:
        path = Path(raw)
        if is_workspace_folder(path):
            try:
                return json.loads((path / WORKSPACE_SETTINGS).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise FileImportError(f"{path / WORKSPACE_SETTINGS} is not valid JSON settings ({exc}).") from exc
    return {}


def _workspace_files(path: Path) -> Iterable[Path]:
    return (p for p in sorted(path.iterdir()) if p.is_file() and p.suffix.lower() == ".csv")


def _import_path(p: Path, tz: str | None) -> list[ImportResult]:
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise refusal("too_large", file=p.name, size=f"{size / 2**20:.0f}", limit=f"{MAX_FILE_BYTES / 2**20:.0f}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise refusal("path_unreadable", path=str(p), detail=str(exc.strerror)) from exc
    return import_file(SourceFile(name=p.name, data=data), tz=tz)


def import_paths(paths: Iterable[str | Path], tz: str | None = None) -> list[ImportResult]:
    """Import files, folders (recursively, junk skipped) and zips from disk.

    A file named in ``paths`` must import, or the whole call fails. Inside a folder, as inside a zip, files
    that cannot be imported are skipped with a "Skipped: ..." warning on the folder's first result, so a
    whole export folder imports in one go; a folder where nothing imports fails with the first message.

    Raises
    ------
    FileImportError
        For a missing path, a named file that cannot be imported, or a folder with nothing importable (the
        message names the file), so the command line exits non-zero and nothing partial is stored.
    """
    results: list[ImportResult] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise refusal("missing_path", path=str(path))
        if not path.is_dir():
            results.extend(_import_path(path, tz))
            continue
        found, skipped = [], []
        for p in _walk(path) if not is_workspace_folder(path) else _workspace_files(path):
            try:
                found.extend(_import_path(p, tz))
            except FileImportError as exc:
                skipped.append(exc)
        if not found:
            if skipped:
                raise skipped[0]
            raise refusal("folder_empty", path=str(path))
        found[0].warnings.extend(Note("skipped", detail=exc) for exc in skipped)
        results.extend(found)
    return results
