"""The detector: is a message a rejection, an interview invitation, an application confirmation or an offer?

Transparent on purpose: a table of phrases (``phrases.py``, English and German), each with a weight and the words
shown to the user as the reason. No Qt, no network, no model file. ``detect`` returns the kind, a confidence you can
recompute by hand and the phrases found; nothing is decided here — the user accepts or dismisses on Today.

The score of a kind: at least one of its *strong* phrases must be found; the confidence is then
``1 − Π(1 − w)`` over the weights of its phrases found (strong and supporting), times ``Π(1 − n)`` over the
weights of the *negative* phrases found (a job alert, a newsletter, cold outreach). A kind is reported when its
confidence reaches ``THRESHOLD``; when several do, the first of ``PRECEDENCE`` wins (an offer or a rejection says
"thank you for your application" too).
"""

from __future__ import annotations

from desktop.core.detect.score import PRECEDENCE, THRESHOLD, Finding, detect, relevant_text

__all__ = ["PRECEDENCE", "THRESHOLD", "Finding", "detect", "relevant_text"]
