"""The words that go with a picture or a video: alt text, captions, transcripts.

Pure (pydantic only; no Qt, no database). The content folder parser builds these, the
server's API checks them, the device shows them. They live in the section's
``section_config`` (the spec's ``module_sections.section_config`` JSON column), so neither
the production database nor the device's store needs a new column, and they travel to the
device with the module, like every other part of a section, and are kept offline with it.

``image`` sections
    ``{alt, show_alt}``: ``alt`` is the text a screen reader reads for the picture (the
    image's accessible description); ``show_alt: true`` also shows it under the picture.

``video`` sections
    ``{captions: [{lang, vtt}], transcript}``: ``captions`` are WebVTT files (checked by
    :func:`parse_webvtt`, at most ``MAX_CAPTION_BYTES`` each, ``MAX_CAPTION_TRACKS`` of
    them), ``lang`` a BCP 47 tag such as ``en`` or ``es`` (``""``: the language is not
    stated); ``transcript`` optional markdown shown under the player.

WebVTT is parsed by a small strict parser rather than ``webvtt-py``: that library (0.6)
reports a bad cue without its line number, accepts a cue that ends before it starts and,
unless strict, silently drops a bad cue; an author needs ``file:line: what is wrong``, and
the subset lessons use (cues, identifiers, NOTE/STYLE/REGION blocks, settings, inline tags)
is small.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Annotated, Any, Final

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "LANG_PATTERN",
    "MAX_ALT_CHARS",
    "MAX_CAPTION_BYTES",
    "MAX_CAPTION_TRACKS",
    "MAX_CUES",
    "MAX_CUE_MS",
    "MAX_TRANSCRIPT_BYTES",
    "MEDIA_CONFIG_MODELS",
    "CaptionError",
    "CaptionTrack",
    "Cue",
    "ImageConfig",
    "VideoConfig",
    "choose_track",
    "cue_at",
    "image_alt",
    "parse_webvtt",
    "transcript_from_cues",
    "video_text",
]

MAX_ALT_CHARS: Final = 1000
MAX_CAPTION_BYTES: Final = 48 * 1024
"""One WebVTT file, at most (about 40 minutes of speech)."""
MAX_CAPTION_TRACKS: Final = 4
MAX_TRANSCRIPT_BYTES: Final = 32 * 1024
MAX_CUES: Final = 5000
MAX_CUE_MS: Final = 24 * 3600 * 1000
"""A cue's start or end, at most: a day (a timing past it is a typo, and stays a small int)."""
LANG_PATTERN: Final = r"^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$"

_TIMESTAMP: Final = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_TIMESTAMP_RE: Final = re.compile(rf"^{_TIMESTAMP}$")
_TIMING_RE: Final = re.compile(r"^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+(.*))?$")
_TAG_RE: Final = re.compile(r"<[^>]*>")


