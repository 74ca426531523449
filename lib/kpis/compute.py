"""``compute(data, period)``: every KPI of KPIS.md, overall and per platform, for a period and the previous one.

Choices where KPIS.md is silent (see also ``lib/kpis/prepare.py``):

- Period bounds are local midnights in ``period.tz`` converted to UTC; posts and comments are compared in UTC.
  Follower and traffic rows are calendar days compared as they are.
- Sums (impressions, reactions, ...) add the posts that report the metric; a per-post rate divides by the posts
  that report it. A platform whose posts never report a metric has it unavailable ("needs reach"). A period
  with no posts has ``posts = 0`` and sums of 0, but per-post rates are unavailable ("no posts in the period").
- ``conversation_share`` = comments / interactions over posts that report comments;
  ``engagement_rate_by_reach`` = interactions / reach over posts that report both.
- Overall ``*_per_1k_followers`` pools only the platforms that have a followers series in the period:
  (sum of comments / sum of posts) / (sum of mean followers) x 1000.
- ``brand_response_rate``/time, ``thread_depth_mean``, ``dialogue_thread_share``: threads whose root was created in
  the period (roots by the brand count for depth and dialogue, not for response). Percentile p90 is linear.
- ``networking_index``: brand comments / (brand comments + brand posts) in the period; a platform with no
  comment data has it unavailable ("needs comment threads"), and the overall figure pools only the platforms
  with comment data.
- Community KPIs count audience comments created in the period (replies included); ``substantive_comment_share``
  divides by the audience comments that have a text. ``top10_commenter_share`` ranks by comment count; ties at
  the cut do not change the value (the k largest counts are summed). Overall community KPIs pool commenters of
  all platforms (a person on two platforms counts twice).
- ``active_week_share``: ISO weeks that the period's covered days touch (days the platform's post exports cover,
  see ``lib/kpis/coverage.py``; every day when none is given); ``longest_gap_days`` between consecutive brand
  posts inside the period (pooled across platforms overall), counting only covered days: a gap across days no
  export covers counts its longest covered piece.
- Followers of several accounts on one platform are added per day after carrying each account's last total
  forward (see ``lib/kpis/prepare.py``); ``follower_growth`` adds each account's change over the period (an
  account that joins the data mid-period adds its change from its first day, not its whole total).
- ``follower_spike_days`` per platform over the period's days with a gain; MAD is the raw median absolute
  deviation; "stay under" is read as "never above" (with mostly post-free days the bar is 0); the condition
  uses interactions of posts published that day and the next two (days after the period's end are not looked
  at); a platform with no interaction counts is judged on gains alone.
- ``hollow_growth`` (a fraction, 0.25 = 25 points): growth of the mean daily followers from the first half of the
  period to the second minus growth of the mean daily interactions (interactions of the half's posts divided by
  its number of days); the first half is the first days//2 days, so an odd period's halves differ by one day and
  flat followers and interactions give 0. Followers are averaged over the half's days with data.
- ``economic_value`` = social conversions (revenue is ``social_revenue``); traffic from ``other`` is not social.
- Changes: a KPI whose table (``catalog.NEEDS``: posts, comments, followers, traffic) has no row in the previous
  period, and no posts export covers it, has ``no_earlier`` set when its previous value is 0 or none: "no earlier
  data", never "up 644 from 0".
- ``channel_scorecard`` verdict, see ``lib.kpis.window.SCORECARD_THRESHOLDS``: a signal is met when the platform's value reaches
  its threshold; "keep" when at least half of the available signals are met, "rethink" otherwise, none when
  fewer than two signals are available.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np

from lib.dataset import Dataset
from lib.kpis import tables as tbl
from lib.kpis.catalog import BY_KEY, NEEDS, SCALAR_KEYS
from lib.kpis.coverage import intervals_us
from lib.kpis.model import Change, KpiReport, Period
from lib.kpis.prepare import Prepared, _brand_handles, _manual_counts, prepare, waiting_for_answer
from lib.kpis.scalars import networking_band, scalars
from lib.kpis.texts import note
from lib.kpis.window import _Window


# --------------------------------------------------------------------------------------------------- changes
def _changes(cur: dict, prev: dict, earlier: Mapping[str, bool] | None = None) -> dict[str, Change]:
    """``cur`` against ``prev`` per KPI; ``earlier`` says per table (``posts``, ``comments``, ``followers``,
    ``traffic``) whether the previous period holds any of its data: a KPI whose table it lacks, with a previous
    value of 0 or none, has no earlier data (its 0 is an absence, not a figure)."""
    out = {}
    for key in SCALAR_KEYS:
        a, b = cur.get(key), prev.get(key)
        table = _TABLE.get(NEEDS.get(key, ""), NEEDS.get(key))
        if earlier is not None and table and not earlier.get(table, True) and (b is None or b == 0):
            out[key] = Change(None, None, None, no_earlier=True)
            continue
        if a is None or b is None:
            out[key] = Change(None, None, None)
            continue
        diff = float(a) - float(b)
        rel = diff / abs(float(b)) if b != 0 else None  # against the size of the previous value, so the sign is the direction
        direction = BY_KEY[key].direction
        better = None if direction == "neutral" or diff == 0 else (diff > 0) == (direction == "up")
        out[key] = Change(diff, rel, better)
    return out


_TABLE = {"reach": "posts"}  # the need "reach" (impressions, reach) is a posts export's column


def _earlier(w: _Window) -> dict[str, bool]:
    """Whether the window holds any data per table; posts also when an export covers its days (a real 0)."""
    covered = any(len(intervals_us(spans, w.lo, w.hi)) for spans in w.prep.coverage.values())
    return {"posts": bool(len(w.posts)) or covered, "comments": bool(len(w.comments)),
            "followers": bool(w.fol["followers"].notna().any()) or bool(len(w.prep.manual_followers)),
            "traffic": bool(len(w.traffic))}


# --------------------------------------------------------------------------------------------------- compute
def compute(data: Dataset | Prepared, period: Period, *, brand=None, manual_followers=None,
            coverage=None) -> KpiReport:
    """Every KPI of KPIS.md for ``period`` and its previous period, overall and per platform.

    Parameters
    ----------
    data
        A Dataset, or the ``prepare()``-d form of one (reuse it across periods: the second compute is fast).
    period
        Inclusive days in ``period.tz``; the previous period is ``previous_since..previous_until``.
    brand
        Brand handles per platform (``{"x": ["@forno"]}``); ignored when ``data`` is already prepared with them.
    manual_followers
        Follower counts entered by hand per platform (``{"instagram": 12000}``), used only for platforms without a
        followers series (see ``prepare``); None keeps those of a prepared ``data``.
    coverage
        Per platform, the days its post exports cover (see ``prepare``); None keeps those of a prepared ``data``.

    Returns
    -------
    KpiReport
        Scalars (None with a reason in ``unavailable`` when inputs are missing), the tables of ``lib.kpis.tables``,
        changes against the previous period, notes (samples, left-out platforms) and extras:
        ``networking_band`` (and ``networking_band_by_platform``), ``half_comments_commenters`` (fewest
        commenters who wrote half of the audience comments), ``audience_comments``, ``comments_per_100_reactions``,
        ``waiting_comments`` (audience thread roots of the period with no brand reply yet; None without comment
        data) and ``waiting_comments_by_platform``.
    """
    if isinstance(data, Prepared):
        prep = data if brand is None or _brand_handles(brand) == dict(data.brand) else \
            prepare(data.dataset, brand, manual_followers=data.manual_followers, coverage=data.coverage)
        if manual_followers is not None and _manual_counts(manual_followers) != dict(prep.manual_followers):
            prep = dataclasses.replace(prep, manual_followers=_manual_counts(manual_followers))
        if coverage is not None:
            prep = dataclasses.replace(prep, coverage=dict(coverage))
    else:
        prep = prepare(data, brand, manual_followers=manual_followers, coverage=coverage)

    cur = _Window(prep, period.since, period.until, period.tz)
    finish_languages = tbl.start_languages(cur)  # detection runs in a background thread meanwhile
    prv = _Window(prep, period.previous_since, period.previous_until, period.tz)
    v, r, by, rby = scalars(cur)
    pv, _, pby, _ = scalars(prv)
    tables, extras, notes, treasons = tbl.build(cur, v, by, finish_languages)
    r.update(treasons)
    no_f = [p for p, vals in by.items() if vals.get("posts") and vals.get("followers_end") is None]
    if no_f and v.get("conversation_rate_per_1k_followers") is not None:
        notes.append(note("per_1k_left_out", platforms=no_f))
    manual = [p for p, count in zip(prep.platforms, prep.manual_counts) if not np.isnan(count)]
    if manual:
        notes.append(note("manual_followers", platforms=manual))
    waiting = np.bincount(cur.comments["plat"].to_numpy()[waiting_for_answer(cur.comments["pflags"].to_numpy())],
                          minlength=prep.n_platforms)
    extras["waiting_comments"] = int(waiting.sum()) if prep.has_comments.any() else None
    extras["waiting_comments_by_platform"] = {p: int(n) for p, n, has in zip(prep.platforms, waiting, prep.has_comments)
                                              if has}
    extras["networking_band"] = networking_band(v.get("networking_index"))
    extras["networking_band_by_platform"] = {p: networking_band(vals.get("networking_index")) for p, vals in by.items()}
    return KpiReport(
        period=period, overall=v, previous=pv, by_platform=by, previous_by_platform=pby, unavailable=r,
        unavailable_by_platform=rby, tables=tables, changes=_changes(v, pv, _earlier(prv)), platforms=prep.platforms,
        notes=tuple(notes), extras=extras,
    )
