"""The study buddy of a ``guided_struggle`` section: answer checking and the buddy's rules.

Pure (stdlib and the config models), deterministic and offline: every word the buddy says
is either the section's own config (its hint ladder, ``common_mistakes``, ``replies`` and
``explanation``) or one of the fixed :data:`TEMPLATES` of its ``buddy_personality``. There is
no language model and nothing is invented, so a test can say exactly what the buddy says.

Answers (:func:`check_answer`)
    ``free_text``: case-folded (NFKC), whitespace collapsed, trailing punctuation dropped,
    compared with the equally normalised ``accepted_answers``. ``number``: "4.7", "4,7",
    "-4.7", "1e3", "1 000", "1,000.5", "4.7 W" (the config's ``unit``, any case; "ohm(s)"
    for "Ω"), "4.7 kW" / "4.7k" (SI prefixes p n µ u m k K M G, when the problem has a unit);
    correct when ``|x - answer| <= tolerance`` (plus a relative ``1e-9`` for float noise).
    "4,700" is ambiguous (4.7 or 4700?) and is a *problem*, as are empty text, "nan",
    "inf", numbers beyond ``±1e15``, input over ``MAX_NUMBER_CHARS`` and a unit that is not
    the problem's: a problem is shown beside the box and is **not** an attempt.
    ``multiple_choice``: the chosen index as a string. A wrong answer that matches one of
    ``common_mistakes`` (numbers within the same closeness, text normalised, choices by
    index or by their text) carries that mistake's reply. A correct answer never does.

The buddy's rules (:class:`Buddy`, fed by the page, answers with :class:`BuddyMessage`)
    * ``opened``: a greeting the first time (a solved problem: "welcome back"); opening again
      only restarts the quiet-time clock, so time spent on other pages never counts.
    * ``attempted``: a correct answer gets ``praise``, then the ``explanation`` (kind
      ``feedback``) if there is one. A wrong one gets ``feedback``: the matching mistake's
      reply, else a template. After ``hint_after_attempts`` wrong attempts since the last
      hint the buddy **gives** the next hint (the student has struggled enough; the page
      records it as ``source: "offered"``). A problem (see above) gets nothing.
    * ``tick``: after ``hint_after_seconds`` with no attempt, hint or message the buddy
      **offers** the next hint (``nudge_offer``; quiet time alone does not mean stuck, the
      student may be working on paper), once per quiet spell.
    * ``asked_hint`` (the button, or a hint request in the chat): the next hint. Hints go
      up the ladder in order (nudge → strategy → worked_step, as the author wrote them),
      each given once; after the last one the buddy says there are no more.
    * ``student_said`` (text cut to ``MAX_STUDENT_CHARS``): the first of the config's
      ``replies`` whose keyword (a word or phrase; whole words, case-folded, plural "s"
      stemmed) is in the message; else a request for the answer ("answer", "solution",
      "just tell me"): a kind refusal plus an offer of a hint; else a hint request ("hint",
      "help", "stuck", "don't know", ...): the next hint; else a greeting or thanks: a
      template; else a template pointing back to the problem and the hints.
    * After solving, hint requests get "you've solved it", a request for the answer the
      explanation (if any); attempts are ignored.

Template variants are chosen by counters (wrong attempts, messages, ...), never at random.
A :class:`Buddy` is its config plus a few counters; ``to_json`` / ``from_json`` keep them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, Final, Literal

from sync.rules.phrases import QT_TRANSLATE_NOOP, Phrase
from sync.rules.section_config import GuidedStruggleConfig, Hint

__all__ = [
    "MAX_ANSWER_CHARS",
    "MAX_NUMBER",
    "MAX_NUMBER_CHARS",
    "MAX_STUDENT_CHARS",
    "TEMPLATES",
    "AnswerCheck",
    "Buddy",
    "BuddyMessage",
    "Intent",
    "MessageKind",
    "check_answer",
    "match_intent",
    "normalise_text",
    "parse_number",
]

MAX_STUDENT_CHARS: Final = 500
"""A student's chat message is cut to this before matching."""
MAX_ANSWER_CHARS: Final = 1000
"""A free-text answer is cut to this before normalising."""
MAX_NUMBER_CHARS: Final = 100
"""A number answer longer than this is a problem, not parsed."""
MAX_NUMBER: Final = 1e15
"""Numbers beyond ``±MAX_NUMBER`` are a problem (nobody types them on purpose)."""
REL_EPSILON: Final = 1e-9
"""Float noise allowed on top of ``tolerance``: this times the larger magnitude."""

