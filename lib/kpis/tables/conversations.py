"""Conversation tables: how fast the brand answers, how deep threads go, when the audience starts them."""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.kpis.prepare import NO_TIME
from lib.kpis.window import (
    DEPTH_EDGES,
    DEPTH_LABELS,
    HIST_EDGES,
    HIST_LABELS,
    R_NO_ANSWERED,
    R_NO_ROOTS,
    R_NO_THREADS,
    R_THREADS,
    US_PER_DAY,
    US_PER_HOUR,
    _audience_roots,
    _Window,
)


def add(w: _Window, tables: dict[str, pd.DataFrame], reasons: dict) -> None:
    """``brand_response_time_histogram``, ``thread_depth_distribution`` and ``conversation_starts``."""
    cs = w.comments

    # response time histogram
    aud = ~cs["brand"].to_numpy()
    answered = cs["is_root"].to_numpy() & aud & (cs["first_brand"].to_numpy() != NO_TIME)
    hours = (cs["first_brand"].to_numpy()[answered] - cs["t"].to_numpy()[answered]) / US_PER_HOUR
    hist = np.histogram(hours, bins=np.array(HIST_EDGES))[0] if hours.size else np.zeros(len(HIST_LABELS), int)
    tables["brand_response_time_histogram"] = pd.DataFrame({
        "bucket": list(HIST_LABELS), "comments": hist.astype(int),
        "share": hist / hist.sum() if hist.sum() else np.full(len(HIST_LABELS), np.nan)})
    if not hours.size:
        reasons["brand_response_time_histogram"] = R_THREADS if not w.prep.has_comments.any() else R_NO_ANSWERED

    # thread depth distribution
    roots = cs["is_root"].to_numpy()
    sizes = cs["size"].to_numpy()[roots]
    depth = np.histogram(sizes, bins=np.array(DEPTH_EDGES))[0] if sizes.size else np.zeros(len(DEPTH_LABELS), int)
    tables["thread_depth_distribution"] = pd.DataFrame({
        "comments_per_thread": list(DEPTH_LABELS), "threads": depth.astype(int),
        "share": depth / depth.sum() if depth.sum() else np.full(len(DEPTH_LABELS), np.nan)})
    no_comments = not w.prep.has_comments.any()
    if not sizes.size:
        reasons["thread_depth_distribution"] = R_THREADS if no_comments else R_NO_THREADS

    # conversation starts (weekday x hour of audience thread roots, local time)
    _, local = _audience_roots(w)
    weekday = (local // US_PER_DAY + 3) % 7  # 1970-01-01 was a Thursday; 0 = Monday
    grid = np.bincount(weekday * 24 + (local % US_PER_DAY) // US_PER_HOUR, minlength=7 * 24)
    tables["conversation_starts"] = pd.DataFrame({
        "weekday": np.repeat(np.arange(7), 24), "hour": np.tile(np.arange(24), 7), "threads": grid.astype(int)})
    if not grid.sum():  # a grid of zeros is nothing to draw
        reasons["conversation_starts"] = R_THREADS if no_comments else R_NO_ROOTS
