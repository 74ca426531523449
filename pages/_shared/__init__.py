"""What every page shares, one job per module: ``keys`` (session and widget keys), ``selection`` (the sidebar's
choice and the language), ``data`` (cached workspace snapshots and KPI reports), ``labels`` (display texts),
``tables`` and ``widgets`` (what pages draw), ``shell`` (how a page runs).

Pages use ``from pages import _shared as S``; the names below are that interface.
"""

from pages._shared import keys as K
from pages._shared.data import (
                                Snapshot,
                                data_range,
                                data_spans,
                                dataset,
                                findings,
                                is_demo,
                                platforms,
                                report,
                                revision,
                                settings,
                                snapshot,
                                store,
                                workspace_names,
)
from pages._shared.labels import (
                                NEEDS,
                                Text,
                                describe,
                                escape,
                                help_text,
                                note_text,
                                platform_label,
                                post_type_label,
                                reason_text,
                                unavailable,
)
from pages._shared.selection import (
                                     Selection,
                                     browser_language,
                                     current_workspace,
                                     date_format,
                                     lang,
                                     new_workspace_settings,
                                     presenting,
                                     selection,
                                     tr,
)
from pages._shared.shell import ensure_shell, run_guarded
from pages._shared.tables import TIME_COLUMNS, by_platform, column_labels, people_columns, show_table
from pages._shared.widgets import (
                                   chart,
                                   metric,
                                   metric_row,
                                   page_title,
                                   require_report,
                                   safe_chart,
                                   table_or_note,
                                   uploader_css,
)

_escape = escape  # the name tests used before the split

__all__ = [
    "K", "NEEDS", "TIME_COLUMNS", "Selection", "Snapshot", "Text", "browser_language", "by_platform", "chart", "column_labels",
    "current_workspace", "data_range", "data_spans", "date_format", "dataset", "describe", "ensure_shell", "escape", "findings", "help_text", "is_demo",
    "lang", "metric", "metric_row", "new_workspace_settings", "note_text", "page_title", "people_columns", "platform_label", "platforms",
    "post_type_label", "presenting", "reason_text", "report", "require_report", "revision", "run_guarded",
    "safe_chart", "selection", "settings", "show_table", "snapshot", "store", "table_or_note", "tr", "uploader_css",
    "unavailable", "workspace_names",
]
