"""Hostile and dirty data: control characters, non-web permalinks, negative counts, formulas and HTML in text."""

from __future__ import annotations

import datetime as dt
import io
import re
import sqlite3
import struct
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from lib import charts, kpis
from lib.dataset import Dataset
from lib.errors import FileImportError
from lib.importers import import_file
from lib.importers.base import SourceFile
from lib.kpis.model import Period
from lib.report import build_workbook

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
COMMENTS_HEADER = "platform,account,comment_id,post_id,parent_id,author_id,author_name,is_brand,created_at,text\n"
POSTS_HEADER = "platform,account,post_id,published_at,post_type,text,permalink,reactions,comments\n"
HOSTILE = ['=HYPERLINK("http://evil","x")', "+1", "-2+3", "@SUM(A1)", "<script>alert(1)</script>",
           "<img src=x onerror=alert(1)>", "\x00\x07bell"]


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _comments_csv(texts: list[str], filler: int = 0) -> bytes:
    """A canonical comments CSV: the given texts first (ids c0, c1, ...), then ``filler`` plain comments."""
    rows = [f"facebook,acme,c{i},p1,,u{i},{_csv_cell(t)},false,2025-03-0{1 + i % 9}T10:00:00+00:00,{_csv_cell(t)}\n"
            for i, t in enumerate(texts)]
    rows += [f"facebook,acme,f{i},p1,,u9,Bob,false,2025-03-02T10:00:00+00:00,plain comment number {i}\n"
             for i in range(filler)]
    return (COMMENTS_HEADER + "".join(rows)).encode("utf-8")


