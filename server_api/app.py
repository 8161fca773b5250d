"""The FastAPI application factory. The process keeps no state but its engine and settings:
sessions, tokens and counters all live in the database, so any number of workers or hosts
can serve the same users from one PostgreSQL."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI
from sqlalchemy.orm import Session

from server_api import __version__
from server_api.admission import Admission, AdmissionLimits
from server_api.api import mount_routers
from server_api.config import Settings, parse_database_url
from server_api.db import make_engine, settings_engine
from server_api.docs import mount_docs
from server_api.http import BodySizeLimit, SecurityHeaders, install_error_handlers
from server_api.ratelimit import RateLimiter

__all__ = ["create_app", "create_served_app"]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    limits = AdmissionLimits(
        in_flight=min(settings.sync_in_flight, settings.db_pool_size + settings.db_max_overflow),
        queue=settings.sync_queue,
        wait_seconds=settings.sync_wait_seconds,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Blocking work runs on this many threads: more than admission lets in at once, so
        # an admitted request never waits for a thread (server_api.admission).
        anyio.to_thread.current_default_thread_limiter().total_tokens = limits.thread_tokens
        yield

    url = settings.resolved_database_url()
    docs = settings.docs_enabled(url)
    app = FastAPI(
        title="FRAMES LMS API",
        version=__version__,
        description="Training modules, assignments, progress and sync for FRAMES lab teams.",
        openapi_url="/openapi.json" if docs else None,
        docs_url=None,  # mount_docs serves them, with a Content-Security-Policy
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine = settings_engine(settings)
    # How routes that do their work in one thread trip open their session (deps.in_one_trip);
    # a test harness may hand out sessions of one shared transaction instead.
    app.state.open_session = lambda: Session(engine, expire_on_commit=False)
    # Reports may read from a replica (settings.reports_database_url; deps.open_report_session)
    app.state.reports_engine = (
        make_engine(
            parse_database_url(settings.reports_database_url),
            pool_size=2,
            max_overflow=2,
            pool_timeout=settings.db_pool_timeout,
            pgbouncer=settings.db_pgbouncer,
        )
        if settings.reports_database_url
        else None
    )
    # The limiter's counters commit in transactions of their own, beside the request's: a
    # small pool of their own, so a request never holds two connections of one pool (the
    # admission limit's promise, server_api.admission).
    app.state.limiter = RateLimiter(
        make_engine(
            url,
            pool_size=2,
            max_overflow=2,
            pool_timeout=settings.db_pool_timeout,
            pgbouncer=settings.db_pgbouncer,
        )
        if settings.rate_limits
        else None
    )
    install_error_handlers(app)
    mount_routers(app)
    if docs:
        mount_docs(app, openapi_url="/openapi.json")
    app.add_middleware(
        BodySizeLimit,
        max_bytes=settings.max_body_bytes,
        overrides={"/v1/media": settings.max_media_bytes},
    )
    app.add_middleware(Admission, limits=limits)
    app.add_middleware(SecurityHeaders)  # outermost: the 413 and 503 answers get them too
    return app


def create_served_app() -> FastAPI:
    """``create_app`` for a serving process (``frames-server serve``, one call per worker).

    Everything made by then (modules, routes, schemas, the engine) lives as long as the
    process, so it is moved out of the cyclic garbage collector's view (``gc.freeze``).
    A push allocates enough objects to trigger full collections every few batches; each
    traversed those ~150,000 start-up objects (~80 ms with the GIL held, stalling every
    request of the worker, including the one holding the change-sequence lock) and now
    only what requests made.
    """
    app = create_app()
    gc.freeze()
    return app
