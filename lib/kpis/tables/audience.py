"""Audience tables: followers and interactions per day, suspicious follower spikes, and the monthly trends
(engagement per 1,000 followers, the scale curve)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from lib.kpis.prepare import NO_TIME
from lib.kpis.tables.columns import ALL
from lib.kpis.window import R_FOLLOWERS, US_PER_DAY, _audience_roots, _Window


def add(w: _Window, names: np.ndarray, tables: dict[str, pd.DataFrame], reasons: dict) -> None:
    """``daily``, ``follower_spike_days``, ``engagement_per_1k_followers_trend`` and ``scale_curve``."""
    prep = w.prep
    D, P = w.days, w.n_plat
    days = pd.date_range(w.day0, periods=D, freq="D")
    tables["daily"] = pd.DataFrame({
        "date": np.tile(days.to_numpy(), P), "platform": np.repeat(names, D) if P else np.array([], dtype=object),
        "followers": w.grid_fol.ravel(), "gained": w.grid_gain.ravel(),
        "interactions": w.grid_inter.ravel(), "posts": w.grid_posts.ravel().astype(int)})

    tables["follower_spike_days"] = _spikes(w, names)
    if not prep.has_followers.any() and prep.followers["gained"].isna().all():
        reasons["follower_spike_days"] = R_FOLLOWERS

    trend, scale = _monthly(w, names)
    tables["engagement_per_1k_followers_trend"] = trend
    tables["scale_curve"] = scale
    if not prep.has_followers.any():
        reasons["engagement_per_1k_followers_trend"] = R_FOLLOWERS
        reasons["scale_curve"] = R_FOLLOWERS


def _spikes(w: _Window, names: np.ndarray) -> pd.DataFrame:
    cols = ["platform", "date", "gained", "threshold", "interactions", "interactions_threshold", "round_number",
            "reasons"]
    gain, inter = w.grid_gain, w.grid_inter
    if not gain.size or np.isnan(gain).all():
        return pd.DataFrame({c: [] for c in cols})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # platforms without gains
        med = np.nanmedian(gain, axis=1)
        mad = np.nanmedian(np.abs(gain - med[:, None]), axis=1)
    thr = np.maximum.reduce([np.full_like(med, 50.0), 3 * med, med + 5 * mad])
    imed = np.median(inter, axis=1)
    imad = np.median(np.abs(inter - imed[:, None]), axis=1)
    ithr = imed + 3 * imad
    # the day and the next two (inside the period) all stay under the interaction threshold
    D = w.days
    padded = np.concatenate([inter, np.full((inter.shape[0], 2), -np.inf)], axis=1)
    win = np.maximum.reduce([padded[:, k:k + D] for k in range(3)])
    has_inter = w.prep.known["interactions"][:, None] if w.prep.known["interactions"].size else False
    flat = (win <= ithr[:, None]) | ~has_inter  # never above the usual level, that day and the next two
    flag = (gain > thr[:, None]) & flat
    pi, di = np.nonzero(flag)
    g = gain[pi, di]
    nearest = np.round(g / 500.0) * 500.0
    rnd = (nearest >= 500) & (np.abs(g - nearest) <= 0.02 * g)
    reasons = np.where(rnd, "spike, flat interactions, round number", "spike, flat interactions")
    return pd.DataFrame({
        "platform": names[pi], "date": (w.day0 + pd.to_timedelta(di, unit="D")).to_numpy(),
        "gained": g.astype(int), "threshold": thr[pi], "interactions": inter[pi, di],
        "interactions_threshold": ithr[pi], "round_number": rnd, "reasons": reasons})


def _monthly(w: _Window, names: np.ndarray) -> tuple[pd.DataFrame, pd.DataFrame]:
    P, D = w.n_plat, w.days
    days = pd.date_range(w.day0, periods=D, freq="D")
    mkey = days.year * 12 + days.month - 1
    m0 = int(mkey.min())
    month_of_day = (mkey - m0).to_numpy()
    M = int(month_of_day.max()) + 1
    months = pd.to_datetime({"year": (np.arange(M) + m0) // 12, "month": (np.arange(M) + m0) % 12 + 1, "day": 1})

    def by_month(grid: np.ndarray, reduce_nan: bool = False) -> tuple[np.ndarray, np.ndarray]:
        vals = np.nan_to_num(grid) if reduce_nan else grid
        known = ~np.isnan(grid) if reduce_nan else np.ones_like(grid, bool)
        flat = (np.arange(P)[:, None] * M + month_of_day[None, :]).ravel()
        s = np.bincount(flat, weights=np.where(known, vals, 0).ravel(), minlength=P * M).reshape(P, M)
        n = np.bincount(flat, weights=known.ravel().astype(float), minlength=P * M).reshape(P, M)
        return s, n

    fsum, fn = by_month(w.grid_fol, reduce_nan=True)
    fmean = np.where(fn > 0, fsum / np.maximum(fn, 1), np.nan)
    posts = w.posts
    pm = w.post_day
    pflat = posts["plat"].to_numpy() * M + month_of_day[pm] if len(posts) else np.zeros(0, np.int64)

    def pb(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = ~np.isnan(values)
        return (np.bincount(pflat[k], weights=values[k], minlength=P * M).reshape(P, M),
                np.bincount(pflat[k], minlength=P * M).reshape(P, M).astype(float))

    isum, in_ = pb(posts["interactions"].to_numpy())
    csum, cn = pb(posts["comments"].to_numpy())
    npost = np.bincount(pflat, minlength=P * M).reshape(P, M)
    cs = w.comments
    roots, local = _audience_roots(w)
    rmonth = month_of_day[np.clip((local - w.day0_us) // US_PER_DAY, 0, D - 1)]
    rflat = cs["plat"].to_numpy()[roots] * M + rmonth
    nroots = np.bincount(rflat, minlength=P * M).reshape(P, M).astype(float)
    nans = np.bincount(rflat[cs["first_brand"].to_numpy()[roots] != NO_TIME], minlength=P * M).reshape(P, M).astype(float)

    def ratio(a, b):
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(b > 0, a / np.where(b > 0, b, 1), np.nan)

    has_f = ~np.isnan(fmean)
    # pooled ("all"): platforms with followers in that month
    f_all = np.where(has_f, fmean, 0).sum(axis=0)
    f_all = np.where(has_f.any(axis=0), f_all, np.nan)
    eng_p = ratio(ratio(isum, in_), fmean) * 1000
    eng_all = ratio(ratio(np.where(has_f, isum, 0).sum(0), np.where(has_f, in_, 0).sum(0)), f_all) * 1000
    conv_p = ratio(ratio(csum, cn), fmean) * 1000
    conv_all = ratio(ratio(np.where(has_f, csum, 0).sum(0), np.where(has_f, cn, 0).sum(0)), f_all) * 1000
    brr_p = ratio(nans, nroots)
    brr_all = ratio(nans.sum(0), nroots.sum(0))
    plat_col = np.r_[np.repeat(np.array([ALL], dtype=object), M), np.repeat(names, M)]
    month_col = np.tile(months.to_numpy(), P + 1)
    trend = pd.DataFrame({
        "month": month_col, "platform": plat_col,
        "posts": np.r_[npost.sum(0), npost.ravel()].astype(int),
        "interactions": np.r_[isum.sum(0), isum.ravel()],
        "mean_followers": np.r_[f_all, fmean.ravel()],
        "engagement_per_1k_followers": np.r_[eng_all, eng_p.ravel()]})
    scale = pd.DataFrame({
        "month": month_col, "platform": plat_col, "mean_followers": np.r_[f_all, fmean.ravel()],
        "brand_response_rate": np.r_[brr_all, brr_p.ravel()],
        "conversation_rate_per_1k_followers": np.r_[conv_all, conv_p.ravel()]})
    return trend, scale

