"""Refusals that help: the closest format and what it lacks, personal archives, private messages, both languages.

Every file here is synthetic, written in the platform's layout (Meta's "Download your information" JSON, an
inbox thread, X's direct-messages file, LinkedIn's messages.csv); real exports that are not refused are
checked not to trip the new detectors.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from lib.errors import FileImportError
from lib.importers import detect, import_file, import_paths, mapping, message, supported_formats
from lib.importers.base import SourceFile


def _refused(name: str, data: bytes) -> FileImportError:
    with pytest.raises(FileImportError) as err:
        import_file(SourceFile(name, data))
    return err.value


# ------------------------------------------------------------------------------------------ closest format

META_HEAD = '"Post ID","Page ID","Page name",Title,Permalink,"Post type",Reach,Reactions,Comments,Shares\n'


def test_meta_posts_without_publish_time_names_the_format_and_the_missing_column():
    err = _refused("september.csv", (META_HEAD + '1,2,Acme,Hi,https://www.facebook.com/x,Photos,10,1,0,0\n').encode())
    text = str(err)
    assert err.code == "unknown_closest"
    assert "looks most like the Meta Business Suite posts export" in text and 'no "publish time" column' in text
    assert "Meta Business Suite > Insights > Content" in text  # how to get the real export
    assert "listed on the upload page" in text and text.count("export") < 8  # one short message


def test_x_content_without_two_columns_names_both():
    data = b"Post id,Link,Likes,Replies,Reposts,Bookmarks\n1,https://x.com/a/status/1,1,0,0,0\n"
    text = str(_refused("content.csv", data))
    assert "X post analytics export" in text and '"date", "post text" or "impressions"' in text


def test_youtube_table_missing_publish_time_points_at_youtube():
    data = b"Content,Video title,Views,Likes,Shares\nabc,Hello,1,0,0\n"
    text = str(_refused("videos.csv", data))
    assert "YouTube Studio export, Table data.csv" in text and '"video publish time"' in text


def test_description_rows_above_the_header_do_not_hide_it():
    data = ("Exported by someone\n" + META_HEAD + "1,2,Acme,Hi,https://www.facebook.com/x,Photos,10,1,0,0\n").encode()
    assert str(_refused("posts.csv", data)).count("Meta Business Suite posts export") == 1


def test_a_file_close_to_nothing_lists_its_first_columns():
    text = str(_refused("x.csv", b"a,b,c,d,e,f,g,h\n1,2,3,4,5,6,7,8\n"))
    assert "(a, b, c, d, e, f, ...)" in text and "column-mapping form" in text


def test_refusals_in_italian():
    err = _refused("september.csv", (META_HEAD + '1,2,Acme,Hi,https://www.facebook.com/x,Photos,1,1,0,0\n').encode())
    it = message(err, "it")
    assert it.startswith("september.csv non è un export che Conversa riconosce") and '"publish time"' in it
    assert message(err, "en") == str(err)
    assert message(ValueError("plain"), "it") == "plain"  # anything else as written


def test_cli_prints_refusals_in_the_chosen_language(tmp_path, capsys):
    from lib.cli import main

    p = tmp_path / "notes.csv"
    p.write_bytes(b"colour,size\nred,4\n")
    assert main(["import", "--lang", "it", str(p)]) == 2
    assert "non è un export che Conversa riconosce" in capsys.readouterr().err
    assert main(["import", str(p)]) == 2
    assert "is not an export Conversa recognises" in capsys.readouterr().err


def test_missing_path_in_both_languages(tmp_path):
    with pytest.raises(FileImportError) as err:
        import_paths([tmp_path / "nope.csv"])
    assert message(err.value, "it").endswith("non esiste.")


# ------------------------------------------------------------------------------------------ personal archives

FB_POSTS = [{"timestamp": 1700000000, "data": [{"post": "Our new shop is open!"}], "title": "Ada updated her status."}]
FB_COMMENTS = {"comments_v2": [{"timestamp": 1700000100, "data": [{"comment": {"comment": "nice", "author": "Ada"}}],
                                "title": "Ada commented on a post."}]}
IG_COMMENTS = [{"string_map_data": {"Comment": {"value": "wow"}, "Media Owner": {"value": "acme"},
                                    "Time": {"timestamp": 1700000200}}}]


@pytest.mark.parametrize(("name", "content", "platform"), [
    ("your_posts_1.json", FB_POSTS, "Facebook"), ("comments.json", FB_COMMENTS, "Facebook"),
    ("post_comments_1.json", IG_COMMENTS, "Instagram"),
])
def test_meta_download_your_information_is_refused_with_the_export_to_make(name, content, platform):
    err = _refused(name, json.dumps(content).encode())
    assert err.code == "personal_archive" and err.params["platform"] == platform
    assert "Download your information" in str(err) and "Meta Business Suite > Insights > Content" in str(err)
    assert "Scarica le tue informazioni" in message(err, "it")


def test_a_whole_download_your_information_zip_is_refused_once():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("your_facebook_activity/posts/your_posts_1.json", json.dumps(FB_POSTS))
        zf.writestr("your_facebook_activity/comments_and_reactions/comments.json", json.dumps(FB_COMMENTS))
        zf.writestr("your_facebook_activity/posts/media/photo.jpg", b"\xff\xd8")
    err = _refused("facebook-ada-2026-01-01-abc.zip", buf.getvalue())
    assert err.code == "personal_archive"


# ------------------------------------------------------------------------------------------ private messages

INBOX = {"participants": [{"name": "Ada"}, {"name": "Acme Shop"}],
         "messages": [{"sender_name": "Ada", "timestamp_ms": 1700000000000, "content": "is my order shipped?"}],
         "title": "Ada", "thread_path": "inbox/ada_123"}
X_DMS = 'window.YTD.direct_messages.part0 = [{"dmConversation": {"conversationId": "1-2", "messages": []}}]'
LINKEDIN_MESSAGES = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
                     "2-abc,,Ada,https://www.linkedin.com/in/ada,Acme,2026-01-02 10:00:00 UTC,,Hello,INBOX\n")


@pytest.mark.parametrize(("name", "data", "what"), [
    ("message_1.json", json.dumps(INBOX).encode(), "inbox"),
    ("direct-messages.js", X_DMS.encode(), "x_dms"),
    ("messages.csv", LINKEDIN_MESSAGES.encode(), "message_table"),
    ("chats.json", json.dumps({"Direct Messages": {"Chat History": {}}}).encode(), "tiktok_dms"),
])
def test_private_messages_are_refused_with_a_clear_sentence(name, data, what):
    f = SourceFile(name, data)
    assert detect(f)[0][0].key == "private_messages"
    err = _refused(name, data)
    assert err.code == "private_messages" and err.params["what"] == what
    assert "never imports private messages" in str(err) and "Nothing from this file was imported" in str(err)
    assert "non importa mai messaggi privati" in message(err, "it")


def test_private_messages_cannot_be_imported_through_the_mapping_form():
    f = SourceFile("messages.csv", LINKEDIN_MESSAGES.encode())
    with pytest.raises(FileImportError, match="never imports private messages"):
        mapping.columns_of(f)
    plan = {"table": "posts", "columns": {"post_id": "CONVERSATION ID", "published_at": "DATE", "text": "CONTENT"}}
    with pytest.raises(FileImportError, match="never imports private messages"):
        mapping.apply_mapping(f, plan, "linkedin")
    renamed = SourceFile("m.csv", b"thread_id;sender;message;when\n1;Ada;hi;2026-01-01\n")
    with pytest.raises(FileImportError, match="never imports private messages"):
        mapping.apply_mapping(renamed, {"table": "posts", "columns": {"post_id": "thread_id", "published_at": "when",
                                                                      "text": "message"}}, "x")


def test_an_inbox_inside_an_export_zip_is_skipped_and_said_so():
    buf = io.BytesIO()
    data = (b"Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,"
            b"Profile visits,Create Post,Video views,Media views\n\"Thu, Sep 11, 2025\",10,1,2,0,0,3,1,0,0,1,0,0,0\n")
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("account_overview_analytics.csv", data)
        zf.writestr("messages/inbox/ada_1/message_1.json", json.dumps(INBOX))
    results = import_file(SourceFile("export.zip", buf.getvalue()))
    assert [r.importer for r in results] == ["x_account_overview"]
    skipped = [w for w in results[0].warnings if w.startswith("Skipped")]
    assert len(skipped) == 1 and "private messages" in skipped[0]
    assert all("ada" not in str(t).lower() for r in results for t in r.dataset.posts.get("text", []))


def test_refusing_importers_are_not_listed_as_supported():
    labels = [label for label, _ in supported_formats()]
    assert not any("Private messages" in label or "Download your information" in label for label in labels)


def test_real_samples_are_not_taken_for_messages_or_personal_archives(samples):
    keys = set()
    for path in sorted(Path(samples).rglob("*")):
        if path.is_file() and path.suffix in (".csv", ".json", ".js", ".xls", ".xlsx"):
            ranked = detect(SourceFile(path.name, path.read_bytes()))
            keys.update(imp.key for imp, _ in ranked)
    assert not keys & {"private_messages", "meta_personal_archive"}


def test_every_refusal_code_in_the_code_has_its_sentence_in_both_languages():
    import re

    from lib.i18n import catalogues

    root = Path(__file__).resolve().parents[2] / "lib"
    codes = {m for p in root.rglob("*.py") for m in re.findall(r'refusal\(\s*"([a-z_]+)"', p.read_text("utf-8"))}
    assert {"unknown_closest", "private_messages", "empty", "binary", "zip_bomb"} <= codes
    for lang in ("en", "it"):
        missing = sorted(c for c in codes if f"importers.error.{c}" not in catalogues()[lang])
        assert not missing, (lang, missing)


@pytest.mark.parametrize(("data", "en", "it"), [
    (b"", "is empty", "è vuoto"),
    (bytes(range(32)) * 50, "looks like binary data", "sembra un file binario"),
])
def test_unreadable_files_in_both_languages(data, en, it):
    err = _refused("f.csv", data)
    assert en in str(err) and it in message(err, "it")


def test_the_upload_page_says_the_list_is_above():
    err = _refused("x.csv", b"a,b\n1,2\n")
    assert 'listed under "Which exports can I upload" above' in message(err, "en", where="importers.formats_above")
    assert 'in "Quali export posso caricare"' in message(err, "it", where="importers.formats_above")


def test_prose_is_not_taken_for_a_table():
    text = b"# Notes\n\nEverything here was copied byte for byte from public repositories (git show on a snapshot, or the blob). Nothing was edited.\n"
    err = _refused("NOTES.md", text)
    assert err.code == "unknown" and "holds no table" in str(err)


# ------------------------------------------------------------------------------------------ warnings in both languages


def test_warnings_are_notes_said_in_italian_and_survive_the_page_cache():
    import pickle

    data = (b"platform,post_id,published_at,text,reactions\nfacebook,p1,2025-01-02T10:00:00+00:00,Ciao,3\n"
            b"facebook,p2,,Senza data,1\nfacebook,p3,2025-01-03T10:00:00+00:00,Meno,-2\n")
    res = import_file(SourceFile("posts.csv", data))[0]
    said = [message(w, "it") for w in res.warnings]
    assert "1 row without a date was skipped." in res.warnings
    assert "1 riga senza una data è stata saltata." in said
    assert any(s.startswith("1 riga di Post ha un valore negativo in 'Mi piace e reazioni'") for s in said)
    again = pickle.loads(pickle.dumps(res.warnings))  # noqa: S301 (our own objects, as the page cache does)
    assert again == res.warnings and [message(w, "it") for w in again] == said


def test_a_skipped_member_of_a_zip_is_said_in_italian():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("posts.csv", b"platform,post_id,published_at\nfacebook,p1,2025-01-02T10:00:00+00:00\n")
        zf.writestr("messages/inbox/a/message_1.json", json.dumps(INBOX))
    res = import_file(SourceFile("export.zip", buf.getvalue()))[0]
    skipped = [w for w in res.warnings if w.startswith("Skipped")]
    assert len(skipped) == 1
    assert message(skipped[0], "it").startswith("Saltato: export.zip/messages/inbox/a/message_1.json contiene messaggi privati")


def test_cli_prints_warnings_in_the_chosen_language(tmp_path, capsys):
    from lib.cli import main

    p = tmp_path / "posts.csv"
    p.write_bytes(b"platform,post_id,published_at\nfacebook,p1,2025-01-02T10:00:00+00:00\nfacebook,p2,\n")
    assert main(["import", "--lang", "it", str(p)]) == 0
    assert "warning: 1 riga senza una data è stata saltata." in capsys.readouterr().out
