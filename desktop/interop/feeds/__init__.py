"""Careers feeds: what a feed URL returns (Greenhouse, Lever, Personio, RSS 2.0, Atom, JSON Feed), read politely.

``urls`` turns a careers-page URL into its feed URL, ``http`` fetches one page (stdlib ``urllib``: conditional,
timeout, size limit, no redirect to another host), ``parse`` recognises the format by the content and returns
postings plus one problem per bad entry, ``read`` ties them together for one feed (pagination included).
"""

from desktop.interop.feeds.model import EntryProblem, FeedError, FeedPage, Posting
from desktop.interop.feeds.read import FeedRead, read_feed
from desktop.interop.feeds.urls import feed_url

__all__ = ["EntryProblem", "FeedError", "FeedPage", "FeedRead", "Posting", "feed_url", "read_feed"]
