"""The FastAPI application factory. The process keeps no state but its engine and settings."""

from __future__ import annotations

from fastapi import FastAPI

from server_api import __version__
from server_api.config import Settings
from server_api.db import make_engine
from server_api.health import router as health_router

__all__ = ["create_app"]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(
        title="FRAMES LMS API",
        version=__version__,
        description="Training modules, assignments, progress and sync for FRAMES lab teams.",
    )
    app.state.settings = settings
    app.state.engine = make_engine(settings.resolved_database_url())
    app.include_router(health_router)
    return app
