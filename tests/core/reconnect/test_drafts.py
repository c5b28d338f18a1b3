"""Drafts: every action, channel and language renders a message naming the right people and things; templates are
user-editable but sandboxed."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop import vocab
from desktop.core import timeline
from desktop.core.changes import Changes
from desktop.core.reconnect import drafts
from desktop.core.reconnect.drafts import TemplateProblem
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.facts import Facts
from desktop.core.reconnect.present import draft_for, draft_variables
from desktop.core.reconnect.suggestion import Suggestion
from desktop.errors import InputError
from desktop.store.models import MessageTemplate
from tests.core.reconnect.scenario import World

CHANNELS = ("email", "linkedin_note", "linkedin_message", "other")
LANGUAGES = ("en", "de")
OPENING_ELSEWHERE = ("reengage_candidate", "ask_for_intro")  # the opening is at another company than the person's
OPENING_ACTIONS = ("reply_to_rejection", "ask_about_opening", *OPENING_ELSEWHERE)
GREETING = {"en": "Hi Tom", "de": "Hallo Tom"}
LONG_COMPANY = "Internationale Versicherungs- und Rückversicherungsbeteiligungsgesellschaft mbH & Co. KG"


def _suggestion(world: World, action: str, channel: str, language: str | None, company: str = "Acme GmbH"
                ) -> tuple[Suggestion, Facts]:  # fmt: skip
    tom = world.person("Tom Weber", company, first_name="Tom", last_name="Weber", language=language,
                       title="Team Lead")  # fmt: skip
    uta = world.person("Uta Klein", "Acme GmbH", first_name="Uta")
    at_company = world.opening("BI Analyst", company)
    elsewhere = world.opening("BI Analyst", "Globex AG")
    opening = elsewhere if action in OPENING_ELSEWHERE else at_company if action in OPENING_ACTIONS else None
    suggestion = Suggestion(action=action, person_id=tom, channel=channel, due=world.today, why=("because",),
                            opening_id=opening, target_id=uta if action == "ask_for_intro" else None)  # fmt: skip
    return suggestion, Engine().facts


def _words(text: str) -> str:
    return " ".join(text.split())


def assert_whole_words(short: str, full: str) -> None:
    """``short`` is ``full`` shortened between words: whole sentences, or a cut before a word and "…"."""
    short, full = _words(short), _words(full)
    prefix = short.removesuffix("…").rstrip()
    assert full.startswith(prefix), (short, full)
    rest = full[len(prefix) :]
    assert rest == "" or not rest[0].isalnum(), f"cut mid-word: {short!r}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("action", vocab.ACTIONS)
def test_every_draft_names_who_and_what(world: World, action: str, channel: str, language: str) -> None:
    suggestion, facts = _suggestion(world, action, channel, language)

    draft = draft_for(suggestion, facts)

    assert draft.body.strip()
    assert draft.body.startswith(GREETING[language])
    assert "Tom" in draft.body
    assert ("Globex AG" if action in OPENING_ELSEWHERE else "Acme GmbH") in draft.body
    if action in OPENING_ACTIONS:
        assert "BI Analyst" in draft.body
    if action == "ask_for_intro":
        assert "Uta" in draft.body
    if channel == "linkedin_note":
        assert draft.subject == ""
        assert len(draft.body) <= 300
    assert "{{" not in draft.body and "{%" not in draft.body and "None" not in draft.body


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("action", vocab.ACTIONS)
def test_connection_notes_fit_a_small_limit_without_cutting_words(world: World, action: str, language: str) -> None:
    world.set("connect_note_limit", 50)
    suggestion, facts = _suggestion(world, action, "linkedin_note", language, company=LONG_COMPANY)
    full = drafts.render_text(drafts.shipped_text(action, language), draft_variables(suggestion, facts)).body

    draft = draft_for(suggestion, facts)

    assert len(draft.body) <= 50, draft.body
    assert "Tom" in draft.body
    assert_whole_words(draft.body, full)


@pytest.mark.parametrize("limit", [300, 120, 80])
@pytest.mark.parametrize("action", vocab.ACTIONS)
def test_connection_notes_with_a_long_company_name(world: World, action: str, limit: int) -> None:
    world.set("connect_note_limit", limit)
    suggestion, facts = _suggestion(world, action, "linkedin_note", "en", company=LONG_COMPANY)
    full = drafts.render_text(drafts.shipped_text(action, "en"), draft_variables(suggestion, facts)).body

    draft = draft_for(suggestion, facts)

    assert len(draft.body) <= limit
    assert_whole_words(draft.body, full)


def test_shorten_never_exceeds_the_limit_nor_cuts_a_word() -> None:
    text = "Hello there, this is a sentence. And another one follows here! Then a rather long closing remark."
    for limit in range(len("Hello…") + 1, len(text) + 2):  # from the first word on: it cannot be cut shorter
        short = drafts.shorten(text, limit)
        assert len(short) <= limit
        assert_whole_words(short, text)


NOTE = "Hi Tom, great to see you. Congrats on the new role at Acme! Shall we catch up soon?"  # 25 + 1 + 33 + 1 + 23


@pytest.mark.parametrize(
    ("text", "limit", "note"),
    [
        (NOTE, 83, NOTE),  # exactly the limit: kept whole
        (NOTE, 82, "Hi Tom, great to see you. Congrats on the new role at Acme!"),  # the last sentence dropped
        (NOTE, 59, "Hi Tom, great to see you. Congrats on the new role at Acme!"),  # two sentences, exactly
        (NOTE, 51, "Hi Tom, great to see you."),  # one sentence of 25: half the limit (25 of 51) is enough
        (NOTE, 58, "Hi Tom, great to see you. Congrats on the new role at…"),  # 25 of 58 is not: cut between words
        (NOTE, 54, "Hi Tom, great to see you. Congrats on the new role at…"),  # the cut falls on a space
        (NOTE, 10, "Hi Tom…"),  # no comma before the ellipsis
        ("Hi Tom, congrats on your move to AMEX and good luck there.", 38, "Hi Tom, congrats on your move to AMEX…"),
        ("Wonderful news!", 6, "Wonde…"),  # a first word longer than the note: the only cut there is
    ],
)
def test_a_connection_note_drops_whole_sentences_first_else_ends_between_words(
    text: str, limit: int, note: str
) -> None:
    # spec: "linkedin_note drafts never exceed connect_note_limit characters"
    assert drafts.shorten(text, limit) == note


@pytest.mark.parametrize("action", ["check_in", "connect_linkedin", "congratulate_new_role", "reply_to_rejection"])
def test_a_person_without_a_company_still_gets_a_sensible_draft(world: World, action: str) -> None:
    tom = world.person("Tom Weber")
    suggestion = Suggestion(action=action, person_id=tom, channel="email", due=world.today, why=("because",))

    body = draft_for(suggestion, Engine().facts).body

    assert body.startswith("Hi Tom,")
    assert "None" not in body and " at ." not in body and "with ." not in body


def test_the_connect_linkedin_suggestion_carries_a_note_within_the_limit(world: World) -> None:
    world.set("connect_note_limit", 60)
    tom = world.person("Tom Weber", LONG_COMPANY, linkedin=True)
    world.heard(tom, 10)

    card = world.card(tom)
    [full] = world.cards(drafts=True)
    assert card["action"] == "connect_linkedin"
    assert len(full["draft"]["body"]) <= 60
    assert full["draft"]["subject"] == ""


def _check_in_card(world: World, **person: Any) -> dict[str, Any]:
    tom = world.person("Tom Weber", "Acme GmbH", **person)
    world.heard(tom, 100)
    [card] = world.cards(drafts=True)
    assert card["action"] == "check_in"
    return card["draft"]


def test_a_german_person_gets_the_german_draft(world: World) -> None:
    draft = _check_in_card(world, language="de")
    assert draft["body"].startswith("Hallo Tom")
    assert draft["subject"] == "Kurzer Gruß"


def test_without_a_language_the_apps_language_is_used(world: World) -> None:
    world.me(language="de")
    assert _check_in_card(world)["body"].startswith("Hallo Tom")


def test_the_persons_language_wins_over_the_apps(world: World) -> None:
    world.me(language="de")
    assert _check_in_card(world, language="en")["body"].startswith("Hi Tom")


def test_the_first_name_comes_from_the_name_when_not_given(world: World) -> None:
    draft = _check_in_card(world)
    assert draft["body"].startswith("Hi Tom,")
    assert "Weber" not in draft["body"]


def test_a_first_name_given_wins_over_the_first_word_of_the_name(world: World) -> None:
    draft = _check_in_card(world, first_name="Thomas")
    assert draft["body"].startswith("Hi Thomas,")


def test_the_draft_is_signed_with_my_name(world: World) -> None:
    assert _check_in_card(world)["body"].endswith("Jana Berg")


# ------------------------------------------------------------------ editing templates


def _sample() -> dict[str, Any]:
    sample: dict[str, Any] = {name: f"<{name}>" for name in drafts.VARIABLES}
    sample["limit"] = 300
    return sample


HOSTILE = {
    "attribute walking": ("{{ ''.__class__.__mro__ }}", "__class__"),
    "attr filter": ("{{ x|attr('__class__') }}", "__class__"),
    "nested huge loops": ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "loop"),
    "huge string": ("{{ 'a' * 100000000 }}", "long"),
}


@pytest.mark.parametrize(("text", "hint"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_templates_are_refused_with_a_clear_message(text: str, hint: str) -> None:
    with pytest.raises(TemplateProblem) as problem:
        drafts.render_text(text, _sample())
    assert hint in str(problem.value)


def test_a_template_may_loop_ten_thousand_times_but_not_more() -> None:
    assert drafts.render_text("{% for i in range(10000) %}{% endfor %}done", _sample()).body == "done"
    with pytest.raises(TemplateProblem) as problem:
        drafts.render_text("{% for i in range(10001) %}{% endfor %}done", _sample())
    assert str(problem.value) == "the template loops too much (more than 10,000 steps)"


def test_a_template_that_renders_too_long_is_refused_with_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts, "MAX_SECONDS", -1)  # the clock pinned: any rendering is past its time
    with pytest.raises(TemplateProblem) as problem:
        drafts.render_text("Hi {{ first_name }}", _sample())
    assert str(problem.value) == "the template takes too long to render"


def test_a_draft_may_have_twenty_thousand_characters_but_not_more() -> None:
    ten = "0123456789"
    draft = drafts.render_text("{% for i in range(2000) %}" + ten + "{% endfor %}", _sample())
    assert len(draft.body) == 20_000
    with pytest.raises(TemplateProblem) as problem:
        drafts.render_text("{% for i in range(2000) %}" + ten + "{% endfor %}!", _sample())
    assert str(problem.value) == "the draft would be longer than 20,000 characters"


def test_the_pieces_of_a_draft_are_not_counted_as_loop_steps() -> None:
    assert drafts.render_text("{% for i in range(6000) %}x{% endfor %}", _sample()).body == "x" * 6000


def test_an_unknown_variable_is_named() -> None:
    with pytest.raises(TemplateProblem) as problem:
        drafts.render_text("Hi {{ nickname }}", _sample())
    assert str(problem.value) == "the template cannot be rendered: 'nickname' is undefined"


def test_only_a_first_line_that_begins_with_subject_is_the_subject() -> None:
    assert drafts.render_text("\nSubject: Hi\nHello", _sample()) == drafts.Draft("Hi", "Hello")  # a blank line first
    assert drafts.render_text("  Subject: Hi\nHello", _sample()) == drafts.Draft("", "Subject: Hi\nHello")
    assert drafts.render_text("Subject: Hi\nXavier here", _sample()) == drafts.Draft("Hi", "Xavier here")
    assert drafts.render_text("Xavier here", _sample()) == drafts.Draft("", "Xavier here")


def test_blank_lines_left_by_empty_variables_are_one_blank_line() -> None:
    assert drafts.render_text("Hello\n\n{{ stage }}\n\nBye", {**_sample(), "stage": ""}).body == "Hello\n\nBye"


def test_a_syntax_error_names_the_line() -> None:
    with pytest.raises(TemplateProblem, match=r"line 3\b"):
        drafts.render_text("Subject: Hi\nHello {{ first_name }},\n{% if company %}at {{ company }\n", _sample())


@pytest.mark.parametrize("text", ["{% for x in y %}", "{{ first_name ", "{% endif %}"])
def test_other_syntax_errors_are_refused(text: str) -> None:
    with pytest.raises(TemplateProblem, match="line 1"):
        drafts.render_text(text, _sample())


def test_documented_variables_render() -> None:
    text = "Subject: {{ opening_title }}\n" + " ".join("{{ " + name + " }}" for name in drafts.VARIABLES)
    draft = drafts.render_text(text, _sample())
    assert draft.subject == "<opening_title>"
    assert draft.body.startswith("<first_name> <name>")


def test_my_edited_english_template_serves_a_language_without_templates_of_its_own(world: World) -> None:
    # an archive's "me" may name any language ("fr"): the drafts are English then, my edited English one included
    world.me(language="fr")
    drafts.save_template("check_in", "en", "Subject: Hey\nYo {{ first_name }} at {{ company }}!", _sample())

    assert _check_in_card(world) == {"subject": "Hey", "body": "Yo Tom at Acme GmbH!"}


def test_a_broken_english_template_falls_back_to_the_shipped_english_one_for_a_language_without_templates(
    world: World,
) -> None:
    world.me(language="fr")
    MessageTemplate.insert(language="en", action="check_in", text="{{ first_name }").execute()

    draft = _check_in_card(world)

    assert draft["subject"] == "Checking in" and draft["body"].startswith("Hi Tom,")


def test_a_refused_attribute_is_named_with_the_kind_of_value_it_belongs_to() -> None:
    refused = []
    for text in ("{{ ''.__class__.__mro__ }}", "{{ [1].append(2) }}"):  # walking out; changing a value in place
        with pytest.raises(TemplateProblem) as problem:
            drafts.render_text(text, _sample())
        refused.append(str(problem.value))

    assert refused == [
        "not allowed in a template: the attribute __class__ of a str",
        "not allowed in a template: the attribute append of a list",
    ]


EVERY_VARIABLE = "Subject: {{ target_first_name }}\n" + " | ".join(f"{v}={{{{ {v} }}}}" for v in drafts.VARIABLES)


def test_every_documented_variable_reaches_my_template(world: World) -> None:
    drafts.save_template("ask_for_intro", "en", EVERY_VARIABLE, _sample())
    suggestion, facts = _suggestion(world, "ask_for_intro", "email", "en")

    draft = draft_for(suggestion, facts)

    assert draft.subject == "Uta"
    assert draft.body.split(" | ") == [
        "first_name=Tom", "name=Tom Weber", "company=Acme GmbH", "title=Team Lead", "channel=email",
        "opening_title=BI Analyst", "opening_company=Globex AG", "target_name=Uta Klein", "target_first_name=Uta",
        "my_name=Jana Berg", "stage=", "new_role=Acme GmbH", "limit=300",
        "colleague=", "colleague_day=",  # on a team server, a check-in on someone a colleague spoke to last
    ]  # fmt: skip


def test_a_check_in_gives_my_template_blanks_for_what_it_has_not(world: World) -> None:
    world.me(name=None)  # no name given in About you, and no signature
    drafts.save_template("check_in", "en", EVERY_VARIABLE, _sample())
    tom = world.person("Tom Weber", "Acme GmbH", first_name="Tom", title="Team Lead")
    world.wrote(tom, 100)

    [card] = world.cards(drafts=True)

    assert card["draft"]["subject"] == ""  # no target
    assert card["draft"]["body"].split(" | ") == [
        "first_name=Tom", "name=Tom Weber", "company=Acme GmbH", "title=Team Lead", "channel=email",
        "opening_title=", "opening_company=", "target_name=", "target_first_name=", "my_name=", "stage=",
        "new_role=Acme GmbH", "limit=300", "colleague=", "colleague_day=",
    ]  # fmt: skip


def test_a_new_role_is_the_company_of_the_job_change_else_none(world: World) -> None:
    drafts.save_template("congratulate_new_role", "en", "{{ new_role }}|{{ company }}|{{ title }}", _sample())
    tom = world.person("Tom Weber", "Acme GmbH", title="Team Lead")
    ida = world.person("Ida Free")  # no company known, and the job change names none
    world.wrote(tom, 200)
    world.wrote(ida, 200)
    world.job_change(tom, 3, to_company="Globex AG")
    timeline.log_interaction(ida, "job_change", "none", world.at(3, 8))

    assert {c["person"]["name"]: c["draft"]["body"] for c in world.cards(drafts=True)} == {
        "Tom Weber": "Globex AG|Acme GmbH|Team Lead",
        "Ida Free": "||",
    }


def test_save_template_changes_the_draft(world: World) -> None:
    drafts.save_template("check_in", "en", "Subject: Hey\nYo {{ first_name }} at {{ company }}!", _sample())

    assert _check_in_card(world) == {"subject": "Hey", "body": "Yo Tom at Acme GmbH!"}


@pytest.mark.parametrize(("text", "hint"), [*HOSTILE.values(), ("{{ first_name }", "line 1")], ids=[*HOSTILE, "syntax"])
def test_save_template_refuses_a_broken_template_and_keeps_the_old_one(world: World, text: str, hint: str) -> None:
    mine = "Subject: Hey\nYo {{ first_name }}!"
    drafts.save_template("check_in", "en", mine, _sample())

    with pytest.raises(TemplateProblem) as problem:
        drafts.save_template("check_in", "en", text, _sample())

    assert hint in str(problem.value)
    assert drafts.template_text("check_in", "en") == mine
    assert _check_in_card(world)["body"] == "Yo Tom!"


def test_save_template_for_a_first_time_refused_keeps_the_shipped_one(world: World) -> None:
    with pytest.raises(TemplateProblem):
        drafts.save_template("check_in", "de", "{{ ''.__class__.__mro__ }}", _sample())

    assert drafts.template_text("check_in", "de") == drafts.shipped_text("check_in", "de")
    assert MessageTemplate.select().count() == 0


def test_reset_template_brings_back_the_shipped_text(world: World) -> None:
    shipped = drafts.template_text("reply_to_rejection", "de")
    drafts.save_template("reply_to_rejection", "de", "Hallo {{ first_name }}.", _sample())
    drafts.save_template("reply_to_rejection", "en", "Hi {{ first_name }}.", _sample())
    assert drafts.template_text("reply_to_rejection", "de") == "Hallo {{ first_name }}."

    drafts.reset_template("reply_to_rejection", "de")

    assert (
        drafts.template_text("reply_to_rejection", "de") == shipped == drafts.shipped_text("reply_to_rejection", "de")
    )
    assert drafts.template_text("reply_to_rejection", "en") == "Hi {{ first_name }}."


@pytest.mark.parametrize("text", [t for t, _ in HOSTILE.values()] + ["{{ first_name }"], ids=[*HOSTILE, "syntax"])
def test_a_stored_broken_template_falls_back_to_the_shipped_draft(world: World, text: str) -> None:
    """A template that got into the database without the editor's check never breaks the Today page."""
    MessageTemplate.insert(language="en", action="check_in", text=text).execute()

    draft = _check_in_card(world)

    assert draft["body"].startswith("Hi Tom,")
    assert draft["subject"] == "Checking in"


