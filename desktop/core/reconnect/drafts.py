"""Drafts: a message for every suggestion, rendered from a template in Jinja2's sandbox.

Templates receive plain data only (strings and numbers, never ORM objects). A template's
first line may be ``Subject: …``; the rest is the body. Shipped templates live in
``resources/templates/<language>/<action>.j2``; a user's edited copy lives in the database
and can be reset. Hostile templates — attribute walking, ``|attr``, huge loops or strings —
are refused with a message, never a crash.
"""

from __future__ import annotations

import re
import time
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desktop import vocab
from desktop.core.changes import Changes
from desktop.core.profile import get_signature
from desktop.errors import InputError
from desktop.paths import RESOURCES
from desktop.store.models import MessageTemplate
from desktop.texts import say

if TYPE_CHECKING:  # jinja2 is imported on first use
    from jinja2 import Template
    from jinja2.sandbox import ImmutableSandboxedEnvironment

TEMPLATES = RESOURCES / "templates"
LANGUAGES = ("en", "de")
MAX_OUTPUT = 20_000  # characters a draft may have before rendering stops
MAX_LOOP_ITEMS = 10_000  # items all range() calls of one rendering may produce
MAX_SECONDS = 0.5
VARIABLES = (
    "first_name", "name", "company", "title", "channel", "opening_title", "opening_company", "target_name",
    "target_first_name", "my_name", "stage", "new_role", "limit", "colleague", "colleague_day",
)  # fmt: skip


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str


# -- grammar helpers: a draft must read right for any role and company name --------------------------------
_VOWEL_SOUND_LETTERS = "AEFHILMNORSX"  # an acronym whose first letter is said with a vowel: "an SQL", "an HR"
_CONSONANT_SOUND_STARTS = ("uni", "use", "usu", "uti", "eu", "one", "once")  # "a user", "a European"
_SILENT_H_STARTS = ("hour", "honest", "honor", "honour", "heir")


def indefinite_article(phrase: str) -> str:
    """``a`` or ``an`` before a phrase, by its first sound: an Analytics Engineer, a UX Designer, an SQL
    Developer, an R Developer, a User Researcher, an hourly role."""
    words = phrase.split()
    if not words:
        return "a"
    word = words[0].strip("\"'‘’“”(")
    if not word:
        return "a"
    letters = "".join(character for character in word if character.isalpha())
    if len(letters) >= 1 and letters.isupper():  # an acronym or a letter alone: said letter by letter (an R…)
        return "an" if letters[0] in _VOWEL_SOUND_LETTERS else "a"
    lower = word.lower()
    if lower.startswith(_CONSONANT_SOUND_STARTS):
        return "a"
    if lower.startswith(_SILENT_H_STARTS):
        return "an"
    return "an" if lower[:1] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    """``an Analytics Engineer`` (the template filter ``a_or_an``)."""
    return f"{indefinite_article(phrase)} {phrase}" if phrase.strip() else phrase


_DOUBLE_STOP = re.compile(r"(?<=\w)\.\.(?!\.)")
_STOP_BEFORE_MARK = re.compile(r"(?<=\w)\.([!?])")
_SPACE_BEFORE_MARK = re.compile(r"[ \t]+(?=[,;:!?]|\.(?!\.))")
_SPACE_THEN_MARK = re.compile(r" (?=[,;:!?.])")  # what _SPACE_BEFORE_MARK needs (or a tab): a fast first look
_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """What inserting names leaves behind: a name's own full stop before the sentence's ("Inc.."), a space
    before punctuation, doubled spaces."""
    # each pattern compiled once, and skipped when what it needs is not in the text (a day's 63,000 drafts)
    if ".." in text:
        text = _DOUBLE_STOP.sub(".", text)  # "Northwind Traders, Inc.." → "Inc."; an ellipsis stays
    if ".!" in text or ".?" in text:
        text = _STOP_BEFORE_MARK.sub(r"\1", text)  # "Inc.!" → "Inc!"
    if "\t" in text or _SPACE_THEN_MARK.search(text):
        text = _SPACE_BEFORE_MARK.sub("", text)
    return _SPACES.sub(" ", text) if "  " in text or "\t" in text else text


