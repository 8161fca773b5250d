"""Kiosks: shared tablets enrolled for a university or team, their roster and students' PINs."""
