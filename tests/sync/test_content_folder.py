"""Tests for ``sync.rules.content_folder``: the demo tree, every error case, checklists."""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

import sync.rules.content_folder
from sync.rules.content_folder import (
    BROKEN_SECTION_TYPE,
    ChecklistItem,
    ContentError,
    ContentErrors,
    ModuleSource,
    load_content_tree,
    load_module_folder,
    load_module_preview,
    parse_checklist,
)

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"

MODULE_YAML = "module_id: test-module\ntitle: Test module\n"
TEXT_SECTION = "---\ntype: text\ntitle: Intro\n---\nHello, lab.\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
MP4_BYTES = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 32


def make_module(
    root: Path,
    files: dict[str, str | bytes] | None = None,
    *,
    name: str = "mod",
    module_yaml: str | None = MODULE_YAML,
    default_section: bool = True,
) -> Path:
    """Write a module folder under ``root``; ``files`` add to or replace the defaults."""
    folder = root / name
    folder.mkdir(parents=True)
    contents: dict[str, str | bytes] = {}
    if module_yaml is not None:
        contents["module.yaml"] = module_yaml
    if default_section:
        contents["01-intro.md"] = TEXT_SECTION
    contents.update(files or {})
    for relpath, data in contents.items():
        target = folder / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    return folder


def section(front: str, body: str = "Body text.\n") -> str:
    return f"---\n{front}---\n{body}"


def load_error(path: Path) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_content_tree(path)
    return info.value


def assert_error(
    path: Path, *, file: str, line: int | None, contains: str, tree: bool = False
) -> ContentError:
    if tree:
        err = load_error(path)
    else:
        with pytest.raises(ContentError) as info:
            load_module_folder(path)
        err = info.value
    assert err.file == file, str(err)
    assert err.line == line, str(err)
    where = file if line is None else f"{file}:{line}"
    assert str(err).startswith(f"{where}: "), str(err)
    assert contains in str(err), str(err)
    return err


# --- the demo content --------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> list[ModuleSource]:
    return load_content_tree(DEMO)


def test_demo_tree_has_the_four_core_modules(demo: list[ModuleSource]) -> None:
    ids = {m.module_id for m in demo}
    assert {"lab-safety-101", "esd-handling", "soldering-basics", "welcome-to-the-lab"} <= ids
    assert len(demo) >= 4
    assert [m.folder.name for m in demo] == sorted(m.folder.name for m in demo)
    by_id = {m.module_id: m for m in demo}
    safety = by_id["lab-safety-101"]
    assert safety.category == "Safety"
    assert safety.status == "published"
    assert {s.section_type for s in safety.sections} == {"text", "image", "video", "checklist"}
    assert "lab-safety-101" in by_id["soldering-basics"].prerequisites
    assert by_id["welcome-to-the-lab"].category == "Orientation"
    assert any(m.status == "draft" for m in demo)


def test_demo_uses_every_section_type_several_times(demo: list[ModuleSource]) -> None:
    counts = Counter(s.section_type for m in demo for s in m.sections)
    for section_type in ("text", "image", "video", "checklist"):
        assert counts[section_type] >= 2, counts


def test_demo_sections_are_numbered_in_file_order(demo: list[ModuleSource]) -> None:
    for module in demo:
        assert [s.section_number for s in module.sections] == list(
            range(1, len(module.sections) + 1)
        )
        assert [s.source_file for s in module.sections] == sorted(
            s.source_file for s in module.sections
        )
        assert all(s.content or s.section_type in ("image", "video") for s in module.sections)


def test_demo_media_checksums_and_types(demo: list[ModuleSource]) -> None:
    media = [s.media for m in demo for s in m.sections if s.media is not None]
    assert len(media) >= 6
    for item in media:
        data = item.path.read_bytes()
        assert item.size == len(data)
        assert item.sha256 == hashlib.sha256(data).hexdigest()
        assert item.path.is_relative_to(DEMO.resolve())
        assert not item.relpath.startswith(("/", "."))
        if item.relpath.endswith(".png"):
            assert item.content_type == "image/png"
            assert data.startswith(b"\x89PNG\r\n\x1a\n")
        else:
            assert item.content_type == "video/mp4"
            assert data[4:8] == b"ftyp"


def test_demo_videos_have_durations_and_decode(demo: list[ModuleSource]) -> None:
    av = pytest.importorskip("av")
    videos = [s for m in demo for s in m.sections if s.section_type == "video"]
    assert len(videos) >= 2
    for video in videos:
        assert video.media is not None
        assert video.duration_seconds is not None
        with av.open(str(video.media.path)) as container:
            stream = container.streams.video[0]
            assert stream.codec_context.name == "h264"
            frames = sum(1 for _ in container.decode(stream))
            seconds = float(container.duration) / av.time_base
        assert frames >= 5 * 15
        assert abs(seconds - video.duration_seconds) < 0.5
        assert video.media.size < 300_000


def test_demo_prerequisites_refer_to_existing_modules(demo: list[ModuleSource]) -> None:
    ids = {m.module_id for m in demo}
    for module in demo:
        assert set(module.prerequisites) <= ids
        assert set(module.related_modules) <= ids
        assert module.module_id not in module.prerequisites


def test_demo_checklists_parse_with_required_and_optional_items(
    demo: list[ModuleSource],
) -> None:
    checklists = [s for m in demo for s in m.sections if s.section_type == "checklist"]
    assert len(checklists) >= 4
    for checklist in checklists:
        items = parse_checklist(checklist.content)
        assert len(items) >= 3
        assert len({i.key for i in items}) == len(items)
    all_items = [i for c in checklists for i in parse_checklist(c.content)]
    assert any(i.required for i in all_items)
    assert any(not i.required for i in all_items)


