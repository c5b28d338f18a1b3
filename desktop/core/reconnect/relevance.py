"""How relevant an opening is to a set of role titles and keywords (spec/reconnect-rules.md, Terms)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

SENIORITY = frozenset(
    {"junior", "jr", "senior", "sr", "lead", "principal", "staff", "head", "i", "ii", "iii", "iv", "intern"}
)
_NOT_WORD = re.compile(r"[^\w\s]+", re.UNICODE)


@lru_cache(maxsize=65536)
def clean_title(title: str) -> str:
    """Lower case, punctuation removed, seniority words dropped."""
    words = _NOT_WORD.sub(" ", title.lower()).split()
    return " ".join(word for word in words if word not in SENIORITY)


def _words(values: Iterable[str]) -> set[str]:
    """Keywords compared without case, as Unicode defines it ("Straße" is "STRASSE")."""
    return {v.strip().casefold() for v in values if v and v.strip()}


def relevance(
    opening_title: str, opening_keywords: Iterable[str], titles: Iterable[str], keywords: Iterable[str]
) -> float:
    """max(best title similarity, keyword overlap |A∩B|/|A|), in [0, 1] (exact: compared with the threshold)."""
    return _relevance(opening_title, tuple(opening_keywords), tuple(titles), tuple(keywords))


# A pure function of its arguments, asked again for the same opening and person at every re-plan (the opening
# rules run whole after each change): 1,900 pairs at 100,000 people, most of a re-plan's time before this cache.
@lru_cache(maxsize=65536)
def _relevance(
    opening_title: str, opening_keywords: tuple[str, ...], titles: tuple[str, ...], keywords: tuple[str, ...]
) -> float:
    from rapidfuzz import fuzz  # imported on first use: the app starts without it

    opening = clean_title(opening_title)
    title_score = 0.0
    for title in titles:
        cleaned = clean_title(title)
        if opening and cleaned:
            title_score = max(title_score, fuzz.token_set_ratio(opening, cleaned) / 100.0)
    wanted, offered = _words(opening_keywords), _words(keywords)
    keyword_score = len(wanted & offered) / len(wanted) if wanted and offered else 0.0
    return max(title_score, keyword_score)
