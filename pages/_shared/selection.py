"""The sidebar's selection (written by app.py, read by pages) and the session's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import available_timezones

import streamlit as st

from lib.i18n import LANGUAGES, t
from lib.kpis import Period
from pages._shared import keys as K


@dataclass(frozen=True)
class Selection:
    """What the sidebar selected; pages read it and never the widgets directly."""

    workspace: str
    since: dt.date
    until: dt.date
    compare: str
    platforms: tuple[str, ...]  # empty: all platforms
    lang: str
    present: bool
    tz: str = "UTC"
    currency: str = "EUR"

    @property
    def period(self) -> Period:
        return Period.with_previous(self.since, self.until, tz=self.tz, compare=self.compare)


def selection() -> Selection | None:
    """The current selection (None before app.py has run, or when there is no data)."""
    return st.session_state.get(K.SELECTION)


def lang() -> str:
    """The UI language of this session."""
    value = st.session_state.get(K.kept(K.LANGUAGE), st.session_state.get(K.LANGUAGE))
    return value if value in LANGUAGES else browser_language()


def current_workspace() -> str | None:
    """The workspace chosen in the sidebar."""
    return st.session_state.get(K.kept(K.WORKSPACE), st.session_state.get(K.WORKSPACE))


def presenting() -> bool:
    """Whether the session is in presentation mode."""
    return bool(st.session_state.get(K.kept(K.PRESENT)))


def browser_language() -> str:
    """``"it"`` for an Italian browser locale, else English."""
    try:
        locale = st.context.locale or ""
    except Exception:  # AppTest and old clients have no browser locale
        locale = ""
    code = locale.replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def new_workspace_settings(client_name: str | None = None) -> dict:
    """A new workspace's own settings: the interface's language and the browser's time zone (and the client's
    name when given), nothing of the workspace open before it."""
    try:
        tz = st.context.timezone or "UTC"
    except Exception:  # AppTest and old clients send no time zone
        tz = "UTC"
    settings = {"language": lang(), "tz": tz if tz in available_timezones() else "UTC"}
    return settings | ({"client_name": client_name} if client_name else {})


DATE_INPUT_FORMATS = {"en": "YYYY-MM-DD", "it": "DD/MM/YYYY"}  # the order of the language's dates


def date_format() -> str:
    """``st.date_input``'s format in the session's language (its placeholder shows the same letters: Streamlit
    offers no translated placeholder, nor month names in the calendar)."""
    return DATE_INPUT_FORMATS.get(lang(), "YYYY-MM-DD")


def tr(key: str, **values: object) -> str:
    """``t()`` in the session's language."""
    return t(key, lang(), **values)