def test_demo_has_a_table_and_fenced_code(demo: list[ModuleSource]) -> None:
    texts = [s.content for m in demo for s in m.sections if s.section_type == "text"]
    assert any("| --- |" in t for t in texts)
    assert any("```" in t for t in texts)


def test_demo_content_is_small() -> None:
    total = sum(f.stat().st_size for f in DEMO.rglob("*") if f.is_file())
    assert total < 1_500_000


def test_each_demo_module_loads_on_its_own(demo: list[ModuleSource]) -> None:
    for module in demo:
        assert load_module_folder(module.folder) == module
        # a single module's references are not checked: they may be on the server already
        assert load_content_tree(module.folder) == [module]


# --- a valid module ----------------------------------------------------------------------


def test_minimal_module_gets_the_defaults(tmp_path: Path) -> None:
    module = load_module_folder(make_module(tmp_path))
    assert module.module_id == "test-module"
    assert module.title == "Test module"
    assert module.description is None
    assert module.category is None
    assert module.tags == ()
    assert module.prerequisites == ()
    assert module.related_modules == ()
    assert module.estimated_minutes == 10
    assert module.status == "draft"
    assert module.target_audience == "incoming_students"
    assert module.module_type is None
    assert module.difficulty_level is None
    assert module.interaction_level is None
    assert module.folder == (tmp_path / "mod").resolve()
    (only,) = module.sections
    assert only.section_number == 1
    assert only.section_type == "text"
    assert only.title == "Intro"
    assert only.content == "Hello, lab."
    assert only.media is None
    assert only.duration_seconds is None
    assert only.source_file == "01-intro.md"


def test_full_module_yaml_and_all_section_types(tmp_path: Path) -> None:
    yaml_text = (
        "module_id: full-module\n"
        "title: '  Full module  '\n"
        "description: |\n  Line one.\n  Line two.\n"
        "category: Technical\n"
        "tags: [a, b]\n"
        "prerequisites: [other-module]\n"
        "related_modules: [third-module]\n"
        "estimated_minutes: 42\n"
        "status: published\n"
        "target_audience: everyone\n"
        "module_type: guided_struggle\n"
        "difficulty_level: 5\n"
        "interaction_level: high\n"
    )
    folder = make_module(
        tmp_path,
        {
            "02-photo.md": section("type: image\nmedia: media/a.png\n", ""),
            "03-clip.md": section("type: video\nmedia: ./media/b.mp4\nduration: 12\n", "Cap\n"),
            "04-list.md": section(
                "type: checklist\n", "Intro.\n\n- [ ] One\n- [ ] Two (optional)\n"
            ),
            "media/a.png": PNG_BYTES,
            "media/b.mp4": MP4_BYTES,
        },
        module_yaml=yaml_text,
    )
    module = load_module_folder(folder)
    assert module.title == "Full module"
    assert module.description == "Line one.\nLine two."
    assert module.tags == ("a", "b")
    assert module.prerequisites == ("other-module",)
    assert module.related_modules == ("third-module",)
    assert (module.estimated_minutes, module.status, module.target_audience) == (
        42,
        "published",
        "everyone",
    )
    assert (module.module_type, module.difficulty_level, module.interaction_level) == (
        "guided_struggle",
        5,
        "high",
    )
    types = [s.section_type for s in module.sections]
    assert types == ["text", "image", "video", "checklist"]
    image, video = module.sections[1], module.sections[2]
    assert image.content == ""
    assert image.title is None
    assert image.media is not None
    assert image.media.relpath == "media/a.png"
    assert image.media.sha256 == hashlib.sha256(PNG_BYTES).hexdigest()
    assert image.media.size == len(PNG_BYTES)
    assert video.media is not None
    assert video.media.relpath == "media/b.mp4"
    assert video.media.content_type == "video/mp4"
    assert video.duration_seconds == 12
    assert video.content == "Cap"


def test_sections_are_ordered_by_number_not_by_text(tmp_path: Path) -> None:
    folder = make_module(
        tmp_path,
        {
            "10-last.md": section("type: text\n", "ten\n"),
            "2-second.md": section("type: text\n", "two\n"),
            "README.md": "Notes for authors; not a section.\n",
            ".01-hidden.md": "ignored",
        },
        default_section=False,
    )
    (folder / "01-first.md").write_text(section("type: text\n", "one\n"), encoding="utf-8")
    module = load_module_folder(folder)
    assert [s.content for s in module.sections] == ["one", "two", "ten"]
    assert [s.section_number for s in module.sections] == [1, 2, 3]


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    data = "\ufeff---\r\ntype: text\r\n---\r\n\r\nFirst line\r\nSecond line\r\n"
    folder = make_module(tmp_path, {"01-intro.md": data.encode("utf-8")})
    (only,) = load_module_folder(folder).sections
    assert only.content == "First line\nSecond line"


def test_unknown_section_types_and_keys_are_refused_all_at_once(tmp_path: Path) -> None:
    folder = make_module(
        tmp_path,
        {
            "02-sandbox.md": section(
                "type: sandbox\ntitle: Try it\nconfig:\n  language: python\n",
                "Write a function that adds two numbers.\n",
            ),
            "03-hologram.md": section("type: hologram\n", "Look.\n"),
            "04-text.md": section(
                "type: text\ncompletion_criteria: {type: time, value: 0}\n", "Read.\n"
            ),
        },
    )
    with pytest.raises(ContentErrors) as caught:
        load_module_folder(folder)
    lines = str(caught.value).splitlines()
    assert any("02-sandbox.md:4: unknown key 'config'" in line for line in lines)
    assert any("02-sandbox.md" in line and "needs a config" in line for line in lines)
    assert any("03-hologram.md:2: unknown section type 'hologram'" in line for line in lines)
    assert any(
        "04-text.md:3: completion_criteria.value: Input should be greater than or equal to 1"
        in line
        for line in lines
    )
    assert len(caught.value.problems) == 4