def test_templates_see_plain_data_only(world: World) -> None:
    suggestion, facts = _suggestion(world, "check_in", "email", "en")
    variables = draft_variables(suggestion, facts)

    assert set(variables) == set(drafts.VARIABLES)
    assert all(isinstance(value, str | int) for value in variables.values())


def test_every_shipped_template_exists_and_renders() -> None:
    for language in LANGUAGES:
        for action in vocab.ACTIONS:
            for channel in CHANNELS:
                body = drafts.render_text(drafts.shipped_text(action, language), {**_sample(), "channel": channel}).body
                assert re.search(r"<first_name>", body), (language, action, channel)


def test_the_german_templates_read_right_where_the_locale_is_not_utf8() -> None:
    """The shipped templates are UTF-8 whatever the machine's locale (Windows' cp1252, a C locale): the German
    drafts keep their umlauts. A child Python in a C locale without UTF-8 mode reads them."""
    script = "from desktop.core.reconnect import drafts; print(ascii(drafts.shipped_text('check_in', 'de')))"
    c_locale = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    root = Path(drafts.__file__).parents[3]  # the desktop/ the tests import (a mutation run's copy, too)
    child = subprocess.run([sys.executable, "-c", script], cwd=root, env=c_locale, capture_output=True, text=True)
    assert child.returncode == 0, child.stderr[-400:]
    text = ast.literal_eval(child.stdout)
    assert "und hören, wie es bei {{ company }} läuft" in text and "Viele Grüße" in text
    assert text == drafts.shipped_text("check_in", "de")


