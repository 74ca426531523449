"""Importer core: public API, safe zip expansion, clear errors, reading helpers, canonical CSV, column mapping."""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import lib.importers as importers_api
from lib.dataset import Dataset
from lib.errors import FileImportError
from lib.importers import (
    MAX_FILE_BYTES,
    SourceFile,
    detect,
    import_file,
    import_paths,
    supported_formats,
)
from lib.importers import _tabular as tab
from lib.importers.canonical import write_canonical
from lib.importers.mapping import apply_mapping, columns_of, header_signature, suggest_mapping

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("importers_core_fixtures", ROOT / "tests" / "fixtures" / "importers_core.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


def _file(name: str, data: bytes) -> SourceFile:
    return SourceFile(name=name, data=data)


# ------------------------------------------------------------------------------------------ canonical CSV


def test_canonical_comments_csv_keeps_ids_exact_and_converts_offsets_to_utc():
    name, data, exp = fx.canonical_comments()
    [res] = import_file(_file(name, data))
    c = res.dataset.comments
    assert res.importer == "canonical_csv" and res.platform == "x" and res.tables == ["comments"]
    assert c["comment_id"].tolist() == ["1900000000000000001", "1900000000000000002"]
    assert c["parent_id"].isna().tolist() == [True, False]
    assert c["created_at"].iloc[0].isoformat() == exp["first_utc"]
    assert c["is_brand"].tolist() == [False, True]
    assert "\n" in c["text"].iloc[0]  # multi-line quoted value kept whole
    assert str(c["is_substantive"].dtype) == "boolean"  # text features filled by Dataset.from_frames


def test_write_canonical_round_trips_through_import(tmp_path):
    name, data, _ = fx.canonical_comments()
    [first] = import_file(_file(name, data))
    posts = pd.DataFrame({"platform": ["facebook"], "account": ["forno"], "post_id": ["1234567890123456789"],
                          "published_at": ["2026-03-01T08:00:00Z"], "text": ["Pane?"], "comments": [3],
                          "reach": [None]})
    followers = pd.DataFrame({"platform": ["facebook"] * 2, "account": ["forno"] * 2,
                              "date": ["2026-03-01", "2026-03-02"], "followers": [1200, None], "gained": [4, 7]})
    traffic = pd.DataFrame({"date": ["2026-03-01"], "platform": ["facebook"], "sessions": [31], "revenue": [12.5]})
    extra = Dataset.from_frames(posts=posts, followers=followers, traffic=traffic)
    ds = Dataset.merge_all([first.dataset, extra])
    written = write_canonical(ds, tmp_path)
    assert [p.name for p in written] == ["posts.csv", "comments.csv", "followers.csv", "traffic.csv"]
    assert (tmp_path / "followers.csv").read_text().splitlines()[2] == "facebook,forno,2026-03-02,,7,"
    assert "2026-03-01T09:00:00+00:00" in (tmp_path / "comments.csv").read_text()
    back = Dataset.merge_all(r.dataset for r in import_paths([tmp_path]))
    pd.testing.assert_frame_equal(back.comments, ds.comments)
    assert back.posts["post_id"].tolist() == ["1234567890123456789"]
    assert back.posts["reach"].isna().all() and back.posts["comments"].tolist() == [3]
    pd.testing.assert_frame_equal(back.followers, ds.followers)
    pd.testing.assert_frame_equal(back.traffic, ds.traffic)


def test_canonical_naive_times_take_the_given_zone():
    data = (b"platform,post_id,published_at,comments\n"
            b"facebook,1,2026-07-01 10:00:00,4\n")
    [utc] = import_file(_file("p.csv", data))
    [rome] = import_file(_file("p.csv", data), tz="Europe/Rome")
    assert utc.dataset.posts["published_at"].iloc[0] == pd.Timestamp("2026-07-01 10:00", tz="UTC")
    assert rome.dataset.posts["published_at"].iloc[0] == pd.Timestamp("2026-07-01 08:00", tz="UTC")


def test_canonical_rows_without_required_values_are_skipped_with_a_warning():
    data = (b"platform,post_id,published_at,comments\n"
            b"x,1,2026-01-01T00:00:00Z,1\nx,,2026-01-02T00:00:00Z,2\nx,3,,5\nx,4,2026-01-03T00:00:00Z,\n")
    [res] = import_file(_file("p.csv", data))
    assert res.dataset.posts["post_id"].tolist() == ["1", "4"]
    assert res.dataset.posts["comments"].isna().tolist() == [False, True]  # missing count is null, not 0
    assert "1 row without an id was skipped." in res.warnings
    assert "1 row without a date was skipped." in res.warnings


# ------------------------------------------------------------------------------------------- detection


def test_detect_ranks_by_confidence_from_content_not_name():
    name, data, _ = fx.meta_posts("it")
    ranked = detect(_file("comments.csv", data))  # misleading name
    assert ranked[0][0].key == "meta_posts"
    assert all(a[1] >= b[1] for a, b in zip(ranked, ranked[1:]))


def test_supported_formats_lists_every_core_format_with_how_to_get_it():
    labels = [label for label, _ in supported_formats()]
    for part in ("canonical CSV", "Meta Business Suite posts", "Page Insights", "LinkedIn"):
        assert any(part in label for label in labels), part
    assert all(how for _, how in supported_formats())


class _Stub:
    def __init__(self, key: str, score: float):
        self.key, self.label, self.how_to_get, self.score = key, f"Format {key}", "anywhere", score

    def detect(self, f):
        return self.score

    def read(self, f):
        raise AssertionError("an ambiguous file must not be read")


def test_two_near_equal_confidences_ask_instead_of_guessing(monkeypatch):
    monkeypatch.setattr(importers_api, "importers", lambda: [_Stub("a", 0.80), _Stub("b", 0.78)])
    with pytest.raises(FileImportError, match=r"more than one kind of export: Format a \(80%\), Format b \(78%\)"):
        import_file(_file("t.csv", b"a,b\n1,2\n"))


# ------------------------------------------------------------------------------------------- bad input


def test_unknown_format_names_its_columns_where_the_formats_are_and_the_mapping_form():
    with pytest.raises(FileImportError) as err:
        import_file(_file("notes.csv", b"colour,size\nred,4\n"))
    msg = str(err.value)
    assert "not an export Conversa recognises" in msg and "(colour, size)" in msg
    assert "column-mapping form" in msg and "listed on the upload page" in msg
    assert "Meta Business Suite posts export" not in msg  # one short message, not the list of every format


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf\r\n  \n"])
def test_empty_file_is_refused(data):
    with pytest.raises(FileImportError, match="is empty"):
        import_file(_file("e.csv", data))


def test_binary_junk_is_refused():
    junk = bytes(range(256)) * 40
    with pytest.raises(FileImportError, match="binary data"):
        import_file(_file("x.csv", junk))


def test_truncated_workbook_is_refused_with_a_message():
    _, data, _ = fx.linkedin_content_xlsx()
    with pytest.raises(FileImportError):
        import_file(_file("content.xlsx", data[: len(data) // 2]))


def test_truncated_csv_inside_a_quoted_value_is_refused():
    name, data, _ = fx.canonical_comments()
    cut = data[: data.index(b"Asking")]  # ends inside an open quote
    with pytest.raises(FileImportError):
        import_file(_file(name, cut))


def test_spreadsheet_without_data_is_refused():
    from openpyxl import Workbook

    buf = io.BytesIO()
    Workbook().save(buf)
    with pytest.raises(FileImportError, match="spreadsheet with no data"):
        import_file(_file("empty.xlsx", buf.getvalue()))


def test_file_over_the_size_cap_is_refused_before_reading(tmp_path):
    big = tmp_path / "huge.csv"
    with open(big, "wb") as fh:  # sparse: no disk or memory used
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(FileImportError, match=r"files up to 300 MB"):
        import_paths([big])


def test_cp1252_file_is_decoded():
    header = ",".join(fx.META_LOCALES["sv"])
    row = "1500622718735614,100063636997648,P4 Blekinge,,Räksmörgås på fredag,02/01/2026 09:47,https://x/1,Foton,Livstid,9764,5000,11,3,0,4"
    [res] = import_file(_file("sv.csv", (header + "\n" + row + "\n").encode("cp1252")))
    assert res.dataset.posts["text"].iloc[0] == "Räksmörgås på fredag"
    assert res.dataset.posts["reach"].iloc[0] == 5000


# ------------------------------------------------------------------------------------------------ zips


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_expands_nested_folders_and_zips_and_skips_junk():
    _, meta, mexp = fx.meta_posts("de")
    _, daily, dexp = fx.meta_daily()
    _, comments, _ = fx.canonical_comments()
    inner = _zip({"deep/comments.csv": comments})
    data = _zip({"export/facebook/posts.csv": meta, "export/facebook/page/Follows.csv": daily,
                 "__MACOSX/export/._posts.csv": b"\x00\x05junk", "export/.DS_Store": b"\x00\x00\x00\x01Bud1",
                 "export/logo.png": b"\x89PNG....", "export/more.zip": inner})
    results = import_file(_file("export.zip", data))
    by_format = {r.importer: r for r in results}
    assert set(by_format) == {"meta_posts", "meta_daily", "canonical_csv"}
    assert len(by_format["meta_posts"].dataset.posts) == mexp["rows"]
    assert by_format["meta_daily"].dataset.followers["gained"].sum() == dexp["sum"]
    assert by_format["canonical_csv"].source.endswith("more.zip/deep/comments.csv")


def test_zip_members_no_importer_knows_are_skipped_with_a_warning():
    _, meta, _ = fx.meta_posts("fr")
    results = import_file(_file("a.zip", _zip({"posts.csv": meta, "readme.txt": b"hello,world\n1,2\n"})))
    assert len(results) == 1
    assert any("readme.txt" in w and w.startswith("Skipped") for w in results[0].warnings)


def test_zip_bomb_is_refused_and_says_so():
    data = _zip({"bomb.csv": b"0" * (20 * 1024 * 1024)})
    assert len(data) < 100_000
    with pytest.raises(FileImportError, match="zip bomb"):
        import_file(_file("bomb.zip", data))


def test_many_small_compressible_members_are_refused_before_unpacking(monkeypatch):
    import zipfile as zf_mod

    import lib.importers as importers

    # 60 members of exactly 1 MiB of zeros: no one member is "large", the archive as a whole is a bomb
    data = _zip({f"part{i}.csv": b"0" * 2**20 for i in range(60)})
    opened = []
    monkeypatch.setattr(zf_mod.ZipFile, "open", lambda self, *a, **k: opened.append(a) or 1 / 0)
    with pytest.raises(FileImportError, match=f"over the limit of {importers.MAX_ZIP_RATIO}:1"):
        import_file(_file("parts.zip", data))
    assert opened == []  # refused from the zip's directory, nothing unpacked


def test_zip_member_count_and_paths_outside_the_archive_are_refused():
    import lib.importers as importers

    many = _zip({f"f{i}.csv": b"a,b\n1,2\n" for i in range(importers.MAX_ZIP_MEMBERS + 1)})
    with pytest.raises(FileImportError, match=f"at most {importers.MAX_ZIP_MEMBERS} are read"):
        import_file(_file("many.zip", many))
    _, meta, _ = fx.meta_posts("en")
    with pytest.raises(FileImportError, match="path outside the archive"):
        import_file(_file("evil.zip", _zip({"../../etc/posts.csv": meta})))


def test_nested_zips_share_one_unpacking_budget(monkeypatch):
    import lib.importers as importers

    _, comments, _ = fx.canonical_comments()
    inner = _zip({"comments.csv": comments})
    outer = _zip({f"part{i}.zip": inner for i in range(3)})
    assert len(import_file(_file("ok.zip", outer))) == 3
    # each inner zip fits the limit on its own, all three together do not
    monkeypatch.setattr(importers, "MAX_ZIP_TOTAL_BYTES", 2 * len(comments) + len(inner))
    with pytest.raises(FileImportError, match="at most"):
        import_file(_file("many.zip", outer))


def test_zip_without_any_export_fails():
    with pytest.raises(FileImportError, match="holds no export"):
        import_file(_file("a.zip", _zip({"notes.csv": b"colour,size\nred,4\n"})))


# -------------------------------------------------------------------------------------------------- CLI


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lib.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_cli_import_json_describes_each_file(tmp_path):
    name, data, exp = fx.meta_posts("es")
    (tmp_path / name).write_bytes(data)
    out = _cli("import", str(tmp_path / name), "--json")
    assert out.returncode == 0, out.stderr
    [summary] = json.loads(out.stdout)
    assert summary["platform"] == "facebook" and summary["format"] == "meta_posts"
    assert summary["rows"] == {"posts": exp["rows"]}
    assert summary["first_date"] == "2026-03-01" and summary["warnings"]


def test_cli_import_exits_non_zero_with_the_message_for_an_unreadable_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(bytes(range(256)) * 10)
    out = _cli("import", str(bad), "--json")
    assert out.returncode != 0
    assert "bad.csv" in out.stderr and "binary data" in out.stderr and "Traceback" not in out.stderr


# ---------------------------------------------------------------------------------------- reading helpers


@pytest.mark.parametrize(("raw", "expected"), [
    (["1,234", "12", None, "N/A", "undefined", "-"], [1234, 12, None, None, None, None]),
    (["1.234,5", "7,25", "3"], [1234.5, 7.25, 3]),
    (["1 234", "2\u00a0500", "12%"], [1234, 2500, 0.12]),
    (["169719.688", "1,234.5"], [169719.688, 1234.5]),
])
def test_to_number_reads_locale_formats(raw, expected):
    got = tab.to_number(pd.Series(raw, dtype="str")).tolist()
    assert [None if pd.isna(g) else pytest.approx(g) for g in got] == [
        None if e is None else pytest.approx(e) for e in expected]


def test_to_count_is_nullable_integer():
    s = tab.to_count(pd.Series(["3", "", "12"], dtype="str"))
    assert str(s.dtype) == "Int64" and s.isna().tolist() == [False, True, False] and s.sum() == 15


def test_to_utc_localizes_naive_times_including_the_repeated_dst_hour():
    s = pd.Series(["11/01/2026 01:30", "03/08/2026 02:30", "07/04/2026 12:00"], dtype="str")
    got = tab.to_utc(s, tz="America/Los_Angeles")
    assert got.notna().all()
    assert got.iloc[0] == pd.Timestamp("2026-11-01 08:30", tz="UTC")  # first (PDT) 01:30
    assert got.iloc[2] == pd.Timestamp("2026-07-04 19:00", tz="UTC")


def test_to_day_reads_text_iso_and_excel_serials():
    got = tab.to_day(pd.Series(["03/14/2025", "2025-03-15T00:00:00", "44008"], dtype="str"))
    assert [d.strftime("%Y-%m-%d") for d in got] == ["2025-03-14", "2025-03-15", "2020-06-26"]


def test_read_csv_handles_sep_hint_comment_preamble_and_semicolons():
    data = b"sep=;\n# Account: Forno\n# Period: March\n\nid;text;n\n1234567890123456789;ciao;1,5\n"
    f = _file("x.csv", data)
    frame = tab.read_csv(f)
    assert frame.columns.tolist() == ["id", "text", "n"]
    assert frame["id"].iloc[0] == "1234567890123456789" and frame["n"].iloc[0] == "1,5"
    assert tab.preamble(f.head.splitlines()[:6]).notes == ["Account: Forno", "Period: March"]


def test_read_csv_pads_ragged_rows_and_renames_duplicate_columns():
    data = "\ufeffa,b,Views,Views,c\n1,2\n3,4,5,6,7\n".encode()
    frame = tab.read_csv(_file("r.csv", data))
    assert frame.columns.tolist() == ["a", "b", "Views", "Views.1", "c"]
    assert frame["c"].isna().tolist() == [True, False] and frame["Views.1"].iloc[1] == "6"


def test_read_csv_reads_utf16_with_the_sep_line():
    _, data, exp = fx.meta_daily(days=5)
    frame = tab.read_csv(_file("d.csv", data), skip=2)
    assert frame.columns.tolist() == ["Date", "Primary"] and len(frame) == exp["rows"]


def test_find_header_row_skips_description_rows_and_frame_from_rows_pads():
    rows = [["Engagement metrics for individual posts."], ["Post title", "Impressions", "Likes"], ["A", 10.0],
            ["B", 3.0, 7.0], [None, None]]
    i = tab.find_header_row(rows, ["Impressions", "Likes", "Clicks"])
    frame = tab.frame_from_rows(rows, i)
    assert i == 1 and len(frame) == 2
    assert frame["Impressions"].tolist() == ["10", "3"] and frame["Likes"].isna().tolist() == [True, False]


def test_xml_spreadsheet_2003_is_parsed_with_types():
    _, data, exp = fx.facebook_legacy(n=3)
    sheets = tab.sheets(_file("f.xls", data))
    key = sheets["Key Metrics"]
    assert key[0][0] == "Post ID" and key[2][0] == exp["first_id"]
    assert isinstance(key[2][8], float) and key[2][6].year == 2020


def test_xml_with_entity_expansion_is_refused():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell>'
            b'<Data>&b;</Data></Cell></Row></Table></Worksheet></Workbook>')
    with pytest.raises(FileImportError):
        tab.sheets(_file("b.xls", bomb))


# ------------------------------------------------------------------------------------------- mapping


def test_suggest_mapping_in_italian_and_german():
    it = suggest_mapping(["Data", "Autore", "Testo", "ID commento", "Risposta a"])
    assert it["table"] == "comments"
    assert it["columns"] == {"comment_id": "ID commento", "parent_id": "Risposta a", "author_name": "Autore",
                             "created_at": "Data", "text": "Testo"}
    de = suggest_mapping(["Datum", "Neue Follower", "Follower gesamt"])
    assert de == {"table": "followers", "columns": {"date": "Datum", "followers": "Follower gesamt",
                                                    "gained": "Neue Follower"}}


def test_header_signature_ignores_case_and_spacing_but_not_order():
    assert header_signature(["Data ", "Testo"]) == header_signature(["data", "TESTO"])
    assert header_signature(["Testo", "Data"]) != header_signature(["Data", "Testo"])


def test_apply_mapping_reads_a_semicolon_csv_with_decimal_commas():
    data = (b"Data;Testo;Commenti;Copertura;ID\n"
            b"14/03/2025 10:00;Buongiorno!;3;1.234;1234567890123456789\n"
            b"15/03/2025 11:30;Pane fresco;;2.500;1234567890123456790\n")
    f = _file("altro.csv", data)
    mapping = suggest_mapping(columns_of(f))
    assert mapping["table"] == "posts"
    res = apply_mapping(f, mapping, "facebook", account="forno", tz="Europe/Rome")
    p = res.dataset.posts
    assert p["post_id"].tolist() == ["1234567890123456789", "1234567890123456790"]
    assert p["reach"].tolist() == [1234, 2500] and p["comments"].isna().tolist() == [False, True]
    assert p["published_at"].iloc[0] == pd.Timestamp("2025-03-14 09:00", tz="UTC")
    assert (p["account"] == "forno").all() and res.platform == "facebook"


def test_apply_mapping_reads_a_workbook_with_a_description_row():
    _, data, exp = fx.linkedin_followers_xlsx()
    f = _file("f.xlsx", data)
    res = apply_mapping(f, {"table": "followers", "columns": {"date": "Date", "gained": "Total followers"}},
                        "linkedin")
    assert len(res.dataset.followers) == exp["rows"]
    assert res.dataset.followers["gained"].sum() == exp["gained"]


def test_apply_mapping_asks_for_missing_required_columns():
    f = _file("a.csv", b"when,what\n2025-01-01,x\n")
    with pytest.raises(FileImportError, match="holds comment_id"):
        apply_mapping(f, {"table": "comments", "columns": {"created_at": "when"}}, "blog")
    with pytest.raises(FileImportError, match="no column named 'nope'"):
        apply_mapping(f, {"table": "posts", "columns": {"post_id": "nope", "published_at": "when"}}, "blog")


def test_read_csv_usecols_function_keeps_wanted_columns_and_both_twins():
    clean = tab.read_csv(_file("w.csv", b"a,b,c\n1,2,3\n"), usecols=lambda n: n != "b")
    assert clean.columns.tolist() == ["a", "c"]
    dup = tab.read_csv(_file("d.csv", b"a,Views,b,Views\n1,2,3,4\n"), usecols=lambda n: n != "b")
    assert {"Views", "Views.1"} <= set(dup.columns) and dup["Views.1"].iloc[0] == "4"


def test_folder_skips_files_it_cannot_import_but_a_named_file_must_import(tmp_path):
    name, data, exp = fx.meta_posts("pt")
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / name).write_bytes(data)
    (tmp_path / "export" / "notes.csv").write_bytes(b"colour,size\nred,4\n")
    [res] = import_paths([tmp_path / "export"])
    assert len(res.dataset.posts) == exp["rows"]
    assert any(w.startswith("Skipped: notes.csv is not an export") for w in res.warnings)
    with pytest.raises(FileImportError, match="notes.csv"):
        import_paths([tmp_path / "export" / "notes.csv"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileImportError, match="holds no files"):
        import_paths([tmp_path / "empty"])


def test_read_csv_types_parse_in_the_reader_and_fall_back_to_text():
    data = b"id,t,n,b\n1234567890123456789,2026-03-01T10:00:00+01:00,3,true\n2,2026-03-01T10:00:00Z,,0\n"
    typed = tab.read_csv(_file("t.csv", data), types={"t": "time", "n": "count", "b": "flag"})
    assert str(typed["t"].dtype) == "datetime64[us, UTC]" and typed["t"].iloc[0].hour == 9
    assert str(typed["n"].dtype) == "Int64" and typed["n"].isna().tolist() == [False, True]
    assert typed["b"].tolist() == [True, False] and typed["id"].iloc[0] == "1234567890123456789"
    naive = tab.read_csv(_file("t.csv", data.replace(b"+01:00", b"")), types={"t": "time"})
    assert naive["t"].tolist()[0] == "2026-03-01T10:00:00"  # left as text for the caller's zone
