"""Settings → Database: work on a team server (PostgreSQL) or on this computer's file, and move the file's data over.

The server's fields (host, port, database, user, CA file) make a URL without a password; the password goes only to
the system keyring (``core.team_server.keep_password``, in a worker) and is never shown again or written anywhere.
"Test connection" connects in a worker and says in one line what it found or why it failed. "Use this server"
keeps the password, remembers the server in the app's settings (``window_state.DATABASE_URL_KEY``: the next start
opens it) and reopens the window on it (``Session.switch_to``); "Back to my local file" does the reverse.
"Move my database to this server…" runs ``interop.move.move_to`` in a worker with a progress bar and Cancel: the
server is left as it was unless the copy is complete and verified, and the local file is never changed.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.config import default_database_path
from desktop.core import team_server
from desktop.core.team_server import ServerCheck, TeamServer
from desktop.errors import ReboundError
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.i18n import tr, tr_n
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, muted
from desktop.gui.services.ops import Ops
from desktop.gui.services.session import WAIT_MS, WAIT_TRIES, Outcome, Session, current_secret
from desktop.gui.services.window_state import DATABASE_URL_KEY, LOCAL_URL_KEY, gui_settings
from desktop.gui.services.workers import Task, TaskRunner
from desktop.gui.settings.team_name import TeamNameRow


def _line(text: str) -> str:
    """A message as a sentence; one that starts with a server's URL keeps it as written."""
    return sentence(text) if not text.startswith("postgresql://") else text.rstrip(".") + "."