def test_the_loop_budget_is_each_renderings_own() -> None:
    """The sandbox is made once; a template that loops 6,000 steps (under the 10,000 limit) renders every time."""
    text = "{% for i in range(6000) %}{% endfor %}Hi {{ first_name }}"

    bodies = [drafts.render_text(text, _sample()).body for _ in range(3)]

    assert bodies == ["Hi <first_name>"] * 3
    with pytest.raises(TemplateProblem, match="loops too much"):
        drafts.render_text("{% for i in range(6000) %}{% for j in range(2) %}{% endfor %}{% endfor %}", _sample())


def test_one_drafter_serves_a_whole_batch_with_the_users_templates(world: World) -> None:
    """suggest --json renders every draft of the day with one Drafter: edited templates are used, a broken one
    falls back to the shipped draft, suggestion after suggestion."""
    MessageTemplate.insert(language="en", action="check_in", text="Yo {{ first_name }}!").execute()
    MessageTemplate.insert(language="en", action="congratulate_new_role", text="{{ first_name }").execute()
    tom = world.person("Tom Weber", "Acme GmbH", first_name="Tom")
    ana = world.person("Ana Silva", "Globex AG", first_name="Ana")
    facts = Engine().facts
    drafter = drafts.Drafter()

    for _ in range(2):
        for person, name in ((tom, "Tom"), (ana, "Ana")):
            check_in = Suggestion(action="check_in", person_id=person, channel="email", due=world.today, why=("x",))
            congratulate = Suggestion(
                action="congratulate_new_role", person_id=person, channel="email", due=world.today, why=("x",)
            )
            assert draft_for(check_in, facts, drafter).body == f"Yo {name}!"
            assert draft_for(congratulate, facts, drafter).body.startswith(f"Hi {name},")


