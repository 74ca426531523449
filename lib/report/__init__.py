"""The Excel report: ``build_workbook(report, ...) -> bytes`` (openpyxl, in memory)."""

from lib.report.workbook import build_workbook

__all__ = ["build_workbook"]
