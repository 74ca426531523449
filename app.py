"""Conversa's entry point: page config, the sidebar (workspace, period, platforms, language, presentation mode)
and the navigation over pages/. No computation happens here."""

from __future__ import annotations

import datetime as dt
import logging

import streamlit as st

from lib.auth import User
from lib.connectors import redact
from lib.errors import ConversaError
from lib.i18n import LANGUAGES, t
from lib.i18n import format as fmt
from lib.periods import COMPARISONS, PRESETS, default_preset, preset_range, validate_custom
from lib.schema import PLATFORMS
from pages import _shared as S
from pages._shared import advice as A
from pages._shared import keys as K
from pages._shared import signin as G

log = logging.getLogger("conversa.app")
redact.install()  # no token reaches a log record, even with debug logging (tweepy logs request headers)

st.set_page_config(page_title="Conversa", page_icon=":material/forum:", layout="wide",
                   initial_sidebar_state="expanded")

PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stToolbarActions"], [data-testid="stMainMenu"], [data-testid="stAppDeployButton"],
[data-testid="stStatusWidget"], [data-testid="stDecoration"], .stDeployButton, footer { display: none !important; }
[data-testid="stMetricValue"], [data-testid="stMetricValue"] p { font-size: 3.4rem !important; line-height: 1.15; }
[data-testid="stMetricLabel"] p { font-size: 1.3rem !important; }
[data-testid="stMetricDelta"] p { font-size: 1.25rem !important; }
[data-testid="stMetricDeltaDescription"] p { font-size: 1.05rem !important; }
.stMainBlockContainer, .block-container { padding-top: 3.5rem !important; max-width: 100rem; }
[data-testid="stAlert"] p { font-size: 1.35rem !important; }
[data-testid="stCaptionContainer"] p { font-size: 1.05rem; }
h1 { font-size: 3rem !important; }
h3 { font-size: 1.9rem !important; }
.conversa-client { font-size: 1.5rem; color: #555; font-weight: 600; letter-spacing: .02em; }
</style>
"""
LABELS_CSS = """
<style>
/* KPI and widget labels wrap instead of ending in an ellipsis ("Quota di conversaz…") */
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] *, [data-testid="stWidgetLabel"] *,
[data-testid="stMetricDeltaDescription"], [data-testid="stMetricDeltaDescription"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }
[data-testid="stMetricDelta"] { flex-shrink: 0; }
[data-testid="stMetricDelta"]:has(+ [data-testid="stMetricDeltaDescription"]) { margin-right: .25rem; }
[data-testid="stMetricDeltaDescription"] { min-width: 0; }
</style>
"""
# the rules of PRESENT_CSS that hide the sidebar: a client, always presenting, keeps it (workspace, period, language)
CLIENT_SIDEBAR = '[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],'
BASE_CSS = """
<style>
[data-testid="stMetricValue"] { font-size: 2rem; }
.conversa-finding { font-size: 1.1rem; }
</style>
"""


def _kept(key: str, default: object) -> object:
    """The sidebar's choice for ``key``: kept outside the widget, because a widget drawn by app.py gets a new
    identity on every page and would fall back to its default after a page switch. A value put in session state
    before the first run (a test, a bookmark) is adopted."""
    ss = st.session_state
    if K.kept(key) not in ss:
        ss[K.kept(key)] = ss.get(key, default)
    return ss[K.kept(key)]


def _valid(key: str, value: object) -> bool:
    """Whether ``value`` is a real choice for ``key``. After the language changed, Streamlit may hand a widget
    on another page the old widget's display label ("Last 12 months") instead of the option: that is ignored."""
    if key == K.PERIOD_PRESET:
        return value in PRESETS
    if key == K.COMPARE:
        return value in COMPARISONS
    if key == K.LANGUAGE:
        return value in LANGUAGES
    if key == K.PLATFORMS:
        return isinstance(value, list | tuple) and all(p in PLATFORMS for p in value)
    if key == K.CUSTOM_DATES:
        return isinstance(value, list | tuple) and all(isinstance(d, dt.date) for d in value)
    return True