MessageKind = Literal["greeting", "hint", "feedback", "reply", "praise", "nudge_offer"]

PROBLEM_NUMBER: Final = QT_TRANSLATE_NOOP("buddy", "Type a number, like 4.7")
PROBLEM_AMBIGUOUS: Final = QT_TRANSLATE_NOOP(
    "buddy",
    "Is that comma a decimal point or a thousands separator? Type it without, like 4.7 or 4700.",
)
PROBLEM_TOO_LONG: Final = QT_TRANSLATE_NOOP(
    "buddy", "That is too long for a number. Type a number, like 4.7"
)
PROBLEM_TOO_BIG: Final = QT_TRANSLATE_NOOP(
    "buddy", "That number is too large. Type a number, like 4.7"
)
PROBLEM_EMPTY: Final = QT_TRANSLATE_NOOP("buddy", "Type your answer first.")
PROBLEM_CHOICE: Final = QT_TRANSLATE_NOOP("buddy", "Choose one of the answers first.")
PROBLEM_UNIT: Final = QT_TRANSLATE_NOOP("buddy", "Type the number in {unit}, like 4.7")
"""The problems shown beside the answer box (English sources in translation context
``buddy``; :attr:`AnswerCheck.problem_phrase` carries them, with ``{unit}``, for a screen)."""


# -- answers ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnswerCheck:
    """One answer, checked. ``normalised``: the answer as compared ("1000", "ohm's law",
    "2"). ``mistake_reply``: the reply of the matching ``common_mistakes`` entry (wrong
    answers only). ``problem``: why the input is not an answer at all (then it is no
    attempt, ``correct`` is false and ``normalised`` is ""), in English;
    ``problem_phrase``: the same for a screen to word in its language (not compared)."""

    correct: bool
    normalised: str
    mistake_reply: str | None = None
    problem: str | None = None
    problem_phrase: Phrase | None = field(default=None, compare=False)

    @property
    def is_attempt(self) -> bool:
        return self.problem is None


_TRAILING_RE: Final = re.compile(r"[\s.,;:!?…。]+$")


def normalise_text(raw: str) -> str:
    """A free-text answer as compared: NFKC, case-folded, whitespace collapsed, trailing
    punctuation dropped, cut to ``MAX_ANSWER_CHARS`` first."""
    text = unicodedata.normalize("NFKC", raw[:MAX_ANSWER_CHARS]).casefold()
    text = " ".join(text.split())
    return _TRAILING_RE.sub("", text)


_GROUP_SEPARATORS: Final = " \u00a0\u202f'_"
_NUMBER_RE: Final = re.compile(
    r"""^(?P<sign>[+-]?)\s*
    (?P<mantissa>[0-9][0-9 \u00a0\u202f'_,.]*[0-9]|[0-9]|[.,][0-9]+)
    (?P<trailing>[.,]?)
    (?:[eE](?P<exponent>[+-]?[0-9]{1,4}))?
    \s*(?P<rest>.*)$""",
    re.VERBOSE | re.DOTALL,
)
_GROUPED_RE: Final = re.compile(r"^[0-9]{1,3}(?:[^0-9][0-9]{3})+$")
_SI_PREFIXES: Final[Mapping[str, float]] = {
    "p": 1e-12,
    "n": 1e-9,
    "μ": 1e-6,  # NFKC turns the micro sign into the Greek letter
    "u": 1e-6,
    "m": 1e-3,
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "G": 1e9,
}
_UNIT_ALIASES: Final[tuple[frozenset[str], ...]] = (frozenset({"ω", "ohm", "ohms"}),)


