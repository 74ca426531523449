"""How a page runs: inside app.py's navigation, with lib's errors shown as sentences."""

from __future__ import annotations

import logging
import runpy
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from lib.errors import ConversaError
from pages._shared.selection import tr

log = logging.getLogger("conversa.pages")
APP = Path(__file__).resolve().parents[2] / "app.py"


def run_guarded(body: Callable[[], None]) -> None:
    """Run a page body; lib's errors become ``st.error`` with their sentence, anything else a short apology."""
    try:
        body()
    except ConversaError as err:
        st.error(str(err))
    except Exception:
        log.exception("page failed")
        st.error(tr("common.unexpected"))


def ensure_shell() -> None:
    """Make sure the page runs inside app.py's navigation.

    While no run of this server has reached app.py's ``st.navigation``, Streamlit serves a page URL (a bookmarked
    ``/overview?present=1``) by running that file alone, in its old pages-directory mode. Then app.py is run here
    instead, in the same script run (so a click that started the run is not lost); its navigation runs this page
    again, and the pages-directory run stops.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        runpy.run_path(str(APP), run_name="__main__")
        st.stop()
