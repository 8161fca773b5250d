"""Kiosk mode (``frames-desktop --kiosk``): one shared tablet, many students, locked down.

One file per screen: ``window`` (the kiosk window, the normal window with these pages in
front), ``enrol``, ``picker``, ``pin_page``, ``staff``, ``header``, the overlays
``countdown`` and ``link_notice``, and their parts ``pin_pad``, ``idle`` and ``_touch``
(fingertip-sized controls); ``pin_dialog`` is the normal window's 'Set kiosk PIN…'. What
they do to the store or the server goes through ``desktop.ops.kiosk``.
"""

__all__: list[str] = []