TRANSLATED = (K.PERIOD_PRESET, K.COMPARE, K.PLATFORMS)  # widgets whose options are shown through the language


def _keep(key: str) -> None:
    """on_change: remember the widget's new value (a code, never its display label). After a language change the
    translated widgets are set again from the kept codes: the browser would keep showing the old language's
    labels (and send them back)."""
    value = st.session_state[key]
    if _valid(key, value):
        st.session_state[K.kept(key)] = value
    if key == K.LANGUAGE:  # set from the codes: the browser then shows them in the new language
        for widget in TRANSLATED:
            if st.session_state.get(K.kept(widget)) is None:
                st.session_state.pop(widget, None)
            else:
                st.session_state[widget] = st.session_state[K.kept(widget)]


def _remember_workspace() -> None:
    name = st.session_state.get(K.WORKSPACE)
    if name not in S.workspace_names():
        return
    _keep(K.WORKSPACE)
    st.session_state[K.kept(K.PLATFORMS)] = []  # another workspace has other platforms
    st.session_state.pop(K.PLATFORMS, None)
    if name:
        try:
            S.store().set_last_used(name)
        except ConversaError:
            log.warning("could not remember the last workspace")


def _pick_workspace(lang: str) -> str:
    names = S.workspace_names()
    ss = st.session_state
    wanted = _kept(K.WORKSPACE, None)
    if K.WORKSPACE_NEXT in ss:  # a page created, renamed, restored or deleted a workspace
        wanted = ss.pop(K.WORKSPACE_NEXT)
        ss[K.kept(K.PLATFORMS)] = []
        ss.pop(K.PLATFORMS, None)
    if wanted not in names:
        last = S.store().last_used()
        wanted = last if last in names else names[0]
    ss[K.kept(K.WORKSPACE)] = wanted
    ss[K.WORKSPACE] = wanted  # before the widget exists: allowed, and wins over a stale widget value
    st.selectbox(t("sidebar.workspace", lang), names, key=K.WORKSPACE, on_change=_remember_workspace)
    return wanted


def _pick_period(lang: str, workspace: str, first: dt.date, anchor: dt.date,
                 today: dt.date) -> tuple[dt.date, dt.date]:
    preset = _kept(K.PERIOD_PRESET, None)
    if preset not in PRESETS:  # never chosen: the period follows the workspace's data
        preset = default_preset(S.data_spans(workspace), anchor)
        st.session_state.pop(K.PERIOD_PRESET, None)
    st.selectbox(t("sidebar.period", lang), PRESETS, index=PRESETS.index(preset), key=K.PERIOD_PRESET,
                 on_change=_keep, args=(K.PERIOD_PRESET,), format_func=lambda p: t(f"period.{p}", lang))
    if preset != "custom":
        since, until = preset_range(preset, anchor, first)
        st.caption(fmt.date_range(since, until, lang))
        return since, until
    fallback = preset_range("last_90", anchor)
    picked = _kept(K.CUSTOM_DATES, fallback)
    st.date_input(t("sidebar.custom_dates", lang), value=picked, max_value=max(today, *[d for d in picked if d]),
                  key=K.CUSTOM_DATES, on_change=_keep, args=(K.CUSTOM_DATES,),
                  format=S.date_format())
    picked = tuple(picked) if isinstance(picked, list | tuple) else (picked,)
    since, until = (picked + (None, None))[:2]
    problem = validate_custom(since, until, today)
    if problem:
        st.error(t(problem, lang))
        return fallback
    return since, until


def _set_present(value: bool) -> None:
    st.session_state[K.kept(K.PRESENT)] = value
    if value:
        st.query_params[K.QP_PRESENT] = "1"
    elif K.QP_PRESENT in st.query_params:
        del st.query_params[K.QP_PRESENT]


def _present_toggled() -> None:
    _set_present(bool(st.session_state[K.PRESENT]))


