"""What the widgets call: keyword-only functions over ``local_store`` and the pure ``sync``.

No Qt widgets here, and no SQL or HTTP in the widgets: the rules of the module list
(``modules``), the status words (``status``), sign-in (``auth``), the viewer session
(``session``), media lookups (``media``), not-synced items (``outbox``), storage
(``storage``) and folder previews (``preview``) are plain, testable code.
"""

__all__: list[str] = []
