"""The storage setting: how much the content cache takes, and freeing it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.i18n import translate
from local_store import LocalStore

if TYPE_CHECKING:
    from desktop.tasks import TaskRunner

__all__ = ["StorageInfo", "clear_completed_media", "load_storage_info", "refresh_after_recovery"]


@dataclass(frozen=True, slots=True)
class StorageInfo:
    cache_bytes: int
    cache_files: int
    completed_modules: int
    store_bytes: int
    cache_root: Path
    data_dir: Path


def _disk_usage(root: Path) -> tuple[int, int]:
    total = files = 0
    if root.is_dir():
        for path in root.rglob("*"):
            try:
                if path.is_file():
                    total += path.stat().st_size
                    files += 1
            except OSError:
                continue
    return total, files


def load_storage_info(
    *, store: LocalStore, owner: str, cache_root: Path, data_dir: Path
) -> StorageInfo:
    """Measure the cache on disk (partial downloads included) and the local database."""
    cache_bytes, cache_files = _disk_usage(cache_root)
    store_bytes = 0
    for suffix in ("", "-wal"):
        try:
            store_bytes += Path(f"{store.path}{suffix}").stat().st_size
        except OSError:
            pass
    completed = sum(1 for row in store.get_progress(owner).values() if row.status == "completed")
    return StorageInfo(
        cache_bytes=cache_bytes,
        cache_files=cache_files,
        completed_modules=completed,
        store_bytes=store_bytes,
        cache_root=cache_root,
        data_dir=data_dir,
    )


def _clear(store: LocalStore, owner: str, cache: Any, cache_root: Path) -> int:
    if cache is not None:
        return int(cache.clear_completed(owner))
    from sync.client.media import MediaCache

    with MediaCache(store, cache_root) as own:
        return int(own.clear_completed(owner))


def clear_completed_media(
    *,
    tasks: TaskRunner,
    store: LocalStore,
    owner: str,
    cache: Any,
    cache_root: Path,
    on_success: Callable[[int], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """Delete the images and videos only completed modules use; ``on_success(bytes_freed)``."""
    tasks.storage(
        lambda: _clear(store, owner, cache, cache_root),
        on_done=on_success,
        on_error=on_failure,
        what=translate("storage", "freeing space"),
    )


def _fold_everything(store: LocalStore) -> int:
    from sync.client.local_progress import refresh_progress_of

    folded = 0
    for user in store.list_users():
        for item in store.list_modules(user.user_id):
            sections = store.section_numbers(user.user_id, item.module_id)
            if sections is not None:
                refresh_progress_of(
                    store, owner=user.user_id, module_id=item.module_id, section_numbers=sections
                )
                folded += 1
    return folded


def refresh_after_recovery(
    *, tasks: TaskRunner, store: LocalStore, on_success: Callable[[int], None]
) -> None:
    """After a damaged store was rebuilt (from a backup, plus the events read back), fold
    the progress of every module of every user again, so the lists are right offline too;
    ``on_success(modules_folded)``."""
    tasks.storage(
        lambda: _fold_everything(store),
        on_done=on_success,
        what=translate("storage", "checking the rebuilt data"),
    )