def _exit_present() -> None:
    st.session_state[K.PRESENT] = False  # the sidebar's toggle too (it keeps its own state otherwise)
    _set_present(False)


def _present_toggle(lang: str) -> None:
    user = G.current_user()
    if user is not None and user.read_only:  # clients always present
        return
    st.toggle(t("sidebar.present", lang), value=bool(_kept(K.PRESENT, False)), key=K.PRESENT,
              on_change=_present_toggled, help=t("sidebar.present_help", lang))


def _sidebar() -> S.Selection | None:
    """Draw the sidebar and return the selection pages will read (None when the workspace has no data)."""
    ss = st.session_state
    with st.sidebar:
        lang = S.lang()
        st.markdown(f"### :material/forum: Conversa\n{t('app.tagline', lang)}")
        st.selectbox(t("sidebar.language", lang), LANGUAGES, index=LANGUAGES.index(lang), key=K.LANGUAGE,
                     on_change=_keep, args=(K.LANGUAGE,), format_func=lambda code: t(f"lang.{code}", code))
        workspace = _pick_workspace(lang)
        if S.is_demo(workspace):
            st.badge(t("ws.demo_badge", lang), icon=":material/science:", color="orange")
            st.caption(t("sidebar.demo_note", lang))
        rng = S.data_range(workspace)
        settings = S.settings(workspace)
        if rng is None:
            st.info(t("sidebar.empty_workspace", lang))
            _present_toggle(lang)
            return None
        today = dt.date.today()
        anchor = min(rng[1], today)
        since, until = _pick_period(lang, workspace, rng[0], anchor, today)
        if anchor < today:
            st.caption(t("sidebar.anchor_note", lang, day=fmt.date(anchor, lang)))
        compare = _kept(K.COMPARE, "previous")
        compare = compare if compare in COMPARISONS else "previous"
        st.radio(t("sidebar.compare", lang), COMPARISONS, index=COMPARISONS.index(compare), key=K.COMPARE,
                 horizontal=True, on_change=_keep, args=(K.COMPARE,), format_func=lambda c: t(f"compare.{c}", lang))
        available = S.platforms(workspace)
        chosen = [p for p in (_kept(K.PLATFORMS, []) or []) if p in available]
        ss[K.kept(K.PLATFORMS)] = chosen
        st.multiselect(t("sidebar.platforms", lang), available, default=chosen, key=K.PLATFORMS, on_change=_keep,
                       args=(K.PLATFORMS,), format_func=S.platform_label, placeholder=t("sidebar.all_platforms", lang))
        _present_toggle(lang)
    return S.Selection(
        workspace=workspace, since=since, until=until, compare=compare,
        platforms=tuple(chosen) if len(chosen) < len(available) else (),
        lang=lang, present=bool(_kept(K.PRESENT, False)),
        tz=settings.get("tz") or "UTC", currency=settings.get("currency") or "EUR",
    )


def _not_in_presentation() -> None:
    """A data page's URL opened in presentation mode: say so, instead of Streamlit's "page not found"."""
    lang = S.lang()
    st.title(t("app.not_in_present_title", lang))
    st.info(t("app.not_in_present", lang))


def _waiting_title(lang: str) -> str:
    """"Waiting for an answer (12)": the count of the selection's waiting comments, when there are threads."""
    try:
        count = A.waiting_count(S.selection())
    except ConversaError:
        count = None
    return t("waiting.nav", lang, n=fmt.number(count, lang)) if count else t("waiting.title", lang)


def _not_allowed() -> None:
    """A page this user's role may not use, opened by URL: say so (nothing of it is drawn)."""
    st.info(t("access.read_only", S.lang()))


