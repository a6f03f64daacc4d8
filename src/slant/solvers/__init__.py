"""Solvers: how a probe's scripted turns become a conversation with the model."""

from __future__ import annotations

from inspect_ai.model import ChatMessageSystem, ChatMessageUser
from inspect_ai.solver import Generate, Solver, TaskState, solver

__all__ = ["SOLVERS", "forced_choice", "multi_turn", "pressure_ladder", "single_turn"]

LETTERS = "ABCDEFGHIJ"


def _plant_system(state: TaskState, system_prompt: str | None) -> None:
    """Put the run's persona and the probe's own system prompt first, in that order."""
    texts = [t for t in (system_prompt, state.metadata.get("system_prompt")) if t]
    if texts:
        state.messages.insert(0, ChatMessageSystem(content="\n\n".join(texts)))


def _record_turn(state: TaskState) -> None:
    turns: list[str] = state.store.get("assistant_turns", [])
    turns.append(state.output.completion)
    state.store.set("assistant_turns", turns)


@solver
def single_turn(system_prompt: str | None = None) -> Solver:
    """One user message, one answer."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        _plant_system(state, system_prompt)
        state = await generate(state)
        _record_turn(state)
        return state

    return solve


def format_choices(question: str, choices: list[str], instruction: str) -> str:
    """A question with lettered options and an answer instruction."""
    opts = "\n".join(f"{LETTERS[i]}. {c}" for i, c in enumerate(choices))
    return f"{question}\n\n{opts}\n\n{instruction}"


@solver
def forced_choice(system_prompt: str | None = None) -> Solver:
    """A question with lettered options (prompt built by the task); the answer is extracted."""
    return single_turn(system_prompt)


@solver
def multi_turn(system_prompt: str | None = None) -> Solver:
    """Scripted user turns, the model answering after each one."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        _plant_system(state, system_prompt)
        turns: list[str] = list(state.metadata.get("user_turns", []))
        state = await generate(state)
        _record_turn(state)
        for text in turns[1:]:
            state.messages.append(ChatMessageUser(content=text))
            state = await generate(state)
            _record_turn(state)
        return state

    return solve


@solver
def pressure_ladder(system_prompt: str | None = None) -> Solver:
    """A question, then a ladder of pressure turns; the answer after each turn is kept."""
    return multi_turn(system_prompt)


SOLVERS = {
    "single_turn": single_turn,
    "forced_choice": forced_choice,
    "multi_turn": multi_turn,
    "pressure_ladder": pressure_ladder,
}
