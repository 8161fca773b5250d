"""Accounts, passwords (argon2id) and opaque bearer tokens (only their hash is stored)."""
