"""The module viewer: what a student sees inside a module, and what it records.

``ModuleViewer`` is the widget; the app gives it a ``ViewerSession`` (recording, derived
progress, media cache, opening links). Section types are plug-ins
(``desktop.viewer.sections.registry``); the recording and completion rules are specified in
``sync.rules.sections``.
"""

from desktop.viewer._session import CompletedSectionsSource, ViewerSession, ViewerTiming
from desktop.viewer._viewer import ModuleViewer

__all__ = ["CompletedSectionsSource", "ModuleViewer", "ViewerSession", "ViewerTiming"]