def test_broken_templates_fall_back_each_to_its_own_shipped_draft_in_the_persons_language(world: World) -> None:
    """Two stored templates broken, in German: each card of one batch gets its own action's German draft."""
    MessageTemplate.insert(language="de", action="check_in", text="{{ first_name }").execute()
    MessageTemplate.insert(language="de", action="congratulate_new_role", text="{{ first_name }").execute()
    tom = world.person("Tom Weber", "Acme GmbH", first_name="Tom", language="de")
    facts = Engine().facts
    drafter = drafts.Drafter()

    subjects = [
        draft_for(
            Suggestion(action=action, person_id=tom, channel="email", due=world.today, why=("x",)), facts, drafter
        )
        for action in ("check_in", "congratulate_new_role", "check_in")
    ]

    assert [(d.subject, d.body.split(",")[0]) for d in subjects] == [
        ("Kurzer Gruß", "Hallo Tom"), ("Herzlichen Glückwunsch!", "Hallo Tom"), ("Kurzer Gruß", "Hallo Tom"),
    ]  # fmt: skip


def test_saving_or_resetting_a_template_tells_the_open_pages_to_redraw_their_drafts(world: World) -> None:
    assert drafts.save_template("check_in", "en", "Yo {{ first_name }}!", _sample()) == Changes(templates=True)
    assert drafts.reset_template("check_in", "en") == Changes(templates=True)


