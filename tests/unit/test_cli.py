"""The command line on the demo workspace folder: the same figures the app shows, as JSON."""

import json

import pandas as pd

from lib import cli
from lib.importers import import_paths, is_workspace_folder
from lib.schema import Posts
from tests.conftest import SAMPLE_DATA


def test_sample_data_is_read_as_one_workspace_folder():
    assert is_workspace_folder(SAMPLE_DATA)
    results = import_paths([SAMPLE_DATA])
    # the four canonical tables of the demo, not the platform-format copies in sample_data/platform_formats
    assert sorted(r.importer for r in results) == ["canonical_csv"] * 4
    posts = pd.read_csv(SAMPLE_DATA / "posts.csv", dtype=str)
    assert sum(r.rows.get("posts", 0) for r in results) == len(posts)


def test_kpis_json_uses_the_folder_settings_and_counts_the_period_posts(capsys):
    code = cli.main(["kpis", str(SAMPLE_DATA), "--since", "2026-08-03", "--until", "2026-10-31", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    settings = json.loads((SAMPLE_DATA / "settings.json").read_text())
    assert out["period"]["tz"] == settings["tz"]
    posts = pd.read_csv(SAMPLE_DATA / "posts.csv", dtype=str)
    local_day = pd.to_datetime(posts[Posts.published_at], utc=True).dt.tz_convert(settings["tz"]).dt.date.astype(str)
    expected = int(((local_day >= "2026-08-03") & (local_day <= "2026-10-31")).sum())
    assert out["overall"]["posts"] == expected
    assert set(out["by_platform"]) == set(posts[Posts.platform])


def test_kpis_json_leaves_the_large_tables_out_unless_asked(capsys):
    args = ["kpis", str(SAMPLE_DATA), "--since", "2026-08-03", "--until", "2026-10-31", "--json"]
    assert cli.main(args) == 0
    small = json.loads(capsys.readouterr().out)
    assert cli.main([*args, "--tables"]) == 0
    full = json.loads(capsys.readouterr().out)
    assert "posts_ranked" not in small["tables"] and "commenters" not in small["tables"]
    assert small["omitted_tables"] == {"posts_ranked": len(full["tables"]["posts_ranked"]),
                                       "commenters": len(full["tables"]["commenters"])}
    assert small["omitted_tables"]["posts_ranked"] == small["overall"]["posts"]
    assert full["omitted_tables"] == {}
    assert small["tables"]["channel_scorecard"] == full["tables"]["channel_scorecard"]
    assert small["overall"] == full["overall"]


def test_an_unreadable_file_exits_non_zero_with_a_message(tmp_path, capsys):
    bad = tmp_path / "junk.csv"
    bad.write_bytes(b"\x00\x01\x02 not an export")
    assert cli.main(["import", str(bad), "--json"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err


def test_readme_lists_every_supported_export_and_every_kpi():
    from lib.importers import supported_formats
    from lib.kpis.catalog import KPIS

    readme = (SAMPLE_DATA.parent / "README.md").read_text(encoding="utf-8")
    assert [label for label, _ in supported_formats() if label not in readme] == []
    assert [k.key for k in KPIS if f"`{k.key}`" not in readme] == []


def _canonical_post(folder, name, comments):
    path = folder / name
    path.write_text("platform,post_id,published_at,comments\n"
                    f"x,1,2025-01-10T10:00:00+00:00,{comments}\n"
                    + ("x,2,2025-02-20T10:00:00+00:00,0\n" if name == "new.csv" else ""), encoding="utf-8")
    return path


def test_the_newer_export_wins_whatever_the_order_on_the_command_line(tmp_path, capsys):
    old = _canonical_post(tmp_path, "old.csv", 5)  # data up to 10 Jan
    new = _canonical_post(tmp_path, "new.csv", 9)  # data up to 20 Feb: the later snapshot of post 1
    for paths in ([old, new], [new, old]):
        assert cli.main(["kpis", *map(str, paths), "--since", "2025-01-01", "--until", "2025-01-31", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["overall"]["comments"] == 9


def test_a_reversed_period_and_an_unwritable_output_are_messages_not_tracebacks(tmp_path, capsys):
    assert cli.main(["kpis", str(SAMPLE_DATA), "--since", "2026-09-01", "--until", "2026-08-01"]) == 2
    assert "--since before --until" in capsys.readouterr().err
    assert cli.main(["report", str(SAMPLE_DATA), "-o", str(tmp_path / "missing" / "r.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err
