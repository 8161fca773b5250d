"""Modules, their sections and assignments: scope rules, services and the /v1 routes."""
