"""The YouTube connector under the real google-api-python-client (httplib2, the bundled discovery document), with
answers shaped like the YouTube Data API v3 reference (channels, playlistItems, videos, commentThreads, comments
list responses; Google's JSON error bodies) replayed by vcrpy. The API key is filtered from every recorded URL.

google-api-python-client talks through httplib2, which ``responses`` cannot intercept: the error answers are
vcrpy interactions with the error's status and Google's documented error body instead."""

from __future__ import annotations

import datetime as dt
import logging
import pickle
import socket

import pandas as pd
import pytest

from lib.connectors import base
from lib.connectors import youtube as yt
from lib.connectors.base import FetchRequest, error_message
from lib.dataset import Dataset
from lib.kpis import Period, compute
from tests.connector_tape import answer, cassette, serve

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
V3 = "https://youtube.googleapis.com/youtube/v3"
KEY = "AIzaSyD-FakeKeyForConversaTests0123456789"  # shaped like a Google API key
CHANNEL = "UCAcmeCoffeeChannel00001"
UPLOADS = "UUAcmeCoffeeChannel00001"
ANNA, BRUNO, CARLA, DARIO, ERIN, FABIO = (f"UC{n:<22}".replace(" ", "0") for n in
                                          ("anna", "bruno", "carla", "dario", "erin", "fabio"))
VID3, VID2, VID1, VID0 = "vid3Winter1", "vid2Closed1", "vid1Hello01", "vid0Oldest1"
NEXT_VIDEOS, NEXT_THREADS, NEXT_REPLIES = "EAAaBlBUOkNESQ", "QURTSl9pM1p3", "R0FBQUFBQUFB"


def channel(**stats) -> dict:
    return {"kind": "youtube#channelListResponse", "etag": "e0", "pageInfo": {"totalResults": 1, "resultsPerPage": 5},
            "items": [{"kind": "youtube#channel", "etag": "e1", "id": CHANNEL,
                       "snippet": {"title": "Acme Coffee", "description": "", "customUrl": "@acmecoffee",
                                   "publishedAt": "2019-03-01T10:00:00Z"},
                       "contentDetails": {"relatedPlaylists": {"likes": "", "uploads": UPLOADS}},
                       "statistics": {"viewCount": "182000", "subscriberCount": "5120",
                                      "hiddenSubscriberCount": False, "videoCount": "3", **stats}}]}


def item(video_id: str, when: str) -> dict:
    return {"kind": "youtube#playlistItem", "etag": f"p{video_id}", "id": f"UExp{video_id}",
            "contentDetails": {"videoId": video_id, "videoPublishedAt": when}}


def video(video_id: str, when: str, title: str, *, views, likes, comments, privacy="public") -> dict:
    return {"kind": "youtube#video", "etag": f"v{video_id}", "id": video_id,
            "snippet": {"publishedAt": when, "channelId": CHANNEL, "title": title, "description": "",
                        "channelTitle": "Acme Coffee"},
            "status": {"uploadStatus": "processed", "privacyStatus": privacy, "license": "youtube",
                       "embeddable": True, "publicStatsViewable": True},
            "statistics": {"viewCount": str(views), "likeCount": str(likes), "favoriteCount": "0",
                           "commentCount": str(comments)}}


def comment(cid: str, who: str, name: str, when: str, text: str, video_id: str, parent: str | None = None) -> dict:
    snippet = {"channelId": CHANNEL, "videoId": video_id, "textDisplay": text, "textOriginal": text,
               "authorDisplayName": name, "authorProfileImageUrl": "", "authorChannelUrl": f"http://www.youtube.com/{name}",
               "authorChannelId": {"value": who}, "canRate": True, "viewerRating": "none", "likeCount": 0,
               "publishedAt": when, "updatedAt": when}
    if parent:
        snippet["parentId"] = parent
    return {"kind": "youtube#comment", "etag": f"c{cid}", "id": cid, "snippet": snippet}


