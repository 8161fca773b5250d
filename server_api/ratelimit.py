"""Rate limits, counted in the database so that every worker process and every host shares
them (PostgreSQL in production, the SQLite file for the embedded server): never in process
memory, where four workers would each allow the budget again.

A counter is one row of ``rate_limits`` named ``rule:key`` (the rule, and the account,
client address or kiosk it counts): a fixed window of ``allowed`` attempts per ``window``;
one more and the key is locked out for ``lockout``, doubling with each further lockout
(``strikes``) up to ``max_lockout``; a day without attempts forgets the strikes. A locked
key is answered 429 with ``Retry-After``.

Counting is one ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` in a transaction of its
own (committed even when the request fails, which is the point for a wrong password);
passing a limit costs a second statement. Count before the request's own session writes
anything: on SQLite that transaction would hold the one write lock the counter waits for.
What is limited, and how much:

=====================  ======================================  ==========  =============
rule                   counts                                  allowed     lockout
=====================  ======================================  ==========  =============
``login-account``      failed sign-ins for one email           5 / minute  1 min .. 1 h
``login-address``      failed sign-ins from one address        30 / minute 1 min .. 1 h
``enrol-address``      wrong enrolment codes from one address  10 / 10 min 10 min .. 1 h
``pin-set``            PIN changes by one account (own/staff)  10 / 10 min 10 min .. 1 h
``kiosk-roster``       roster requests of one kiosk            60 / minute 1 min .. 10 min
``kiosk-pull``         pull requests of one kiosk              1200 / min  1 min .. 10 min
``kiosk-push``         push requests of one kiosk              600 / min   1 min .. 10 min
=====================  ======================================  ==========  =============

Sign-ins are checked before the password is (a locked account or address costs no argon2
time) and only failures count; a successful sign-in forgets the account's failures.
Students' own devices are not rate-limited: their pushes and pulls cost no extra statement.
An IPv6 client counts by its /64 (one host can use a whole /64); behind a reverse proxy the
client address is the one uvicorn takes from ``X-Forwarded-For`` of a trusted proxy.
"""

from __future__ import annotations

import ipaddress
import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import Engine, case, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from server_api.errors import TooManyRequests
from server_api.models import RateLimit
from server_api.timeutil import utcnow

__all__ = [
    "ENROL_ADDRESS",
    "KIOSK_PULL",
    "KIOSK_PUSH",
    "KIOSK_ROSTER",
    "LOGIN_ACCOUNT",
    "LOGIN_ADDRESS",
    "PIN_SET",
    "RateLimiter",
    "Rule",
    "address_key",
    "charge_kiosk",
]

_MINUTE: Final = timedelta(minutes=1)
_FORGET_AFTER: Final = timedelta(days=1)  # strikes are forgotten after a quiet day
_PRUNE_CHANCE: Final = 1 / 500  # old rows are deleted now and then by whoever counts


@dataclass(frozen=True, slots=True)
class Rule:
    """``allowed`` attempts per ``window``; then a lockout of ``lockout`` doubling per strike."""

    name: str
    allowed: int
    window: timedelta
    lockout: timedelta
    max_lockout: timedelta
    what: str  # "too many {what}"

    def lockout_for(self, strikes: int) -> timedelta:
        doubled: timedelta = self.lockout * 2 ** max(0, strikes - 1)
        return min(doubled, self.max_lockout)


LOGIN_ACCOUNT: Final = Rule(
    "login-account", 5, _MINUTE, _MINUTE, timedelta(hours=1), "failed sign-ins for this account"
)
LOGIN_ADDRESS: Final = Rule(
    "login-address", 30, _MINUTE, _MINUTE, timedelta(hours=1), "failed sign-ins from this address"
)
ENROL_ADDRESS: Final = Rule(
    "enrol-address",
    10,
    timedelta(minutes=10),
    timedelta(minutes=10),
    timedelta(hours=1),
    "wrong enrolment codes from this address",
)
PIN_SET: Final = Rule(
    "pin-set",
    10,
    timedelta(minutes=10),
    timedelta(minutes=10),
    timedelta(hours=1),
    "PIN changes by this account",
)
KIOSK_ROSTER: Final = Rule(
    "kiosk-roster", 60, _MINUTE, _MINUTE, timedelta(minutes=10), "roster requests from this kiosk"
)
KIOSK_PULL: Final = Rule(
    "kiosk-pull", 1200, _MINUTE, _MINUTE, timedelta(minutes=10), "pull requests from this kiosk"
)
KIOSK_PUSH: Final = Rule(
    "kiosk-push", 600, _MINUTE, _MINUTE, timedelta(minutes=10), "push requests from this kiosk"
)


