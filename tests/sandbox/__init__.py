"""Tests of the code sandbox: real launchers, real limits, real kernel protections."""