def _mantissa(text: str) -> str | None:
    """``text`` (digits and separators) as a plain ``"123.45"``; ``None`` if unreadable,
    ``""`` if ambiguous ("4,700")."""
    has_dot, has_comma = "." in text, "," in text
    decimal: str | None
    if has_dot and has_comma:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
    elif has_dot:
        decimal = "." if text.count(".") == 1 else None
    elif has_comma:
        if text.count(",") > 1:
            decimal = None
        else:
            whole, frac = text.split(",")
            if len(frac) == 3 and whole.isdigit() and len(whole) <= 3 and whole[0] != "0":
                return ""  # "4,700": 4.7 in much of Europe, 4700 in English
            decimal = ","
    else:
        decimal = None
    if decimal is None:
        whole, frac = text, ""
    else:
        whole, _, frac = text.rpartition(decimal)
    if not frac.isdigit() and frac != "":
        return None
    if any(c in whole for c in _GROUP_SEPARATORS + ".,"):
        # Thousands separators: one kind, groups of three.
        separators = {c for c in whole if not c.isdigit()}
        if len(separators) != 1 or not _GROUPED_RE.match(whole):
            return None
        whole = whole.replace(separators.pop(), "")
    if whole and not whole.isdigit():
        return None
    return f"{whole or '0'}.{frac or '0'}"


def _unit_scale(rest: str, unit: str | None) -> float | None:
    """The factor a unit written after the number means (1 for the problem's own unit,
    1000 for "k" + unit, ...); ``None`` if it is not the problem's unit."""
    written = "".join(rest.split())
    if not written:
        return 1.0
    if not unit:
        return None
    wanted = "".join(unicodedata.normalize("NFKC", unit).split())
    if written == wanted or written.casefold() == wanted.casefold():
        return 1.0
    for aliases in _UNIT_ALIASES:
        if wanted.casefold() in aliases and written.casefold() in aliases:
            return 1.0
    prefix, tail = written[0], written[1:]
    if prefix in _SI_PREFIXES:
        if not tail:
            return _SI_PREFIXES[prefix]
        if tail == wanted or tail.casefold() == wanted.casefold():
            return _SI_PREFIXES[prefix]
        for aliases in _UNIT_ALIASES:
            if wanted.casefold() in aliases and tail.casefold() in aliases:
                return _SI_PREFIXES[prefix]
    return None


def parse_number(raw: str, unit: str | None = None) -> float | str:
    """The number a student typed, in the problem's ``unit``; a ``str`` is the problem
    to show instead, in English (see the module docstring). Never raises."""
    value = _parse_number(raw, unit)
    return str(value) if isinstance(value, Phrase) else value


def _problem(text: str, **values: int | str | Phrase) -> Phrase:
    return Phrase.of("buddy", text, **values)


def _not_an_answer(problem: Phrase) -> AnswerCheck:
    return AnswerCheck(False, "", problem=str(problem), problem_phrase=problem)


def _parse_number(raw: str, unit: str | None) -> float | Phrase:
    """``parse_number``, its problem as a phrase."""
    if len(raw) > MAX_NUMBER_CHARS:
        return _problem(PROBLEM_TOO_LONG)
    text = unicodedata.normalize("NFKC", raw).replace("\u2212", "-").strip()
    text = text.removeprefix("=").removeprefix("≈").strip()
    if not text:
        return _problem(PROBLEM_NUMBER)
    match = _NUMBER_RE.match(text)
    if match is None:
        return _problem(PROBLEM_NUMBER)
    mantissa = _mantissa(match["mantissa"])
    if mantissa is None:
        return _problem(PROBLEM_NUMBER)
    if mantissa == "":
        return _problem(PROBLEM_AMBIGUOUS)
    scale = _unit_scale(match["rest"], unit)
    if scale is None:
        return _problem(PROBLEM_UNIT, unit=unit) if unit else _problem(PROBLEM_NUMBER)
    try:
        value = float(f"{match['sign']}{mantissa}e{match['exponent'] or '0'}") * scale
    except (ValueError, OverflowError):  # pragma: no cover - the regex admits only numbers
        return _problem(PROBLEM_NUMBER)
    if not math.isfinite(value) or abs(value) > MAX_NUMBER:
        return _problem(PROBLEM_TOO_BIG)
    return value + 0.0  # no "-0"


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance + REL_EPSILON * max(abs(a), abs(b))


