"""Verdicts per area (good / watch / act, or unknown without the data) from the thresholds of ``thresholds.py``.

Each area's available signals are judged; the verdict is the worst of them and the first signal with that status
decides it (its figure is the verdict's ``value``). A material worsening against the comparison period lowers a
signal's status one step. An area with no available signal is "unknown", with the reason and the export that
would provide it: never an all-clear without the data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Sequence

import pandas as pd

from lib.advice.dates import DateNote, note_for
from lib.advice.model import Fig, Kind, Sentence, Status, Verdict
from lib.advice.thresholds import (
    CHANNEL_POSTS_SHARE_ACT,
    SIGNALS,
    TREND_MIN_MONTHS,
    TREND_MONTHS,
    Signal,
)
from lib.kpis import BY_KEY, KpiReport
from lib.kpis.texts import reason_need

RANK: dict[str, int] = {"good": 0, "watch": 1, "act": 2}
FIG_KIND: dict[str, Kind] = {"networking_index": "ratio10", "conversation_share": "per100", "brand_response_rate": "pct",
            "brand_response_time_median_h": "hours", "returning_commenter_share": "ratio100",
            "substantive_comment_share": "ratio10", "longest_gap_days": "days", "hollow_growth": "points"}
FIG_NAME = {"networking_index": "ratio", "conversation_share": "n", "brand_response_rate": "pct",
            "brand_response_time_median_h": "hours", "returning_commenter_share": "ratio",
            "substantive_comment_share": "ratio", "longest_gap_days": "days", "hollow_growth": "points"}
ALL = "all"


def judge(signal: Signal, value: float) -> Status:
    """good / watch / act of ``value`` against the signal's thresholds (at the ``good`` threshold: good).

    >>> judge(SIGNALS[2], 0.6), judge(SIGNALS[2], 0.59), judge(SIGNALS[2], 0.39)
    ('good', 'watch', 'act')
    >>> judge(SIGNALS[3], 4.0), judge(SIGNALS[3], 24.0), judge(SIGNALS[3], 24.5)
    ('good', 'watch', 'act')
    """
    if BY_KEY[signal.kpi].direction == "down":
        return "good" if value <= signal.good else ("act" if value > signal.act else "watch")
    return "good" if value >= signal.good else ("act" if value < signal.act else "watch")


def worse_status(status: Status) -> Status:
    return "act" if status in ("watch", "act") else "watch"


def materially_worse(signal: Signal, value: float, previous: float | None) -> bool:
    """Whether ``value`` is worse than ``previous`` by at least the signal's ``worse_by`` (absolute) or
    ``worse_by_relative`` (of the previous value)."""
    if previous is None or (isinstance(previous, float) and math.isnan(previous)):
        return False
    diff = float(value) - float(previous)
    worse = -diff if BY_KEY[signal.kpi].direction == "up" else diff
    if worse <= 0:
        return False
    if signal.worse_by is not None and worse >= signal.worse_by - 1e-12:
        return True
    return bool(signal.worse_by_relative is not None and previous != 0
                and worse / abs(float(previous)) >= signal.worse_by_relative - 1e-12)


def weeks_touched(since: dt.date, until: dt.date) -> int:
    """ISO weeks that the days [since, until] touch (the denominator of ``active_week_share``).

    >>> weeks_touched(dt.date(2026, 8, 3), dt.date(2026, 10, 31))
    13
    """
    iso = pd.date_range(since, until, freq="D").isocalendar()
    return int((iso["year"] * 100 + iso["week"]).nunique())


def week_counts(report: KpiReport) -> tuple[int, int] | None:
    """(weeks with a post, weeks counted) behind the period's ``active_week_share``. The weeks counted are those
    the posts exports cover (every week the period touches when the data says nothing of coverage), so they are
    read back from the share and the weeks the daily table shows a post in."""
    share = report.value("active_week_share")
    if share is None:
        return None
    weeks = weeks_touched(report.period.since, report.period.until)
    daily = report.tables.get("daily")
    if daily is None or not len(daily) or "posts" not in daily or not float(share):
        return round(float(share) * weeks), weeks
    days = pd.to_datetime(daily.loc[pd.to_numeric(daily["posts"], errors="coerce").fillna(0) > 0, "date"])
    iso = days.dt.isocalendar()
    posted = int((iso["year"] * 100 + iso["week"]).nunique())
    return posted, min(weeks, max(posted, round(posted / float(share))))


def response_trend(report: KpiReport) -> tuple[float, float] | None:
    """(first, last): mean monthly response rate of the first and of the last months of the period, from the scale
    curve, when the period spans at least ``TREND_MIN_MONTHS`` months with a rate."""
    curve = report.tables.get("scale_curve")
    if curve is None or not len(curve):
        return None
    rates = curve[curve["platform"] == ALL].sort_values("month")["brand_response_rate"].dropna()
    if len(rates) < TREND_MIN_MONTHS:
        return None
    n = min(TREND_MONTHS, len(rates) // 2)
    return float(rates.iloc[:n].mean()), float(rates.iloc[-n:].mean())


def _signal_verdict(report: KpiReport, signal: Signal) -> Verdict | None:
    value = report.value(signal.kpi)
    if value is None:
        return None
    status = judge(signal, float(value))
    previous = report.previous.get(signal.kpi)
    kind = FIG_KIND.get(signal.kpi, "num")
    trend = None
    worsened = materially_worse(signal, float(value), previous)
    if worsened and previous is not None and signal.kpi == "active_week_share":  # its weeks may be fewer
        trend = Sentence("advice.trend.previous_weeks", {"share": Fig("pct", previous)})
    elif worsened:
        trend = Sentence("advice.trend.previous", {"previous": Fig(kind, previous)})
    elif previous is None and signal.kpi == "brand_response_rate":
        inside = response_trend(report)
        if inside is not None and materially_worse(signal, inside[1], inside[0]):
            worsened = True
            trend = Sentence("advice.trend.inside", {"first": Fig("pct", inside[0]), "last": Fig("pct", inside[1])})
    if worsened:
        status = worse_status(status)
    figs = {FIG_NAME.get(signal.kpi, "value"): Fig(kind, value)}
    counts = week_counts(report) if signal.kpi == "active_week_share" else None
    if counts is not None:
        figs = {"posted": Fig("int", counts[0]), "weeks": Fig("int", counts[1])}
    return Verdict(signal.area, status, f"{signal.area}.{signal.kpi}.{status}", signal.kpi, float(value),
                   Sentence(f"advice.verdict.{signal.kpi}.{status}", figs), trend, worsened=worsened)


def _unknown(report: KpiReport, area: str, kpis: Sequence[str]) -> Verdict:
    why = next((r for r in (report.reason(k) for k in kpis) if r), None)
    need = reason_need(why) if why else None
    if why is None:
        sentence = Sentence("advice.verdict.unknown_bare")
    elif need:
        sentence = Sentence("advice.verdict.unknown", {"reason": Fig("reason", why), "need": Fig("need", need)})
    else:
        sentence = Sentence("advice.verdict.unknown_plain", {"reason": Fig("reason", why)})
    return Verdict(area, "unknown", f"{area}.unknown", kpis[0], None, sentence, need=need)


def _worst(candidates: Sequence[Verdict]) -> Verdict | None:
    if not candidates:
        return None
    top = max(RANK[v.status] for v in candidates)
    return next(v for v in candidates if RANK[v.status] == top)


def spike_kind(report: KpiReport, platform: str, day: dt.date) -> str:
    """What a follower spike day can be compared with: "no_data" when the platform has no post figures in the
    period (the KPI judged the gain alone; a posts export may simply not reach those days), "no_post" when the
    period has its posts but none that day or the next two, else "flat" (posts, and their interactions stayed at
    the usual level)."""
    if report.value("interactions", platform) is None or not report.value("posts", platform):
        return "no_data"
    daily = report.tables.get("daily")
    if daily is None or not len(daily) or "posts" not in daily:
        return "flat"
    dates = pd.to_datetime(daily["date"]).dt.date
    window = (daily["platform"] == platform) & (dates >= day) & (dates <= day + dt.timedelta(days=2))
    return "no_post" if not pd.to_numeric(daily.loc[window, "posts"], errors="coerce").fillna(0).sum() else "flat"


def _spike_verdicts(report: KpiReport, notes: Sequence[DateNote]) -> list[Verdict]:
    """act for each follower spike day without a note; a noted one is explained (good, with its note); good when
    the period has follower gains and no spike; nothing without gains."""
    spikes = report.tables.get("follower_spike_days")
    daily = report.tables.get("daily")
    if daily is None or not len(daily) or not daily["gained"].notna().any():
        return []
    out: list[Verdict] = []
    rows = spikes.sort_values(["gained", "date"], ascending=[False, True]) if spikes is not None and len(spikes) \
        else pd.DataFrame()
    for _, row in rows.iterrows():
        day = pd.Timestamp(row["date"]).date()
        note = note_for(notes, day, row["platform"])
        figs = {"platform": Fig("platform", row["platform"]), "gained": Fig("int", int(row["gained"])),
                "date": Fig("date", day)}
        if note is not None:
            figs["note"] = Fig("text", note.text)
            out.append(Verdict("authenticity", "good", "authenticity.follower_spike_days.noted", "follower_spike_days",
                               float(row["gained"]), Sentence("advice.verdict.follower_spike_days.noted", figs),
                               platform=row["platform"]))
        else:
            kind = spike_kind(report, row["platform"], day)
            figs["interactions"] = Fig("int", int(row["interactions"]) if not pd.isna(row["interactions"]) else 0)
            # without post figures the gain alone cannot say "bought": watch, and say which export would tell
            status: Status = "watch" if kind == "no_data" else "act"
            code = "follower_spike_days." + ("act" if kind == "flat" else kind)
            out.append(Verdict("authenticity", status, f"authenticity.{code}", "follower_spike_days",
                               float(row["gained"]), Sentence(f"advice.verdict.{code}", figs),
                               platform=row["platform"], need="posts" if kind == "no_data" else None))
    if not out:  # without post figures only the gains were judged: say no more than that
        gaining = daily.loc[daily["gained"].notna(), "platform"].unique()
        code = "good" if any(report.value("interactions", p) is not None for p in gaining) else "good_gains_only"
        out.append(Verdict("authenticity", "good", f"authenticity.follower_spike_days.{code}", "follower_spike_days",
                           0.0, Sentence(f"advice.verdict.follower_spike_days.{code}")))
    return out


#: the scorecard columns the advice reads (any the table lacks reads as unknown)
CARD_COLUMNS = ("platform", "posts", "sessions", "verdict", "verdict_reason", "conversation_share",
                "brand_response_rate", "conversation_rate_per_1k_followers")


def channel_rows(report: KpiReport) -> pd.DataFrame:
    """The channel scorecard with each channel's share of the posts and of the social sessions (NaN without
    posts or traffic)."""
    card = report.tables.get("channel_scorecard")
    if card is None or not len(card):
        return pd.DataFrame()
    card = card.reindex(columns=list(dict.fromkeys([*card.columns, *CARD_COLUMNS])))  # a missing column is unknown
    posts = pd.to_numeric(card["posts"], errors="coerce")
    sessions = pd.to_numeric(card["sessions"], errors="coerce")
    card["posts_share"] = posts / posts.sum() if posts.notna().any() and posts.sum() else float("nan")
    card["sessions_share"] = sessions / sessions.sum() if sessions.notna().any() and sessions.sum() else float("nan")
    return card


def kept_for_visits(report: KpiReport) -> set[str]:
    """The "rethink" channels that bring at least their share of the posts in website visits: weak for
    conversation, strong for visits, and kept for them (the channels' verdict and actions, and the Channels page,
    read this one rule)."""
    card = channel_rows(report)
    if not len(card):
        return set()
    return set(card.loc[(card["verdict"] == "rethink") & (card["sessions_share"] >= card["posts_share"]), "platform"])


def _channels(report: KpiReport) -> Verdict:
    card = channel_rows(report)
    judged = card[card["verdict"].notna()] if len(card) else card
    if not len(judged):
        visits = pd.to_numeric(card["sessions"], errors="coerce").sum() if len(card) else 0.0
        if visits > 0:  # the visits are there; what to judge each channel by is not
            return Verdict("channels", "unknown", "channels.unknown", "channel_scorecard", None,
                           Sentence("advice.verdict.channel_scorecard.unknown_visits", {"sessions": Fig("int", visits)}),
                           need="posts")
        return _unknown(report, "channels", ("channel_scorecard", "social_sessions"))
    rethink = judged[judged["verdict"] == "rethink"].sort_values("posts_share", ascending=False)
    kept = kept_for_visits(report)
    total = pd.to_numeric(card["sessions"], errors="coerce").sum()
    for _, row in rethink.iterrows():
        if row["posts_share"] >= CHANNEL_POSTS_SHARE_ACT and row["platform"] not in kept:
            missed = list(getattr(row["verdict_reason"], "params", {}).get("kpis", ()))
            return Verdict("channels", "act", "channels.channel_scorecard.act", "channel_scorecard",
                           float(row["posts_share"]),
                           Sentence("advice.verdict.channel_scorecard.act",
                                    {"platform": Fig("platform", row["platform"]),
                                     "posts_share": Fig("pct", row["posts_share"]), "kpis": Fig("kpis", missed)}),
                           platform=row["platform"])
    for _, row in rethink.iterrows():
        if row["platform"] in kept:
            return Verdict("channels", "watch", "channels.channel_scorecard.watch_visits", "channel_scorecard",
                           float(row["sessions_share"]),
                           Sentence("advice.verdict.channel_scorecard.watch_visits",
                                    {"platform": Fig("platform", row["platform"]),
                                     "share": Fig("pct", row["sessions_share"]),
                                     "sessions": Fig("int", row["sessions"]), "total": Fig("int", total)}),
                           platform=row["platform"])
        missed = list(getattr(row["verdict_reason"], "params", {}).get("kpis", ()))
        if pd.isna(row["posts_share"]):
            return Verdict("channels", "watch", "channels.channel_scorecard.watch_no_posts", "channel_scorecard",
                           None, Sentence("advice.verdict.channel_scorecard.watch_no_posts",
                                          {"platform": Fig("platform", row["platform"]), "kpis": Fig("kpis", missed)}),
                           platform=row["platform"])
        return Verdict("channels", "watch", "channels.channel_scorecard.watch", "channel_scorecard",
                       float(row["posts_share"]),
                       Sentence("advice.verdict.channel_scorecard.watch",
                                {"platform": Fig("platform", row["platform"]), "kpis": Fig("kpis", missed),
                                 "posts_share": Fig("pct", row["posts_share"])}),
                       platform=row["platform"])
    if len(judged) == 1:
        only = Fig("platform", judged.iloc[0]["platform"])
        if total and not math.isnan(total):
            return Verdict("channels", "good", "channels.channel_scorecard.good_one_traffic", "channel_scorecard", 1.0,
                           Sentence("advice.verdict.channel_scorecard.good_one_traffic",
                                    {"platform": only, "sessions": Fig("int", total)}))
        return Verdict("channels", "good", "channels.channel_scorecard.good_one", "channel_scorecard", 1.0,
                       Sentence("advice.verdict.channel_scorecard.good_one", {"platform": only}))
    if total and not math.isnan(total):
        return Verdict("channels", "good", "channels.channel_scorecard.good_traffic", "channel_scorecard",
                       float(len(judged)), Sentence("advice.verdict.channel_scorecard.good_traffic",
                                                    {"n": Fig("int", len(judged)), "sessions": Fig("int", total)}))
    return Verdict("channels", "good", "channels.channel_scorecard.good", "channel_scorecard", float(len(judged)),
                   Sentence("advice.verdict.channel_scorecard.good", {"n": Fig("int", len(judged))}))


def posting_edge(report: KpiReport) -> Sentence | None:
    """The silence before the first or after the last post of the period, when it is longer than a week and than
    every gap between two posts: the posts export may not cover those days, and the sentence says so."""
    daily = report.tables.get("daily")
    if daily is None or not len(daily) or "posts" not in daily:
        return None
    posted = pd.to_datetime(daily.loc[pd.to_numeric(daily["posts"], errors="coerce").fillna(0) > 0, "date"]).dt.date
    if not len(posted):
        return None
    first, last = posted.min(), posted.max()
    before, after = (first - report.period.since).days, (report.period.until - last).days
    gap = report.value("longest_gap_days")
    longest = max(7.0, float(gap) if gap is not None and not math.isnan(float(gap)) else 0.0)
    if after >= before and after > longest:
        return Sentence("advice.trend.no_post_after", {"date": Fig("date", last), "days": Fig("days", after)})
    if before > longest:
        return Sentence("advice.trend.no_post_before", {"date": Fig("date", first), "days": Fig("days", before)})
    return None


def _continuity(report: KpiReport) -> list[Verdict]:
    """The continuity signals; with posts data but no post in the period, "unknown": the export may not cover it."""
    if report.value("posts") == 0:
        weeks = weeks_touched(report.period.since, report.period.until)
        return [Verdict("continuity", "unknown", "continuity.active_week_share.none", "active_week_share", 0.0,
                        Sentence("advice.verdict.active_week_share.none", {"weeks": Fig("int", weeks)}),
                        need="posts")]
    out = [v for s in SIGNALS if s.area == "continuity" for v in [_signal_verdict(report, s)] if v is not None]
    edge = posting_edge(report)
    if edge is not None:
        out = [v if v.trend is not None else dataclasses.replace(v, trend=edge) for v in out]
    return out


def area_candidates(report: KpiReport, area: str, notes: Sequence[DateNote] = ()) -> list[Verdict]:
    """Every available signal's verdict in ``area`` (no unknowns)."""
    if area == "continuity":
        return _continuity(report)
    out = [v for s in SIGNALS if s.area == area for v in [_signal_verdict(report, s)] if v is not None]
    if area == "authenticity":
        out = _spike_verdicts(report, notes) + out
    return out


def verdicts(report: KpiReport, notes: Sequence[DateNote] = ()) -> tuple[Verdict, ...]:
    """One verdict per area of ``lib.advice.model.AREAS``, in that order."""
    out = []
    for area in ("conversation", "responsiveness", "community", "continuity", "authenticity"):
        candidates = area_candidates(report, area, notes)
        found = candidates[0] if candidates and candidates[0].status == "unknown" else _worst(candidates)
        kpis = [s.kpi for s in SIGNALS if s.area == area]
        if area == "authenticity":
            kpis.insert(0, "follower_spike_days")
        out.append(found or _unknown(report, area, kpis))
    out.append(_channels(report))
    return tuple(out)
