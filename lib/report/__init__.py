"""The Excel report: ``build_workbook(report, ...) -> bytes`` (openpyxl, in memory)."""

from lib.report.workbook import build_workbook, sources_from_imports

__all__ = ["build_workbook", "sources_from_imports"]
