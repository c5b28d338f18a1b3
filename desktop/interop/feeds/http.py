"""One polite GET of a feed page with the standard library (``urllib.request``).

Conditional (If-None-Match / If-Modified-Since), a timeout on connecting and on every read, a size limit checked
while streaming (the body is never read past it), a User-Agent naming Rebound and its version, no cookies, no
referer, no personal data; a redirect is followed only on the same host (and never from https to http).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from desktop import __version__
from desktop.interop.feeds.model import FeedError

USER_AGENT = f"Rebound/{__version__} (personal CRM; reads public job feeds once a day)"
MAX_BYTES = 10 * 1024 * 1024
TIMEOUT_SECONDS = 20.0
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Response:
    status: int  # 200 or 304
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    url: str  # after same-host redirects


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        old_scheme, old_host, old_port = _origin(req.full_url)
        new_scheme, new_host, new_port = _origin(newurl)
        if new_host != old_host or (new_port or 0) != (old_port or 0):
            raise FeedError(f"redirected to another host ({new_host or newurl[:60]}); not followed")
        if old_scheme == "https" and new_scheme != "https":
            raise FeedError("redirected from https to http; not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    # No ProxyHandler from the environment is removed: a user's proxy is theirs; cookies are never kept.
    return urllib.request.build_opener(_SameHostRedirects)


def _read_limited(stream: IO[bytes], limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise FeedError(f"response larger than {limit // (1024 * 1024)} MB; refused")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
) -> Response:
    """GET ``url``; a 304 gives status 304 and no body; every failure is a FeedError with one line."""
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json, application/xml, text/xml, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers, method="GET")
    try:
        with _opener().open(request, timeout=timeout) as answer:
            length = answer.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FeedError(f"response of {int(length) // (1024 * 1024)} MB is larger than "
                                f"{max_bytes // (1024 * 1024)} MB; refused")  # fmt: skip
            body = _read_limited(answer, max_bytes)
            return Response(answer.status, body, answer.headers.get("Content-Type"), answer.headers.get("ETag"),
                            answer.headers.get("Last-Modified"), answer.url)  # fmt: skip
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304:
            return Response(304, b"", None, exc.headers.get("ETag") or etag,
                            exc.headers.get("Last-Modified") or last_modified, url)  # fmt: skip
        if exc.code in (301, 302, 303, 307, 308):
            raise FeedError(f"HTTP {exc.code}: too many redirects") from None
        raise FeedError(f"HTTP {exc.code} {exc.reason}".rstrip()) from None
    except FeedError:
        raise
    except TimeoutError:
        raise FeedError(f"no answer within {timeout:g} s (timeout)") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise FeedError(f"no answer within {timeout:g} s (timeout)") from None
        if isinstance(reason, FeedError):
            raise reason from None
        raise FeedError(f"cannot connect: {reason}") from None
    except (OSError, ValueError) as exc:  # connection reset, bad status line, invalid URL
        raise FeedError(f"connection failed: {exc}") from None