def test_symlink_inside_the_folder_is_fine(tmp_path: Path) -> None:
    folder = make_module(
        tmp_path,
        {"02-img.md": section("type: image\nmedia: media/link.png\n"), "media/a.png": PNG_BYTES},
    )
    (folder / "media" / "link.png").symlink_to(folder / "media" / "a.png")
    image = load_module_folder(folder).sections[1]
    assert image.media is not None
    assert image.media.relpath == "media/link.png"
    assert image.media.sha256 == hashlib.sha256(PNG_BYTES).hexdigest()


def test_tree_of_modules(tmp_path: Path) -> None:
    make_module(tmp_path, name="b-mod", module_yaml="module_id: bbb\ntitle: B\n")
    make_module(
        tmp_path, name="a-mod", module_yaml="module_id: aaa\ntitle: A\nprerequisites: [bbb]\n"
    )
    (tmp_path / "_drafts").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "README.md").write_text("about this content\n", encoding="utf-8")
    modules = load_content_tree(tmp_path)
    assert [m.module_id for m in modules] == ["aaa", "bbb"]


# --- errors: module folder and module.yaml -----------------------------------------------


def test_missing_module_yaml(tmp_path: Path) -> None:
    folder = make_module(tmp_path, module_yaml=None)
    assert_error(folder, file="mod/module.yaml", line=None, contains="missing module.yaml")


def test_module_yml_gets_a_hint(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"module.yml": MODULE_YAML}, module_yaml=None)
    assert_error(folder, file="mod/module.yaml", line=None, contains="rename it to module.yaml")


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="not a folder"):
        load_module_folder(tmp_path / "nothing-here")
    with pytest.raises(ContentError, match="not a folder"):
        load_content_tree(tmp_path / "nothing-here")


def test_no_section_files(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"notes.txt": "hi"}, default_section=False)
    assert_error(folder, file="mod", line=None, contains="no section files")


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    folder = make_module(tmp_path, module_yaml="module_id: x-y\ntitle: A\ntags: [a, b\n")
    assert_error(folder, file="mod/module.yaml", line=3, contains="invalid YAML")


def test_yaml_tab_indentation_error(tmp_path: Path) -> None:
    folder = make_module(tmp_path, module_yaml="module_id: x-y\ntitle: A\ntags:\n\t- a\n")
    assert_error(folder, file="mod/module.yaml", line=4, contains="invalid YAML")


def test_module_yaml_must_be_a_mapping(tmp_path: Path) -> None:
    folder = make_module(tmp_path, module_yaml="- module_id\n- title\n")
    assert_error(folder, file="mod/module.yaml", line=1, contains="must be a mapping")


def test_unknown_module_key_is_named_with_its_line(tmp_path: Path) -> None:
    folder = make_module(tmp_path, module_yaml=MODULE_YAML + "catgory: Safety\n")
    err = assert_error(folder, file="mod/module.yaml", line=3, contains="unknown key 'catgory'")
    assert "did you mean 'category'" in str(err)


def test_duplicate_module_key(tmp_path: Path) -> None:
    folder = make_module(tmp_path, module_yaml=MODULE_YAML + "title: Again\n")
    assert_error(folder, file="mod/module.yaml", line=3, contains="'title' appears twice")


@pytest.mark.parametrize(
    ("extra", "line", "contains"),
    [
        ("estimated_minutes: 0\n", 3, "'estimated_minutes' must be between 1"),
        ("estimated_minutes: ten\n", 3, "estimated_minutes must be a whole number"),
        ("estimated_minutes: true\n", 3, "not the boolean true"),
        ("estimated_minutes: 1.5\n", 3, "estimated_minutes must be a whole number"),
        ("status: live\n", 3, "'status' must be one of draft, published, archived"),
        ("status: Published\n", 3, "did you mean 'published'"),
        ("module_type: quiz\n", 3, "'module_type' must be one of"),
        ("difficulty_level: 6\n", 3, "'difficulty_level' must be between 1 and 5"),
        ("interaction_level: extreme\n", 3, "'interaction_level' must be one of"),
        ("category: [a]\n", 3, "category must be a string, not a list"),
        ("category: " + "c" * 101 + "\n", 3, "at most 100"),
        ("tags: safety\n", 3, "tags must be a list"),
        ("tags: [ok, 3]\n", 3, "every entry of 'tags' must be a string"),
        ("prerequisites: [Lab Safety]\n", 3, "'prerequisites' entry 'Lab Safety' is not"),
        ("prerequisites:\n  - a-b\n  - a-b\n", 3, "lists 'a-b' twice"),
        ("prerequisites: [test-module]\n", 3, "cannot be its own prerequisite"),
        ("related_modules: x\n", 3, "related_modules must be a list"),
        ("target_audience: 12\n", 3, "(put it in quotes)"),
        ("description: {a: 1}\n", 3, "description must be a string, not a mapping"),
    ],
)
def test_bad_module_values(tmp_path: Path, extra: str, line: int, contains: str) -> None:
    folder = make_module(tmp_path, module_yaml=MODULE_YAML + extra)
    assert_error(folder, file="mod/module.yaml", line=line, contains=contains)


@pytest.mark.parametrize(
    ("module_yaml", "line", "contains"),
    [
        ("title: No id\n", None, "'module_id' is required"),
        ("module_id:\ntitle: Empty id\n", 1, "'module_id' is required"),
        ("module_id: Lab_Safety\ntitle: A\n", 1, "'module_id' 'Lab_Safety' must be 2-100"),
        ("module_id: -lab\ntitle: A\n", 1, "must be 2-100 lowercase"),
        ("module_id: 101\ntitle: A\n", 1, "module_id must be a string, not the number 101"),
        ("module_id: ok-id\n", None, "'title' is required"),
        ("module_id: ok-id\ntitle: '   '\n", 2, "'title' must not be empty"),
        ("module_id: ok-id\ntitle: " + "t" * 256 + "\n", 2, "256 characters long; at most 255"),
        ("module_id: ok-id\ntitle: yes\n", 2, "title must be a string, not the boolean true"),
        ("module_id: ok-id\ntitle: |\n  two\n  lines\n", 2, "'title' must be a single line"),
    ],
)
def test_bad_module_id_and_title(
    tmp_path: Path, module_yaml: str, line: int | None, contains: str
) -> None:
    folder = make_module(tmp_path, module_yaml=module_yaml)
    assert_error(folder, file="mod/module.yaml", line=line, contains=contains)