def _format_number(value: float) -> str:
    return f"{value:.12g}"


def check_answer(config: GuidedStruggleConfig, raw: str) -> AnswerCheck:
    """Check ``raw`` (what the student typed, or the chosen index) against ``config``."""
    if config.problem_type == "number":
        return _check_number(config, raw)
    if config.problem_type == "multiple_choice":
        return _check_choice(config, raw)
    return _check_text(config, raw)


def _check_text(config: GuidedStruggleConfig, raw: str) -> AnswerCheck:
    answer = normalise_text(raw)
    if not answer:
        return _not_an_answer(_problem(PROBLEM_EMPTY))
    if any(answer == normalise_text(a) for a in config.accepted_answers):
        return AnswerCheck(True, answer)
    for mistake in config.common_mistakes:
        written = mistake.answer
        text = _format_number(written) if isinstance(written, float) else written
        if normalise_text(text) == answer:
            return AnswerCheck(False, answer, mistake_reply=mistake.reply)
    return AnswerCheck(False, answer)


def _check_number(config: GuidedStruggleConfig, raw: str) -> AnswerCheck:
    value = _parse_number(raw, config.unit)
    if isinstance(value, Phrase):
        return _not_an_answer(value)
    answer = config.answer if config.answer is not None else math.nan
    normalised = _format_number(value)
    if _close(value, answer, config.tolerance):
        return AnswerCheck(True, normalised)
    for mistake in config.common_mistakes:
        written = mistake.answer
        expected = written if isinstance(written, float) else parse_number(written, config.unit)
        if isinstance(expected, float):
            if _close(value, expected, config.tolerance):
                return AnswerCheck(False, normalised, mistake_reply=mistake.reply)
        elif isinstance(written, str) and normalise_text(written) == normalise_text(raw):
            return AnswerCheck(False, normalised, mistake_reply=mistake.reply)
    return AnswerCheck(False, normalised)


def _check_choice(config: GuidedStruggleConfig, raw: str) -> AnswerCheck:
    text = raw.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 3):
        return _not_an_answer(_problem(PROBLEM_CHOICE))
    index = int(text)
    if index >= len(config.choices):
        return _not_an_answer(_problem(PROBLEM_CHOICE))
    normalised = str(index)
    if index == config.correct:
        return AnswerCheck(True, normalised)
    chosen = normalise_text(config.choices[index])
    for mistake in config.common_mistakes:
        written = mistake.answer
        if isinstance(written, float):
            matches = written == index
        else:
            matches = written.strip() == normalised or normalise_text(written) == chosen
        if matches:
            return AnswerCheck(False, normalised, mistake_reply=mistake.reply)
    return AnswerCheck(False, normalised)


# -- what the student says -------------------------------------------------------------------


class Intent(StrEnum):
    """What a student's chat message asks for (recorded instead of the text)."""

    REPLY = "reply"  # matched one of the config's ``replies``
    ANSWER = "answer_request"
    HINT = "hint_request"
    GREETING = "greeting"
    THANKS = "thanks"
    OTHER = "other"
    EMPTY = "empty"


_WORD_RE: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _stem(word: str) -> str:
    if len(word) <= 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "'s")):
        return word[:-1]
    return word


def _words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return tuple(_stem(w) for w in _WORD_RE.findall(folded))


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    n = len(phrase)
    if n == 0:
        return False
    return any(tuple(words[i : i + n]) == tuple(phrase) for i in range(len(words) - n + 1))


def _phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(_words(t) for t in texts)


# What the buddy recognises in a typed message ("hint", "thanks", ...) is English keywords
# only, whatever the interface language: its sentences are translated (TEMPLATES), these are
# not. An author's ``replies`` keywords are matched as written, in any language.
_ANSWER_PHRASES: Final = _phrases("answer", "solution", "just tell me")
_HINT_PHRASES: Final = _phrases(
    "hint", "help", "stuck", "clue", "don't know", "dont know", "do not know", "no idea",
    "idk", "dunno", "give up", "lost", "confused",
)  # fmt: skip
_GREETING_PHRASES: Final = _phrases(
    "hi", "hello", "hey", "hiya", "howdy", "good morning", "good afternoon", "good evening"
)
_THANKS_PHRASES: Final = _phrases("thanks", "thank you", "thx", "cheers", "ta")