def test_a_template_for_an_action_that_does_not_exist_is_refused_by_name(world: World) -> None:
    with pytest.raises(InputError) as refused:
        drafts.save_template("wave", "en", "Yo {{ first_name }}!", _sample())

    assert str(refused.value) == "no template for 'wave'"
    assert MessageTemplate.select().count() == 0


# -- grammar: drafts a person would send, for any role and company name ----------------------------------------

AWKWARD_ROLES = {
    "Analytics Engineer": "an Analytics Engineer",
    "UX Designer": "a UX Designer",
    "SQL Developer": "an SQL Developer",
    "User Researcher": "a User Researcher",
    "Head of Data": "a Head of Data",
    "IT Manager": "an IT Manager",
    "Engineer (m/w/d)": "an Engineer (m/w/d)",
}
AWKWARD_COMPANIES = ["Northwind Traders, Inc.", "Müller & Söhne GmbH", "Yahoo!", "O'Brien Ltd.", "Acme"]


def _awkward(role: str, company: str, channel: str) -> dict[str, Any]:
    return {
        **_sample(), "channel": channel, "first_name": "Zoë", "name": "Zoë O'Brien", "company": company,
        "title": role, "opening_title": role, "opening_company": company, "target_name": "Jürg Meier",
        "target_first_name": "Jürg", "my_name": "Jana Berg", "new_role": company, "stage": "onsite",
        # a colleague spoke to them last (a team server) for one of the companies
        "colleague": "Ana Weber" if company == "Acme" else "",
        "colleague_day": "3 May 2026" if company == "Acme" else "",
    }  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_reads_right_for_awkward_roles_and_company_names(language: str) -> None:
    for action in vocab.ACTIONS:
        for channel in CHANNELS:
            for role, with_article in AWKWARD_ROLES.items():
                for company in AWKWARD_COMPANIES:
                    variables = _awkward(role, company, channel)
                    draft = drafts.render_text(drafts.shipped_text(action, language), variables)
                    where = (language, action, channel, role, company)
                    for text in (draft.subject, draft.body):
                        assert ".." not in text and ".!" not in text, where  # a name's full stop is not doubled
                        assert not re.search(r"\s[,.;:!?]", text), where  # no space before punctuation
                        assert "  " not in text, where
                        assert "<" not in text, where  # every variable was given
                        assert with_article.startswith("a ") or f" a {role}" not in text, where  # "a Analytics…"
                    assert "during my time with" not in draft.body, where  # a company may only have rejected me
                    if language == "en" and action in ("ask_about_opening", "ask_for_intro", "reengage_candidate"):
                        assert with_article in draft.body, where