def test_module_yaml_not_utf8(tmp_path: Path) -> None:
    data = MODULE_YAML.encode() + "description: caf\xe9\n".encode("latin-1")
    folder = make_module(tmp_path, module_yaml=None, files={"module.yaml": data})
    assert_error(folder, file="mod/module.yaml", line=3, contains="is not UTF-8")


def test_module_yaml_too_large_is_not_read(tmp_path: Path) -> None:
    folder = make_module(tmp_path)
    with (folder / "module.yaml").open("r+b") as handle:
        handle.truncate(10 * 1024 * 1024)  # sparse: nothing is written
    assert_error(folder, file="mod/module.yaml", line=None, contains="at most 262144 bytes")


def test_module_yaml_symlink_outside(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(MODULE_YAML, encoding="utf-8")
    folder = make_module(tmp_path, module_yaml=None)
    (folder / "module.yaml").symlink_to(outside)
    assert_error(folder, file="mod/module.yaml", line=None, contains="points outside")


# --- errors: section files ---------------------------------------------------------------


def test_section_file_name_without_number(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"intro.md": TEXT_SECTION})
    assert_error(folder, file="mod/intro.md", line=None, contains="must start with a number")


def test_two_sections_with_the_same_number(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"1-other.md": TEXT_SECTION})
    assert_error(folder, file="mod/1-other.md", line=None, contains="same number 1")


def test_section_without_front_matter(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"01-intro.md": "# Just markdown\n"})
    assert_error(folder, file="mod/01-intro.md", line=1, contains="must start with a '---' line")


def test_front_matter_not_closed(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"01-intro.md": "---\ntype: text\n\nBody.\n"})
    assert_error(folder, file="mod/01-intro.md", line=1, contains="no second '---' line")


def test_front_matter_yaml_error_line_is_the_file_line(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"01-intro.md": "---\ntype: text\ntitle: [oops\n---\nBody\n"})
    assert_error(folder, file="mod/01-intro.md", line=3, contains="invalid YAML in front matter")


def test_front_matter_not_a_mapping(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"01-intro.md": "---\njust a sentence\n---\nBody\n"})
    assert_error(folder, file="mod/01-intro.md", line=2, contains="must be a mapping")


def test_unknown_section_key(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"01-intro.md": section("type: text\ntitel: Hi\n")})
    err = assert_error(folder, file="mod/01-intro.md", line=3, contains="unknown key 'titel'")
    assert "did you mean 'title'" in str(err)


def test_missing_type(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"01-intro.md": section("title: Hi\n")})
    assert_error(folder, file="mod/01-intro.md", line=1, contains="front matter needs 'type'")


def test_empty_front_matter(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"01-intro.md": "---\n---\nBody\n"})
    assert_error(folder, file="mod/01-intro.md", line=1, contains="front matter needs 'type'")


@pytest.mark.parametrize(
    ("front", "contains"),
    [
        ("type: 3\n", "'type' must be one of text, image, video, checklist, sandbox"),
        ("type: Video\n", "did you mean 'video'"),
        ("type: vidoe\n", "unknown section type 'vidoe' (did you mean 'video'?)"),
        ("type: [text]\n", "not ['text']"),
    ],
)
def test_bad_section_type(tmp_path: Path, front: str, contains: str) -> None:
    folder = make_module(tmp_path, {"01-intro.md": section(front)})
    assert_error(folder, file="mod/01-intro.md", line=2, contains=contains)


@pytest.mark.parametrize("kind", ["text", "checklist"])
def test_empty_body(tmp_path: Path, kind: str) -> None:
    folder = make_module(tmp_path, {"01-intro.md": section(f"type: {kind}\n", "\n  \n")})
    # the line of the closing '---', after which the body should start
    assert_error(folder, file="mod/01-intro.md", line=3, contains="needs a markdown body")


def test_checklist_without_items(tmp_path: Path) -> None:
    folder = make_module(
        tmp_path, {"01-intro.md": section("type: checklist\n", "\nJust words.\n- not a box\n")}
    )
    assert_error(folder, file="mod/01-intro.md", line=5, contains="at least one '- [ ] item'")


def test_checklist_duplicate_key_names_the_file_line(tmp_path: Path) -> None:
    body = "Intro line\n\n- [ ] Wear goggles\n- [ ] Wear  goggles!\n"
    folder = make_module(tmp_path, {"01-intro.md": section("type: checklist\n", body)})
    err = assert_error(
        folder, file="mod/01-intro.md", line=7, contains="key 'wear-goggles' is used twice"
    )
    assert "first on line 6" in str(err)


@pytest.mark.parametrize(
    ("front", "line", "contains"),
    [
        ("type: text\ntitle: 42\n", 3, "title must be a string, not the number 42"),
        ("type: text\ntitle: " + "x" * 256 + "\n", 3, "at most 255"),
        ("type: text\nduration: 5\n", 3, "'duration' is only for video sections"),
        (
            "type: text\nmedia: media/a.png\n",
            3,
            "'media' is only for image, video, interactive and game",
        ),
        (
            "type: checklist\nmedia: media/a.png\n",
            3,
            "'media' is only for image, video, interactive and game",
        ),
    ],
)
def test_bad_section_values(tmp_path: Path, front: str, line: int, contains: str) -> None:
    folder = make_module(tmp_path, {"01-intro.md": section(front), "media/a.png": PNG_BYTES})
    assert_error(folder, file="mod/01-intro.md", line=line, contains=contains)


