"""Every page and main dialog in German and dark (``tools/screenshots.py --language de --scheme dark``): no
English word is left, and every control has an accessible name.

The screenshots tool shows every page and the main dialogs with the demo data and reports the texts
each shows (``tools/shot_report.py``). A word is English when it occurs in the English texts of the
interface (``rebound_de.ts``'s sources) but in none of their German translations, and not in the demo
data (names, companies, messages) or the drafts' templates: a text that reaches the screen without
``tr`` shows such words.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import i18n as extractor  # noqa: E402  (tools/i18n.py)

WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
# paths, addresses, template variables, file names, key combinations (Qt writes Strg+Return)
NOT_WORDS = re.compile(r"\S*[/\\@+]\S*|\{\{.*?\}\}|\b\w+\.(csv|json|vcf|db|zip)\b")
# What the screenshots typed (a search that finds nobody) is the user's own text. Everything else, the sentences
# made outside the GUI included (an import's problems, the start-up warnings, a template's error, through
# desktop/texts.py's ``say``), is German: an English word fails.
MADE_OUTSIDE_THE_GUI = re.compile(r"nobody by this name")


def english_words() -> set[str]:
    messages = extractor.read_ts(extractor.ts_path("de")).values()
    source = {word.lower() for message in messages for word in WORD.findall(message.source)}
    german = {word.lower() for message in messages for form in message.translation for word in WORD.findall(form)}
    data: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            data.update(word.lower() for word in WORD.findall(value))
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for archive in (REPO / "resources" / "demo").glob("*.json"):
        collect(json.loads(archive.read_text(encoding="utf-8")))
    for template in (REPO / "resources" / "templates").rglob("*.j2"):
        collect(template.read_text(encoding="utf-8"))
    return source - german - data


def english_in(text: str, english: set[str]) -> list[str]:
    if MADE_OUTSIDE_THE_GUI.search(text):
        return []
    return [word for word in WORD.findall(NOT_WORDS.sub(" ", text)) if word.lower() in english]


def test_the_check_finds_an_english_word() -> None:
    english = english_words()
    assert english_in("Absage erfassen", english) == []
    assert "Keyboard" in english_in("Keyboard shortcuts", english)
    assert english_in("Gesichert: /tmp/backups/rebound.db", english) == []


@pytest.mark.slow
def test_every_page_in_german_shows_no_english_word_and_names_every_control(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_STATE_HOME": str(home / ".local/state"),
        "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }  # fmt: skip
    extractor.build_qm("de", target=tmp_path / "rebound_de.qm")
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "screenshots.py"), str(tmp_path / "shots"), "--language", "de",
         "--scheme", "dark", "--translations", str(tmp_path), "--report", str(report)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    shots = json.loads(report.read_text(encoding="utf-8"))
    assert {"today", "people", "person", "openings", "settings-rules", "import-summary"} <= set(shots)
    english = english_words()
    left = {
        f"{shot}: {text[:100]}": english_in(text, english) for shot, seen in shots.items() for text in seen["texts"]
    }
    assert {text: words for text, words in left.items() if words} == {}
    assert {shot: seen["unnamed"] for shot, seen in shots.items() if seen["unnamed"]} == {}