class DatabaseTab(QWidget):
    message = Signal(str)
    switched = Signal(str)  # the URL Rebound works on now, once the window has begun reading it (after reopened)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        ui_settings: QSettings | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ui_settings = ui_settings if ui_settings is not None else gui_settings()
        self.runner = TaskRunner(self)
        self.task: Task | None = None  # a test of the connection or the keeping of the password
        self.move_task: Task | None = None
        self.switching_to: str | None = None  # the URL "Use this server" / "Back to my local file" opens
        self._opened: str | None = None  # the URL a switch opened, said by ``switched`` at the session's reopened
        self.offer: QMessageBox | None = None  # "use the server now?" after a move
        self._starting_move = False
        intro = PlainLabel(
            tr("Rebound keeps its data in a file on this computer, or on a team server (PostgreSQL) that several "
               "desktops share: a change made on one shows on the others."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.where = PlainLabel("", self, selectable=True)
        self.where.setWordWrap(True)
        self.team_name = TeamNameRow(ops, self)  # on a team server: how colleagues see me
        self.team_name.message.connect(self.message)
        self.host, self.database, self.user = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.host.setPlaceholderText("crm.example.org")
        self.database.setPlaceholderText(tr("e.g. rebound"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(team_server.DEFAULT_PORT)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("kept in the system keyring, never in a file"))
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(tr("optional: the server's CA certificate (TLS, host name checked)"))
        self.browse_button = QPushButton(tr("Choose…"), self)
        self.browse_button.clicked.connect(self.choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.setHorizontalSpacing(SPACING * 2)
        form.setVerticalSpacing(SPACING)
        for label, field in ((tr("Host:"), self.host), (tr("Port:"), self.port), (tr("Database:"), self.database),
                             (tr("User:"), self.user), (tr("Password:"), self.password)):  # fmt: skip
            form.addRow(PlainLabel(label, self), field)
        form.addRow(PlainLabel(tr("CA file:"), self), ca_row)
        self.test_button = QPushButton(tr("Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.use_button = QPushButton(tr("Use this server"), self)
        self.use_button.setToolTip(tr("Rebound reopens on the server now and at every start"))
        self.use_button.clicked.connect(self.use_server)
        self.move_button = QPushButton(tr("Move my database to this server…"), self)
        self.move_button.setToolTip(tr("Copy everything into the server's empty database; your file is kept"))
        self.move_button.clicked.connect(self.move_database)
        self.local_button = QPushButton(tr("Back to my local file"), self)
        self.local_button.clicked.connect(self.back_to_file)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.use_button, self.move_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.local_button)
        self.status = muted(PlainLabel("", self, selectable=True))
        self.status.setWordWrap(True)
        self.error = InlineError(self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_move)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(intro)
        layout.addWidget(self.where)
        layout.addWidget(self.team_name)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        session.done.connect(self._session_done)
        session.reopened.connect(self._session_reopened)
        session.failed.connect(self._session_failed)
        session.busy_changed.connect(lambda _busy: self._update())
        self._show_open_server()
        self._update()

    # -- what is shown -----------------------------------------------------------------------
    def _show_open_server(self) -> None:
        """The fields of the server in use, else of the one remembered last."""
        remembered = self.ui_settings.value(DATABASE_URL_KEY)
        url = self.session.url if self.session.path is None and self.session.url else remembered
        server = team_server.from_url(url) if isinstance(url, str) and url else None
        if server is not None:
            self.host.setText(server.host)
            self.port.setValue(server.port)
            self.database.setText(server.database)
            self.user.setText(server.user)
            self.ca_file.setText(server.ca_file)

    def _update(self) -> None:
        on_file = self.session.path is not None
        if on_file:
            self.where.setText(tr("Now: the file {path} on this computer.").format(path=self.session.path))
        else:
            shown = team_server.from_url(self.session.url) if self.session.url else None
            self.where.setText(tr("Now: the team server {server}.").format(server=shown.display if shown else ""))
        busy = self.session.busy or self.task is not None
        for button in (self.test_button, self.use_button, self.browse_button):
            button.setEnabled(not busy)
        self.move_button.setEnabled(on_file and not busy)
        self.local_button.setEnabled(not on_file and not busy)
        moving = self.move_task is not None
        self.progress.setVisible(moving)
        self.cancel_button.setVisible(moving)

    def server(self) -> TeamServer | None:
        """The server the fields describe (None: a field is missing or wrong, and the reason is shown)."""
        try:
            return TeamServer(self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                              self.ca_file.text()).checked()  # fmt: skip
        except ReboundError as error:
            self.error.show_message(sentence(str(error)))
            return None

    def choose_ca_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("The server's CA certificate"), self.ca_file.text(),
                                                tr("Certificates (*.pem *.crt *.cer);;All files (*)"))  # fmt: skip
        if chosen:
            self.ca_file.setText(chosen)

    def _say(self, text: str) -> None:
        self.error.clear()
        self.status.setText(text)
        self.message.emit(text)

    # -- test the connection -----------------------------------------------------------------
    def test_connection(self) -> Task | None:
        server = self.server()
        if server is None or self.task is not None:
            return None
        typed = self.password.text()
        self.error.clear()
        self.status.setText(tr("Connecting to {server}…").format(server=server.display))
        return self._run(lambda _task: team_server.check(server, team_server.password_for(server, typed)),
                         self._tested)  # fmt: skip

    def _run(self, job: object, done: object) -> Task:
        task = Task(job)  # type: ignore[arg-type]
        task.signals.succeeded.connect(done)
        task.signals.failed.connect(self._refused)
        task.signals.crashed.connect(self._refused)
        task.signals.finished.connect(self._task_finished)
        self.task = task
        self._update()
        return self.runner.start(task)

    @Slot(object)
    def _tested(self, found: object) -> None:
        assert isinstance(found, ServerCheck)
        if not found.schema:
            what = tr("the database is empty: Rebound creates its tables when you use it or move your data there.")
        elif not found.current:
            what = tr("its data was made by an older Rebound and is brought up to date when you use it.")
        else:
            what = tr_n("%n person in it.", found.people, "%n people in it.")
        self._say(tr("Connected to {server}: {what}").format(server=found.display, what=what))

    @Slot(str)
    def _refused(self, reason: str) -> None:
        self.status.clear()
        self.error.show_message(_line(reason.strip().splitlines()[-1] if reason.strip() else tr("it failed")))

    @Slot()
    def _task_finished(self) -> None:
        self.task = None
        self._update()

    # -- use the server, or the file ---------------------------------------------------------
    def use_server(self) -> Task | None:
        """Keep the password (a worker: the keyring may hang), then reopen on the server."""
        server = self.server()
        if server is None or self.task is not None or not self.session.may_leave():
            return None
        typed = self.password.text()

        def keep(_task: Task) -> TeamServer:
            if typed:
                team_server.keep_password(server, typed)
            return server

        self.error.clear()
        return self._run(keep, self._switch_to_server)

    @Slot(object)
    def _switch_to_server(self, server: object) -> None:
        assert isinstance(server, TeamServer)
        self.password.clear()
        if self.session.path is not None:
            self.ui_settings.setValue(LOCAL_URL_KEY, self.session.url)  # where "Back to my local file" goes
        self._switch(server.url, tr("Opening the team server {server}…").format(server=server.display),
                     tr("Rebound now works on the team server {server}.").format(server=server.display))  # fmt: skip

    def local_url(self) -> str:
        remembered = self.ui_settings.value(LOCAL_URL_KEY)
        return remembered if isinstance(remembered, str) and remembered else f"sqlite:///{default_database_path()}"

    def back_to_file(self) -> Task | None:
        if not self.session.may_leave():  # an unsaved edit: saved, discarded, or nothing switched
            return None
        url = self.local_url()
        path = url.removeprefix("sqlite:///")
        return self._switch(url, tr("Opening {path}…").format(path=path),
                            tr("Rebound now works on the file {path}.").format(path=path))  # fmt: skip

    def _switch(self, url: str, busy: str, done: str, tries: int = WAIT_TRIES) -> Task | None:
        """Reopen on ``url`` once the work the database is busy with (a re-plan, a list being read) is done."""
        self.status.setText(busy)
        if self.session.others_busy() and tries > 0:
            QTimer.singleShot(WAIT_MS, lambda: self._switch(url, busy, done, tries - 1))
            return None
        self.switching_to = url
        task = self.session.switch_to(url, busy, done, tr("Not switched"))
        if task is None:
            self.switching_to = None
        self._update()
        return task

    @Slot(str)
    def _session_done(self, text: str) -> None:
        if self.switching_to is None and self.move_task is None:
            return  # a job of another tab (a backup, a new key)
        if self.switching_to is not None:  # remembered for the next start only once it opened
            if self.session.path is None:
                self.ui_settings.setValue(DATABASE_URL_KEY, self.switching_to)
            else:
                self.ui_settings.remove(DATABASE_URL_KEY)
            self._opened, self.switching_to = self.switching_to, None
            self.team_name.load()  # the name on the server now in use (hidden on a file)
        self.status.setText(text)
        self._update()

    @Slot()
    def _session_reopened(self) -> None:
        """A switch is complete once the session says reopened: the window (connected first) reads the new one."""
        opened, self._opened = self._opened, None
        if opened is not None:
            self.switched.emit(opened)

    @Slot(str)
    def _session_failed(self, text: str) -> None:
        if self.switching_to is None and self.move_task is None and not self._starting_move:
            return  # a job of another tab
        self.switching_to = None
        self.status.clear()
        self.error.show_message(_line(text))
        self._update()

    # -- move the file's data to the server --------------------------------------------------
    def move_database(self) -> Task | None:
        server = self.server()
        if server is None or self.session.path is None:
            return None
        typed = self.password.text()

        def job(task: Task) -> Outcome:
            from desktop.interop.move import move_to  # lazy: the copy's code loads only for a move

            moved = move_to(server.url, password=team_server.password_for(server, typed), progress=task.step)
            return Outcome(tr("Copied {people} and {interactions} to {server}; both sides’ export are identical. "
                              "Your file is kept as it was.").format(
                people=tr_n("%n person", moved.people, "%n people"),
                interactions=tr_n("%n interaction", moved.interactions, "%n interactions"),
                server=server.display))  # fmt: skip

        self.error.clear()
        self.status.setText(tr("Moving your database to {server}…").format(server=server.display))
        self.progress.setRange(0, 0)
        self._starting_move = True  # a refusal is said at once (session.failed), before the task exists
        task = self.session.replace(tr("Moving your database to the team server…"), job, tr("Not moved"),
                                    answer=current_secret())  # fmt: skip
        self._starting_move = False
        if task is None:
            return None
        self.move_task = task
        task.signals.progress.connect(self._moved_some)
        task.signals.succeeded.connect(lambda _result: self._offer_switch())
        task.signals.finished.connect(self._move_finished)
        self._update()
        return task

    @Slot(int, int)
    def _moved_some(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel_move(self) -> None:
        if self.move_task is not None:
            self.move_task.cancel()
            self.status.setText(tr("Cancelling the move…"))

    @Slot()
    def _move_finished(self) -> None:
        self.move_task = None
        self._update()

    def _offer_switch(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Use the team server?"),
                          tr("Your data is on the team server now. Work on the server from now on?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)  # fmt: skip
        use = box.button(QMessageBox.StandardButton.Yes)
        use.setText(tr("Use this server"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Later"))
        box.finished.connect(lambda _result: self.use_server() if box.clickedButton() is use else None)
        self.offer = box
        box.open()
