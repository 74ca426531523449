"""vcrpy cassettes written from the platforms' documented answers, for the connector tests.

Each test module declares the answers as Python data (shaped like the platform's API reference); ``cassette``
writes them as a vcrpy cassette and replays it under the real client library (requests, httpx or httplib2).
Replay only: a request the cassette does not hold fails the test, so nothing reaches the network.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import vcr
import yaml

REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def answer(url: str, body: Any = None, *, status: int = 200, query: dict[str, Any] | None = None,
           headers: dict[str, str] | None = None, method: str = "GET") -> dict[str, Any]:
    """One recorded interaction: ``method url?query`` answered with ``status`` and the JSON ``body``."""
    if query:
        url = f"{url}?{urlencode(query)}"
    return {
        "request": {"body": None, "headers": {}, "method": method, "uri": url},
        "response": {
            "status": {"code": status, "message": REASONS.get(status, "")},
            "headers": {"Content-Type": ["application/json; charset=utf-8"],
                        **{k: [v] for k, v in (headers or {}).items()}},
            "body": {"string": "" if body is None else json.dumps(body)},
        },
    }


def write(path: Path, interactions: Iterable[dict[str, Any]]) -> Path:
    path.write_text(yaml.safe_dump({"interactions": list(interactions), "version": 1}, allow_unicode=True),
                    encoding="utf-8")
    return path


@contextmanager
def cassette(tmp_path: Path, interactions: Iterable[dict[str, Any]], *, filter_query: tuple[str, ...] = (),
             name: str = "tape.yaml") -> Iterator[Any]:
    """Replay ``interactions`` (each once, matched on method, host, port, path and query)."""
    path = write(tmp_path / name, interactions)
    tape = vcr.VCR(record_mode="none", match_on=["method", "scheme", "host", "port", "path", "query"],
                   filter_headers=["Authorization"], filter_query_parameters=list(filter_query),
                   decode_compressed_response=True)
    with tape.use_cassette(str(path)) as played:
        yield played


@contextmanager
def serve(interactions: Iterable[dict[str, Any]], *, ignore_query: tuple[str, ...] = ()) -> Iterator[str]:
    """A replay server on loopback answering ``interactions`` (matched on method, path and query without the
    ``ignore_query`` parameters, each once) for the CLI's ``--api-url``; yields its base address
    ``http://127.0.0.1:PORT``. Anything else gets a 404 and fails the test: the server is the only thing the
    client talks to."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qsl, urlsplit

    def key(method: str, url: str) -> tuple[str, str, tuple[tuple[str, str], ...]]:
        parts = urlsplit(url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ignore_query]
        return method, parts.path, tuple(sorted(query))

    waiting = [(key(i["request"]["method"], i["request"]["uri"]), i["response"]) for i in interactions]
    unexpected: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            wanted = key("GET", self.path)
            found = next((n for n, (k, _) in enumerate(waiting) if k == wanted), None)
            if found is None:
                unexpected.append(self.path)
                self.send_response(404)
                self.end_headers()
                return
            response = waiting.pop(found)[1]
            body = response["body"]["string"].encode("utf-8")
            self.send_response(response["status"]["code"])
            for name, values in response["headers"].items():
                for value in values:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
    assert not unexpected, f"requests the replay server does not hold: {unexpected}"