def _png(width: int = 64, height: int = 64) -> bytes:
    """A real PNG (seeded noise pixels), as a phone screenshot uploaded by mistake would be."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    pixels = np.random.default_rng(3).integers(0, 256, size=(height, width * 3), dtype=np.uint8)
    raw = b"".join(b"\x00" + row.tobytes() for row in pixels)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ------------------------------------------------------------------------------ control characters


def test_nul_in_the_first_kilobytes_imports_with_controls_removed():
    res = import_file(SourceFile(name="comments.csv", data=_comments_csv(["a\x00b\x07c", "fine"])))[0]
    c = res.dataset.comments.set_index("comment_id")
    assert c.loc["c0", "text"] == "abc"
    assert c.loc["c0", "author_name"] == "abc"
    assert c.loc["c1", "text"] == "fine"


def test_nul_after_the_first_kilobytes_is_removed_too():
    data = _comments_csv([], filler=200) + b"facebook,ac\x1bme,late,p1,,u1,E\x00ve,false,2025-03-03T10:00:00+00:00,"\
        b"\"late\x00 one\xc2\x85\x7f\"\n"
    assert data.index(b"\x00") > 4096
    c = import_file(SourceFile(name="comments.csv", data=data))[0].dataset.comments.set_index("comment_id")
    assert (c.loc["late", "text"], c.loc["late", "author_name"], c.loc["late", "account"]) == ("late one", "Eve", "acme")


def test_coercion_strips_controls_from_text_columns_keeps_tabs_line_breaks_and_ids():
    posts = pd.DataFrame({"platform": ["x", "x"], "account": ["br\x00and", "brand"], "post_id": ["1\x00", "2"],
                          "published_at": ["2025-01-01T00:00:00Z"] * 2, "post_type": ["photo\x1b", "text"],
                          "text": ["line\none\ttab\r\nend\x0c\x9b", "caf\u00e9 \u00a0ok"],
                          "permalink": ["https://x.com/brand/status/1\x00", None]})
    p = Dataset.from_frames(posts=posts).posts
    assert p["account"].tolist() == ["brand", "brand"]
    assert p["post_type"].tolist()[0] == "photo"
    assert p["text"].tolist() == ["line\none\ttab\r\nend", "caf\u00e9 \u00a0ok"]
    assert p["permalink"].iloc[0] == "https://x.com/brand/status/1"
    assert p["post_id"].tolist() == ["1\x00", "2"]  # ids stay exact: a key is never rewritten


@pytest.mark.parametrize("kind", ["png", "sqlite"])
def test_real_binary_files_renamed_csv_are_still_refused(kind, tmp_path: Path):
    if kind == "png":
        data = _png()
    else:
        db = tmp_path / "x.db"
        with sqlite3.connect(db) as con:
            con.execute("create table t (a text)")
            con.executemany("insert into t values (?)", [(f"row {i}",) for i in range(100)])
        con.close()
        data = db.read_bytes()
    with pytest.raises(FileImportError, match="looks like binary data"):
        import_file(SourceFile(name="posts.csv", data=data))


# ------------------------------------------------------------------------------ permalinks


def _posts(permalinks: list[str | None]) -> pd.DataFrame:
    n = len(permalinks)
    return pd.DataFrame({"platform": ["facebook"] * n, "post_id": [str(i) for i in range(n)],
                         "published_at": ["2025-01-01T00:00:00Z"] * n, "permalink": permalinks,
                         "reactions": list(range(1, n + 1)), "comments": list(range(n))})


def test_only_http_permalinks_survive_coercion():
    long = "https://www.facebook.com/acme/posts/" + "a" * 200
    links = ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>x</script>", "//evil.example/x",
             "https://www.facebook.com/acme/posts/1", "HTTP://example.org/p?q=1", "ftp://x/y", long, None]
    got = Dataset.from_frames(posts=_posts(links)).posts["permalink"]
    expected = [None, None, None, None, "https://www.facebook.com/acme/posts/1", "HTTP://example.org/p?q=1", None,
                long, None]
    assert [None if pd.isna(v) else v for v in got] == expected


def test_chart_links_only_http_urls_and_keeps_them_whole():
    long = "https://www.facebook.com/acme/posts/" + "a" * 200
    frame = _posts(["javascript:alert(1)", long, "https://e.org/1"])  # a frame straight from a caller, not coerced
    spec = charts.scatter_posts(frame, tooltip=[("comments", "Comments")]).to_dict()
    assert spec["encoding"]["href"]["field"] == "permalink"
    rows = [r for data in spec["datasets"].values() for r in data]
    hrefs = sorted(str(r["permalink"]) for r in rows if r.get("permalink") is not None)
    assert hrefs == ["https://e.org/1", long]
    assert "javascript" not in str(spec)


# ------------------------------------------------------------------------------ negative counts


def test_negative_counts_import_with_a_warning_naming_column_and_rows():
    data = (POSTS_HEADER + "tiktok,acme,1,2025-01-01T00:00:00Z,video,a,,5,-1\n"
            "tiktok,acme,2,2025-01-02T00:00:00Z,video,b,,7,-1\ntiktok,acme,3,2025-01-03T00:00:00Z,video,c,,-2,4\n")
    res = import_file(SourceFile(name="posts.csv", data=data.encode()))[0]
    assert res.dataset.posts["comments"].tolist() == [-1, -1, 4]  # kept, not rejected
    assert any("2 rows" in w and "'comments'" in w and "negative" in w for w in res.warnings), res.warnings
    assert any("1 row " in w and "'reactions'" in w for w in res.warnings), res.warnings
    clean = import_file(SourceFile(name="posts.csv", data=(POSTS_HEADER + "x,a,1,2025-01-01T00:00:00Z,text,a,,1,0\n")
                                   .encode()))[0]
    assert not any("negative" in w for w in clean.warnings)


# ------------------------------------------------------------------------------ hostile text end to end


def test_hostile_text_reaches_excel_as_plain_text_and_html_escaped():
    comments = import_file(SourceFile(name="comments.csv", data=_comments_csv(HOSTILE)))[0].dataset
    posts_csv = POSTS_HEADER + "".join(
        f"facebook,acme,p{i},2025-03-0{1 + i}T09:00:00+00:00,text,{_csv_cell(t)},javascript:alert({i}),{i + 1},1\n"
        for i, t in enumerate(HOSTILE)) + "facebook,acme,p1,2025-03-01T08:00:00+00:00,text,parent,https://e.org/p1,1,7\n"
    posts = import_file(SourceFile(name="posts.csv", data=posts_csv.encode()))[0].dataset
    data = Dataset.merge_all([posts, comments])
    assert data.posts["permalink"].notna().sum() == 1
    assert not data.comments["text"].str.contains(CONTROL.pattern, regex=True).any()

    report = kpis.compute(data, Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31)))
    book = load_workbook(io.BytesIO(build_workbook(report, generated_at=dt.datetime(2025, 4, 1, 9, 0))))
    strings = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    assert not CONTROL.search(cell.value), f"{ws.title}!{cell.coordinate}: {cell.value!r}"
                    strings.append(cell.value)
                if cell.hyperlink is not None:
                    assert cell.hyperlink.target.startswith("https://"), cell.hyperlink.target
    assert HOSTILE[0] in strings and "bell" in strings  # kept as text, control characters gone

    from pages import _shared  # importable without a running Streamlit app

    for text in HOSTILE:
        shown = _shared.escape(text)
        assert "<" not in shown and ">" not in shown and '"' not in shown
    assert _shared.escape(HOSTILE[4]) == "&lt;script&gt;alert(1)&lt;/script&gt;"
