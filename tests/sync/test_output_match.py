"""Tests for ``sync.rules.output_match``: normalising, matching and diffing program output."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sync.rules.output_match
from sync.rules.output_match import (
    DiffLine,
    normalise_output,
    output_diff,
    output_matches,
)

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, database=None)

# Output-like text: few distinct characters, so line endings, trailing blanks and repeated
# lines come up often.
outputs = st.text(alphabet=st.sampled_from("ab1 \t\r\n\f\u00a0"), max_size=40)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("", ""),
        ("\n\n \n\t\n", ""),
        ("42", "42\n"),
        ("42\n", "42\n"),
        ("42 \r\n\r\n", "42\n"),
        ("a\rb\r\nc\n", "a\nb\nc\n"),
        ("a  \t\nb\t \n", "a\nb\n"),
        ("\n  a\n\nb", "\n  a\n\nb\n"),  # leading and inner blank lines and indent count
        ("a\fb \f\n", "a\fb \f\n"),  # only spaces and tabs are stripped
        ("x\u00a0\n", "x\u00a0\n"),
    ],
)
def test_normalise_output(raw: str, normalised: str) -> None:
    assert normalise_output(raw) == normalised


@pytest.mark.parametrize(
    ("expected", "got", "matches"),
    [
        ("Hello\n", "Hello", True),
        ("1\n2\n", "1 \r\n2\t\r\n\r\n", True),
        ("1\n2\n", "1\n\n2\n", False),
        ("Hello\n", "hello\n", False),
        ("  x\n", "x\n", False),
        ("", "\n\n", True),
        ("", "0", False),
    ],
)
def test_output_matches(expected: str, got: str, matches: bool) -> None:
    assert output_matches(expected, got) is matches


def test_output_diff_marks_changed_missing_and_extra_lines() -> None:
    expected = "Sum: 6\nMean: 2\nDone\n"
    got = "Sum: 6\nMean: 2.0\nDone\nextra\n"
    assert output_diff(expected, got) == [
        DiffLine("same", "Sum: 6"),
        DiffLine("expected", "Mean: 2"),
        DiffLine("got", "Mean: 2.0"),
        DiffLine("same", "Done"),
        DiffLine("got", "extra"),
    ]
    assert output_diff("a\nb\n", "a\n") == [DiffLine("same", "a"), DiffLine("expected", "b")]


def test_output_diff_of_matching_outputs_is_all_same() -> None:
    assert output_diff("a\r\nb  \n\n", "a\nb") == [DiffLine("same", "a"), DiffLine("same", "b")]
    assert output_diff("", "\n") == []


def test_repeated_lines_are_aligned_not_treated_as_junk() -> None:
    """difflib's autojunk would treat a line repeated in over 1 % of 200+ lines as noise."""
    expected = "0\n" * 300 + "end\n"
    got = "0\n" * 300 + "END\n"
    diff = output_diff(expected, got)
    assert [line.kind for line in diff].count("same") == 300
    assert diff[-2:] == [DiffLine("expected", "end"), DiffLine("got", "END")]


@PROPERTY_SETTINGS
@given(outputs)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_output(text)
    assert normalise_output(once) == once
    assert once == "" or (once.endswith("\n") and not once.endswith("\n\n"))
    assert "\r" not in once


@PROPERTY_SETTINGS
@given(outputs, outputs)
def test_matches_is_reflexive_and_symmetric(a: str, b: str) -> None:
    assert output_matches(a, a)
    assert output_matches(a, b) == output_matches(b, a)
    assert output_matches(a, normalise_output(a))


@PROPERTY_SETTINGS
@given(outputs, outputs)
def test_diff_rebuilds_both_outputs(expected: str, got: str) -> None:
    diff = output_diff(expected, got)
    want = [line.text for line in diff if line.kind in ("same", "expected")]
    have = [line.text for line in diff if line.kind in ("same", "got")]
    assert "".join(f"{line}\n" for line in want) == normalise_output(expected)
    assert "".join(f"{line}\n" for line in have) == normalise_output(got)
    assert output_matches(expected, got) == all(line.kind == "same" for line in diff)


def test_all_is_complete() -> None:
    module = sync.rules.output_match
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__
    }
    assert public <= set(module.__all__)
    assert all(hasattr(module, name) for name in module.__all__)
