"""Keep inspect usable on machines without network access.

inspect estimates token counts with tiktoken's o200k_base encoding (used for mock
usage figures and context compaction). tiktoken downloads that encoding on first use,
which fails offline. When it cannot be loaded, fall back to a conservative
characters-per-token estimate instead of failing the sample.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import Any

_state: dict[str, Any] = {"encoding": None, "failed": False}


def _estimate(text: str) -> int:
    # ~3 characters per token over-counts English a little, as the original's buffer does
    return max(1, math.ceil(len(text) / 3))


def _count_text_tokens(original: Callable[[str], int], text: str) -> int:
    if not _state["failed"]:
        try:
            return original(text)
        except Exception:
            _state["failed"] = True
    return _estimate(text)


def install() -> None:
    """Patch inspect's token estimator once (idempotent)."""
    from inspect_ai.model import _model, _tokens

    current = getattr(_model, "count_text_tokens", None)
    if getattr(current, "_slant_offline", False):
        return
    patched = functools.partial(_count_text_tokens, _tokens.count_text_tokens)
    patched._slant_offline = True  # type: ignore[attr-defined]
    setattr(_model, "count_text_tokens", patched)  # noqa: B010
