"""Loading Qt Multimedia, which needs system libraries a machine may lack.

``PySide6.QtMultimedia`` links against the PulseAudio client library (``libpulse.so.0`` on
Linux) and others; where one is missing, importing it raises ``ImportError`` naming the
library. The viewer then shows every other kind of section as usual, and a video section
says what is missing and how to install it (``MultimediaProblem``), instead of the app
failing to open the module.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.viewer.sections.base import SectionView

__all__ = ["MultimediaProblem", "install_hint", "load_video_view", "problem_from"]

log = logging.getLogger("frames.desktop.viewer")

# Library file -> (Debian/Ubuntu package, Fedora package).
_PACKAGES: Final = {
    "libpulse.so.0": ("libpulse0", "pulseaudio-libs"),
    "libpulse-mainloop-glib.so.0": ("libpulse-mainloop-glib0", "pulseaudio-libs-glib2"),
    "libasound.so.2": ("libasound2", "alsa-lib"),
    "libva.so.2": ("libva2", "libva"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libGL.so.1": ("libgl1", "mesa-libGL"),
    "libEGL.so.1": ("libegl1", "mesa-libEGL"),
}
_LIBRARY: Final = re.compile(r"([\w.+-]+\.(?:so(?:\.\d+)*|dylib|dll))", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MultimediaProblem:
    """Why videos cannot play here: the missing ``library`` (when the error names one) and
    the loader's own ``detail``."""

    library: str | None
    detail: str

    def explanation(self) -> str:
        """Two sentences for the person at the computer."""
        if self.library:
            what = translate(
                "MultimediaProblem",
                "The video player needs {library}, which is missing or cannot be loaded on "
                "this computer.",
            ).format(library=self.library)
        else:
            what = translate(
                "MultimediaProblem",
                "The video player needs system libraries that are missing or cannot be loaded "
                "on this computer.",
            )
        return f"{what} {install_hint(self.library)}"


def problem_from(exc: BaseException) -> MultimediaProblem:
    text = " ".join(str(exc).split())
    found = _LIBRARY.search(text)
    return MultimediaProblem(found.group(1) if found else None, text)


def install_hint(library: str | None) -> str:
    """How to install ``library``, then what to do."""
    if library in _PACKAGES:
        debian, fedora = _PACKAGES[library]
        how = translate(
            "_multimedia",
            "Install it with “{apt}” (Debian, Ubuntu) or “{dnf}” (Fedora), then restart "
            "FRAMES LMS.",
        ).format(apt=f"sudo apt install {debian}", dnf=f"sudo dnf install {fedora}")
    elif library:
        how = translate(
            "_multimedia", "Install the package that provides {library}, then restart FRAMES LMS."
        ).format(library=library)
    else:
        how = translate(
            "_multimedia",
            "Ask whoever looks after this computer to install the multimedia libraries.",
        )
    return how


_loaded: type[SectionView] | MultimediaProblem | None = None


def load_video_view() -> type[SectionView] | MultimediaProblem:
    """The video section's view class, or why it cannot be loaded (once per process)."""
    global _loaded
    if _loaded is None:
        try:
            from desktop.viewer.sections.video_player import VideoSectionView
        except (ImportError, OSError) as exc:
            _loaded = problem_from(exc)
            log.warning("video playback unavailable: %s", _loaded.detail)
        else:
            _loaded = VideoSectionView
    return _loaded
