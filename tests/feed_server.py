"""A real HTTP server on loopback serving careers feeds (``http.server`` in a thread, ephemeral port).

Each path (with its query) is a ``Route``: a recorded feed, a status, a redirect, a response that waits on
``release`` (an Event, set by the test or on stop — never a sleep), or a stream of N bytes. Every request is
logged with its headers, so tests see what Rebound sent (User-Agent, conditional headers, nothing personal).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

FEEDS = Path(__file__).parent / "data" / "feeds"


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/json"
    status: int = 200
    etag: str | None = None
    location: str | None = None  # a redirect target
    wait: bool = False  # answer only once `release` is set
    stream: int = 0  # send this many bytes without a Content-Length
    declared_length: bool = False  # with `stream`: declare the length up front


def recorded(name: str, content_type: str | None = None, **kwargs: object) -> Route:
    """A route serving ``tests/data/feeds/<name>``."""
    kind = content_type or ("application/json" if name.endswith(".json") else "application/xml")
    return Route(body=(FEEDS / name).read_bytes(), content_type=kind, **kwargs)  # type: ignore[arg-type]


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


@dataclass
class FeedServer:
    routes: dict[str, Route] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    peak: int = 0  # the most requests answered at the same time
    _active: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _enter(self, delta: int) -> None:
        with self._lock:
            self._active += delta
            self.peak = max(self.peak, self._active)

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server._enter(1)
                try:
                    self._get()
                finally:
                    server._enter(-1)

            def _get(self) -> None:
                server.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path)
                if route is None:
                    self._answer(404, b"<!doctype html><title>Not found</title>", "text/html")
                    return
                if route.wait:
                    server.release.wait(60)
                if route.location is not None:
                    self.send_response(route.status or 302)
                    self.send_header("Location", route.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if route.etag is not None and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                if route.stream:
                    self._stream(route)
                    return
                self._answer(route.status, route.body, route.content_type, route.etag)

            def _answer(self, status: int, body: bytes, content_type: str, etag: str | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                if etag is not None:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def _stream(self, route: Route) -> None:
                self.send_response(200)
                self.send_header("Content-Type", route.content_type)
                if route.declared_length:
                    self.send_header("Content-Length", str(route.stream))
                else:
                    self.send_header("Connection", "close")
                self.end_headers()
                chunk = b"[" + b" " * (64 * 1024 - 1)
                sent = 0
                try:
                    while sent < route.stream:
                        self.wfile.write(chunk)
                        sent += len(chunk)
                        chunk = b" " * len(chunk)
                except OSError:  # the client stopped reading: what a size limit does
                    pass
                self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