def thread(top: dict, total_replies: int = 0, replies: tuple[dict, ...] = ()) -> dict:
    body = {"kind": "youtube#commentThread", "etag": f"t{top['id']}", "id": top["id"],
            "snippet": {"channelId": CHANNEL, "videoId": top["snippet"]["videoId"], "topLevelComment": top,
                        "canReply": True, "totalReplyCount": total_replies, "isPublic": True}}
    if replies:
        body["replies"] = {"comments": list(replies)}
    return body


def listing(kind: str, items: list, next_token: str | None = None, per_page: int = 50) -> dict:
    body = {"kind": f"youtube#{kind}ListResponse", "etag": "el", "pageInfo": {"totalResults": len(items),
                                                                              "resultsPerPage": per_page},
            "items": items}
    if next_token:
        body["nextPageToken"] = next_token
    return body


T1, T2, T3, T4 = "UgxT1anna", "UgxT2bruno", "UgxT3carla", "UgxT4dario"
R = {i: f"{T1}.R{i}" for i in range(1, 7)}
C3 = f"{T3}.R1"


def r1(i: int, who: str, name: str, when: str, text: str) -> dict:
    return comment(R[i], who, name, f"2026-11-18T{when}:00Z", text, VID3, parent=T1)


TOP1 = comment(T1, ANNA, "@anna", "2026-11-18T10:00:00Z", "Dark, always. Is it vegan?", VID3)
REPLIES1 = [r1(1, ERIN, "@erin", "10:30", "Same question"), r1(2, CHANNEL, "@acmecoffee", "11:00", "Yes, fully vegan!"),
            r1(3, ANNA, "@anna", "11:30", "Great, ordering now"), r1(4, ERIN, "@erin", "12:00", "Me too"),
            r1(5, FABIO, "@fabio", "12:10", "Medium please"), r1(6, FABIO, "@fabio", "12:20", "Or light?")]
THREADS3_P1 = listing("commentThread", [
    thread(TOP1, 6, tuple(REPLIES1[:5])),
    thread(comment(T2, BRUNO, "@bruno", "2026-11-18T12:05:00Z", "Nice mug", VID3)),
], NEXT_THREADS, per_page=100)
THREADS3_P2 = listing("commentThread", [
    thread(comment(T3, CARLA, "@carla", "2026-11-19T08:00:00Z", "Open on Sunday?", VID3), 1,
           (comment(C3, CHANNEL, "@acmecoffee", "2026-11-19T10:00:00Z", "From 9 to 13!", VID3, parent=T3),)),
], per_page=100)
THREADS1 = listing("commentThread", [
    thread(comment(T4, DARIO, "@dario", "2026-10-01T09:00:00Z", "Welcome to YouTube!", VID1)),
], per_page=100)


def q(**params) -> dict:
    return {**params, "alt": "json"}


def channels(body=None, *, status: int = 200, **query) -> dict:
    return answer(f"{V3}/channels", channel() if body is None else body, status=status,
                  query=q(part="snippet,statistics,contentDetails", **(query or {"forHandle": "@acmecoffee"})))


def playlist(body, token: str | None = None, **kw) -> dict:
    return answer(f"{V3}/playlistItems", body, query=q(part="contentDetails", playlistId=UPLOADS, maxResults=50,
                                                       **({"pageToken": token} if token else {})), **kw)


def videos(ids: list[str], body, **kw) -> dict:
    return answer(f"{V3}/videos", body, query=q(part="snippet,statistics,status", id=",".join(ids), maxResults=50),
                  **kw)


def threads(video_id: str, body, token: str | None = None, **kw) -> dict:
    return answer(f"{V3}/commentThreads", body, query=q(part="snippet,replies", videoId=video_id, maxResults=100,
                                                        textFormat="plainText",
                                                        **({"pageToken": token} if token else {})), **kw)


def replies(parent: str, body, token: str | None = None) -> dict:
    return answer(f"{V3}/comments", body, query=q(part="snippet", parentId=parent, maxResults=100,
                                                  textFormat="plainText", **({"pageToken": token} if token else {})))


PLAYLIST1 = listing("playlistItem", [item(VID3, "2026-11-18T09:00:00Z"), item(VID2, "2026-11-10T09:00:00Z")],
                    NEXT_VIDEOS)
