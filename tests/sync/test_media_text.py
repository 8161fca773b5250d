"""Tests for ``sync.rules.media_text`` (WebVTT, alt text, transcripts) and the content
folder's alt text, captions and warnings."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from sync.rules.content_folder import (
    ContentError,
    load_content_tree,
    load_module_folder,
    load_module_preview,
)
from sync.rules.media_text import (
    MAX_CAPTION_BYTES,
    MAX_CUE_MS,
    CaptionError,
    CaptionTrack,
    Cue,
    choose_track,
    cue_at,
    image_alt,
    parse_webvtt,
    transcript_from_cues,
    video_text,
)
from sync.rules.section_config import ConfigError, parse_section_config
from tests.sync.test_content_folder import MP4_BYTES, PNG_BYTES, make_module, section

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"

VTT = (
    "WEBVTT - goggles\n"
    "\n"
    "NOTE written by hand\n"
    "\n"
    "intro\n"
    "00:00.500 --> 00:02.000 line:90%\n"
    "<v Ana>Goggles <i>on</i></v> &amp; strap tight\n"
    "second line\n"
    "\n"
    "00:00:02.000 --> 00:00:04.250\n"
    "Gloves next.\n"
)


# -- the WebVTT parser ----------------------------------------------------------------------


def test_cues_are_parsed_with_times_and_plain_text() -> None:
    assert parse_webvtt(VTT) == [
        Cue(500, 2000, "Goggles on & strap tight\nsecond line"),
        Cue(2000, 4250, "Gloves next."),
    ]


def test_crlf_and_byte_order_mark_are_accepted() -> None:
    assert len(parse_webvtt("\ufeff" + VTT.replace("\n", "\r\n"))) == 2


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("WEBVTTX\n\n00:01.000 --> 00:02.000\nhi\n", 1, "must start with a 'WEBVTT' line"),
        ("1\n00:01.000 --> 00:02.000\nhi\n", 1, "must start with a 'WEBVTT' line"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n\n00:01.00 --> 00:03.000\nx\n", 6, "'00:01.00'"),
        ("WEBVTT\n\n00:01.000 --> 00:61.000\nhi\n", 3, "'00:61.000' is not a timestamp"),
        ("WEBVTT\n\n00:03.000 --> 00:02.000\nhi\n", 3, "ends (00:02.000) before it starts"),
        ("WEBVTT\n\n00:03.000 --> 00:04.000\nhi\n\n00:01.000 --> 00:02.000\nx\n", 6, "time order"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\n\n", 3, "the cue has no text"),
        ("WEBVTT\n\n00:01.000-->00:02.000\nhi\n", 3, "spaces around '-->'"),
        ("WEBVTT\n\nan id\njust words\n", 4, "expected a cue timing line"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n00:02.000 --> 00:03.000\nx\n", 5, "-->"),
        ("WEBVTT\n00:01.000 --> 00:02.000\nhi\n", 2, "blank line must follow the WEBVTT header"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n\nSTYLE\n::cue { color: red }\n", 6, "STYLE"),
        (
            "WEBVTT\n\n00:01.000 --> 99999999999999999999:00:00.000\nhi\n",
            3,
            "past 24:00:00.000",
        ),
    ],
)
def test_a_bad_file_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(CaptionError) as caught:
        parse_webvtt(text)
    assert caught.value.line == line
    assert words in caught.value.message
    assert str(caught.value).startswith(f"line {line}: ")


def test_a_cue_may_end_at_the_end_of_a_day() -> None:
    (cue,) = parse_webvtt("WEBVTT\n\n23:59:59.000 --> 24:00:00.000\nlast words\n")
    assert cue.end_ms == MAX_CUE_MS


def test_a_file_over_the_size_limit_is_refused() -> None:
    cue = "00:01.000 --> 00:02.000\n" + "x" * 60 + "\n\n"
    text = "WEBVTT\n\n" + cue * (MAX_CAPTION_BYTES // len(cue) + 1)
    with pytest.raises(CaptionError, match="larger than 48 KB"):
        parse_webvtt(text)


def test_cue_at_follows_the_position() -> None:
    cues = parse_webvtt(VTT)
    assert cue_at(cues, 0) is None
    assert cue_at(cues, 500) == cues[0]
    assert cue_at(cues, 1999) == cues[0]
    assert cue_at(cues, 2000) == cues[1]
    assert cue_at(cues, 4250) is None


def test_transcript_from_cues_is_one_paragraph_per_cue() -> None:
    assert transcript_from_cues(parse_webvtt(VTT)) == (
        "Goggles on & strap tight second line\n\nGloves next."
    )


def test_the_track_follows_the_app_language() -> None:
    vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n"
    en, es, ar = (CaptionTrack(lang=lang, vtt=vtt) for lang in ("en", "es", "ar"))
    assert choose_track([en, es, ar], "es_MX") is es
    assert choose_track([en, es, ar], "ar-EG") is ar
    assert choose_track([es, en], "de") is en
    assert choose_track([es, ar], "de") is es
    assert choose_track([], "en") is None
    unstated = CaptionTrack(lang="", vtt=vtt)
    assert choose_track([es, unstated], "fr") is unstated


# -- section_config of image and video sections --------------------------------------------


def test_image_and_video_configs_are_checked() -> None:
    assert image_alt({"alt": "  Goggles\n on a hook ", "show_alt": True}) == (
        "Goggles on a hook",
        True,
    )
    assert image_alt(None) == (None, False)
    assert image_alt({"alt": ""}) == (None, False)
    assert parse_section_config("image", None) is None
    with pytest.raises(ConfigError, match="colour: unknown key"):
        parse_section_config("image", {"alt": "x", "colour": "red"})
    with pytest.raises(ConfigError, match="line 3: the cue ends"):
        parse_section_config(
            "video", {"captions": [{"lang": "en", "vtt": "WEBVTT\n\n00:02.000 --> 00:01.000\nx"}]}
        )
    good = {"lang": "en", "vtt": VTT}
    with pytest.raises(ConfigError, match="two caption tracks in language 'en'"):
        parse_section_config("video", {"captions": [good, good]})
    with pytest.raises(ConfigError, match="lang"):
        parse_section_config("video", {"captions": [{"lang": "English", "vtt": VTT}]})
    assert video_text({"captions": "broken"}).captions == []
    assert video_text({"transcript": " Words. "}).transcript == "Words."


# -- the content folder ---------------------------------------------------------------------


def test_image_alt_is_read_into_the_section_config(tmp_path: Path) -> None:
    folder = make_module(
        tmp_path,
        {
            "02-pic.md": section(
                "type: image\nmedia: media/a.png\nalt: Goggles on their hook\nshow_alt: true\n"
            ),
            "media/a.png": PNG_BYTES,
        },
    )
    module = load_module_folder(folder)
    assert module.sections[1].section_config == {"alt": "Goggles on their hook", "show_alt": True}
    assert module.warnings == ()


def test_images_without_alt_warn_and_still_load(tmp_path: Path) -> None:
    folder = make_module(
        tmp_path,
        {
            "02-pic.md": section("type: image\ntitle: T\nmedia: media/a.png\n"),
            "03-text.md": section(
                "type: text\n",
                "Intro.\n\n![](media/b.png) and ![A bench](media/c.png)\n\n"
                "```\n![](not-an-image.png)\n```\n`![](code.png)` ![ ](d.png)\n",
            ),
            "media/a.png": PNG_BYTES,
        },
    )
    module = load_module_folder(folder)
    assert module.sections[1].section_config is None
    assert module.warnings == (
        "mod/02-pic.md:4: image a.png has no alt text",
        "mod/03-text.md:6: image b.png has no alt text",
        "mod/03-text.md:11: image d.png has no alt text",
    )
    preview, problems = load_module_preview(folder)
    assert problems == []
    assert len(preview.warnings) == 3


def test_alt_keys_are_checked(tmp_path: Path) -> None:
    cases = {
        "a": ("type: text\nalt: x\n", 3, "'alt' is only for image sections, not text"),
        "b": ("type: image\nmedia: media/a.png\nalt: 42\n", 4, "alt must be a string"),
        "c": ("type: image\nmedia: media/a.png\nshow_alt: true\n", 4, "'show_alt' needs 'alt'"),
        "d": ("type: image\nmedia: media/a.png\nalt: x\nshow_alt: yes please\n", 5, "true or"),
    }
    for name, (front, line, words) in cases.items():
        folder = make_module(
            tmp_path, {"02-x.md": section(front), "media/a.png": PNG_BYTES}, name=name
        )
        with pytest.raises(ContentError) as caught:
            load_module_folder(folder)
        assert (caught.value.file, caught.value.line) == (f"{name}/02-x.md", line)
        assert words in caught.value.message


def _video_module(tmp_path: Path, extra: Mapping[str, str | bytes]) -> Path:
    return make_module(
        tmp_path,
        {
            "02-clip.md": section("type: video\nmedia: media/clip.mp4\n"),
            "media/clip.mp4": MP4_BYTES,
            "media/clipper.vtt": "not ours: another stem",
            **extra,
        },
    )


def test_captions_and_transcript_beside_the_video_are_carried(tmp_path: Path) -> None:
    folder = _video_module(
        tmp_path,
        {
            "media/clip.vtt": VTT,
            "media/clip.es.vtt": VTT.replace("Gloves next.", "Ahora los guantes."),
            "media/clip.transcript.md": "# What happens\n\nGoggles, then gloves.\n",
        },
    )
    config = load_module_folder(folder).sections[1].section_config
    assert config is not None
    assert [track["lang"] for track in config["captions"]] == ["es", ""]
    assert config["captions"][1]["vtt"] == VTT
    assert config["transcript"] == "# What happens\n\nGoggles, then gloves."
    parse_section_config("video", config)  # what the API would accept too


def test_a_transcript_beside_a_video_in_the_module_folder_is_no_section(tmp_path: Path) -> None:
    folder = make_module(
        tmp_path,
        {
            "02-clip.md": section("type: video\nmedia: clip.mp4\n"),
            "clip.mp4": MP4_BYTES,
            "clip.transcript.md": "Goggles, then gloves.\n",
        },
    )
    module = load_module_folder(folder)
    assert len(module.sections) == 2
    assert module.sections[1].section_config == {"transcript": "Goggles, then gloves."}


def test_a_video_without_captions_has_no_config(tmp_path: Path) -> None:
    folder = _video_module(tmp_path, {})
    assert load_module_folder(folder).sections[1].section_config is None


def test_a_bad_caption_file_names_its_line(tmp_path: Path) -> None:
    bad = VTT.replace("00:00:02.000 --> 00:00:04.250", "00:00:02.000 --> 00:00:01.000")
    folder = _video_module(tmp_path, {"media/clip.en.vtt": bad})
    with pytest.raises(ContentError) as caught:
        load_content_tree(folder)
    assert str(caught.value) == (
        "mod/media/clip.en.vtt:10: the cue ends (00:00:01.000) before it starts (00:00:02.000)"
    )


def test_caption_file_limits(tmp_path: Path) -> None:
    big = "WEBVTT\n\n" + "NOTE " + "x" * MAX_CAPTION_BYTES + "\n"
    folder = _video_module(tmp_path / "a", {"media/clip.vtt": big})
    with pytest.raises(ContentError, match=r"mod/media/clip.vtt: is \d+ bytes; a caption file"):
        load_module_folder(folder)
    folder = _video_module(tmp_path / "b", {"media/clip.Spanish!.vtt": VTT})
    with pytest.raises(ContentError, match="'Spanish!' is not a language tag"):
        load_module_folder(folder)
    many = {f"media/clip.{lang}.vtt": VTT for lang in ("en", "es", "ar", "fr", "de")}
    folder = _video_module(tmp_path / "c", many)
    with pytest.raises(ContentError, match="5 caption files for clip.mp4; at most 4"):
        load_module_folder(folder)
    folder = _video_module(tmp_path / "d", {"media/clip.vtt": b"WEBVTT\n\n\xff\xfe"})
    with pytest.raises(ContentError, match="mod/media/clip.vtt:3: is not UTF-8"):
        load_module_folder(folder)


def test_every_demo_image_has_alt_text_and_a_demo_video_has_captions() -> None:
    modules = load_content_tree(DEMO)
    assert [w for m in modules for w in m.warnings] == []
    images = [s for m in modules for s in m.sections if s.section_type == "image"]
    assert images
    assert all(image_alt(s.section_config)[0] for s in images)
    captioned = [
        s
        for m in modules
        for s in m.sections
        if s.section_type == "video" and video_text(s.section_config).captions
    ]
    assert captioned
    config = video_text(captioned[0].section_config)
    assert {t.lang for t in config.captions} >= {"en", "es", "ar"}
    assert config.transcript
