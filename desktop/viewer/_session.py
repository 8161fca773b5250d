"""What the viewer needs from the app (``ViewerSession``) and its timing knobs."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from local_store.records import SectionRecord
from sync.rules.derive import Derived
from sync.rules.progress import HEARTBEAT_SECONDS, IDLE_SECONDS

__all__ = [
    "CodeRunner",
    "CodeSource",
    "CompletedSectionsSource",
    "RunOutcome",
    "ViewerSession",
    "ViewerTiming",
]


class ViewerSession(Protocol):
    """What the viewer needs from the app; the viewer never touches SQL, HTTP or files itself.

    ``preview`` (faculty preview, ``--preview DIR``): the viewer records NOTHING and shows a
    "Preview" banner; its progress then lives only in the widget.
    """

    preview: bool

    def record(
        self,
        event_type: str,
        *,
        section_number: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        """Append an event to the local outbox (fast); adds session id, device, elapsed time."""
        ...

    def derived(self) -> Derived:
        """Progress, checklist and feedback of this module for this user, from all events."""
        ...

    def media_path(self, section: SectionRecord) -> Path | None:
        """The cached local file of ``section``'s media if it is complete, else ``None``."""
        ...

    def media_message(self, section: SectionRecord) -> str:
        """Plain words saying why the media is missing ("Downloading video… 40 %")."""
        ...

    def open_url(self, url: str) -> None:
        """Open an http/https/mailto link in the system browser or mail app."""
        ...


@runtime_checkable
class CompletedSectionsSource(Protocol):
    """Optional extra a ``ViewerSession`` may offer: which sections are complete.

    ``Derived`` carries only a percentage, so without this the viewer knows which *text,
    image and video* sections were completed in earlier sessions only when the whole module
    is complete (checklists it can tell from their items). With it, the section list shows
    every earlier completion. Return the section numbers that have a ``section_complete``
    event (the same events ``derived()`` folds).
    """

    def completed_sections(self) -> Collection[int]: ...


@dataclass(frozen=True, slots=True)
class RunOutcome:
    """What one run of a student's code gave (``CodeRunner.run``). ``stopped``: ``None``,
    ``"time"``, ``"memory"``, ``"output"`` or ``"cancelled"``; ``error_type``/``error_line``:
    the error the run ended with and its line in the student's file, when known;
    ``problem``: why it could not run at all (no sandbox here, no compiler), else ``None``."""

    stdout: str = ""
    stderr: str = ""
    exit_status: int | None = None
    duration_ms: int = 0
    stopped: str | None = None
    truncated: bool = False
    error_type: str | None = None
    error_line: int | None = None
    problem: str | None = None


class CodeRunner(Protocol):
    """Runs a student's code off the UI thread, isolated from this computer's files."""

    def unavailable(self, language: str) -> str | None:
        """Why code in ``language`` cannot run here ("… not available on this computer"),
        ``None`` when it can."""
        ...

    def run(
        self,
        *,
        language: str,
        files: dict[str, str],
        main: str,
        stdin: str,
        seconds: float,
        on_done: Callable[[RunOutcome], None],
    ) -> None:
        """Start a run; ``on_done`` is called on the UI thread with its outcome."""
        ...

    def cancel(self) -> None:
        """Stop the run in progress, if any (its ``on_done`` gets ``stopped="cancelled"``)."""
        ...


@runtime_checkable
class CodeSource(Protocol):
    """Optional extra of a ``ViewerSession``: running code, the student's latest code of a
    section (the newest ``code_saved`` event's files, from any device: last writer wins),
    and how many events of each type the student recorded on a section (attempts, hints)."""

    def code_runner(self) -> CodeRunner | None: ...

    def saved_code(self, section_number: int) -> dict[str, str] | None: ...

    def section_counts(self, section_number: int) -> dict[str, int]: ...

    def section_events(self, section_number: int) -> list[tuple[str, dict[str, Any]]]:
        """The student's events on the section (any device), oldest first, as
        ``(event_type, event_data)`` (a page rebuilds what was done from them)."""
        ...


@dataclass(frozen=True, slots=True)
class ViewerTiming:
    """Every duration the viewer uses, in seconds; tests pass small values and a fake clock.

    ``idle_seconds``: no input (and no playing video) for this long records ``pause``.
    ``heartbeat_seconds``: a ``heartbeat`` this often while active. ``tick_seconds``: how
    often idleness is checked. ``read_seconds``: a text or image section shown this long is
    complete. ``scroll_seconds``: at most one ``scroll`` event per section per this long.
    ``input_burst_seconds``: typing pauses this long end one ``input`` burst.
    ``media_poll_seconds``: how often a "not downloaded yet" message is refreshed.
    ``clock``: monotonic seconds.
    """

    idle_seconds: float = IDLE_SECONDS
    heartbeat_seconds: float = HEARTBEAT_SECONDS
    tick_seconds: float = 1.0
    read_seconds: float = 3.0
    scroll_seconds: float = 5.0
    input_burst_seconds: float = 2.0
    media_poll_seconds: float = 1.0
    clock: Callable[[], float] = field(default=time.monotonic)


def ms(seconds: float) -> int:
    """Seconds to a QTimer interval in milliseconds (at least 1)."""
    return max(1, round(seconds * 1000))