def address_key(host: str | None) -> str:
    """The key a client address counts under: IPv4 as is, IPv6 by its /64."""
    if not host:
        return "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host[:100]
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def _wait(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds()))


def _human(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minutes" if minutes < 90 else f"{math.ceil(minutes / 60)} hours"


def _refusal(rule: Rule, until: datetime, now: datetime) -> TooManyRequests:
    wait = _wait(until, now)
    return TooManyRequests(f"too many {rule.what}: try again in {_human(wait)}", retry_after=wait)


class RateLimiter:
    """The counters of one database. ``RateLimiter(None)`` limits nothing (``FRAMES_RATE_
    LIMITS=false``: benchmarks, and tests that share one transaction)."""

    def __init__(self, engine: Engine | None) -> None:
        self._engine = engine

    def check(self, *counters: tuple[Rule, str]) -> None:
        """Raise ``TooManyRequests`` if any of these counters is locked out now."""
        if self._engine is None:
            return
        now = utcnow()
        keys = {f"{rule.name}:{key}": rule for rule, key in counters}
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(RateLimit.key, RateLimit.blocked_until).where(
                    RateLimit.key.in_(list(keys)), RateLimit.blocked_until > now
                )
            ).all()
        locked = [(until, key) for key, until in rows if until is not None]
        if locked:
            until, key = max(locked)
            raise _refusal(keys[key], until, now)

    def hit(self, rule: Rule, key: str) -> None:
        """Count one attempt; raise ``TooManyRequests`` if the key is (now) locked out."""
        now = utcnow()
        until = self._count(rule, key, now, lock_at=rule.allowed + 1)
        if until is not None:
            raise _refusal(rule, until, now)

    def fail(self, rule: Rule, key: str) -> None:
        """Count one failure (the caller answers it as it would anyway); the ``allowed``-th
        locks the key, so the next attempt is refused before it is tried."""
        self._count(rule, key, utcnow(), lock_at=rule.allowed)

    def clear(self, rule: Rule, key: str) -> None:
        """Forget a key's attempts and strikes (after a successful sign-in)."""
        if self._engine is None:
            return
        with self._engine.begin() as conn:
            conn.execute(delete(RateLimit).where(RateLimit.key == f"{rule.name}:{key}"))

    def _count(self, rule: Rule, key: str, now: datetime, *, lock_at: int) -> datetime | None:
        """Count an attempt, locking the key at ``lock_at`` in the window; the end of the
        key's lockout if it is locked out, else None."""
        if self._engine is None:
            return None
        name = f"{rule.name}:{key}"[:200]
        with self._engine.begin() as conn:
            fresh = RateLimit.window_start <= now - rule.window
            row = conn.execute(
                self._upsert(conn.dialect.name)
                .values(key=name, window_start=now, count=1, strikes=0)
                .on_conflict_do_update(
                    index_elements=[RateLimit.key],
                    set_={
                        "count": case((fresh, 1), else_=RateLimit.count + 1),
                        "window_start": case((fresh, now), else_=RateLimit.window_start),
                        "strikes": case(
                            (RateLimit.window_start <= now - _FORGET_AFTER, 0),
                            else_=RateLimit.strikes,
                        ),
                    },
                )
                .returning(RateLimit.count, RateLimit.strikes, RateLimit.blocked_until)
            ).one()
            count, strikes, blocked_until = row
            if blocked_until is not None and blocked_until > now:
                return blocked_until  # locked: no new strike for knocking on the door
            until = None
            if count >= lock_at:
                until = now + rule.lockout_for(strikes + 1)
                conn.execute(
                    update(RateLimit)
                    .where(RateLimit.key == name)
                    .values(strikes=strikes + 1, blocked_until=until, count=0, window_start=now)
                )
            if random.random() < _PRUNE_CHANCE:
                conn.execute(
                    delete(RateLimit).where(
                        RateLimit.window_start < now - _FORGET_AFTER,
                        or_(RateLimit.blocked_until.is_(None), RateLimit.blocked_until < now),
                    )
                )
        return until

    @staticmethod
    def _upsert(dialect: str) -> postgresql.Insert | sqlite.Insert:
        if dialect == "postgresql":
            return postgresql.insert(RateLimit)
        return sqlite.insert(RateLimit)


def charge_kiosk(limiter: RateLimiter, kiosk_id: int | None, rule: Rule) -> None:
    """Count a kiosk's request against its budget (nothing for a person's device, whose
    ``kiosk_id`` is None: no extra statement on a student's sync)."""
    if kiosk_id is not None:
        limiter.hit(rule, str(kiosk_id))
