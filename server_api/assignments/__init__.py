"""Assignments of modules to a student, a team or a whole university."""
