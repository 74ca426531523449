"""Display texts pages share: KPI labels and help, lib's coded reasons and notes, platform and post-type names."""

from __future__ import annotations

import html
from dataclasses import dataclass

from lib.kpis import texts as kpi_texts
from lib.kpis.catalog import NEEDS
from pages._shared.selection import lang, tr


@dataclass(frozen=True)
class Text:
    label: str
    explanation: str = ""
    why: str = ""
    improve: str = ""
    formula: str = ""


def describe(key: str) -> Text:
    """Label and explanations of a KPI (or of a KPI table) in the UI language."""
    try:
        d = kpi_texts.describe(key, lang())
    except KeyError:
        return Text(key.replace("_", " ").capitalize())
    return Text(d.label, d.explanation, d.why, d.improve, d.formula)


def help_text(key: str) -> str:
    """Tooltip: what it is, why it matters, how to improve it."""
    d = describe(key)
    parts = [d.explanation]
    if d.why:
        parts.append(f"**{tr('common.why')}** {d.why}")
    if d.improve:
        parts.append(f"**{tr('common.improve')}** {d.improve}")
    if d.formula:
        parts.append(f"*{d.formula}*")
    return "\n\n".join(p for p in parts if p) or d.label


def reason_text(reason: str) -> str:
    """lib's reason for an unavailable KPI in the UI language, as a sentence ("Needs comment threads.")."""
    text = str(kpi_texts.reason_text(reason, lang()))
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def note_text(note: str) -> str:
    """A KpiReport note (sampling, manual followers, ...) in the UI language."""
    return kpi_texts.note_text(note, lang())


def unavailable(reason: str | None, key: str | None, *, default: str = "common.no_data") -> str:
    """Why something is missing and which export would fill it, as one line in the UI language."""
    need = kpi_texts.reason_need(reason) if reason else NEEDS.get(key or "")
    why = reason_text(reason) if reason else tr(default)
    return " ".join(x for x in (why, tr("need." + need) if need else "") if x)


def _label(prefix: str, value: object) -> str | None:
    key = f"{prefix}.{value}"
    label = tr(key)
    return None if label == key else label


def platform_label(p: str) -> str:
    """Display name of a platform id."""
    return _label("platform", p) or str(p).capitalize()


def post_type_label(value: str) -> str:
    """Display name of a post type (``photo`` -> "Photo"/"Foto")."""
    return _label("post_type", str(value).lower()) or str(value).replace("_", " ").capitalize()


def escape(text: object) -> str:
    """User text made safe for the few places that render HTML."""
    return html.escape(str(text))
