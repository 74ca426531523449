"""What every importer shares: the ``SourceFile`` it reads, the ``Importer`` protocol, the ``ImportResult``."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from lib.dataset import Dataset


@dataclass(frozen=True)
class SourceFile:
    """One uploaded file (or one member of an uploaded zip): its name and raw bytes.

    ``name`` is only a hint: detection must work from the content.
    """

    name: str
    data: bytes

    @cached_property
    def encoding(self) -> str:
        """Encoding from the BOM (UTF-8/UTF-16), else UTF-8 when it decodes, else cp1252."""
        head = self.data[:4]
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if len(self.data) >= 4 and self.data[1:4:2] == b"\x00\x00" and self.data[0] != 0:
            return "utf-16-le"
        try:
            self.data[:1_000_000].decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < 999_996:  # not just a multi-byte char cut at the sample's end
                return "cp1252"
        return "utf-8"

    @cached_property
    def text(self) -> str:
        """The whole file decoded (BOM removed), with replacement characters for undecodable bytes."""
        return self.data.decode(self.encoding, errors="replace").lstrip("\ufeff")

    @cached_property
    def head(self) -> str:
        """The first ~64 KB decoded, for cheap detection."""
        return self.data[:65536].decode(self.encoding, errors="replace").lstrip("\ufeff")

    @property
    def suffix(self) -> str:
        return self.name.rsplit(".", 1)[-1].lower() if "." in self.name else ""

    @property
    def is_binary_spreadsheet(self) -> bool:
        return self.data[:4] == b"PK\x03\x04" or self.data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")


@dataclass
class ImportResult:
    """What one importer made of one file."""

    source: str  # file name
    importer: str  # registry key
    platform: str
    dataset: Dataset
    account: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def rows(self) -> dict[str, int]:
        return {t: len(self.dataset.table(t)) for t in Dataset.TABLES if len(self.dataset.table(t))}

    @property
    def tables(self) -> list[str]:
        return list(self.rows)

    def summary(self) -> dict:
        """JSON-ready description: platform, tables, rows, first/last date, warnings."""
        rng = self.dataset.date_range()
        return {
            "file": self.source, "format": self.importer, "platform": self.platform, "account": self.account,
            "tables": self.tables, "rows": self.rows,
            "first_date": rng[0].isoformat() if rng else None, "last_date": rng[1].isoformat() if rng else None,
            "warnings": list(self.warnings),
        }


class Importer(Protocol):
    """One export format. Registered once in ``lib/importers/registry.py``."""

    key: str  # registry key, e.g. "meta_posts"
    label: str  # what users see, e.g. "Meta Business Suite posts export (Facebook, Instagram)"
    how_to_get: str  # one sentence: where in the platform this export is downloaded

    def detect(self, f: SourceFile) -> float:
        """Confidence 0..1 that ``f`` is this format, from header and content (never the name alone)."""
        ...

    def read(self, f: SourceFile) -> ImportResult:
        """Convert ``f`` into canonical tables; raise ``FileImportError`` with a user-facing message.

        Importers of exports whose times carry no zone also accept ``tz`` (a keyword, see ``import_file``).
        """
        ...
