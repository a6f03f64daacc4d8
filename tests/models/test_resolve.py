"""Model specs and aliases resolve to inspect specs; preflight catches setup mistakes."""

from __future__ import annotations

import pytest

from slant import SlantError
from slant.models import key_var, preflight, resolve_model
from slant.schemas import ModelAlias


def test_plain_specs_pass_through() -> None:
    for spec in (
        "mockllm/model",
        "openai-api/together/meta-llama/Llama-3-8b",
        "vllm/Qwen/Qwen2.5-7B-Instruct",
        "hf/my-org/my-model",
    ):
        m = resolve_model(spec)
        assert m.spec == spec and m.name == spec


def test_alias_chain_merges_settings() -> None:
    aliases = {
        "local-qwen": ModelAlias(
            name="local-qwen",
            spec="vllm/Qwen/Qwen2.5-7B-Instruct",
            model_args={"device": "cuda:0", "gpu_memory_utilization": 0.8},
            declared_identity="Alibaba/Qwen",
        ),
        "qwen-persona": ModelAlias(
            name="qwen-persona", spec="local-qwen", system_prompt="Be brief."
        ),
    }
    m = resolve_model("qwen-persona", aliases)
    assert m.spec == "vllm/Qwen/Qwen2.5-7B-Instruct"
    assert m.name == "qwen-persona"
    assert m.model_args == {"device": "cuda:0", "gpu_memory_utilization": 0.8}
    assert m.system_prompt == "Be brief." and m.declared_identity == "Alibaba/Qwen"


def test_gpu_hf_alias_is_configuration_only() -> None:
    alias = ModelAlias(
        name="big",
        spec="hf/meta-llama/Llama-3.1-8B-Instruct",
        model_args={"device": "cuda:0", "torch_dtype": "bfloat16", "batch_size": 16},
    )
    m = resolve_model(alias)
    assert m.provider == "hf"
    assert m.model_args["device"] == "cuda:0"


@pytest.mark.parametrize(
    ("ref", "needle"),
    [
        ("gpt4", "unknown model 'gpt4'"),
        ("opnai/gpt-4o", "Did you mean: openai"),
        ("smolm2", "Did you mean: smollm2"),
    ],
)
def test_unknown_models_suggest(ref: str, needle: str) -> None:
    with pytest.raises(SlantError, match=needle):
        resolve_model(ref)


def test_alias_cycle_is_an_error() -> None:
    aliases = {"a": ModelAlias(name="a", spec="b"), "b": ModelAlias(name="b", spec="a")}
    with pytest.raises(SlantError):
        resolve_model("a", aliases)


def test_key_var_names() -> None:
    assert key_var(resolve_model("openai-api/deep-infra/x")) == "DEEP_INFRA_API_KEY"
    assert key_var(resolve_model("anthropic/claude-x")) == "ANTHROPIC_API_KEY"
    assert key_var(resolve_model("mockllm/model")) is None


def test_missing_key_never_prints_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(SlantError, match="OPENAI_API_KEY"):
        preflight(resolve_model("openai/gpt-4o"))


def test_openai_api_needs_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAB_API_KEY", "k")
    monkeypatch.delenv("LAB_BASE_URL", raising=False)
    with pytest.raises(SlantError, match="LAB_BASE_URL"):
        preflight(resolve_model("openai-api/lab/m"))


def test_roles_resolve_through_aliases() -> None:
    from slant.registry import load_registry
    from slant.runner import build_run_spec
    from slant.schemas import EvalPlan

    plan = EvalPlan.model_validate(
        {
            "name": "roles",
            "suites": ["persuasion_drift_seed"],
            "models": [{"name": "judge", "spec": "mockllm/model"}, "mockllm/model"],
            "grader": ["judge", "mockllm/model"],
            "persuader": "judge",
        }
    )
    spec = build_run_spec(load_registry(), plan)
    assert [g.spec for g in spec.graders] == ["mockllm/model", "mockllm/model"]
    assert spec.persuader is not None and spec.persuader.name == "judge"
