"""The main window's own state in the store (its geometry), written as an op."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.ops.op import Op

if TYPE_CHECKING:
    from desktop.context import AppContext

__all__ = ["GEOMETRY_SETTING", "save_geometry", "save_setting"]

GEOMETRY_SETTING = "desktop.window.geometry"


def save_geometry(ctx: AppContext, geometry: bytes) -> Op[None]:
    """Keep the window's geometry (Qt's saveGeometry bytes) for the next start; on the
    storage worker, like every store write a widget asks for."""
    text = base64.b64encode(geometry).decode("ascii")
    store = ctx.store
    return Op(
        lambda: store.set_setting(GEOMETRY_SETTING, text),
        what=translate("window", "saving the window"),
    )


def save_setting(ctx: AppContext, key: str, value: str) -> Op[None]:
    """Keep one of the window's choices (the interface language ...) for the next start."""
    store = ctx.store
    return Op(
        lambda: store.set_setting(key, value, durable=True),
        what=translate("window", "saving a setting"),
    )