class CaptionError(ValueError):
    """Raised when a WebVTT text breaks the format; ``line`` is 1-based (``None``: the
    whole file), ``str()`` gives ``line N: message``."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(message if line is None else f"line {line}: {message}")


@dataclass(frozen=True, slots=True)
class Cue:
    """One caption: shown from ``start_ms`` until (not including) ``end_ms``; ``text`` is
    plain text (tags removed, entities decoded), lines joined with ``\\n``."""

    start_ms: int
    end_ms: int
    text: str


def _timestamp_ms(value: str) -> int | None:
    match = _TIMESTAMP_RE.match(value)
    if match is None:
        return None
    hours, minutes, seconds, millis = match.groups()
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)


def _plain(text: str) -> str:
    return html.unescape(_TAG_RE.sub("", text)).replace("\xa0", " ")


def parse_webvtt(text: str) -> list[Cue]:
    """The cues of a WebVTT file, in order; ``CaptionError`` (with the line) at the first
    problem: no ``WEBVTT`` header, a bad timestamp, a cue that ends before it starts or
    starts before the one before it, a cue without text, more than ``MAX_CUES`` cues."""
    if len(text.encode("utf-8")) > MAX_CAPTION_BYTES:
        raise CaptionError(f"larger than {MAX_CAPTION_BYTES // 1024} KB")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first = lines[0]
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise CaptionError("a WebVTT file must start with a 'WEBVTT' line", line=1)
    index = 1
    while index < len(lines) and lines[index].strip():
        if "-->" in lines[index]:
            raise CaptionError("a blank line must follow the WEBVTT header", line=index + 1)
        index += 1
    cues: list[Cue] = []
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        start = index
        while index < len(lines) and lines[index].strip():
            index += 1
        block = lines[start:index]
        head = block[0]
        if head == "NOTE" or head.startswith(("NOTE ", "NOTE\t")):
            continue
        if head.strip() in ("STYLE", "REGION") and "-->" not in "".join(block):
            if cues:
                raise CaptionError(
                    f"a {head.strip()} block must come before the first cue", line=start + 1
                )
            continue
        timing_at = 0 if "-->" in head else 1
        if timing_at >= len(block) or "-->" not in block[timing_at]:
            raise CaptionError(
                "expected a cue timing line like '00:00:01.000 --> 00:00:04.000'",
                line=start + 1 + min(timing_at, len(block) - 1),
            )
        line_no = start + 1 + timing_at
        match = _TIMING_RE.match(block[timing_at].strip())
        if match is None:
            raise CaptionError(
                "a cue timing line must be 'START --> END' with spaces around '-->'",
                line=line_no,
            )
        begin, end = _timestamp_ms(match.group(1)), _timestamp_ms(match.group(2))
        for raw, value in ((match.group(1), begin), (match.group(2), end)):
            if value is None:
                raise CaptionError(
                    f"'{raw}' is not a timestamp like 00:01.500 or 01:02:03.000", line=line_no
                )
        assert begin is not None and end is not None
        if end > MAX_CUE_MS:
            raise CaptionError(
                f"the cue ends at {match.group(2)}, past 24:00:00.000 (a video a day long?)",
                line=line_no,
            )
        if end <= begin:
            raise CaptionError(
                f"the cue ends ({match.group(2)}) before it starts ({match.group(1)})",
                line=line_no,
            )
        if cues and begin < cues[-1].start_ms:
            raise CaptionError(
                f"the cue starts ({match.group(1)}) before the cue before it; "
                "cues must be in time order",
                line=line_no,
            )
        payload = block[timing_at + 1 :]
        for offset, payload_line in enumerate(payload, start=line_no + 1):
            if "-->" in payload_line:
                raise CaptionError(
                    "a cue's text must not contain '-->' (missing blank line before this cue?)",
                    line=offset,
                )
        words = "\n".join(_plain(p).strip() for p in payload).strip()
        if not words:
            raise CaptionError("the cue has no text", line=line_no)
        cues.append(Cue(start_ms=begin, end_ms=end, text=words))
        if len(cues) > MAX_CUES:
            raise CaptionError(f"more than {MAX_CUES} cues", line=line_no)
    return cues


def cue_at(cues: list[Cue], position_ms: int) -> Cue | None:
    """The cue showing at ``position_ms`` (the latest-starting one when cues overlap)."""
    found: Cue | None = None
    for cue in cues:
        if cue.start_ms > position_ms:
            break
        if position_ms < cue.end_ms:
            found = cue
    return found


def transcript_from_cues(cues: list[Cue]) -> str:
    """A transcript made of the captions: each cue's text once, in order, one paragraph
    per cue (lines of a cue joined)."""
    paragraphs: list[str] = []
    for cue in cues:
        words = " ".join(cue.text.split("\n"))
        if not paragraphs or paragraphs[-1] != words:
            paragraphs.append(words)
    return "\n\n".join(paragraphs)


# -- section_config of image and video sections -----------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ImageConfig(_Strict):
    """An image section's config: its alt text, and whether to show it as a caption."""

    alt: Annotated[str, Field(min_length=1, max_length=MAX_ALT_CHARS)]
    show_alt: bool = False

    @field_validator("alt")
    @classmethod
    def _one_line(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("the alt text must not be blank")
        return value


class CaptionTrack(_Strict):
    """One WebVTT file of a video, in ``lang`` (``""``: not stated)."""

    lang: Annotated[str, Field(pattern=LANG_PATTERN, max_length=35)] = ""
    vtt: Annotated[str, Field(min_length=1)]

    @field_validator("vtt")
    @classmethod
    def _valid(cls, value: str) -> str:
        try:
            parse_webvtt(value)
        except CaptionError as exc:
            raise ValueError(f"not valid WebVTT: {exc}") from None
        return value

    def cues(self) -> list[Cue]:
        return parse_webvtt(self.vtt)


class VideoConfig(_Strict):
    """A video section's config: caption tracks (one per language) and a transcript."""

    captions: Annotated[list[CaptionTrack], Field(max_length=MAX_CAPTION_TRACKS)] = []
    transcript: str | None = None

    @field_validator("transcript")
    @classmethod
    def _small(cls, value: str | None) -> str | None:
        if value is not None and len(value.encode("utf-8")) > MAX_TRANSCRIPT_BYTES:
            raise ValueError(f"the transcript is larger than {MAX_TRANSCRIPT_BYTES // 1024} KB")
        return value.strip() or None if value is not None else None

    @model_validator(mode="after")
    def _one_per_language(self) -> VideoConfig:
        langs = [track.lang for track in self.captions]
        for lang in langs:
            if langs.count(lang) > 1:
                raise ValueError(f"two caption tracks in language '{lang or '(not stated)'}'")
        return self


MEDIA_CONFIG_MODELS: Final[dict[str, type[BaseModel]]] = {
    "image": ImageConfig,
    "video": VideoConfig,
}
"""The Phase 1 media types whose ``section_config`` is optional."""


def image_alt(section_config: dict[str, Any] | None) -> tuple[str | None, bool]:
    """``(alt, show_alt)`` of an image section's config (``None`` when it has none or the
    config is not an image's)."""
    if not isinstance(section_config, dict):
        return None, False
    try:
        config = ImageConfig.model_validate(section_config)
    except ValueError:
        return None, False
    return config.alt, config.show_alt


def video_text(section_config: dict[str, Any] | None) -> VideoConfig:
    """The captions and transcript of a video section (none when the config has none or
    is broken: the video still plays)."""
    if isinstance(section_config, dict):
        try:
            return VideoConfig.model_validate(section_config)
        except ValueError:
            pass
    return VideoConfig()


def choose_track(tracks: list[CaptionTrack], language: str) -> CaptionTrack | None:
    """The track for the app's ``language`` (``es``, ``es_MX``, ``ar-EG``): the same tag,
    else the same primary language, else one whose language is not stated, else English,
    else the first."""
    if not tracks:
        return None
    wanted = language.replace("_", "-").lower()
    primary = wanted.split("-")[0]
    for lang, whole in ((wanted, True), (primary, False), ("", True), ("en", False)):
        for track in tracks:
            tag = track.lang.lower()
            if (tag if whole else tag.split("-")[0]) == lang:
                return track
    return tracks[0]
