"""The labelled detector corpus (tests/data/mail/corpus/corpus.jsonl) and its precision and recall per kind."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.detect import detect
from desktop.vocab import DETECTION_KINDS

CORPUS = Path(__file__).parent / "data" / "mail" / "corpus" / "corpus.jsonl"


@dataclass(frozen=True)
class Score:
    kind: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positives + self.false_negatives
        return self.true_positives / labelled if labelled else 1.0


def corpus(which: str | None = None) -> list[dict[str, Any]]:
    """The labelled messages; ``which`` = "tuned" or "held_out" for one part."""
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if which is None or row["set"] == which]


def evaluate(rows: list[dict[str, Any]]) -> tuple[dict[str, Score], list[tuple[str, str, str]]]:
    """Precision and recall per kind, and the mistakes (id, label, what the detector said)."""
    counts = {kind: [0, 0, 0] for kind in DETECTION_KINDS}
    mistakes = []
    for row in rows:
        finding = detect(row["subject"], row["text"])
        said = str(finding.kind) if finding else "none"
        if said != row["label"]:
            mistakes.append((row["id"], row["label"], said))
        for kind in DETECTION_KINDS:
            if said == kind and row["label"] == kind:
                counts[kind][0] += 1
            elif said == kind:
                counts[kind][1] += 1
            elif row["label"] == kind:
                counts[kind][2] += 1
    return {kind: Score(kind, *values) for kind, values in counts.items()}, mistakes
