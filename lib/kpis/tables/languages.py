"""Language tables: the languages of the audience's substantive comments and of the brand's posts (capped samples
chosen by a content hash), detected in a background thread, and the two side by side."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd

from lib.kpis import languages
from lib.kpis.tables.columns import LanguageComparison
from lib.kpis.texts import Coded, note
from lib.kpis.window import BRAND_LANG_SAMPLE, LANG_SAMPLE, _Window

TOP_LANGUAGES = 8

#: what ``start(w)`` returns: ``finish() -> (audience_languages, brand_languages, sample note or None)``
Finish = Callable[[], tuple[pd.DataFrame, pd.DataFrame, Coded | None]]


def start(w: _Window) -> Finish:
    """Start detecting the languages of substantive audience comments and of brand posts (capped samples chosen
    by a content hash) in a background thread; returns ``finish() -> (audience, brand, note)``."""
    cache = w.prep.lang_cache
    cs = w.comments
    pos = np.flatnonzero((~cs["brand"].to_numpy()) & (cs["subst"].to_numpy() == 1))
    sample_note = None
    if pos.size > LANG_SAMPLE:
        sample_note = note("language_sample", sample=LANG_SAMPLE, total=int(pos.size))
        pos = np.sort(pos[np.argpartition(cs["hash"].to_numpy()[pos], LANG_SAMPLE)[:LANG_SAMPLE]])
    c_keys = [("c", int(h)) for h in cs["hash"].to_numpy()[pos].tolist()]
    c_labels = cs.index.to_numpy()[pos]
    ps = w.posts
    ppos = np.arange(len(ps))
    if ppos.size > BRAND_LANG_SAMPLE:
        ppos = np.sort(np.argpartition(ps["hash"].to_numpy(), BRAND_LANG_SAMPLE)[:BRAND_LANG_SAMPLE])
    p_keys = [("p", int(h)) for h in ps["hash"].to_numpy()[ppos].tolist()]
    p_labels = ps.index.to_numpy()[ppos]
    todo_keys, todo_texts = [], []
    for keys, labels, table in ((c_keys, c_labels, "comments"), (p_keys, p_labels, "posts")):
        missing = [i for i, k in enumerate(keys) if k not in cache]
        if missing:
            values = np.asarray(w.prep.values(table, labels[missing], "text"), dtype=object)
            for i, value in zip(missing, values):
                if isinstance(value, str) and value.strip():
                    todo_keys.append(keys[i])
                    todo_texts.append(value)
                else:
                    cache[keys[i]] = None
    pool = ThreadPoolExecutor(max_workers=1) if todo_texts else None
    future = pool.submit(languages.detect, todo_texts) if pool else None

    def finish() -> tuple[pd.DataFrame, pd.DataFrame, Coded | None]:
        if pool is not None and future is not None:
            cache.update(zip(todo_keys, future.result()))
            pool.shutdown()
        aud = [cache[k] for k in c_keys]
        brand = [cache[k] for k in p_keys if cache[k] is not None]
        return _lang_table(aud, "comments"), _lang_table(brand, "posts"), sample_note

    return finish



def comparison(aud: pd.DataFrame, brand: pd.DataFrame) -> pd.DataFrame:
    """The audience's and the brand's shares per language (0 where one side has texts but not that language, NaN
    where it has none), the ``TOP_LANGUAGES`` first by audience share, then brand share, then code."""
    L = LanguageComparison
    keys = [L.language, L.language_name]
    out = pd.merge(aud[keys + ["share"]].rename(columns={"share": L.audience_share}),
                   brand[keys + ["share"]].rename(columns={"share": L.brand_share}), on=keys, how="outer")
    for col, side in ((L.audience_share, aud), (L.brand_share, brand)):
        out[col] = out[col].astype(float).fillna(0.0) if len(side) else np.nan
    out = out.sort_values([L.audience_share, L.brand_share, L.language], ascending=[False, False, True],
                          ignore_index=True, na_position="last")
    return out.head(TOP_LANGUAGES)[list(L.columns())]


def _lang_table(langs: list[str | None], what: str) -> pd.DataFrame:
    s = pd.Series([x if x else "unknown" for x in langs], dtype="str")
    counts = s.value_counts(sort=False)
    out = pd.DataFrame({"language": counts.index.astype("str"), what: counts.to_numpy().astype(int)})
    out = out.sort_values([what, "language"], ascending=[False, True], ignore_index=True)
    out.insert(1, "language_name", out["language"].map(lambda c: languages.NAMES.get(c, "Unknown")))
    out["share"] = out[what] / out[what].sum() if len(out) else pd.Series(dtype=float)
    return out