def match_intent(config: GuidedStruggleConfig, text: str) -> tuple[Intent, int | None]:
    """What ``text`` (cut to ``MAX_STUDENT_CHARS``) asks for, and for ``Intent.REPLY`` the
    index of the matching entry of ``config.replies`` (the first that matches)."""
    words = _words(text[:MAX_STUDENT_CHARS])
    if not words:
        return Intent.EMPTY, None
    for index, reply in enumerate(config.replies):
        if any(_contains(words, _words(keyword)) for keyword in reply.keywords):
            return Intent.REPLY, index
    for intent, phrases in (
        (Intent.ANSWER, _ANSWER_PHRASES),
        (Intent.HINT, _HINT_PHRASES),
        (Intent.THANKS, _THANKS_PHRASES),
        (Intent.GREETING, _GREETING_PHRASES),
    ):
        if any(_contains(words, phrase) for phrase in phrases):
            return intent, None
    return Intent.OTHER, None


# -- the buddy -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BuddyMessage:
    """One thing the buddy says. ``hint_level`` / ``hint_index`` (0-based, into the
    config's ladder) only for ``kind == "hint"``. ``text`` is what it says in English (or as
    the author wrote it); ``phrase`` is set for the buddy's own :data:`TEMPLATES` (not for
    the author's hints, replies and explanation, which are content), for a screen to word in
    its language; it is not compared (``text`` is the message)."""

    kind: MessageKind
    text: str
    hint_level: str | None = None
    hint_index: int | None = None
    phrase: Phrase | None = field(default=None, compare=False)


_TemplateSet = Mapping[str, tuple[str, ...]]