def _navigation(lang: str, present: bool, user: User) -> st.navigation:
    """Every page at a stable URL path (``/overview``, ``/report``, ...), so any page can be bookmarked, with or
    without ``?present=1``. The Overview is also the root URL: ``/`` is its default entry and ``/overview`` a
    hidden twin of the same file (Streamlit serves a default page only at ``/``)."""
    def page(path: str, key: str, icon: str, url_path: str | None = None, **kw) -> st.Page:
        return st.Page(path, title=t(f"nav.{key}", lang), icon=icon, url_path=url_path or key, **kw)

    insights = [
        page("pages/overview.py", "overview", ":material/dashboard:", default=True, url_path="home"),
        st.Page("pages/waiting.py", title=_waiting_title(lang), icon=":material/mark_chat_unread:",
                url_path="waiting"),
        page("pages/conversations.py", "conversations", ":material/forum:"),
        page("pages/community.py", "community", ":material/groups:"),
        page("pages/content.py", "content", ":material/article:"),
        page("pages/audience.py", "audience", ":material/monitoring:"),
        page("pages/channels.py", "channels", ":material/hub:"),
    ]
    alias = [page("pages/overview.py", "overview", ":material/dashboard:", visibility="hidden")]
    share = [page("pages/report.py", "report", ":material/table_view:")]
    data = [
        page("pages/upload.py", "upload", ":material/upload_file:"),
        page("pages/connect.py", "connect", ":material/link:"),
        page("pages/workspaces.py", "workspaces", ":material/folder_managed:"),
    ]
    users = page("pages/users.py", "users", ":material/manage_accounts:")
    if user.may("manage_users"):
        data.append(users)
    else:
        data.append(st.Page(_not_allowed, title=users.title, url_path=users.url_path, visibility="hidden"))
    if not user.may("write"):  # clients: the data pages answer by URL with a sentence, nothing of them runs
        data = [st.Page(_not_allowed, title=p.title, url_path=p.url_path, visibility="hidden") for p in data]
    if present:  # a row of tabs at the top: insights and the (anonymized) report; data pages answer by URL only
        hidden = [st.Page(_not_in_presentation if user.may("write") else _not_allowed, title=p.title,
                          url_path=p.url_path, visibility="hidden") for p in data]
        return st.navigation(insights + share + alias + hidden, position="top")
    sections = {t("nav.section_insights", lang): insights + alias, t("nav.section_share", lang): share}
    if user.may("write"):
        sections[t("nav.section_data", lang)] = data
    else:
        sections[t("nav.section_share", lang)] = share + data
    return st.navigation(sections, position="sidebar")


def main() -> None:
    _kept(K.LANGUAGE, S.browser_language())
    user = G.gate()  # nobody signed in: the sign-in alone is drawn and the run stops here
    if not S.workspace_names():
        st.info(t("auth.no_workspace", S.lang()))
        G.sign_out_button()
        st.stop()
    forced = user.read_only  # clients always present: private names hidden, no data pages
    _kept(K.PRESENT, forced or st.query_params.get(K.QP_PRESENT) == "1")
    if forced:
        st.session_state[K.kept(K.PRESENT)] = True
    sel = None
    try:
        sel = _sidebar()
    except ConversaError as err:
        st.sidebar.error(str(err))
    st.session_state[K.SELECTION] = sel
    lang = S.lang()
    present = bool(_kept(K.PRESENT, False))
    _set_present(present)  # keeps ?present=1 in the URL so it can be bookmarked
    present_css = PRESENT_CSS.replace(CLIENT_SIDEBAR, "") if forced else PRESENT_CSS  # clients pick workspace, period
    st.html(LABELS_CSS + S.uploader_css(lang) + (present_css if present else BASE_CSS))
    nav = _navigation(lang, present, user)
    S.run_guarded(nav.run)
    if present:
        st.divider()
        if not forced:
            st.button(t("app.exit_present", lang), key=K.EXIT_PRESENT, on_click=_exit_present, type="tertiary",
                      icon=":material/close_fullscreen:")
        G.sign_out_button()
    else:
        G.sign_out_button(st.sidebar)
    # end-of-run marker: end-to-end tests wait for it before reading the page
    page_key = nav.url_path or "overview"  # the default page's path is ""
    st.html(f"<span class='conversa-ready' data-page='{page_key}' data-lang='{lang}'></span>")


main()
