"""Tables of the app link only http(s) permalinks, whatever frame a page hands to ``show_table``."""

from __future__ import annotations

import pandas as pd
from streamlit.testing.v1 import AppTest


def _table_app() -> None:
    import pandas as pd

    from pages import _shared

    _shared.show_table(pd.DataFrame({"text": ["a", "b", "c"],
                                     "permalink": ["javascript:alert(1)", "https://e.org/1", "data:text/html,x"]}))


def test_show_table_links_only_http_urls():
    at = AppTest.from_function(_table_app).run(timeout=60)
    assert not at.exception
    shown = at.dataframe[0].value
    assert [None if pd.isna(v) else v for v in shown["permalink"]] == [None, "https://e.org/1", None]
    assert shown["text"].tolist() == ["a", "b", "c"]
