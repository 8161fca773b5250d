"""The storage setting: the content cache's size, downloads, and freeing space."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.context import AppContext
from desktop.formats import number_text
from desktop.i18n import translate
from desktop.ops import storage
from desktop.ops.media import MediaActivity
from desktop.ops.status import format_bytes

__all__ = ["StoragePage"]


class StoragePage(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("storage-page")
        title = theme.title_label(translate("StoragePage", "Storage"), 1.6, self)
        intro = QLabel(
            translate(
                "StoragePage",
                "Images and videos of your modules are downloaded in the background after "
                "each sync, so they play without a network.",
            ),
            self,
        )
        intro.setWordWrap(True)

        self.cache_size = QLabel(self)
        self.cache_size.setObjectName("cache-size")
        self.cache_size.setFont(theme.scaled_font(self.cache_size.font(), 1.25, bold=True))
        self.download = QLabel(self)
        self.download.setObjectName("download-state")
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(theme.em(self, 0.6))
        self.bar.setAccessibleName(translate("StoragePage", "Download progress"))
        self.store_size = QLabel(self)
        self.folder = QLabel(self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        theme.set_role(self.folder, theme.muted())

        form = QFormLayout()
        form.setVerticalSpacing(theme.em(self, 0.5))
        form.addRow(translate("StoragePage", "Media on this device:"), self.cache_size)
        form.addRow(translate("StoragePage", "Downloads:"), self.download)
        form.addRow("", self.bar)
        form.addRow(translate("StoragePage", "Your data:"), self.store_size)
        form.addRow(translate("StoragePage", "Folder:"), self.folder)

        self.clear = QPushButton(
            translate("StoragePage", "Free space: remove media of completed modules"), self
        )
        self.clear.setObjectName("clear-completed")
        self.clear.clicked.connect(self.clear_completed)
        clear_note = QLabel(
            translate(
                "StoragePage",
                "Completed modules stay in your list and keep your progress; their videos "
                "play again when you are online.",
            ),
            self,
        )
        clear_note.setWordWrap(True)
        theme.set_role(clear_note, theme.muted())
        self.result = QLabel(self)
        self.result.setObjectName("storage-result")
        self.result.setWordWrap(True)

        self.back = QPushButton(translate("StoragePage", "Back to my modules"), self)
        self.back.clicked.connect(self.back_requested)

        layout = QVBoxLayout(self)
        margin = theme.em(self, 1.2)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(theme.em(self, 0.7))
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(theme.em(self, 0.5))
        row = QHBoxLayout()
        row.addWidget(self.clear)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(clear_note)
        layout.addWidget(self.result)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        if self.ctx.user is None:
            return
        owner = self.ctx.user.user_id
        ctx = self.ctx
        ctx.tasks.storage(
            lambda: storage.load_storage_info(
                store=ctx.store, owner=owner, cache_root=ctx.media_root, data_dir=ctx.data_dir
            ),
            on_done=self._show_info,
            what=translate("StoragePage", "measuring storage"),
        )
        if ctx.sync is not None and ctx.sync.started:
            self.set_media(ctx.sync.media)
        else:
            self.bar.hide()
            self.download.setText(translate("StoragePage", "Downloads start after the next sync."))

    def _show_info(self, info: storage.StorageInfo) -> None:
        self.cache_size.setText(
            translate("StoragePage", "{size} in %n file(s)", n=info.cache_files).format(
                size=format_bytes(info.cache_bytes)
            )
        )
        self.store_size.setText(
            translate("StoragePage", "{size} of progress and modules").format(
                size=format_bytes(info.store_bytes)
            )
        )
        self.folder.setText(str(info.data_dir))
        self.clear.setEnabled(info.completed_modules > 0 and info.cache_bytes > 0)

    def set_media(self, media: MediaActivity) -> None:
        if media.downloading and media.files_total:
            total = max(1, media.total_bytes)
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, 1000 * media.done_bytes // total))
            self.download.setText(
                translate(
                    "StoragePage",
                    "Downloading {done} of {total} ({files} of %n file(s))",
                    n=media.files_total,
                ).format(
                    done=format_bytes(media.done_bytes),
                    total=format_bytes(media.total_bytes),
                    files=number_text(media.files_done),
                )
            )
            self.bar.show()
        else:
            self.bar.hide()
            if media.failed:
                n = len(media.failed)
                self.download.setText(
                    translate(
                        "StoragePage",
                        "%n file(s) could not be downloaded; they are tried again after the "
                        "next sync.",
                        n=n,
                    )
                )
            elif media.offline:
                self.download.setText(translate("StoragePage", "Waiting for the network."))
            else:
                self.download.setText(
                    translate("StoragePage", "Everything your modules need is on this device.")
                )

    def clear_completed(self) -> None:
        if self.ctx.user is None:
            return
        self.clear.setEnabled(False)
        self.result.setText(translate("StoragePage", "Freeing space…"))
        storage.clear_completed_media(
            tasks=self.ctx.tasks,
            store=self.ctx.store,
            owner=self.ctx.user.user_id,
            cache=self.ctx.sync.cache if self.ctx.sync is not None else None,
            cache_root=self.ctx.media_root,
            on_success=self._cleared,
        )

    def _cleared(self, freed: int) -> None:
        self.result.setText(
            translate("StoragePage", "Freed {size}.").format(size=format_bytes(freed))
        )
        self.refresh()