PLAYLIST2 = listing("playlistItem", [item(VID1, "2026-10-01T08:00:00Z"), item(VID0, "2025-06-01T08:00:00Z")])
VIDEOS1 = listing("video", [video(VID3, "2026-11-18T09:00:00Z", "Our winter blend", views=2400, likes=140,
                                  comments=9),
                            video(VID2, "2026-11-10T09:00:00Z", "Closed Monday", views=80, likes=2, comments=0,
                                  privacy="unlisted")])
VIDEOS2 = listing("video", [video(VID1, "2026-10-01T08:00:00Z", "Hello YouTube", views=900, likes=60, comments=1)])
START = [channels(), playlist(PLAYLIST1), videos([VID3, VID2], VIDEOS1), playlist(PLAYLIST2, NEXT_VIDEOS),
         videos([VID1], VIDEOS2)]
FULL = [*START, threads(VID3, THREADS3_P1),
        replies(T1, listing("comment", REPLIES1[:3], NEXT_REPLIES, per_page=100)),
        replies(T1, listing("comment", REPLIES1[3:], per_page=100), NEXT_REPLIES),
        threads(VID3, THREADS3_P2, NEXT_THREADS), threads(VID1, THREADS1)]


def fetch(**request) -> yt.YouTubeFetch:
    return yt.make_fetch(FetchRequest(request.pop("account", "@acmecoffee"), token=KEY, now=NOW, **request))


def run(tmp_path, interactions, **request):
    with cassette(tmp_path, interactions, filter_query=("key",)):
        return fetch(**request).run()


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


def test_public_videos_within_twelve_months_with_their_statistics(tmp_path):
    result = run(tmp_path, FULL)
    assert result.complete and result.account == "@acmecoffee" and result.account_id == CHANNEL
    expected = Dataset.from_frames(posts=pd.DataFrame({
        "platform": "youtube", "account": "@acmecoffee", "post_id": [VID1, VID3],
        "published_at": [ts("2026-10-01 08:00"), ts("2026-11-18 09:00")], "post_type": "video",
        "text": ["Hello YouTube", "Our winter blend"],
        "permalink": [f"https://www.youtube.com/watch?v={v}" for v in (VID1, VID3)],
        "reactions": [60, 140], "comments": [1, 9], "video_views": [900, 2400],
    })).posts
    pd.testing.assert_frame_equal(result.dataset.posts.sort_values("published_at", ignore_index=True), expected)


def test_threads_with_every_reply_beyond_the_five_included_and_brand_flagged(tmp_path):
    comments = run(tmp_path, FULL).dataset.comments.sort_values("created_at", ignore_index=True)
    got = comments[["comment_id", "post_id", "parent_id", "author_id", "author_name", "is_brand", "created_at"]]
    expected = Dataset.from_frames(comments=pd.DataFrame({
        "platform": "youtube",
        "comment_id": [T4, T1, R[1], R[2], R[3], R[4], T2, R[5], R[6], T3, C3],
        "post_id": [VID1] + [VID3] * 10,
        # YouTube keeps replies one level deep: each reply points at its top-level comment
        "parent_id": [None, None, T1, T1, T1, T1, None, T1, T1, None, T3],
        "author_id": [DARIO, ANNA, ERIN, CHANNEL, ANNA, ERIN, BRUNO, FABIO, FABIO, CARLA, CHANNEL],
        "author_name": ["@dario", "@anna", "@erin", "@acmecoffee", "@anna", "@erin", "@bruno", "@fabio", "@fabio",
                        "@carla", "@acmecoffee"],
        "is_brand": [False, False, False, True, False, False, False, False, False, False, True],
        "created_at": [ts("2026-10-01 09:00"), ts("2026-11-18 10:00"), ts("2026-11-18 10:30"),
                       ts("2026-11-18 11:00"), ts("2026-11-18 11:30"), ts("2026-11-18 12:00"),
                       ts("2026-11-18 12:05"), ts("2026-11-18 12:10"), ts("2026-11-18 12:20"),
                       ts("2026-11-19 08:00"), ts("2026-11-19 10:00")],
    })).comments[got.columns]
    pd.testing.assert_frame_equal(got, expected)
    assert comments.loc[comments["comment_id"] == R[6], "text"].item() == "Or light?"