def test_the_article_follows_the_sound_not_the_letter() -> None:
    assert [drafts.with_article(role) for role in ("Analytics Engineer", "UX Designer", "hourly role", "")] == [
        "an Analytics Engineer", "a UX Designer", "an hourly role", "",
    ]  # fmt: skip
    # a capital letter alone is said as a letter, as an acronym is
    assert [drafts.with_article(role) for role in ("R Developer", "F# Developer", "C++ Developer", "A/B Tester")] == [
        "an R Developer", "an F# Developer", "a C++ Developer", "an A/B Tester",
    ]  # fmt: skip
    # a quote or a bracket before the first word is not its sound; a word of brackets alone leaves "a"
    assert [drafts.with_article(role) for role in ("(Associate) Engineer", "“Interim” Analyst", "( Senior ) Analyst")
            ] == ["an (Associate) Engineer", "an “Interim” Analyst", "a ( Senior ) Analyst"]  # fmt: skip
    # only quotes and brackets are taken off: a word's own first letter stays its sound ("Xamarin", not "amarin")
    assert [drafts.with_article(role) for role in ("Xamarin Developer", "Xero Accountant")] == [
        "a Xamarin Developer", "a Xero Accountant",
    ]  # fmt: skip
    assert drafts.tidy("I enjoyed getting to know Northwind Traders, Inc.. See you…") == (
        "I enjoyed getting to know Northwind Traders, Inc. See you…"
    )
    assert drafts.tidy("Wait ... and see .") == "Wait ... and see."
    assert drafts.tidy("Greetings to Yahoo Inc.! See you") == "Greetings to Yahoo Inc! See you"
    assert drafts.tidy("Are you still with Acme Inc.? Write soon") == "Are you still with Acme Inc? Write soon"
    assert drafts.tidy("Hi Tom\t, great to see you") == "Hi Tom, great to see you"  # a tab alone before a comma
    assert drafts.tidy("Hi  Tom,   great to see you") == "Hi Tom, great to see you"  # an empty variable's gap
    assert drafts.tidy("Hi Tom, \tgreat to see you") == "Hi Tom, great to see you"


def test_the_signature_from_about_you_signs_every_draft(db: object) -> None:
    from desktop.core.profile import MyProfile, get_profile, save_profile

    variables = {**_sample(), "channel": "email", "first_name": "Anna", "my_name": "Jana Berg"}
    before = drafts.Drafter().render("check_in", "en", variables, "email", 300)
    assert before.body.endswith("Best regards,\nJana Berg")

    save_profile(MyProfile(name="Jana Berg", signature="Jana Berg  \nData Analyst · +49 30 1234567\n"))

    assert get_profile().signature == "Jana Berg\nData Analyst · +49 30 1234567"
    after = drafts.Drafter().render("check_in", "en", variables, "email", 300)
    assert after.body.endswith("Best regards,\nJana Berg\nData Analyst · +49 30 1234567")
