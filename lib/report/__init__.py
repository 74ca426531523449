"""Report documents from one outline: ``build_workbook(report, ...) -> bytes`` (.xlsx), the deck and the PDF.

``lib.report.outline`` builds the format-neutral story; ``lib.report.xlsx``, ``lib.report.deck`` and
``lib.report.pdf`` render it; ``lib.report.naming`` names the files.
"""

from lib.report.sources import sources_from_imports
from lib.report.xlsx import build_workbook

__all__ = ["build_workbook", "sources_from_imports"]