def test_subscribers_today_and_a_call_count_at_the_page_minimum(tmp_path):
    result = run(tmp_path, FULL)
    f = result.dataset.followers
    assert f[["platform", "account", "followers"]].values.tolist() == [["youtube", "@acmecoffee", 5120]]
    # channel 1 + 2 playlist pages + 2 videos.list + 3 commentThreads pages + 2 comments.list pages
    assert result.counts == {"posts": 2, "comments": 11, "brand_replies": 2, "followers": 5120, "requests": 10}


def test_thread_kpis_from_the_fetched_tables(tmp_path):
    """Audience roots T4, T1, T2, T3; the brand answered T1 after 1 h and T3 after 2 h -> rate 2/4, median 1.5 h;
    Anna wrote again after the brand's answer in T1 -> 1 dialogue thread of 4; commenters Anna, Bruno, Carla,
    Dario, Erin, Fabio -> 6."""
    report = compute(run(tmp_path, FULL).dataset, Period.with_previous(dt.date(2026, 9, 1), dt.date(2026, 11, 20)))
    v = report.overall
    assert v["brand_response_rate"] == pytest.approx(2 / 4)
    assert v["brand_response_time_median_h"] == pytest.approx(1.5)
    assert v["dialogue_thread_share"] == pytest.approx(1 / 4)
    assert v["unique_commenters"] == 6


def test_the_quota_is_shown_before_the_fetch_and_the_channel_is_asked_once(tmp_path):
    with cassette(tmp_path, FULL, filter_query=("key",)):
        f = fetch()
        assert f.quota_estimate() == (
            "This fetch will spend up to 6 of the 10,000 quota units YouTube gives a project each day (1 per list "
            "call: the channel, 1 pages of videos and their statistics, one page of comments per video), plus 1 for "
            "each further page of a long comment thread.")
        assert "fino a 6 delle 10.000 unità" in f.quota_estimate("it")
        assert f.requests == 1
        result = f.run()
    assert result.counts["requests"] == 10  # the estimate's channel call is the fetch's own


def test_a_spent_quota_mid_fetch_keeps_what_arrived_and_says_midnight_pacific(tmp_path):
    spent = threads(VID3, {"error": {"code": 403, "message": "The request cannot be completed because you have "
                                     "exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.",
                                     "errors": [{"message": "quota", "domain": "youtube.quota",
                                                 "reason": "quotaExceeded"}]}}, NEXT_THREADS, status=403)
    result = run(tmp_path, [*FULL[:8], FULL[9], spent])
    assert result.stopped_reason == "rate_limit" and not result.complete
    assert result.rate_limit_reset == dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.UTC)  # 00:00 PST
    # oldest video first: VID1's thread (T4) is whole, VID3's first page (T1, its 6 replies, T2) arrived
    assert len(result.dataset.posts) == 2 and len(result.dataset.comments) == 9
    assert result.resume_since == dt.date(2026, 11, 18)  # VID3's day: go on from there


