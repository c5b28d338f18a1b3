"""Today's detection cards: what the mail import recognised, waiting for the user's word.

"Looks like a rejection from Nordwind AG for BI Analyst — Log it / Not a rejection", with the phrases that made
Rebound think so, who sent it and when. Log it runs ``core.detections.accept`` on the database executor (the
rejection on the right process, the sender added as a person when Rebound did not know them); the broadcast
re-plans, so the reply suggestion appears at once. Nothing is decided without a click.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.changes import Changes
from desktop.core.detections import DetectionView, accept, dismiss, list_detections
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import SPACING, PlainLabel, heading, muted
from desktop.gui.services.ops import Ops
from desktop.vocab import DetectionKind


def headline(view: DetectionView) -> str:
    """ "Looks like a rejection from Nordwind AG for BI Analyst"."""
    where = view.company_guess or view.sender_name or view.sender
    texts = {
        DetectionKind.REJECTION: (tr("Looks like a rejection from {where} for {role}"),
                                  tr("Looks like a rejection from {where}")),
        DetectionKind.INTERVIEW_INVITATION: (tr("Looks like an interview invitation from {where} for {role}"),
                                             tr("Looks like an interview invitation from {where}")),
        DetectionKind.APPLICATION_RECEIVED: (tr("Looks like {where} received your application for {role}"),
                                             tr("Looks like {where} received your application")),
        DetectionKind.OFFER: (tr("Looks like an offer from {where} for {role}"),
                              tr("Looks like an offer from {where}")),
    }  # fmt: skip
    with_role, without = texts[DetectionKind(view.kind)]
    return (with_role if view.role else without).format(where=where, role=view.role)


def answers(kind: str) -> tuple[str, str]:
    """The two buttons: do it, and "it is not"."""
    return {
        DetectionKind.REJECTION: (tr("Log it"), tr("Not a rejection")),
        DetectionKind.INTERVIEW_INVITATION: (tr("Move to interview"), tr("Not an invitation")),
        DetectionKind.APPLICATION_RECEIVED: (tr("Track the application"), tr("Not about an application")),
        DetectionKind.OFFER: (tr("Log the offer"), tr("Not an offer")),
    }[DetectionKind(kind)]


class DetectionCard(QFrame):
    accepted = Signal(int)
    dismissed = Signal(int)

    def __init__(self, view: DetectionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading(headline(view), self, factor=1.1)
        self.title.setWordWrap(True)
        sender = f"{view.sender_name} <{view.sender}>" if view.sender_name else view.sender
        self.source = muted(
            PlainLabel(tr("From {sender}, {day}: “{subject}”").format(
                sender=sender, day=view.at.date().isoformat(), subject=view.subject or ""), self)
        )  # fmt: skip
        self.source.setWordWrap(True)
        self.why = PlainLabel(
            tr("Because it says {phrases} (confidence {confidence:.2f})").format(
                phrases=", ".join(view.why), confidence=view.confidence), self
        )  # fmt: skip
        self.why.setWordWrap(True)
        self.new_person = muted(PlainLabel("", self))
        self.new_person.setWordWrap(True)
        if view.person_id is None and view.human:
            company = view.company_guess
            self.new_person.setText(
                (tr("{name} is not in Rebound yet: logging it adds them, at {company}.") if company
                 else tr("{name} is not in Rebound yet: logging it adds them.")).format(
                    name=view.sender_name or view.sender, company=company)
            )  # fmt: skip
        self.new_person.setVisible(bool(self.new_person.text()))
        yes, no = answers(view.kind)
        self.accept_button = QPushButton(yes, self)
        self.dismiss_button = QPushButton(no, self)
        self.accept_button.clicked.connect(lambda: self.accepted.emit(view.id))
        self.dismiss_button.clicked.connect(lambda: self.dismissed.emit(view.id))
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING)
        for widget in (self.title, self.source, self.why, self.new_person):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def set_busy(self, busy: bool) -> None:
        self.accept_button.setEnabled(not busy)
        self.dismiss_button.setEnabled(not busy)


class DetectionsPanel(QWidget):
    """The pending detections above the day's cards (hidden when there are none)."""

    message = Signal(str)

    def __init__(self, ops: Ops, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._today = today
        self.cards: list[DetectionCard] = []
        self._reading = False  # a read of the detections is under way on the database executor
        self._again = False  # and another was asked for meanwhile
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(SPACING * 2, SPACING, SPACING * 2, 0)
        self._layout.setSpacing(SPACING)
        self.hide()

    def refresh(self) -> None:
        """Read the pending detections (on the database executor) and show them; one read at a time (a burst of
        re-plans asks once more after the read under way, not once each)."""
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        self._ops.run_unannounced(list_detections, self._show, lambda _message: self._read_done())

    def _read_done(self) -> None:
        self._reading = False
        if self._again:
            self.refresh()

    def _show(self, views: list[DetectionView]) -> None:
        self._read_done()
        if [v.id for v in views] == [card.view.id for card in self.cards]:
            for card in self.cards:  # nothing new: the cards (and their focus) stay, ready again after a failure
                card.set_busy(False)
            return
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for view in views:
            card = DetectionCard(view, self)
            card.accepted.connect(self._accept)
            card.dismissed.connect(self._dismiss)
            self._layout.addWidget(card)
            self.cards.append(card)
        self.setVisible(bool(self.cards))

    def _card(self, detection_id: int) -> DetectionCard | None:
        return next((card for card in self.cards if card.view.id == detection_id), None)

    def _decide(self, detection_id: int, write: Callable[[int, date], Changes], done_text: str) -> None:
        card = self._card(detection_id)
        if card is not None:
            card.set_busy(True)
        day = self._today()

        def finished(_changes: Changes) -> None:
            self.message.emit(done_text)
            self.refresh()

        def failed(text: str) -> None:
            self.message.emit(text)
            self.refresh()

        self._ops.run(lambda: write(detection_id, day), finished, failed)

    def _accept(self, detection_id: int) -> None:
        self._decide(detection_id, accept, tr("Logged: the process and the timeline say so now."))

    def _dismiss(self, detection_id: int) -> None:
        self._decide(detection_id, dismiss, tr("Put away: Rebound will not ask about this message again."))
