"""``frames-server import-content``: new, updated and unchanged modules, and broken folders."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server_api.cli import main
from server_api.content.service import ImportResult, import_content_folder
from server_api.errors import BadRequest, Conflict
from server_api.media.storage import MediaStorage
from server_api.models import Faculty, MediaFile, Module, ModuleSection, SyncClock, University
from sync.rules.content_folder import load_content_tree
from tests.factories import PASSWORD, make_account, make_university
from tests.helpers import run_cli

pytestmark = pytest.mark.postgres

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"
CLI = "server_api.cli"


def run_import(app: Any, folder: Path, **kwargs: Any) -> list[ImportResult]:
    storage = MediaStorage(app.state.settings.media_dir)
    with Session(app.state.engine) as session, session.begin():
        return import_content_folder(session, storage, folder, **kwargs)


def outcomes(results: list[ImportResult]) -> dict[str, tuple[str, int]]:
    return {r.module_id: (r.outcome, r.revision) for r in results}


def snapshot(db: Session) -> dict[str, Any]:
    """Everything an import may change, to prove a failed one changed nothing."""
    db.expire_all()
    return {
        "modules": db.execute(
            select(
                Module.module_id, Module.revision, Module.updated_at, Module.change_seq
            ).order_by(Module.module_id)
        ).all(),
        "sections": db.execute(
            select(
                ModuleSection.module_id, ModuleSection.section_number, ModuleSection.content
            ).order_by(ModuleSection.module_id, ModuleSection.section_number)
        ).all(),
        "media": db.scalar(select(func.count()).select_from(MediaFile)),
        "clock": db.scalar(select(SyncClock.value)),
    }


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """An editable copy of the demo content."""
    return Path(shutil.copytree(DEMO, tmp_path / "content"))


def test_import_the_demo_tree(app: Any, client: Any, db: Session) -> None:
    uni = make_university(db)
    db.add(Faculty(id="fac-1", name="Prof", university_id=uni.id))
    db.commit()
    results = run_import(app, DEMO, faculty_id="fac-1")
    sources = load_content_tree(DEMO)
    assert [r.line() for r in results if r.module_id == "lab-safety-101"] == [
        "imported lab-safety-101 (new, revision 1, 5 sections, 2 media files)"
    ]
    assert {r.outcome for r in results} == {"new"}
    admin = make_account(db, "admin")
    token = client.post("/v1/auth/login", json={"email": admin.email, "password": PASSWORD})
    auth = {"Authorization": f"Bearer {token.json()['token']}"}
    media_shas = set()
    for source in sources:
        module = db.scalars(select(Module).where(Module.module_id == source.module_id)).one()
        assert module.university_id == uni.id and module.created_by_id == "fac-1"
        assert (module.title, module.description, module.category) == (
            source.title,
            source.description,
            source.category,
        )
        assert module.status == source.status and module.revision == 1
        assert (module.published_at is not None) == (source.status == "published")
        assert module.tags == list(source.tags)
        assert module.prerequisites == list(source.prerequisites)
        assert module.related_modules == list(source.related_modules)
        assert module.estimated_minutes == source.estimated_minutes
        assert module.module_type == (source.module_type or "text")
        rows = db.scalars(
            select(ModuleSection)
            .where(ModuleSection.module_id == module.id)
            .order_by(ModuleSection.section_number)
        ).all()
        assert [r.section_number for r in rows] == list(range(1, len(source.sections) + 1))
        for row, section in zip(rows, source.sections, strict=True):
            assert (row.section_type, row.title, row.content, row.duration_seconds) == (
                section.section_type,
                section.title,
                section.content,
                section.duration_seconds,
            )
            if section.media is None:
                assert row.media_url is None
                continue
            media_shas.add(section.media.sha256)
            name = Path(section.media.relpath).name
            assert row.media_url == f"/v1/media/{section.media.sha256}/{name}"
            got = client.get(row.media_url, headers=auth)
            assert got.status_code == 200
            assert got.content == section.media.path.read_bytes()
            assert got.headers["content-type"] == section.media.content_type
            assert got.headers["etag"] == f'"{section.media.sha256}"'
        assert (row.section_config, row.completion_criteria) == (
            section.section_config,
            section.completion_criteria,
        )
    types = {s.section_type for src in sources for s in src.sections}
    assert types == {
        "text",
        "image",
        "video",
        "checklist",
        "sandbox",
        "guided_struggle",
        "game",
        "interactive",
    }
    assert db.scalar(select(func.count()).select_from(MediaFile)) == len(media_shas) >= 5


def test_reimport_unchanged_changes_nothing(app: Any, db: Session) -> None:
    make_university(db)
    run_import(app, DEMO)
    before = snapshot(db)
    results = run_import(app, DEMO)
    assert {r.outcome for r in results} == {"unchanged"}
    assert results[0].line() == f"unchanged {results[0].module_id} (revision 1)"
    assert snapshot(db) == before


def test_editing_one_section_bumps_only_that_module(app: Any, db: Session, tree: Path) -> None:
    make_university(db)
    run_import(app, tree)
    module = db.scalars(select(Module).where(Module.module_id == "lab-safety-101")).one()
    ids_before = db.scalars(
        select(ModuleSection.id)
        .where(ModuleSection.module_id == module.id)
        .order_by(ModuleSection.section_number)
    ).all()
    hazards = tree / "lab-safety-101" / "01-hazards.md"
    hazards.write_text(hazards.read_text().replace("Burns", "Hot tips and burns"))
    results = outcomes(run_import(app, tree))
    assert results.pop("lab-safety-101") == ("updated", 2)
    assert set(results.values()) == {("unchanged", 1)}
    db.expire_all()
    section = db.scalars(
        select(ModuleSection).where(
            ModuleSection.module_id == module.id, ModuleSection.section_number == 1
        )
    ).one()
    assert "Hot tips and burns" in section.content
    assert db.get_one(Module, module.id).revision == 2
    # sections are updated in place: same rows, same ids
    assert (
        db.scalars(
            select(ModuleSection.id)
            .where(ModuleSection.module_id == module.id)
            .order_by(ModuleSection.section_number)
        ).all()
        == ids_before
    )
    # and importing the edited folder again is a no-op
    assert set(outcomes(run_import(app, tree)).values()) == {("unchanged", 1), ("unchanged", 2)}


def test_adding_removing_sections_media_and_metadata(app: Any, db: Session, tree: Path) -> None:
    make_university(db)
    run_import(app, tree)
    folder = tree / "welcome-to-the-lab"
    (folder / "05-questions.md").write_text("---\ntype: text\ntitle: Questions?\n---\nAsk us.\n")
    assert outcomes(run_import(app, tree))["welcome-to-the-lab"] == ("updated", 2)

    def sections(slug: str) -> list[tuple[int, str | None, str | None]]:
        db.expire_all()
        rows = db.execute(
            select(ModuleSection.section_number, ModuleSection.title, ModuleSection.media_url)
            .join(Module, Module.id == ModuleSection.module_id)
            .where(Module.module_id == slug)
            .order_by(ModuleSection.section_number)
        ).all()
        return [(n, t, m) for n, t, m in rows]

    assert sections("welcome-to-the-lab")[-1][:2] == (5, "Questions?")
    (folder / "05-questions.md").unlink()
    (folder / "04-first-week.md").unlink()
    result = run_import(app, tree)
    assert outcomes(result)["welcome-to-the-lab"] == ("updated", 3)
    assert [n for n, _t, _m in sections("welcome-to-the-lab")] == [1, 2, 3]
    # another picture with the same name: a new hash, a new URL, a new revision
    picture = folder / "media" / "lab-floor-plan.png"
    shutil.copy(tree / "lab-safety-101" / "media" / "ppe-station.png", picture)
    assert outcomes(run_import(app, tree))["welcome-to-the-lab"] == ("updated", 4)
    new_sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    urls = [m for _n, _t, m in sections("welcome-to-the-lab")]
    assert f"/v1/media/{new_sha}/lab-floor-plan.png" in urls
    # publishing the draft sets published_at
    meta = tree / "cubesat-power-budget" / "module.yaml"
    meta.write_text(meta.read_text().replace("status: draft", "status: published"))
    results = run_import(app, tree)
    assert outcomes(results)["cubesat-power-budget"] == ("updated", 2)
    line = next(r.line() for r in results if r.module_id == "cubesat-power-budget")
    assert line == "updated cubesat-power-budget (revision 2, 4 sections, 1 media file)"
    db.expire_all()
    draft = db.scalars(select(Module).where(Module.module_id == "cubesat-power-budget")).one()
    assert draft.status == "published" and draft.published_at is not None


def test_university_rules(app: Any, db: Session, tree: Path) -> None:
    with pytest.raises(BadRequest, match="no university yet"):
        run_import(app, tree)
    first = make_university(db)
    second = make_university(db)
    with pytest.raises(BadRequest, match="2 universities: pass --university-id"):
        run_import(app, tree)
    with pytest.raises(BadRequest, match="no university with id 'nope'"):
        run_import(app, tree, university_id="nope")
    with pytest.raises(BadRequest, match="no faculty member with id 'ghost'"):
        run_import(app, tree, university_id=first.id, faculty_id="ghost")
    run_import(app, tree / "lab-safety-101", university_id=first.id)
    before = snapshot(db)
    with pytest.raises(Conflict, match=f"already exists in university '{first.id}'"):
        run_import(app, tree, university_id=second.id)
    assert snapshot(db) == before


# --- the command ------------------------------------------------------------------------------


def test_cli_imports_and_reports(migrated_pg_url: str, tmp_path: Path) -> None:
    env = {"FRAMES_DATA_DIR": str(tmp_path / "data")}
    args = ["import-content", str(DEMO), "--database-url", migrated_pg_url]
    first = run_cli(CLI, *args, "--university-id", "cpp", "--university-name", "Cal Poly", env=env)
    assert first.returncode == 0, first.stderr
    assert "imported lab-safety-101 (new, revision 1, 5 sections, 2 media files)" in first.stdout
    assert len(first.stdout.splitlines()) == 10
    assert (tmp_path / "data" / "media").is_dir()
    again = run_cli(CLI, *args, env=env)  # the only university is the default
    assert again.returncode == 0, again.stderr
    assert "unchanged lab-safety-101 (revision 1)" in again.stdout


def _break(tree: Path, case: str) -> tuple[str, str]:
    """Break the copy of the demo tree; return the file:line and words the error must name."""
    welcome = tree / "welcome-to-the-lab"  # the last module: the others would import fine
    if case == "bad yaml":
        meta = welcome / "module.yaml"
        meta.write_text(meta.read_text().replace("title: ", "title: [unclosed\n  x: ", 1))
        return "welcome-to-the-lab/module.yaml:4:", "invalid YAML"
    if case == "unknown key":
        section = welcome / "01-welcome.md"
        section.write_text(section.read_text().replace("type: text", "type: text\ntitel: Hi", 1))
        return "welcome-to-the-lab/01-welcome.md:3:", "unknown key 'titel'"
    if case == "missing media":
        (welcome / "media" / "lab-floor-plan.png").unlink()
        return "welcome-to-the-lab/02-lab-floor-plan.md:4:", "does not exist"
    if case == "unknown module key":
        meta = welcome / "module.yaml"
        meta.write_text(meta.read_text() + "colour: blue\n")
        return "welcome-to-the-lab/module.yaml:17:", "unknown key 'colour'"
    if case == "video that is not a video":
        # The parser only checks raster signatures; the server's sniffing catches this one
        # while the database transaction is already under way.
        (tree / "soldering-basics" / "media" / "five-step-joint.mp4").write_bytes(b"not a video")
        return "soldering-basics/02-the-five-steps.md:4:", "not an image or video"
    raise AssertionError(case)


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("frames-server: error: "), lines[0]
    return lines[0]


@pytest.mark.parametrize(
    "case",
    ["bad yaml", "unknown key", "missing media", "unknown module key", "video that is not a video"],
)
def test_broken_folder_names_file_and_line_and_stores_nothing(
    app: Any,
    db: Session,
    tree: Path,
    case: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_university(db)
    run_import(app, tree / "lab-safety-101")  # something already there, to stay untouched
    where, says = _break(tree, case)
    lab = tree / "lab-safety-101" / "01-hazards.md"
    lab.write_text(lab.read_text() + "\nAn edit that must not be stored.\n")
    before = snapshot(db)
    monkeypatch.setenv("FRAMES_DATA_DIR", str(app.state.settings.data_dir))
    url = app.state.engine.url.render_as_string(hide_password=False)
    assert main(["import-content", str(tree), "--database-url", url]) == 1
    captured = capsys.readouterr()
    line = _one_error_line(captured.err)
    assert line.startswith(f"frames-server: error: {where}"), line
    assert says in line
    assert captured.out == ""
    assert snapshot(db) == before


def test_cli_error_lines_as_a_user_sees_them(migrated_pg_url: str, tree: Path) -> None:
    where, says = _break(tree, "bad yaml")
    result = run_cli(CLI, "import-content", str(tree), "--database-url", migrated_pg_url)
    assert result.returncode == 1
    line = _one_error_line(result.stderr)
    assert line.startswith(f"frames-server: error: {where}") and says in line
    check = run_cli(CLI, "import-content", str(tree / "lab-safety-101"), "--check")
    assert check.returncode == 0 and "1 modules, no problems found" in check.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["/no/such/folder"], "/no/such/folder: no such folder"),
        ([str(DEMO), "--database-url", "not a url"], "invalid database URL"),
        ([str(DEMO), "--database-url", "postgresql://u@127.0.0.1:1/x"], "cannot connect"),
        ([str(DEMO), "--university-id", "nope"], "no university with id or name 'nope'"),
        ([str(DEMO), "--university-name", "X"], "--university-name needs --university-id"),
    ],
)
def test_command_errors_are_one_line(
    migrated_pg_url: str,
    tmp_path: Path,
    args: list[str],
    says: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FRAMES_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("FRAMES_DATABASE_URL", migrated_pg_url)
    assert main(["import-content", *args]) == 1
    assert says in _one_error_line(capsys.readouterr().err)


def test_a_module_of_another_university_is_refused_by_the_command(
    app: Any, db: Session, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = make_university(db), make_university(db)
    run_import(app, DEMO, university_id=first.id)
    before = snapshot(db)
    monkeypatch.setenv("FRAMES_DATA_DIR", str(app.state.settings.data_dir))
    url = app.state.engine.url.render_as_string(hide_password=False)
    args = ["import-content", str(DEMO), "--database-url", url, "--university-id", second.id]
    assert main(args) == 1
    line = _one_error_line(capsys.readouterr().err)
    assert "cubesat-power-budget/module.yaml: module 'cubesat-power-budget' already exists" in line
    assert snapshot(db) == before
    assert db.get(University, second.id) is not None


def test_an_unwritable_media_folder_is_one_line_and_stores_nothing(
    migrated_pg_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be")
    monkeypatch.setenv("FRAMES_DATA_DIR", str(not_a_folder))
    args = ["import-content", str(DEMO), "--database-url", migrated_pg_url]
    assert main([*args, "--university-id", "cpp", "--university-name", "Cal Poly"]) == 1
    line = _one_error_line(capsys.readouterr().err)
    assert f"cannot write to the media folder {not_a_folder / 'media'}" in line
    from server_api.config import parse_database_url
    from server_api.db import make_engine

    engine = make_engine(parse_database_url(migrated_pg_url))
    try:
        with Session(engine) as session:
            assert session.scalar(select(func.count()).select_from(University)) == 0
            assert session.scalar(select(func.count()).select_from(Module)) == 0
    finally:
        engine.dispose()


def test_a_single_module_needs_its_prerequisites_on_the_server(
    app: Any, db: Session, tmp_path: Path
) -> None:
    make_university(db)
    db.commit()
    lone = tmp_path / "esd-handling"
    shutil.copytree(DEMO / "esd-handling", lone)  # needs lab-safety-101, not imported yet
    with pytest.raises(BadRequest, match="prerequisites: no module 'lab-safety-101' here or on"):
        run_import(app, lone)
    run_import(app, DEMO / "lab-safety-101")
    assert [r.outcome for r in run_import(app, lone)] == ["new"]


def test_check_lists_every_problem_of_the_folder(tree: Path) -> None:
    good = run_cli(CLI, "import-content", str(tree), "--check")
    assert good.returncode == 0 and "10 modules, no problems found" in good.stdout, good.stderr
    code = tree / "power-budget-in-code"
    text = (code / "02-write-the-sum.md").read_text(encoding="utf-8")
    (code / "02-write-the-sum.md").write_text(text.replace("language: python", "language: py"))
    guided = tree / "resistor-colour-codes" / "03-which-one.md"
    guided.write_text(guided.read_text(encoding="utf-8").replace("correct: 1", "correct: 9"))
    bad = run_cli(CLI, "import-content", str(tree), "--check")
    assert bad.returncode == 1
    lines = [line for line in bad.stderr.splitlines() if line.strip()]
    assert any(
        "power-budget-in-code/02-write-the-sum.md:4: section_config.language: Input should be"
        in line
        for line in lines
    ), bad.stderr
    assert any(
        "resistor-colour-codes/03-which-one.md:4: section_config: correct must be the index" in line
        for line in lines
    ), bad.stderr
    assert "Traceback" not in bad.stderr


# -- alt text, captions, transcripts -----------------------------------------------------------


def _section_row(db: Session, slug: str, number: int) -> ModuleSection:
    db.expire_all()
    module = db.scalars(select(Module).where(Module.module_id == slug)).one()
    return db.scalars(
        select(ModuleSection).where(
            ModuleSection.module_id == module.id, ModuleSection.section_number == number
        )
    ).one()


def test_alt_text_and_captions_are_stored_in_the_section_config(app: Any, db: Session) -> None:
    make_university(db)
    run_import(app, DEMO / "lab-safety-101")
    image = _section_row(db, "lab-safety-101", 2)
    assert image.section_type == "image" and image.section_config is not None
    assert image.section_config["alt"].startswith("Four cards: safety goggles")
    video = _section_row(db, "lab-safety-101", 3)
    assert video.section_config is not None
    tracks = video.section_config["captions"]
    assert [t["lang"] for t in tracks] == ["ar", "en", "es"]
    media = DEMO / "lab-safety-101" / "media"
    assert tracks[1]["vtt"] == (media / "ppe-check.en.vtt").read_text(encoding="utf-8")
    assert video.section_config["transcript"].startswith("*The clip has no sound")
    # Captions travel with the section, not as media files of their own.
    assert db.scalar(select(func.count()).select_from(MediaFile)) == 2


def test_images_without_alt_text_warn_and_import(
    migrated_pg_url: str, tree: Path, tmp_path: Path
) -> None:
    lab = tree / "lab-safety-101"
    ppe = lab / "02-ppe.md"
    lines = ppe.read_text(encoding="utf-8").splitlines(keepends=True)
    ppe.write_text("".join(line for line in lines if not line.startswith("alt:")))
    hazards = lab / "01-hazards.md"
    hazards.write_text(hazards.read_text(encoding="utf-8") + "\n![](media/ppe-station.png)\n")
    body_lines = len(hazards.read_text(encoding="utf-8").splitlines())
    check = run_cli(CLI, "import-content", str(lab), "--check")
    assert check.returncode == 0, check.stderr
    assert "1 modules, 2 warning(s)" in check.stdout
    env = {"FRAMES_DATA_DIR": str(tmp_path / "data")}
    args = ["import-content", str(lab), "--database-url", migrated_pg_url]
    done = run_cli(CLI, *args, "--university-id", "cpp", "--university-name", "Cal Poly", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"lab-safety-101/01-hazards.md:{body_lines}: image ppe-station.png has no alt text",
        "lab-safety-101/02-ppe.md:4: image ppe-station.png has no alt text",
    ]
    assert "imported lab-safety-101 (new, revision 1, 5 sections, 2 media files)" in done.stdout


@pytest.mark.parametrize(
    ("case", "where", "says"),
    [
        (
            "cue ends before it starts",
            "lab-safety-101/media/ppe-check.en.vtt:11:",
            "the cue ends (00:00:00.500) before it starts (00:00:01.000)",
        ),
        ("not WebVTT", "lab-safety-101/media/ppe-check.es.vtt:1:", "must start with a 'WEBVTT'"),
        ("too big", "lab-safety-101/media/ppe-check.ar.vtt:", "a caption file may be at most"),
    ],
)
def test_a_bad_caption_file_is_one_line_and_stores_nothing(
    app: Any,
    db: Session,
    tree: Path,
    case: str,
    where: str,
    says: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_university(db)
    run_import(app, tree / "lab-safety-101")
    media = tree / "lab-safety-101" / "media"
    if case == "cue ends before it starts":
        en = media / "ppe-check.en.vtt"
        text = en.read_text(encoding="utf-8")
        en.write_text(
            text.replace("00:00:01.000 --> 00:00:02.250", "00:00:01.000 --> 00:00:00.500")
        )
    elif case == "not WebVTT":
        (media / "ppe-check.es.vtt").write_text("1\n00:00:01.000 --> 00:00:02.000\nHola\n")
    else:
        (media / "ppe-check.ar.vtt").write_text("WEBVTT\n\nNOTE " + "x" * 60_000 + "\n")
    before = snapshot(db)
    monkeypatch.setenv("FRAMES_DATA_DIR", str(app.state.settings.data_dir))
    url = app.state.engine.url.render_as_string(hide_password=False)
    assert main(["import-content", str(tree), "--database-url", url]) == 1
    captured = capsys.readouterr()
    line = _one_error_line(captured.err)
    assert line.startswith(f"frames-server: error: {where}"), line
    assert says in line
    assert snapshot(db) == before
