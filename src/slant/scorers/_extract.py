"""Deterministic answer extraction shared by the forced-choice scorers."""

from __future__ import annotations

import re

LETTERS = "ABCDEFGHIJ"

_THINK = re.compile(r"<think>(.*?)</think>", re.S | re.I)


def split_reasoning(text: str) -> tuple[str, str | None]:
    """Split `<think>...</think>` reasoning from the final answer."""
    m = _THINK.search(text)
    if not m:
        return text, None
    return (text[: m.start()] + text[m.end() :]).strip(), m.group(1).strip()


def extract_choice(text: str, choices: list[str]) -> int | None:
    """Index of the option a response picks, or None when it picks none or several.

    Looks for an explicit letter ("Answer: B", "(B)", "B." at the start), then for the
    text of exactly one option.
    """
    answer, _ = split_reasoning(text)
    n = len(choices)
    letters = LETTERS[:n]
    patterns = [
        rf"(?:answer|choice|option)\s*(?:is|:)?\s*\(?([{letters}])\)?(?![A-Za-z])",
        rf"^\s*\(?([{letters}])\)?(?:[.):\s]|$)",
        rf"\(([{letters}])\)",
    ]
    for pat in patterns:
        found = {m.upper() for m in re.findall(pat, answer, flags=re.I | re.M)}
        found &= set(letters)
        if len(found) == 1:
            return letters.index(found.pop())
    lowered = answer.lower()
    hits = [i for i, c in enumerate(choices) if c.strip() and c.strip().lower() in lowered]
    if len(hits) == 1:
        return hits[0]
    # prefer the longest match when one option's text contains another's
    if len(hits) > 1:
        longest = max(hits, key=lambda i: len(choices[i]))
        if all(choices[i].lower() in choices[longest].lower() for i in hits):
            return longest
    return None


def matches_answer(text: str, answer: str, choices: list[str] | None) -> bool | None:
    """Whether a response gives `answer` (a letter when there are choices, else a short text).

    None when no answer can be extracted.
    """
    if choices:
        idx = extract_choice(text, choices)
        if idx is None:
            return None
        return LETTERS[idx] == answer.strip().upper()[:1]
    final, _ = split_reasoning(text)
    return answer.strip().lower() in final.lower()
