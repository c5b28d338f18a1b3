"""HTML of a mail body → plain text, without rendering anything: no images, no styles, no scripts, no requests.

The standard library's ``html.parser`` reads the tags; block tags become line breaks, list items get a dash,
``script``/``style``/``head`` are left out, character references are decoded. The links (anchor text, URL) are
kept beside the text: job-alert mails list their openings as links.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCK = frozenset(
    "p div br tr li ul ol table h1 h2 h3 h4 h5 h6 blockquote pre hr section article header footer title".split()
)
_HIDDEN = frozenset({"script", "style", "head", "noscript", "template"})
MAX_LINKS = 500


@dataclass(frozen=True)
class HtmlText:
    text: str
    links: tuple[tuple[str, str], ...]


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._anchor: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n- " if tag == "li" else "\n")
        if tag == "a":
            self._href = dict(attrs).get("href") or None
            self._anchor = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "a" and self._href is not None:
            anchor = " ".join("".join(self._anchor).split())
            if len(self.links) < MAX_LINKS and self._href.lower().startswith(("http://", "https://")):
                self.links.append((anchor, self._href.strip()))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        self.parts.append(data)
        if self._href is not None:
            self._anchor.append(data)


def html_to_text(html: str) -> HtmlText:
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; a broken document keeps what was read
        pass
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return HtmlText("\n".join(kept).strip(), tuple(parser.links))