def test_a_bad_key_is_named_with_the_fix_and_never_shown(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    bad = channels({"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                              "errors": [{"message": "API key not valid. Please pass a valid API key.",
                                          "domain": "global", "reason": "badRequest"}],
                              "status": "INVALID_ARGUMENT",
                              "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                           "reason": "API_KEY_INVALID", "domain": "googleapis.com"}]}}, status=400)
    with cassette(tmp_path, [bad], filter_query=("key",)), pytest.raises(yt.AuthError) as info:
        fetch().run()
    text = str(info.value)
    assert "YouTube did not accept the credential (400 API_KEY_INVALID: API key not valid." in text
    assert "APIs & Services > Credentials" in text and "API e servizi > Credenziali" in error_message(info.value, "it")
    assert KEY not in text and KEY.encode() not in pickle.dumps(info.value)
    assert "URL being requested" in caplog.text and KEY not in caplog.text  # the client logs URLs: key redacted
    assert KEY not in (tmp_path / "tape.yaml").read_text()


def test_an_unknown_channel_is_named(tmp_path):
    empty = channels({"kind": "youtube#channelListResponse", "etag": "e", "pageInfo": {"totalResults": 0,
                                                                                       "resultsPerPage": 5}},
                     forHandle="@nobody")
    with cassette(tmp_path, [empty], filter_query=("key",)), pytest.raises(yt.AccountNotFound) as info:
        fetch(account="https://www.youtube.com/@nobody").quota_estimate()
    assert "YouTube has no public account @nobody (no such channel)" in str(info.value)
    assert "UC..." in str(info.value)


def test_disabled_comments_skip_the_video(tmp_path):
    off = threads(VID1, {"error": {"code": 403, "message": "The video identified by the videoId parameter has "
                                   "disabled comments.", "errors": [{"domain": "youtube.commentThread",
                                                                     "reason": "commentsDisabled"}]}}, status=403)
    result = run(tmp_path, [*FULL[:-1], off])
    assert result.complete and T4 not in set(result.dataset.comments["comment_id"])
    assert len(result.dataset.comments) == 10


def test_server_error_after_the_channel_keeps_the_subscribers(tmp_path):
    down = playlist({"error": {"code": 503, "message": "The service is currently unavailable.",
                               "errors": [{"reason": "backendError"}]}}, status=503)
    with cassette(tmp_path, [channels(), down], filter_query=("key",)), pytest.raises(yt.Unavailable) as info:
        fetch().run()
    assert "YouTube is not answering properly right now (503 server error)" in str(info.value)
    assert info.value.partial is not None and info.value.partial.counts["followers"] == 5120


def test_no_network_is_said_plainly():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(yt.NoNetwork, match="Could not reach YouTube"):
        fetch(api_url=f"http://127.0.0.1:{port}").run()


def test_refresh_asks_only_for_newer_videos_and_the_last_days(tmp_path):
    newest = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)
    first = listing("playlistItem", [item(VID3, "2026-11-18T09:00:00Z"), item(VID1, "2026-10-01T08:00:00Z")],
                    NEXT_VIDEOS)
    only3 = listing("video", VIDEOS1["items"][:1])
    result = run(tmp_path, [channels(), playlist(first), videos([VID3], only3), *FULL[5:9]], newest=newest)
    assert result.dataset.posts["post_id"].tolist() == [VID3] and result.counts["requests"] == 7


@pytest.mark.parametrize(("account", "query"), [
    ("UCAcmeCoffeeChannel00001", {"id": CHANNEL}), ("https://www.youtube.com/channel/UCAcmeCoffeeChannel00001",
                                                     {"id": CHANNEL}),
    ("@acmecoffee", {"forHandle": "@acmecoffee"}), ("acmecoffee", {"forHandle": "@acmecoffee"}),
])
def test_channel_ids_handles_and_addresses(account, query):
    assert yt.channel_query(account) == query


def test_cli_fetch_against_a_loopback_server_prints_the_quota_first(tmp_path, monkeypatch, capsys):
    from lib.cli import main
    from lib.store import open_store

    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.delenv("CONVERSA_SECRET_KEY", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("YOUTUBE_API_KEY", KEY)
    monkeypatch.setattr(base, "utcnow", lambda: NOW)
    with serve(FULL, ignore_query=("key",)) as url:
        assert main(["fetch", "youtube", "@acmecoffee", "--workspace", "acme", "--api-url", url]) == 0
    out = capsys.readouterr().out
    assert out.index("spend up to 6 of the 10,000 quota units") < out.index("posts:")
    assert "youtube:@acmecoffee: 2 posts, 11 comments (2 by the account), 5120 followers today, 10 requests" in out
    assert "It spent 10 of the 10,000 quota units of the day." in out
    assert KEY not in out
    stored = open_store().load("acme")
    assert len(stored.posts) == 2 and len(stored.comments) == 11
