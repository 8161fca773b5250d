"""Every router of the API, mounted in one place."""

from __future__ import annotations

from fastapi import FastAPI

from server_api.assignments.router import router as assignments_router
from server_api.auth.router import admin_router
from server_api.auth.router import router as auth_router
from server_api.health import router as health_router
from server_api.kiosks.router import router as kiosks_router
from server_api.media.router import router as media_router
from server_api.modules.router import router as modules_router
from server_api.reports.router import router as reports_router
from server_api.sync_api.router import router as sync_router

__all__ = ["mount_routers"]


def mount_routers(app: FastAPI) -> None:
    app.include_router(health_router)
    app.include_router(auth_router)
    app.include_router(admin_router)
    app.include_router(modules_router)
    app.include_router(assignments_router)
    app.include_router(media_router)
    app.include_router(kiosks_router)
    app.include_router(reports_router)
    app.include_router(sync_router)