@pytest.mark.parametrize(
    ("duration", "contains"),
    [
        ("0", "must be a positive number of seconds, not 0"),
        ("-3", "must be a positive number of seconds"),
        ("'42'", "duration must be a whole number of seconds, not '42'"),
        ("4.5", "duration must be a whole number of seconds, not the number 4.5"),
        ("true", "not the boolean true"),
    ],
)
def test_bad_duration(tmp_path: Path, duration: str, contains: str) -> None:
    folder = make_module(
        tmp_path,
        {
            "02-clip.md": section(f"type: video\nmedia: media/b.mp4\nduration: {duration}\n"),
            "media/b.mp4": MP4_BYTES,
        },
    )
    assert_error(folder, file="mod/02-clip.md", line=4, contains=contains)


def test_section_not_utf8_names_the_line(tmp_path: Path) -> None:
    data = b"---\ntype: text\n---\nLine one\n" + "Caf\xe9 rules\n".encode("latin-1")
    folder = make_module(tmp_path, {"01-intro.md": data})
    assert_error(folder, file="mod/01-intro.md", line=5, contains="is not UTF-8 text (byte 0xe9)")


def test_section_with_nul_bytes(tmp_path: Path) -> None:
    folder = make_module(tmp_path, {"01-intro.md": b"---\ntype: text\n---\nA\x00B\n"})
    assert_error(folder, file="mod/01-intro.md", line=4, contains="NUL character")


def test_huge_section_file_is_refused_without_reading(tmp_path: Path) -> None:
    folder = make_module(tmp_path)
    with (folder / "01-intro.md").open("r+b") as handle:
        handle.truncate(1024**3)  # 1 GiB, sparse
    assert_error(folder, file="mod/01-intro.md", line=None, contains="may be at most")


