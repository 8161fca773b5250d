"""The client runtime: the sync engine and its service thread, the media cache, kiosk sync,
sign-in and sign-out with typed errors, the online-only management calls, the local progress
cache and the ``frames-client`` command line. Imports the local store and httpx; the server
never imports it."""
