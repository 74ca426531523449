"""The three most important findings of a KpiReport as plain sentences (en, it), and ``anonymize``."""

from __future__ import annotations

import dataclasses

from lib.kpis.model import KpiReport
from lib.kpis.tables import MENTION, MENTIONS


def anonymize(report: KpiReport) -> KpiReport:
    """A copy of ``report`` where private commenters' names are replaced by their stable pseudonyms.

    Every table with ``author_name`` also has ``author_pseudonym`` ("Commenter 17"); brand authors' pseudonym is
    their own name, so brand and page names stay. In the ``text`` of tables (comment examples, ranked posts),
    @mentions of audience authors known in the data become "@" and their pseudonym ("@anna_b" -> "@Commenter 2");
    other @handles (the brand, people who never commented) stay.
    """
    mentions = {k.lower(): v for k, v in (report.extras.get(MENTIONS) or {}).items()}
    tables = {}
    for name, frame in report.tables.items():
        if "author_name" in frame.columns and "author_pseudonym" in frame.columns:
            frame = frame.copy()
            frame["author_name"] = frame["author_pseudonym"]
            if "author_id" in frame.columns:
                frame["author_id"] = frame["author_pseudonym"]
        if mentions and "text" in frame.columns and len(frame):
            has_at = frame["text"].str.contains("@", regex=False, na=False).to_numpy(dtype=bool)
            if has_at.any():  # only texts with an "@" go through the (per-match) replacement
                frame = frame.copy()
                frame.loc[has_at, "text"] = frame.loc[has_at, "text"].str.replace(
                    MENTION, lambda m: "@" + mentions.get(m.group(1).lower(), m.group(1)), regex=True)
        tables[name] = frame
    extras = {k: v for k, v in report.extras.items() if k != MENTIONS}
    return dataclasses.replace(report, tables=tables, extras=extras)


@dataclasses.dataclass(frozen=True)
class _Phrases:
    half: str
    people: tuple[str, str]  # one person, several
    answered: str
    answered_down: str
    answered_up: str
    grew: str
    per100: str
    silent: str
    lift: str
    band: dict[str, str]  # networking band -> sentence


_TEXTS = {
    "en": _Phrases(
        half="Half of your comments come from {n} {people}",
        people=("person", "people"),
        answered="You answered {cur} of comments",
        answered_down="You answered {cur} of comments, down from {prev}",
        answered_up="You answered {cur} of comments, up from {prev}",
        grew=" as your audience grew",
        per100="For every 100 reactions you got {n} comments",
        silent="{x} of your posts got no comments",
        lift="Posts that ask a question get {x} times the comments of the others",
        band={"broadcaster": "You mostly broadcast: {x} of your output is dialogue",
              "mixed": "You mix broadcasting and dialogue: {x} of your output is dialogue",
              "networker": "You are a networker: {x} of your output is dialogue"},
    ),
    "it": _Phrases(
        half="Metà dei vostri commenti arriva da {n} {people}",
        people=("persona", "persone"),
        answered="Avete risposto al {cur} dei commenti",
        answered_down="Avete risposto al {cur} dei commenti, in calo dal {prev}",
        answered_up="Avete risposto al {cur} dei commenti, in aumento dal {prev}",
        grew=" mentre il pubblico cresceva",
        per100="Ogni 100 reazioni avete ricevuto {n} commenti",
        silent="Il {x} dei vostri post non ha ricevuto commenti",
        lift="I post che fanno una domanda ricevono {x} volte i commenti degli altri",
        band={"broadcaster": "Soprattutto trasmettete: il dialogo è il {x} della vostra attività",
              "mixed": "Alternate trasmissione e dialogo: il dialogo è il {x} della vostra attività",
              "networker": "Fate rete: il dialogo è il {x} della vostra attività"},
    ),
}


def _pct(x: float) -> str:
    return f"{round(100 * x):d}%"


def _num(x: float, lang: str) -> str:
    text = f"{x:.0f}" if x >= 10 or float(x).is_integer() else f"{x:.1f}"
    return text.replace(".", ",") if lang == "it" else text


def findings(report: KpiReport, lang: str = "en") -> list[str]:
    """The three most important findings of ``report`` as plain sentences in ``lang`` ("en" or "it").

    In order of preference: how concentrated the conversation is, how much the brand answers (and the trend),
    comments per 100 reactions; then silent posts, question lift and the networking band as fallbacks.
    Unavailable KPIs never produce a sentence.
    """
    t = _TEXTS.get(lang, _TEXTS["en"])
    v, prev, ex = report.overall, report.previous, report.extras
    out: list[str] = []
    half = ex.get("half_comments_commenters")
    if half and (v.get("unique_commenters") or 0) >= 4:
        out.append(t.half.format(n=half, people=t.people[0 if half == 1 else 1]))
    cur, before = v.get("brand_response_rate"), prev.get("brand_response_rate")
    if cur is not None:
        if before is None or round(100 * cur) == round(100 * before):
            sentence = t.answered.format(cur=_pct(cur))
        else:
            sentence = (t.answered_down if cur < before else t.answered_up).format(cur=_pct(cur), prev=_pct(before))
            f_now, f_before = v.get("followers_end"), prev.get("followers_end")
            if cur < before and f_now is not None and f_before is not None and f_now > f_before:
                sentence += t.grew
        out.append(sentence)
    per100 = ex.get("comments_per_100_reactions")
    if per100 is not None:
        out.append(t.per100.format(n=_num(per100, lang)))
    silent, lift, dialogue = v.get("silent_post_share"), v.get("question_post_lift"), v.get("networking_index")
    if len(out) < 3 and silent is not None:
        out.append(t.silent.format(x=_pct(silent)))
    if len(out) < 3 and lift is not None:
        out.append(t.lift.format(x=_num(lift, lang)))
    band = ex.get("networking_band")
    if len(out) < 3 and band and dialogue is not None:
        out.append(t.band[band].format(x=_pct(dialogue)))
    return [s if s.endswith(".") else s + "." for s in out[:3]]



