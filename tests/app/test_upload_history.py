"""Upload, duplicate re-upload, zip and multi-file uploads, failed files, and the Workspaces page's import history
with Undo (AppTest drives the real file uploader, the real SQLite store and the real importers)."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib.i18n import t
from pages._shared import keys as K
from sample_data import DEMO_FOLDER

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("importers_core_fixtures", ROOT / "tests" / "fixtures" / "importers_core.py")
fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixtures)
canonical_comments, meta_posts = fixtures.canonical_comments, fixtures.meta_posts


@pytest.fixture
def store(app_store):
    s = app_store
    s.ensure_demo(DEMO_FOLDER)
    s.create("Forno")
    return s


def _page(page: str, workspace: str = "Forno", lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.WORKSPACE] = workspace
    at.session_state[K.LANGUAGE] = lang
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader[0].set_value([(name, data, "text/csv") for name, data in files]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _markdown(at: AppTest) -> str:
    return " ".join(m.value for m in at.markdown)


def test_upload_summary_save_then_the_same_file_again_changes_nothing(store):
    name, data, expected = meta_posts("it", n=12)
    at = _upload(_page("upload"), (name, data))
    text = _markdown(at)
    assert "Facebook" in text and "Forno Rossi" in text  # platform and account
    assert f"Posts: {expected['rows']}" in text  # table and rows
    assert "Meta Business Suite" in text  # format
    assert "Mar 2026" in text  # date range
    assert any("without" in w.value.lower() or "skipped" in w.value.lower() for w in at.warning)  # warnings
    assert at.dataframe and len(at.dataframe[0].value) == 5  # preview: first rows

    at.button(key=K.UPLOAD_SAVE).click().run()
    assert [s.value for s in at.success][0] == t("upload.saved_file", "en", file=name, rows=str(expected["rows"]))
    assert len(store.load("Forno").posts) == expected["rows"]
    assert len(store.imports("Forno")) == 1
    assert at.selectbox(key=K.PERIOD_PRESET)  # the sidebar was redrawn with the new data (period controls)

    assert not at.file_uploader[0].value and not any(b.key == K.UPLOAD_SAVE for b in at.button)  # emptied
    _upload(at, (name, data))  # the same file again
    assert any(v.value.startswith("This file is already in Forno (imported ") for v in at.info)
    at.button(key=K.UPLOAD_SAVE).click().run()
    infos = [i.value for i in at.info]
    assert any(v.startswith(f"{name}: already imported") and "nothing changed" in v for v in infos), infos
    assert t("upload.nothing_new", "en", workspace="Forno") in infos
    assert not at.success
    assert len(store.imports("Forno")) == 1 and len(store.load("Forno").posts) == expected["rows"]


def test_multi_file_upload_with_a_failed_file_saves_only_the_good_ones(store):
    posts_name, posts, p_exp = meta_posts("en", n=6)
    comments_name, comments, c_exp = canonical_comments()
    junk = ("notes.csv", b"\x00\x01\x02binary junk\xff\xfe" * 10)
    at = _upload(_page("upload"), (posts_name, posts), (comments_name, comments), junk)
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and "notes.csv" in errors[0]
    assert any(t("upload.failed_count", "en", n=1) == w.value for w in at.warning)
    at.button(key=K.UPLOAD_SAVE).click().run()
    data = store.load("Forno")
    assert len(data.posts) == p_exp["rows"] and len(data.comments) == c_exp["rows"]
    assert sorted(r.source for r in store.imports("Forno")) == sorted([posts_name, comments_name])


def test_a_zip_of_exports_imports_in_one_go(store):
    posts_name, posts, p_exp = meta_posts("en", n=5)
    comments_name, comments, c_exp = canonical_comments()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"export/{posts_name}", posts)
        zf.writestr(f"export/{comments_name}", comments)
        zf.writestr("__MACOSX/._junk", b"junk")
    at = _upload(_page("upload"), ("export.zip", buf.getvalue()))
    text = _markdown(at)
    assert f"export.zip/export/{posts_name}" in text and f"export.zip/export/{comments_name}" in text
    at.button(key=K.UPLOAD_SAVE).click().run()
    assert len(store.imports("Forno")) == 2
    data = store.load("Forno")
    assert len(data.posts) == p_exp["rows"] and len(data.comments) == c_exp["rows"]


def test_history_lists_imports_and_undo_asks_first_then_removes_exactly_that_import(store):
    from lib.importers import import_file
    from lib.importers.base import SourceFile

    first_name, first, first_exp = meta_posts("en", n=6)
    second_name, second, _ = canonical_comments()
    for name, data in ((first_name, first), (second_name, second)):
        for res in import_file(SourceFile(name, data)):
            store.save_import("Forno", res, data=data)
    before = store.load("Forno")
    at = _page("workspaces")
    text = _markdown(at)
    assert first_name in text.replace("\\", "") and second_name in text.replace("\\", "")
    assert "Posts: 5" in text
    newest, oldest = reversed(store.imports("Forno"))
    at.button(key=K.WS_UNDO.format(id=oldest.id)).click().run()
    assert len(store.imports("Forno")) == 2  # nothing happens before the confirmation
    assert any(first_name in w.value for w in at.warning)
    at.button(key=K.WS_UNDO_CANCEL).click().run()
    assert len(store.imports("Forno")) == 2
    assert not any(b.key == K.WS_UNDO_YES for b in at.button)  # the question went away
    at.button(key=K.WS_UNDO.format(id=oldest.id)).click().run()
    at.button(key=K.WS_UNDO_YES).click().run()
    assert not at.exception
    assert [r.id for r in store.imports("Forno")] == [newest.id]
    after = store.load("Forno")
    assert after.posts.empty and len(after.comments) == len(before.comments)
    assert any(t("ws.undone", "en", file=first_name, rows=str(first_exp["rows"]), name="Forno") == s.value
               for s in at.success)


def test_a_repeated_upload_shows_in_the_history_as_changing_nothing(store):
    name, data, _ = meta_posts("en", n=6)
    at = _upload(_page("upload"), (name, data))
    at.button(key=K.UPLOAD_SAVE).click().run()
    _upload(at, (name, data)).button(key=K.UPLOAD_SAVE).click().run()
    at.switch_page("pages/workspaces.py").run()
    text = _markdown(at)
    assert text.count(t("ws.added", "en")) == 1 and t("ws.repeated", "en") in text
    assert len(store.imports("Forno")) == 1


def test_demo_reset_asks_first_and_backup_round_trips(store):
    from lib.importers import import_file
    from lib.importers.base import SourceFile

    name, data, _ = meta_posts("en", n=6)
    for res in import_file(SourceFile(name, data)):
        store.save_import("Demo", res, data=data)
    extra = len(store.imports("Demo"))
    at = _page("workspaces", workspace="Demo")
    at.button(key=K.WS_RESET_DEMO).click().run()
    assert len(store.imports("Demo")) == extra  # nothing yet: the question is shown
    at.button(key=K.WS_DEMO_YES).click().run()
    assert not at.exception
    assert len(store.imports("Demo")) == extra - 1
    assert t("ws.demo_reset", "en") in [s.value for s in at.success]

    at.button(key=K.WS_BACKUP).click().run()
    [download] = at.get("download_button")
    assert download.proto.url
    backup = store.export_backup("Demo")
    before = set(store.list_workspaces())
    at.file_uploader(key=K.WS_RESTORE).set_value([("backup.zip", backup, "application/zip")]).run()
    at.button(key=K.WS_RESTORE_BUTTON).click().run()
    assert not at.exception and not at.error
    [restored] = set(store.list_workspaces()) - before
    assert at.selectbox(key=K.WORKSPACE).value == restored
    assert len(store.load(restored).posts) == len(store.load("Demo").posts)