def test_section_symlink_pointing_outside(tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text(TEXT_SECTION, encoding="utf-8")
    folder = make_module(tmp_path)
    (folder / "02-linked.md").symlink_to(outside)
    assert_error(folder, file="mod/02-linked.md", line=None, contains="points outside")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_section_that_is_a_fifo_is_not_opened(tmp_path: Path) -> None:
    folder = make_module(tmp_path)
    os.mkfifo(folder / "02-pipe.md")
    assert_error(folder, file="mod/02-pipe.md", line=None, contains="not a regular file")


# --- errors: media -----------------------------------------------------------------------


def media_module(tmp_path: Path, front: str, files: dict[str, str | bytes] | None = None) -> Path:
    return make_module(tmp_path, {"02-media.md": section(front), **(files or {})})


def test_image_without_media(tmp_path: Path) -> None:
    folder = media_module(tmp_path, "type: image\ntitle: A photo\n")
    assert_error(folder, file="mod/02-media.md", line=2, contains="needs 'media: media/<file>'")


def test_media_file_does_not_exist(tmp_path: Path) -> None:
    folder = media_module(tmp_path, "type: image\nmedia: media/x.png\n")
    assert_error(
        folder,
        file="mod/02-media.md",
        line=3,
        contains="media file 'media/x.png' does not exist",
    )


@pytest.mark.parametrize(
    ("media", "contains"),
    [
        ("../secret.png", "leaves the module folder"),
        ("media/../../secret.png", "leaves the module folder"),
        ("/etc/passwd.png", "must be relative to the module folder"),
        ("C:/photos/a.png", "must be relative to the module folder"),
        ("media\\a.png", "must use '/' as separator"),
        ("media/a.bmp", "has extension '.bmp'; a image section takes"),
        ("media/noext", "has extension '(none)'"),
        ("42", "media must be a path like media/photo.png, not the number 42"),
        ("[a.png]", "media must be a path like media/photo.png, not a list"),
        ("'.'", "names no file"),
    ],
)
def test_bad_media_paths(tmp_path: Path, media: str, contains: str) -> None:
    (tmp_path / "secret.png").write_bytes(PNG_BYTES)
    folder = media_module(tmp_path, f"type: image\nmedia: {media}\n", {"media/a.bmp": b"BM"})
    assert_error(folder, file="mod/02-media.md", line=3, contains=contains)


def test_video_with_an_image_extension(tmp_path: Path) -> None:
    folder = media_module(tmp_path, "type: video\nmedia: media/a.png\n", {"media/a.png": PNG_BYTES})
    assert_error(folder, file="mod/02-media.md", line=3, contains="takes .m4v .mp4 .webm")


def test_media_symlink_pointing_outside(tmp_path: Path) -> None:
    (tmp_path / "secret.png").write_bytes(PNG_BYTES)
    folder = media_module(tmp_path, "type: image\nmedia: media/a.png\n")
    (folder / "media").mkdir()
    (folder / "media" / "a.png").symlink_to(tmp_path / "secret.png")
    assert_error(folder, file="mod/02-media.md", line=3, contains="points outside")


def test_media_folder_symlink_pointing_outside(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "a.png").write_bytes(PNG_BYTES)
    folder = media_module(tmp_path, "type: image\nmedia: media/a.png\n")
    (folder / "media").symlink_to(tmp_path / "shared", target_is_directory=True)
    assert_error(folder, file="mod/02-media.md", line=3, contains="points outside")


def test_media_broken_symlink(tmp_path: Path) -> None:
    folder = media_module(tmp_path, "type: image\nmedia: media/a.png\n")
    (folder / "media").mkdir()
    (folder / "media" / "a.png").symlink_to(tmp_path / "gone.png")
    assert_error(folder, file="mod/02-media.md", line=3, contains="cannot be opened")


def test_media_is_a_directory(tmp_path: Path) -> None:
    folder = media_module(tmp_path, "type: image\nmedia: media/a.png\n")
    (folder / "media" / "a.png").mkdir(parents=True)
    assert_error(folder, file="mod/02-media.md", line=3, contains="is not a regular file")


def test_media_empty_file(tmp_path: Path) -> None:
    folder = media_module(tmp_path, "type: image\nmedia: media/a.png\n", {"media/a.png": b""})
    assert_error(folder, file="mod/02-media.md", line=3, contains="is empty")


def test_media_with_the_wrong_signature(tmp_path: Path) -> None:
    folder = media_module(
        tmp_path, "type: image\nmedia: media/a.png\n", {"media/a.png": b"\xff\xd8\xff\xe0JFIF"}
    )
    assert_error(folder, file="mod/02-media.md", line=3, contains="is not a PNG file")


def test_media_hash_is_streamed(tmp_path: Path) -> None:
    big = PNG_BYTES + bytes(range(256)) * 12_000  # about 3 MB: several hash chunks
    folder = media_module(tmp_path, "type: image\nmedia: media/a.png\n", {"media/a.png": big})
    media = load_module_folder(folder).sections[1].media
    assert media is not None
    assert media.sha256 == hashlib.sha256(big).hexdigest()
    assert media.size == len(big)


# --- errors: trees -----------------------------------------------------------------------


def test_tree_with_duplicate_module_ids(tmp_path: Path) -> None:
    make_module(tmp_path, name="a")
    make_module(tmp_path, name="b")
    assert_error(
        tmp_path,
        file="b/module.yaml",
        line=1,
        contains="module_id 'test-module' is already used by a/",
        tree=True,
    )


def test_tree_with_unknown_prerequisite(tmp_path: Path) -> None:
    make_module(tmp_path, name="a", module_yaml=MODULE_YAML + "prerequisites: [missing-one]\n")
    assert_error(
        tmp_path,
        file="a/module.yaml",
        line=3,
        contains="prerequisites: no module 'missing-one'",
        tree=True,
    )
    assert [m.module_id for m in load_content_tree(tmp_path, check_references=False)] == [
        "test-module"
    ]


def test_module_yaml_is_checked_before_the_sections(tmp_path: Path) -> None:
    folder = make_module(
        tmp_path, {"01-intro.md": "no front matter\n"}, module_yaml=MODULE_YAML + "tags: x\n"
    )
    assert_error(folder, file="mod/module.yaml", line=3, contains="tags must be a list")


def test_tree_with_unknown_related_module(tmp_path: Path) -> None:
    make_module(tmp_path, name="a", module_yaml=MODULE_YAML + "related_modules: [nope]\n")
    assert_error(
        tmp_path, file="a/module.yaml", line=3, contains="related_modules: no module", tree=True
    )


def test_tree_with_a_prerequisite_cycle(tmp_path: Path) -> None:
    make_module(tmp_path, name="a", module_yaml="module_id: aa\ntitle: A\nprerequisites: [bb]\n")
    make_module(tmp_path, name="b", module_yaml="module_id: bb\ntitle: B\nprerequisites: [cc]\n")
    make_module(tmp_path, name="c", module_yaml="module_id: cc\ntitle: C\nprerequisites: [aa]\n")
    err = assert_error(
        tmp_path, file="c/module.yaml", line=3, contains="prerequisites form a cycle", tree=True
    )
    assert "aa -> bb -> cc -> aa" in str(err)


def test_tree_with_a_stray_folder(tmp_path: Path) -> None:
    make_module(tmp_path, name="a")
    (tmp_path / "images").mkdir()
    assert_error(tmp_path, file="images", line=None, contains="not a module folder", tree=True)


def test_tree_without_modules(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("empty\n", encoding="utf-8")
    err = load_error(tmp_path)
    assert "no module folders" in str(err)
    assert err.line is None


def test_tree_reports_the_first_broken_module(tmp_path: Path) -> None:
    make_module(tmp_path, name="a")
    make_module(
        tmp_path,
        name="b",
        module_yaml="module_id: bb\ntitle: B\n",
        files={"01-intro.md": section("type: image\nmedia: media/nope.png\n")},
    )
    assert_error(tmp_path, file="b/01-intro.md", line=3, contains="does not exist", tree=True)


# --- ContentError ------------------------------------------------------------------------


def test_content_error_shape_and_pickling() -> None:
    err = ContentError("media file 'media/x.png' does not exist", file="m/02-eye.md", line=3)
    assert isinstance(err, ValueError)
    assert str(err) == "m/02-eye.md:3: media file 'media/x.png' does not exist"
    assert str(ContentError("missing module.yaml", file="m/module.yaml")) == (
        "m/module.yaml: missing module.yaml"
    )
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.file, copy.line, copy.message, str(copy)) == (
        err.file,
        err.line,
        err.message,
        str(err),
    )


def test_all_is_complete() -> None:
    public = {
        name
        for name, value in vars(sync.rules.content_folder).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == "sync.rules.content_folder"
    }
    assert public <= set(sync.rules.content_folder.__all__)
    for name in sync.rules.content_folder.__all__:
        assert hasattr(sync.rules.content_folder, name)


def test_parser_imports_no_qt_database_or_http() -> None:
    source = Path(sync.rules.content_folder.__file__).read_text(encoding="utf-8")
    for forbidden in ("PySide6", "sqlalchemy", "httpx", "fastapi", "server_api", "desktop"):
        assert f"import {forbidden}" not in source
        assert f"from {forbidden}" not in source


# --- parse_checklist ---------------------------------------------------------------------


def test_parse_checklist_basic() -> None:
    content = (
        "Before you start:\n"
        "\n"
        "- [ ] Wear goggles\n"
        "- [ ] Tie back long hair (optional)\n"
        "* [x] Check the strap {#strap}\n"
        "+ [ ] Read the SDS (Optional) {#sds}\n"
        "  - [ ] Nested item {#nested} (optional)\n"
        "- not a task\n"
        "1. [ ] numbered lists are not task items\n"
        "- [ ]no-space is not an item\n"
    )
    assert parse_checklist(content) == [
        ChecklistItem(key="wear-goggles", text="Wear goggles", required=True),
        ChecklistItem(key="tie-back-long-hair", text="Tie back long hair", required=False),
        ChecklistItem(key="strap", text="Check the strap", required=True),
        ChecklistItem(key="sds", text="Read the SDS", required=False),
        ChecklistItem(key="nested", text="Nested item", required=False),
    ]


def test_parse_checklist_empty_and_no_items() -> None:
    assert parse_checklist("") == []
    assert parse_checklist("Just a paragraph.\n\n> - [ ] quoted\n") == []


def test_parse_checklist_skips_fenced_code() -> None:
    content = "- [ ] Real\n```markdown\n- [ ] Example in code\n```\n~~~\n- [ ] Also code\n~~~\n"
    assert [i.key for i in parse_checklist(content)] == ["real"]


def test_parse_checklist_slugs() -> None:
    items = parse_checklist(
        "- [ ] Überprüfe die Lötstelle\n"
        "- [ ] Use **ESD-safe** tools & mats\n"
        "- [ ] 3V3 rail ≤ 3.35 V\n"
        "- [ ] 確認する\n"
        "- [ ] " + "word " * 30 + "\n"
    )
    keys = [i.key for i in items]
    assert keys[:4] == [
        "uberprufe-die-lotstelle",
        "use-esd-safe-tools-mats",
        "3v3-rail-3-35-v",
        "確認する",
    ]
    assert len(keys[4]) <= 64
    assert keys[4].endswith("word")
    assert items[1].text == "Use **ESD-safe** tools & mats"


def test_parse_checklist_duplicate_keys() -> None:
    with pytest.raises(ContentError) as info:
        parse_checklist("- [ ] A thing\n- [ ] B {#a-thing}\n", source="m/03.md", first_line=10)
    assert info.value.file == "m/03.md"
    assert info.value.line == 11
    assert str(info.value).startswith("m/03.md:11: checklist key 'a-thing' is used twice")


def test_parse_checklist_same_text_twice_needs_keys() -> None:
    with pytest.raises(ContentError, match="first on line 1"):
        parse_checklist("- [ ] Clean up\n- [ ] Clean up\n")
    items = parse_checklist("- [ ] Clean up {#start}\n- [ ] Clean up {#end}\n")
    assert [i.key for i in items] == ["start", "end"]


@pytest.mark.parametrize(
    ("content", "contains"),
    [
        ("- [ ] Bad key {#Bad Key}\n", "checklist key '{#Bad Key}' must be lowercase"),
        ("- [ ] Empty key {#}\n", "checklist key '{#}' must be lowercase"),
        ("- [ ]\n", "checklist item has no text"),
        ("- [ ] (optional)\n", "checklist item has no text"),
        ("- [ ] {#only-key}\n", "checklist item has no text"),
        ("- [ ] !!!\n", "cannot make a key from '!!!'; add one with {#key}"),
    ],
)
def test_parse_checklist_errors(content: str, contains: str) -> None:
    with pytest.raises(ContentError) as info:
        parse_checklist(content)
    assert info.value.file == "<checklist>"
    assert info.value.line == 1
    assert contains in str(info.value)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_demo_has_no_symlinks() -> None:
    assert not [p for p in DEMO.rglob("*") if p.is_symlink()]


# --- Phase 2: section_config, completion_criteria, all problems at once -----------------------


def test_the_sandbox_of_the_report_keeps_its_config_and_criteria(tmp_path: Path) -> None:
    """The issue's example: a sandbox section and a text with a time criterion load with
    every field; nothing is dropped."""
    folder = make_module(
        tmp_path,
        {
            "02-sandbox.md": section(
                "type: sandbox\ntitle: Print 42\nsection_config:\n  language: python\n"
                '  files: [starter/main.py]\n  runnable: true\n  expected_output: "42\\n"\n',
                "Write a program that prints 42.\n",
            ),
            "03-read.md": section("type: text\ncompletion_criteria: {type: time, value: 60}\n"),
            "starter/main.py": "print(41)\n",
        },
    )
    module = load_module_folder(folder)
    sandbox, read = module.sections[1], module.sections[2]
    assert sandbox.section_config == {
        "language": "python",
        "files": [{"name": "main.py", "content": "print(41)\n"}],
        "expected_output": "42\n",
    }
    assert read.completion_criteria == {"type": "time", "value": 60}
    assert module.required_components == ("code-sandbox",)


def test_every_problem_of_a_tree_is_reported_at_once(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    make_module(root, {"02-a.md": section("type: vidoe\n")}, name="one")
    make_module(
        root,
        {"02-a.md": section("type: text\ntittle: x\n")},
        name="two",
        module_yaml="module_id: two\ntitle: Two\nstatus: live\nprerequisites: [nowhere]\n",
    )
    with pytest.raises(ContentErrors) as caught:
        load_content_tree(root)
    lines = str(caught.value).splitlines()
    assert lines == [
        "one/02-a.md:2: unknown section type 'vidoe' (did you mean 'video'?); known types: "
        "text, image, video, checklist, sandbox, guided_struggle, game, interactive",
        "two/module.yaml:3: 'status' must be one of draft, published, archived, not 'live'",
        "two/02-a.md:3: unknown key 'tittle' (did you mean 'title'?); allowed keys: "
        "alt, completion_criteria, duration, media, section_config, show_alt, title, type",
    ]
    assert pickle.loads(pickle.dumps(caught.value)).problems[1].line == 3


def test_a_preview_keeps_the_good_sections_and_shows_the_broken_one(tmp_path: Path) -> None:
    folder = make_module(
        tmp_path,
        {
            "02-bad.md": section(
                "type: guided_struggle\nsection_config: {problem_type: number}\n", "How many?\n"
            ),
            "03-good.md": section("type: text\n"),
        },
    )
    module, problems = load_module_preview(folder)
    assert [s.section_type for s in module.sections] == ["text", BROKEN_SECTION_TYPE, "text"]
    assert "a number problem needs answer" in module.sections[1].content
    assert [(p.file, p.line) for p in problems] == [("mod/02-bad.md", 3)]  # section_config
    with pytest.raises(ContentError, match="a number problem needs answer"):
        load_module_folder(folder)


@pytest.mark.parametrize(
    ("front", "says"),
    [
        ("type: sandbox\n", "a sandbox section needs a config"),
        ("type: text\nsection_config: {a: 1}\n", "a text section takes no config"),
        (
            "type: sandbox\nsection_config: {language: python, files: [../../etc/passwd]}\n",
            "must be a path inside the module folder",
        ),
        (
            "type: sandbox\nsection_config: {language: python, files: [nope.py]}\n",
            "no file 'nope.py' in the module folder",
        ),
        (
            "type: sandbox\nsection_config: {language: c, files: {main.py: x}}\n",
            "the file that runs must be a .c file for c",
        ),
        (
            "type: guided_struggle\nsection_config: {problem_type: multiple_choice, "
            "choices: [a, b], correct: 2}\n",
            "correct must be the index (0..1) of a choice",
        ),
        ("type: text\ncompletion_criteria: {type: solution}\n", "for guided_struggle sections"),
        ("type: game\nsection_config: {game_type: Race}\n", "section_config.game_type"),
    ],
)
def test_phase2_fields_are_checked(tmp_path: Path, front: str, says: str) -> None:
    folder = make_module(tmp_path, {"02-x.md": section(front, "Body.\n")})
    with pytest.raises(ContentError, match=re.escape(says)):
        load_module_folder(folder)


INTERACTIVE_FRONT = (
    "type: interactive\nmedia: media/bench.png\nsection_config:\n"
    "  environment_type: image\n{alt}"
    "  hotspots: [{{id: cup, label: Cup, rect: [1, 2, 3, 4]}}]\n"
)
GAME_FRONT = (
    "type: game\nmedia: media/esd.png\nsection_config:\n  game_type: quiz\n{alt}"
    "  challenges:\n"
    "    - {{kind: choice, id: a, prompt: P, options: [x, y], correct: 0}}\n"
    "    - {{kind: choice, id: b, prompt: P, options: [x, y], correct: 1, image: {image}}}\n"
)


def test_pictures_of_interactive_and_game_sections_without_alt_warn_and_still_load(
    tmp_path: Path,
) -> None:
    folder = make_module(
        tmp_path,
        {
            "02-scene.md": section(INTERACTIVE_FRONT.format(alt="")),
            "03-game.md": section(GAME_FRONT.format(alt="", image="true")),
            "04-game.md": section(GAME_FRONT.format(alt="", image="false")),
            "05-scene.md": section(INTERACTIVE_FRONT.format(alt="  alt: A cup\n")),
            "06-game.md": section(GAME_FRONT.format(alt="  alt: A bench\n", image="true")),
            "media/bench.png": PNG_BYTES,
            "media/esd.png": PNG_BYTES,
        },
    )
    module = load_module_folder(folder)
    assert module.warnings == (
        "mod/02-scene.md:3: image bench.png has no alt text",
        "mod/03-game.md:3: image esd.png has no alt text",
    )
    assert [s.section_type for s in module.sections[1:]] == [
        "interactive",
        "game",
        "game",
        "interactive",
        "game",
    ]
    configs = {s.source_file: s.section_config or {} for s in module.sections}
    assert "alt" not in configs["02-scene.md"]
    assert configs["05-scene.md"]["alt"] == "A cup"
    assert configs["06-game.md"]["alt"] == "A bench"


@pytest.mark.parametrize(
    ("front", "line", "says"),
    [
        (
            INTERACTIVE_FRONT.format(alt="  alt: '" + "z" * 1001 + "'\n"),
            4,
            "section_config.alt: the alt text is 1001 characters long; at most 1000",
        ),
        (
            GAME_FRONT.format(alt="  alt: ''\n", image="true"),
            4,
            "section_config.alt: the alt text must not be blank",
        ),
        (
            "alt: A cup\n" + INTERACTIVE_FRONT.format(alt=""),
            2,
            "'alt' is only for image sections, not interactive; write it in section_config",
        ),
    ],
    ids=["too-long", "blank", "outside-the-config"],
)
def test_a_bad_picture_alt_is_refused(tmp_path: Path, front: str, line: int, says: str) -> None:
    folder = make_module(
        tmp_path,
        {"02-x.md": section(front), "media/bench.png": PNG_BYTES, "media/esd.png": PNG_BYTES},
    )
    error = load_error(folder)
    assert (error.file, error.line) == ("mod/02-x.md", line)
    assert says in str(error)


def test_the_readme_section_examples_load(tmp_path: Path) -> None:
    """Every ```markdown example of a section file in the README is valid content."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```markdown\n(.*?)```", readme, re.S)
    assert len(examples) >= 4
    kinds = set()
    for number, example in enumerate(examples):
        files: dict[str, str | bytes] = {
            "01-example.md": example,
            "media/bench.png": PNG_BYTES,
            "media/esd-workstation.png": PNG_BYTES,
            "starter/budget.py": "print(0)\n",
        }
        folder = make_module(tmp_path, files, name=f"ex{number}", default_section=False)
        kinds.add(load_module_folder(folder).sections[0].section_type)
    assert {"sandbox", "guided_struggle", "game", "interactive"} <= kinds
