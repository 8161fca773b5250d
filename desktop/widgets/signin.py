"""The sign-in page: server address (remembered), email, password; errors in plain words.

Signing in needs the network once; afterwards the app opens straight into the student's
data offline. The actual sign-in runs in the background (``ops.auth.sign_in``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import a11y, theme
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.ops import auth
from local_store import UserRecord

__all__ = ["SignInPage"]


class SignInPage(QWidget):
    """Emits ``signed_in(user)`` after a successful online sign-in."""

    signed_in = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sign-in-page")
        self._busy = False

        card = QFrame(self)
        card.setObjectName("sign-in-card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(theme.em(self, 30))

        title = theme.title_label("FRAMES LMS", 1.8, card)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.intro = QLabel(
            translate("SignInPage", "Sign in with your lab account to get your training modules."),
            card,
        )
        self.intro.setWordWrap(True)

        self.server = QLineEdit(card)
        self.server.setAccessibleName(translate("SignInPage", "Server address"))
        self.server.setPlaceholderText(auth.DEFAULT_SERVER)
        self.email = QLineEdit(card)
        self.email.setAccessibleName(translate("SignInPage", "Email"))
        self.email.setPlaceholderText(translate("SignInPage", "you@university.edu"))
        self.password = QLineEdit(card)
        self.password.setAccessibleName(translate("SignInPage", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(theme.em(self, 0.3))
        form.addRow(translate("SignInPage", "&Server address"), self.server)
        form.addRow(translate("SignInPage", "&Email"), self.email)
        form.addRow(translate("SignInPage", "&Password"), self.password)

        self.error = QLabel(card)
        self.error.setObjectName("sign-in-error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_role(self.error, theme.danger())
        self.error.hide()

        self.progress = QProgressBar(card)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(theme.em(self, 0.4))
        self.progress.hide()
        self.busy_label = QLabel(card)
        theme.set_role(self.busy_label, theme.muted())
        self.busy_label.hide()

        self.button = theme.make_primary(QPushButton(translate("SignInPage", "Sign in"), card))
        self.button.setObjectName("sign-in-button")
        self.button.clicked.connect(self.submit)
        for field in (self.server, self.email, self.password):
            field.returnPressed.connect(self.submit)

        hint = QLabel(
            translate(
                "SignInPage",
                "After your first sign-in on this computer, the app opens straight into your "
                "modules, even with no network.",
            ),
            card,
        )
        hint.setWordWrap(True)
        theme.set_role(hint, theme.muted())

        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label, 1)
        buttons.addWidget(self.button)

        inner = QVBoxLayout(card)
        pad = theme.em(self, 1.4)
        inner.setContentsMargins(pad, pad, pad, pad)
        inner.setSpacing(theme.em(self, 0.6))
        inner.addWidget(title)
        inner.addWidget(self.intro)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.progress)
        inner.addLayout(buttons)
        inner.addWidget(hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.setTabOrder(self.server, self.email)
        self.setTabOrder(self.email, self.password)
        self.setTabOrder(self.password, self.button)

    # -- state -------------------------------------------------------------------------------

    def prepare(
        self, *, server: str | None = None, email: str | None = None, note: str = ""
    ) -> None:
        """Fill the remembered address and email, show ``note`` (why we are here)."""
        store = self.ctx.store
        self.server.setText(server or auth.remembered_server(store))
        self.email.setText(email if email is not None else auth.remembered_email(store))
        self.password.clear()
        self.show_error(note)
        self.set_busy(False)
        (self.password if self.email.text() else self.email).setFocus()

    def show_error(self, text: str) -> None:
        """Show (or, with ``""``, hide) a problem; its words are the label's accessible
        name, and a new one is announced (the focus stays in the form)."""
        changed = text != self.error.text() or not self.error.isVisible()
        a11y.set_live_text(self.error, text)
        self.error.setVisible(bool(text))
        if text and changed:
            a11y.announce(self.error, text, assertive=True)

    def set_busy(self, busy: bool, text: str | None = None) -> None:
        self._busy = busy
        for widget in (self.server, self.email, self.password, self.button):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.busy_label.setText((text or translate("SignInPage", "Signing in…")) if busy else "")
        self.busy_label.setVisible(busy)

    # -- actions -----------------------------------------------------------------------------

    def submit(self) -> None:
        if self._busy:
            return
        server = self.server.text().strip() or auth.DEFAULT_SERVER
        email = self.email.text().strip()
        password = self.password.text()
        if not email or not password:
            self.show_error(translate("SignInPage", "Enter your email and password."))
            (self.email if not email else self.password).setFocus()
            return
        self.sign_in(server=server, email=email, password=password)

    def sign_in(self, *, server: str, email: str, password: str, busy_text: str = "") -> None:
        self.show_error("")
        self.set_busy(True, busy_text or None)
        auth.sign_in(
            tasks=self.ctx.tasks,
            store=self.ctx.store,
            server=server,
            email=email,
            password=password,
            on_success=self._succeeded,
            on_failure=self._failed,
        )

    def _succeeded(self, user: UserRecord) -> None:
        self.set_busy(False)
        self.password.clear()
        self.signed_in.emit(user)

    def _failed(self, message: str) -> None:
        self.set_busy(False)
        self.show_error(message)
        self.password.setFocus()
        self.password.selectAll()