TEMPLATES: Final[Mapping[str, _TemplateSet]] = {
    "encouraging": {
        "greeting": (
            QT_TRANSLATE_NOOP(
                "buddy",
                "Hi, I'm {name}! Have a go at the problem. If you get stuck, ask me for a hint.",
            ),
        ),
        "greeting_solved": (
            QT_TRANSLATE_NOOP("buddy", "Welcome back! You solved this one already. Nice work."),
        ),
        "wrong": (
            QT_TRANSLATE_NOOP(
                "buddy", "Not quite, but that was a real attempt. Check your working and try again."
            ),
            QT_TRANSLATE_NOOP(
                "buddy", "Not yet. Go through it one step at a time. You can do this."
            ),
            QT_TRANSLATE_NOOP("buddy", "Keep going! Every wrong answer rules something out."),
        ),
        "praise": (
            QT_TRANSLATE_NOOP("buddy", "Yes, that's right! Well done."),
            QT_TRANSLATE_NOOP("buddy", "Correct! Nice work sticking with it."),
            QT_TRANSLATE_NOOP("buddy", "You got it! That took real persistence."),
        ),
        "refuse": (
            QT_TRANSLATE_NOOP(
                "buddy",
                "I won't just give it away: "
                "you'll remember it much better if you get there yourself.",
            ),
            QT_TRANSLATE_NOOP("buddy", "I'd rather not spoil it. You're closer than you think."),
        ),
        "offer": (
            QT_TRANSLATE_NOOP(
                "buddy", "Want a hint instead? Press “Give me a hint” or ask me for one."
            ),
        ),
        "offer_quiet": (
            QT_TRANSLATE_NOOP(
                "buddy", "Take all the time you need. If a hint would help, press “Give me a hint”."
            ),
        ),
        "exhausted": (
            QT_TRANSLATE_NOOP(
                "buddy",
                "That was my last hint. "
                "Everything you need is in the hints above: go back over them.",
            ),
        ),
        "no_hints": (
            QT_TRANSLATE_NOOP(
                "buddy", "I have no hints for this one, but read the problem again slowly."
            ),
        ),
        "greeting_reply": (QT_TRANSLATE_NOOP("buddy", "Hi! Let's work on this problem together."),),
        "thanks": (QT_TRANSLATE_NOOP("buddy", "You're welcome! Keep going."),),
        "other": (
            QT_TRANSLATE_NOOP(
                "buddy", "I can only help with this problem. Try an answer, or ask me for a hint."
            ),
            QT_TRANSLATE_NOOP(
                "buddy", "I'm not sure I follow. Read the problem again, or ask me for a hint."
            ),
        ),
        "solved": (QT_TRANSLATE_NOOP("buddy", "You've already solved it! Nice work."),),
    },
    "socratic": {
        "greeting": (
            QT_TRANSLATE_NOOP(
                "buddy",
                "Hello, I'm {name}. What is the problem asking for? "
                "Try an answer; ask me for a hint when you need one.",
            ),
        ),
        "greeting_solved": (
            QT_TRANSLATE_NOOP("buddy", "Welcome back. You solved this one. Could you explain how?"),
        ),
        "wrong": (
            QT_TRANSLATE_NOOP(
                "buddy", "Not quite. Which step of your working are you least sure of?"
            ),
            QT_TRANSLATE_NOOP("buddy", "Not yet. What would you check first if you started over?"),
            QT_TRANSLATE_NOOP(
                "buddy", "Still not it. What does the problem give you that you have not used yet?"
            ),
        ),
        "praise": (
            QT_TRANSLATE_NOOP("buddy", "Correct. Can you say why it works?"),
            QT_TRANSLATE_NOOP("buddy", "That's right. What was the key step?"),
            QT_TRANSLATE_NOOP("buddy", "Correct. What would change if the numbers were different?"),
        ),
        "refuse": (
            QT_TRANSLATE_NOOP(
                "buddy", "If I told you, what would you have learned? Let's find it together."
            ),
            QT_TRANSLATE_NOOP(
                "buddy", "What do you know so far? Start there rather than with the answer."
            ),
        ),
        "offer": (
            QT_TRANSLATE_NOOP(
                "buddy", "Would a hint help? Press “Give me a hint” or ask me for one."
            ),
        ),
        "offer_quiet": (
            QT_TRANSLATE_NOOP(
                "buddy", "What are you thinking about? A hint is there if you want one."
            ),
        ),
        "exhausted": (
            QT_TRANSLATE_NOOP(
                "buddy", "I have no more hints. What do the hints above tell you together?"
            ),
        ),
        "no_hints": (
            QT_TRANSLATE_NOOP(
                "buddy", "I have no hints here. What is the problem asking, exactly?"
            ),
        ),
        "greeting_reply": (QT_TRANSLATE_NOOP("buddy", "Hello. What have you tried so far?"),),
        "thanks": (QT_TRANSLATE_NOOP("buddy", "You're welcome. What will you try next?"),),
        "other": (
            QT_TRANSLATE_NOOP(
                "buddy", "How does that help with the problem? Try an answer, or ask for a hint."
            ),
            QT_TRANSLATE_NOOP(
                "buddy", "What is the problem asking? Try an answer, or ask me for a hint."
            ),
        ),
        "solved": (
            QT_TRANSLATE_NOOP("buddy", "You solved it already. Could you solve a harder one?"),
        ),
    },
    "terse": {
        "greeting": (
            QT_TRANSLATE_NOOP("buddy", "I'm {name}. Solve the problem. Ask for a hint if needed."),
        ),
        "greeting_solved": (QT_TRANSLATE_NOOP("buddy", "Solved already."),),
        "wrong": (
            QT_TRANSLATE_NOOP("buddy", "Wrong. Try again."),
            QT_TRANSLATE_NOOP("buddy", "No. Check your working."),
            QT_TRANSLATE_NOOP("buddy", "Not it. Again."),
        ),
        "praise": (
            QT_TRANSLATE_NOOP("buddy", "Correct."),
            QT_TRANSLATE_NOOP("buddy", "Right."),
            QT_TRANSLATE_NOOP("buddy", "Correct. Done."),
        ),
        "refuse": (QT_TRANSLATE_NOOP("buddy", "No. Work it out."),),
        "offer": (QT_TRANSLATE_NOOP("buddy", "Hint available: press “Give me a hint”."),),
        "offer_quiet": (QT_TRANSLATE_NOOP("buddy", "Hint available."),),
        "exhausted": (QT_TRANSLATE_NOOP("buddy", "No more hints."),),
        "no_hints": (QT_TRANSLATE_NOOP("buddy", "No hints for this one."),),
        "greeting_reply": (QT_TRANSLATE_NOOP("buddy", "Hi. Back to the problem."),),
        "thanks": (QT_TRANSLATE_NOOP("buddy", "OK."),),
        "other": (QT_TRANSLATE_NOOP("buddy", "Stick to the problem. Answer, or ask for a hint."),),
        "solved": (QT_TRANSLATE_NOOP("buddy", "Already solved."),),
    },
}
"""The buddy's fixed sentences: personality → situation → variants. ``{name}`` is the
buddy's name. Each is marked for translation (context ``buddy``); a message carries it as
:attr:`BuddyMessage.phrase`."""


