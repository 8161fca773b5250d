"""The code sandbox: a student's small program, run offline in a separate process with hard
limits, unable to read the kiosk's data folder (other students' records, PIN hashes), the
user's home or the network.

No Qt, no database: the standard library and ``ctypes``. :func:`run` blocks, so the desktop
calls it off the UI thread. The layers, each checked by a test in ``tests/sandbox``:

=================  ==========================================================================
process            a new session, killed as a group; a fresh 0700 folder under the temporary
                   folder as working and home folder, removed afterwards; a scrubbed
                   environment; Python runs isolated (``-I -B``)
limits             wall-clock seconds (then the group is killed), ``RLIMIT_CPU``,
                   ``RLIMIT_AS`` (a 1 GB allocation fails: ``stopped="memory"``),
                   ``RLIMIT_FSIZE`` 1 MB, no core files, open files; output read as it comes
                   and cut at ``output_bytes`` (``stopped="output"``)
tasks              ``RLIMIT_NPROC`` inside the new user namespace (it counts per user and
                   namespace); as root, which that limit ignores, a pids cgroup
namespaces         user + network + PID: no network at all (UDP and DNS fail too), and when
                   the sandbox's first process ends the kernel kills everything it started
Landlock           read-write the run's folder only; read-and-execute the interpreter, the
                   compiler and the system libraries; no TCP (ABI 4+); no abstract unix
                   sockets or signals outside the sandbox (ABI 6+)
=================  ==========================================================================

Without Landlock (not Linux 5.13+) :func:`isolation` says so and :func:`run` refuses unless
the staff allowed unisolated runs (``allow_unisolated=True``: the process and limits layers
only). Without user namespaces the run goes on with Landlock, and :func:`isolation` says what
is missing. The frozen desktop bundle starts its own program with
:data:`CHILD_FLAG` as the launcher (:func:`child_main`).
"""

from sync.client.sandbox._child import CHILD_FLAG, child_main
from sync.client.sandbox._probe import isolation, languages
from sync.client.sandbox._runner import run
from sync.client.sandbox._types import (
    Isolation,
    LanguageSupport,
    RunLimits,
    RunRequest,
    RunResult,
    SandboxUnavailable,
)

__all__ = [
    "CHILD_FLAG",
    "Isolation",
    "LanguageSupport",
    "RunLimits",
    "RunRequest",
    "RunResult",
    "SandboxUnavailable",
    "child_main",
    "isolation",
    "languages",
    "run",
]
