"""Dates written as text in the platform's interface language (TikTok, YouTube Studio).

``month_day`` reads month, day and (when written) year from ``August 18``, ``8 de marzo``, ``18 tháng Sáu``,
``27 sept. 2024``, ``27 de set. de 2024``, ``Sep 27, 2024``; ``local_days`` turns such text (or numeric
``27.09.2024``, ISO, Excel serials) into calendar days. Month words are matched by prefix (``sept``,
``févr``, ``juil``) against full month names in English, Spanish, Italian, Portuguese, French and German;
a prefix two months share (``jui``) is not a month.
"""

from __future__ import annotations

import unicodedata

import pandas as pd

from lib.importers import _tabular as tab

_NAMES = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "fr": ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
           "novembre", "decembre"],
    "de": ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"],
}
_VIETNAMESE = {  # "tháng Sáu" (accents removed), or "tháng 6"
    "thang mot": 1, "thang gieng": 1, "thang hai": 2, "thang ba": 3, "thang tu": 4, "thang bon": 4,
    "thang nam": 5, "thang sau": 6, "thang bay": 7, "thang tam": 8, "thang chin": 9, "thang muoi": 10,
    "thang muoi mot": 11, "thang muoi hai": 12, "thang chap": 12,
}


def _month_words() -> dict[str, int]:
    found: dict[str, set[int]] = {}
    for names in _NAMES.values():
        for number, name in enumerate(names, start=1):
            for end in range(3, len(name) + 1):
                found.setdefault(name[:end], set()).add(number)
    words = {w: next(iter(m)) for w, m in found.items() if len(m) == 1}
    return {**words, "sept": 9, **_VIETNAMESE}


MONTHS = _month_words()


def fold(s: pd.Series) -> pd.Series:
    """Lower case without accents (``tháng Sáu`` -> ``thang sau``, ``März`` -> ``marz``)."""
    def strip(v: str) -> str:
        v = v.replace("đ", "d").replace("Đ", "d")
        return "".join(c for c in unicodedata.normalize("NFKD", v) if not unicodedata.combining(c)).lower()
    return s.astype("str").map(strip, na_action="ignore").astype("str")


def month_day(s: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Month, day and (when written) year of dates written with a month word, in any of the languages above.

    >>> m, d, y = month_day(pd.Series(["August 18", "8 de marzo", "18 tháng Sáu", "3 tháng 12", "Jan 2, 2024"]))
    >>> m.tolist(), d.tolist(), y.tolist()
    ([8, 3, 6, 12, 1], [18, 8, 18, 3, 2], [<NA>, <NA>, <NA>, <NA>, 2024])
    >>> month_day(pd.Series(["27 sept. 2024", "27 de set. de 2024", "3 févr. 2025"]))[0].tolist()
    [9, 9, 2]
    """
    t = fold(s).str.replace(r"[.,]", " ", regex=True).str.replace(r"\s+", " ", regex=True).str.strip()
    year = t.str.extract(r"\b(\d{4})\b", expand=False)
    t = t.str.replace(r"\b\d{4}\b", "", regex=True).str.strip()
    day = t.str.extract(r"(?<!thang )\b(\d{1,2})\b", expand=False)
    vi_num = t.str.extract(r"thang (\d{1,2})\b", expand=False)
    words = t.str.replace(r"\b(de|del|le|di|der)\b", " ", regex=True).str.replace(r"\d+", " ", regex=True)
    words = words.str.replace(r"\s+", " ", regex=True).str.strip()
    month = words.map(MONTHS).astype("Float64")
    month = month.fillna(pd.to_numeric(vi_num, errors="coerce").astype("Float64"))
    return (month.astype("Int64"), pd.to_numeric(day, errors="coerce").astype("Int64"),
            pd.to_numeric(year, errors="coerce").astype("Int64"))


def local_days(s: pd.Series) -> pd.Series:
    """Calendar days (naive ``datetime64[us]``) from dates with a month word and a year, else numeric dates.

    >>> local_days(pd.Series(["Sep 27, 2024", "27 ott 2024", "27.10.2024", None])).astype("str").tolist()
    ['2024-09-27', '2024-10-27', '2024-10-27', nan]
    """
    t = s.astype("str").str.strip()
    month, day, year = month_day(t)
    ok = month.notna() & day.notna() & year.notna()
    parts = pd.DataFrame({"year": year.where(ok, 2000), "month": month.where(ok, 1), "day": day.where(ok, 1)})
    worded = pd.to_datetime(parts.astype("int64"), errors="coerce").where(ok).astype("datetime64[us]")
    rest = t.where(~ok & t.notna())
    if rest.notna().any():
        worded = worded.fillna(tab.to_day(rest))
    return worded