@dataclass(slots=True)
class _State:
    greeted: bool = False
    solved: bool = False
    attempts: int = 0  # counted attempts, the correct one included
    wrong: int = 0
    wrong_since_hint: int = 0
    hints_given: int = 0
    last_activity: float | None = None
    offered_quietly: bool = False  # the quiet-time offer was made this quiet spell
    messages: int = 0  # student messages
    answer_requests: int = 0


_JSON_VERSION: Final = 1


class Buddy:
    """The study buddy of one guided problem: its config plus a few counters.

    Invariants: ``0 <= hints_given <= len(config.ladder)`` and hints are given in ladder
    order, each once; ``wrong <= attempts``; once ``solved``, attempts change nothing. Every
    method returns what the buddy says now (possibly nothing), in order.
    """

    def __init__(self, config: GuidedStruggleConfig) -> None:
        self.config = config
        self._ladder: list[Hint] = config.ladder
        self._s = _State()

    # -- what the page reads --

    @property
    def solved(self) -> bool:
        return self._s.solved

    @property
    def attempts(self) -> int:
        return self._s.attempts

    @property
    def hints_given(self) -> int:
        return self._s.hints_given

    @property
    def hints_total(self) -> int:
        return len(self._ladder)

    def given_hints(self) -> list[BuddyMessage]:
        """The hints given so far, as messages (a page restored shows them again)."""
        return [self._hint_message(i) for i in range(self._s.hints_given)]

    # -- what happened --

    def opened(self, now: float) -> list[BuddyMessage]:
        """The page was shown: a greeting the first time; always a new quiet spell."""
        self._activity(now)
        if self._s.greeted:
            return []
        self._s.greeted = True
        return [self._say("greeting", "greeting_solved" if self._s.solved else "greeting", 0)]

    def attempted(self, now: float, check: AnswerCheck) -> list[BuddyMessage]:
        """The student checked an answer."""
        if not check.is_attempt or self._s.solved:
            return []
        self._activity(now)
        s = self._s
        s.attempts += 1
        if check.correct:
            s.solved = True
            said = [self._say("praise", "praise", s.attempts - 1)]
            if self.config.explanation:
                said.append(BuddyMessage("feedback", self.config.explanation))
            return said
        s.wrong += 1
        s.wrong_since_hint += 1
        if check.mistake_reply is not None:
            said = [BuddyMessage("feedback", check.mistake_reply)]
        else:
            said = [self._say("feedback", "wrong", s.wrong - 1)]
        if s.wrong_since_hint >= self.config.hint_after_attempts and self._hints_left():
            said.append(self._next_hint())
        return said

    def asked_hint(self, now: float) -> list[BuddyMessage]:
        """The student asked for a hint (the button, or a hint request in the chat)."""
        self._activity(now)
        if self._s.solved:
            return [self._say("reply", "solved", 0)]
        if not self._ladder:
            return [self._say("reply", "no_hints", 0)]
        if not self._hints_left():
            return [self._say("reply", "exhausted", 0)]
        return [self._next_hint()]

    def student_said(self, now: float, text: str) -> list[BuddyMessage]:
        """The student sent ``text`` in the chat (see ``match_intent``)."""
        intent, index = match_intent(self.config, text)
        if intent == Intent.EMPTY:
            return []
        self._s.messages += 1
        if intent == Intent.HINT:
            return self.asked_hint(now)
        self._activity(now)
        if intent == Intent.REPLY and index is not None:
            return [BuddyMessage("reply", self.config.replies[index].reply)]
        if intent == Intent.ANSWER:
            if self._s.solved:
                if self.config.explanation:
                    return [BuddyMessage("feedback", self.config.explanation)]
                return [self._say("reply", "solved", 0)]
            self._s.answer_requests += 1
            said = [self._say("reply", "refuse", self._s.answer_requests - 1)]
            if self._hints_left():
                said.append(self._say("nudge_offer", "offer", 0))
            return said
        if intent == Intent.GREETING:
            return [self._say("reply", "greeting_reply", 0)]
        if intent == Intent.THANKS:
            return [self._say("reply", "thanks", 0)]
        return [self._say("reply", "other", self._s.messages - 1)]

    def tick(self, now: float) -> list[BuddyMessage]:
        """Time passed (the page ticks while it is shown)."""
        s = self._s
        if s.last_activity is None or now < s.last_activity:
            s.last_activity = now  # never opened, or a clock from another run
            return []
        if s.solved or s.offered_quietly or not self._hints_left():
            return []
        if now - s.last_activity < self.config.hint_after_seconds:
            return []
        s.offered_quietly = True
        return [self._say("nudge_offer", "offer_quiet", 0)]

    # -- restoring --

    @classmethod
    def resumed(
        cls, config: GuidedStruggleConfig, *, solved: bool, attempts: int, hints_used: int
    ) -> Buddy:
        """A buddy for a problem worked on earlier (the counts the page was given)."""
        buddy = cls(config)
        s = buddy._s
        s.solved = solved
        s.attempts = max(attempts, 1 if solved else 0)
        s.wrong = s.attempts - (1 if solved else 0)
        s.hints_given = min(max(hints_used, 0), len(buddy._ladder))
        return buddy

    def to_json(self) -> dict[str, Any]:
        """The buddy's counters as JSON (the config is not included)."""
        return {"v": _JSON_VERSION, **asdict(self._s)}

    @classmethod
    def from_json(cls, config: GuidedStruggleConfig, data: Any) -> Buddy:
        """A buddy from ``to_json``'s output; ``ValueError`` if ``data`` is damaged."""
        if not isinstance(data, dict) or data.get("v") != _JSON_VERSION:
            raise ValueError("not a saved study buddy")
        values: dict[str, Any] = {}
        for f in fields(_State):
            if f.name not in data:
                raise ValueError(f"a saved study buddy without {f.name}")
            value = data[f.name]
            if f.name == "last_activity":
                ok = value is None or (
                    isinstance(value, int | float)
                    and not isinstance(value, bool)
                    and math.isfinite(value)
                )
            elif f.type == "bool":
                ok = isinstance(value, bool)
            else:
                ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
            if not ok:
                raise ValueError(f"a saved study buddy with a bad {f.name}")
            values[f.name] = value
        buddy = cls(config)
        buddy._s = _State(**values)
        if buddy._s.hints_given > len(buddy._ladder):
            raise ValueError("a saved study buddy with more hints than the ladder has")
        return buddy

    # -- internals --

    def _activity(self, now: float) -> None:
        self._s.last_activity = now
        self._s.offered_quietly = False

    def _hints_left(self) -> bool:
        return self._s.hints_given < len(self._ladder)

    def _hint_message(self, index: int) -> BuddyMessage:
        hint = self._ladder[index]
        return BuddyMessage("hint", hint.text, hint_level=hint.level, hint_index=index)

    def _next_hint(self) -> BuddyMessage:
        message = self._hint_message(self._s.hints_given)
        self._s.hints_given += 1
        self._s.wrong_since_hint = 0
        return message

    def _say(self, kind: MessageKind, situation: str, count: int) -> BuddyMessage:
        variants = TEMPLATES[self.config.buddy_personality][situation]
        phrase = Phrase.of("buddy", variants[count % len(variants)], name=self.config.buddy_name)
        return BuddyMessage(kind, str(phrase), phrase=phrase)
