"""Tests of the sync package."""