class TemplateProblem(InputError):
    """A template that cannot be used, with the reason."""


class _Budget:
    def __init__(self) -> None:
        self.items = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def spend(self, count: int) -> None:
        self.items += count
        if self.items > MAX_LOOP_ITEMS:
            raise TemplateProblem(f"the template loops too much (more than {MAX_LOOP_ITEMS:,} steps)")
        self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateProblem("the template takes too long to render")


# The budget of the rendering under way (one per render_text call, in whichever thread renders).
_BUDGET: ContextVar[_Budget] = ContextVar("draft_budget")


@lru_cache(maxsize=1)
def _environment() -> ImmutableSandboxedEnvironment:
    """The sandbox, with limits on sizes produced by operators (jinja2 is imported on first use).

    Made once: the loop budget of ``range`` is the current rendering's (``_BUDGET``), not the environment's.
    """
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Environment(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**", "+", "%"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**" and isinstance(right, int | float) and abs(right) > 64:
                raise TemplateProblem("the template computes numbers that are too large")
            if operator == "*" and (isinstance(left, str | list | tuple) or isinstance(right, str | list | tuple)):
                count = right if isinstance(right, int) else left if isinstance(left, int) else 1
                size = len(left) if isinstance(left, str | list | tuple) else len(right)
                if isinstance(count, int) and count * max(size, 1) > MAX_OUTPUT:
                    raise TemplateProblem("the template builds text that is too long")
            return super().call_binop(context, operator, left, right)

    env = Environment(
        autoescape=False, keep_trailing_newline=False, trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined
    )

    def bounded_range(*args: int) -> range:
        values = range(*args)
        _BUDGET.get().spend(len(values))
        return values

    env.globals.clear()
    env.globals["range"] = bounded_range
    env.filters["a_or_an"] = with_article
    return env


@lru_cache(maxsize=128)
def _compiled(text: str) -> Template:
    """The template of ``text``, compiled once (jinja2's errors pass through to render_text)."""
    template = _environment().from_string(text)
    # its globals as one plain dict (the sandbox's, made once): jinja2 copies a ChainMap of them into every
    # rendering's context, a third of a short draft's cost
    template.globals = dict(template.globals)
    return template


@lru_cache(maxsize=1)
def _problems() -> tuple[type[Exception], type[Exception], tuple[type[Exception], ...]]:
    """jinja2's syntax error, the sandbox's refusal, and every error of a rendering (imported on first use)."""
    from jinja2 import TemplateError, TemplateSyntaxError
    from jinja2.sandbox import SecurityError

    return TemplateSyntaxError, SecurityError, (TemplateError, TypeError, ValueError, OverflowError, ArithmeticError)


def shipped_text(action: str, language: str) -> str:
    path = TEMPLATES / (language if language in LANGUAGES else "en") / f"{action}.j2"
    return path.read_text(encoding="utf-8")


def template_text(action: str, language: str) -> str:
    """The user's edited template if there is one, else the shipped one."""
    language = language if language in LANGUAGES else "en"
    edited = MessageTemplate.get_or_none((MessageTemplate.language == language) & (MessageTemplate.action == action))
    return edited.text if edited is not None else shipped_text(action, language)


def render_text(text: str, variables: dict[str, Any]) -> Draft:
    """Render template text with plain variables; TemplateProblem says what is wrong."""
    syntax_error, security_error, other_errors = _problems()
    budget = _Budget()
    token = _BUDGET.set(budget)
    try:
        template = _compiled(text)
        pieces: list[str] = []
        size = 0
        monotonic, deadline = time.monotonic, budget.deadline
        for piece in template.generate(**variables):
            size += len(piece)
            if size > MAX_OUTPUT:
                raise TemplateProblem(f"the draft would be longer than {MAX_OUTPUT:,} characters")
            if monotonic() > deadline:  # budget.check_time(), inline: a draft yields a dozen pieces
                budget.check_time()
            pieces.append(piece)
    except syntax_error as error:
        raise TemplateProblem(f"line {error.lineno}: {error.message}") from None  # type: ignore[attr-defined]
    except security_error as error:
        raise TemplateProblem(_not_allowed(str(error))) from None
    except other_errors as error:
        raise TemplateProblem(f"the template cannot be rendered: {error}") from None
    finally:
        _BUDGET.reset(token)
    output = "".join(pieces).strip("\n")
    subject = ""
    first, _, rest = output.partition("\n")
    if first.lower().startswith("subject:"):
        subject, output = first[len("subject:") :].strip(), rest.lstrip("\n")
    body = tidy(output)
    body = (_BLANK_LINES.sub("\n\n", body) if "\n\n\n" in body else body).strip()
    return Draft(subject=tidy(subject), body=body)


_UNSAFE_ATTRIBUTE = re.compile(r"access to attribute '([^']*)' of '([^']*)' object is unsafe")


def _not_allowed(message: str) -> str:
    """What the sandbox refused, in the interface's language (jinja2's own words only when it is not an
    attribute it refused)."""
    unsafe = _UNSAFE_ATTRIBUTE.search(message)
    if unsafe is None:
        return say("not allowed in a template: {error}").format(error=message)
    return say("not allowed in a template: the attribute {name} of a {kind}").format(
        name=unsafe.group(1), kind=unsafe.group(2)
    )


def shorten(text: str, limit: int) -> str:
    """Fit text into ``limit`` characters: drop whole sentences first, else cut between words with "…"."""
    if len(text) <= limit:
        return text
    sentences = re.split(r"(?<=[.!?])\s+", text)
    kept = ""
    for sentence in sentences:
        candidate = f"{kept} {sentence}".strip() if kept else sentence
        if len(candidate) > limit:
            break
        kept = candidate
    if kept and len(kept) >= limit // 2:
        return kept
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-") + "…"


def validate_template(text: str, sample: dict[str, Any]) -> Draft:
    """Check a template the user wrote by rendering it with sample data (raises TemplateProblem)."""
    return render_text(text, sample)


def save_template(action: str, language: str, text: str, sample: dict[str, Any]) -> Changes:
    """Keep the user's version of a template (checked first); what it changed (the templates)."""
    if action not in vocab.ACTIONS:
        raise InputError(f"no template for {action!r}")
    validate_template(text, sample)
    MessageTemplate.insert(language=language, action=action, text=text).on_conflict_replace().execute()
    return Changes(templates=True)


def reset_template(action: str, language: str) -> Changes:
    """Back to the shipped template; what it changed (the templates)."""
    MessageTemplate.delete().where(
        (MessageTemplate.language == language) & (MessageTemplate.action == action)
    ).execute()
    return Changes(templates=True)


class Drafter:
    """Drafts for many suggestions: the user's edited templates read once, each template compiled once.

    Keep one for a batch (a whole day as JSON, a page of cards); a template edited after it was
    made is not seen by it.
    """

    def __init__(self) -> None:
        self._edited = {(row.language, row.action): row.text for row in MessageTemplate.select()}
        self._signature = get_signature()  # Settings → About you: signs in place of the name alone
        self._texts: dict[tuple[str, str], str] = {}
        self._shipped: dict[tuple[str, str], str] = {}

    def text(self, action: str, language: str) -> str:
        language = language if language in LANGUAGES else "en"
        key = (language, action)
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = self._edited[key] if key in self._edited else shipped_text(action, language)
        return found

    def shipped(self, action: str, language: str) -> str:
        key = (language, action)
        found = self._shipped.get(key)
        if found is None:
            found = self._shipped[key] = shipped_text(action, language)
        return found

    def render(self, action: str, language: str, variables: dict[str, Any], channel: str, limit: int) -> Draft:
        """The draft for a suggestion; a broken user template falls back to the shipped one."""
        if self._signature:
            variables = {**variables, "my_name": self._signature}
        try:
            draft = render_text(self.text(action, language), variables)
        except TemplateProblem:
            draft = render_text(self.shipped(action, language), variables)
        if channel == "linkedin_note":
            draft = Draft("", shorten(draft.body, limit))
        return draft
