"""Sync engine plus the pure rules (progress fold, merge) shared by client and server."""
