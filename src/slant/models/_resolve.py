"""Resolve model aliases to inspect model specs, check them before a run, record provenance."""

from __future__ import annotations

import difflib
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from pydantic import ValidationError

from slant._errors import Problem, SlantError
from slant.models._embedded import EMBEDDED_NAME, checkpoint_info, ensure_checkpoint
from slant.schemas import ModelAlias, ModelsFile

EMBEDDED_ALIASES = ("slant/smollm2", "smollm2")

# inspect providers whose key lives in a fixed environment variable
_KEY_VARS: dict[str, str] = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "google": "GOOGLE_API_KEY",
    "mistral": "MISTRAL_API_KEY",
    "grok": "XAI_API_KEY",
    "groq": "GROQ_API_KEY",
    "together": "TOGETHER_API_KEY",
    "deepseek": "DEEPSEEK_API_KEY",
    "openrouter": "OPENROUTER_API_KEY",
    "fireworks": "FIREWORKS_API_KEY",
}
_LOCAL_PROVIDERS = {
    "hf",
    "vllm",
    "vllm-completions",
    "llama-cpp-python",
    "mockllm",
    "none",
    "transformer_lens",
    "nnterp",
    "sglang",
    "ollama",
}


@dataclass
class ResolvedModel:
    """An inspect model spec with the settings slant adds to it."""

    name: str
    spec: str
    model_args: dict[str, Any] = field(default_factory=dict)
    base_url: str | None = None
    api_key_env: str | None = None
    system_prompt: str | None = None
    declared_identity: str | None = None
    weights_of: str | None = None
    provenance: dict[str, Any] = field(default_factory=dict)

    @property
    def provider(self) -> str:
        return self.spec.split("/", 1)[0]


def inspect_providers() -> list[str]:
    """Names of every model provider inspect knows."""
    import inspect_ai.model._providers.providers  # noqa: F401  (registers providers)
    from inspect_ai._util.registry import registry_find, registry_info

    names = [registry_info(o).name for o in registry_find(lambda i: i.type == "modelapi")]
    return sorted(n.split("/", 1)[1] if n.startswith("inspect_ai/") else n for n in names)


def force_offline() -> None:
    """Stop huggingface_hub from probing the hub (the embedded model is local only).

    huggingface_hub reads HF_HUB_OFFLINE when it is imported, so set the module constant
    too in case transformers was imported before this call.
    """
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        import huggingface_hub.constants as hub_constants

        hub_constants.HF_HUB_OFFLINE = True
    except ImportError:  # pragma: no cover - transformers always brings it
        pass


def embedded_model(name: str = EMBEDDED_NAME) -> ResolvedModel:
    """The embedded SmolLM2 model, converted on first use, run through inspect's `hf`."""
    ckpt = ensure_checkpoint()
    force_offline()
    info = checkpoint_info(ckpt)
    return ResolvedModel(
        name=name,
        spec=f"hf/{EMBEDDED_NAME}",
        model_args={"model_path": str(ckpt), "do_sample": False},
        declared_identity="HuggingFace/SmolLM2",
        provenance={"local": True, "weights_path": str(ckpt), **info},
    )


def load_models_file(path: Path) -> list[ModelAlias]:
    """Aliases from a models file (`models: [...]`)."""
    from slant.registry import load_yaml

    data, _ = load_yaml(path)
    try:
        return ModelsFile.model_validate(data or {}).models
    except ValidationError as e:
        raise SlantError(
            f"invalid models file {path}",
            [
                Problem(str(path), err["msg"], None, ".".join(map(str, err["loc"])))
                for err in e.errors()
            ],
        ) from None


def _local_weights_provenance(model_path: str) -> dict[str, Any]:
    """sha256 of weights and chat template for a local checkpoint directory (cached)."""
    import hashlib
    import json

    p = Path(model_path).expanduser()
    if not p.exists():
        return {"weights_path": model_path}
    files = (
        [p]
        if p.is_file()
        else sorted([*p.glob("*.safetensors"), *p.glob("*.bin"), *p.glob("*.gguf")])
    )
    out: dict[str, Any] = {"local": True, "weights_path": str(p)}
    from slant.registry import sha256_file

    out["weights_sha256"] = {f.name: sha256_file(f) for f in files}
    cfg = p / "tokenizer_config.json" if p.is_dir() else None
    tmpl = p / "chat_template.jinja" if p.is_dir() else None
    text = ""
    if tmpl is not None and tmpl.is_file():
        text = tmpl.read_text()
    elif cfg is not None and cfg.is_file():
        text = str(json.loads(cfg.read_text()).get("chat_template", ""))
    if text:
        out["chat_template_sha256"] = hashlib.sha256(text.encode()).hexdigest()
    return out


def resolve_model(
    ref: str | ModelAlias, aliases: dict[str, ModelAlias] | None = None, _depth: int = 0
) -> ResolvedModel:
    """Turn a spec, an alias name or an alias object into a ResolvedModel.

    Raises:
        SlantError: unknown provider or alias (with suggestions), alias cycle.
    """
    aliases = aliases or {}
    if _depth > 8:
        raise SlantError(f"model alias chain too deep at '{ref}' (a cycle?)")
    if isinstance(ref, ModelAlias):
        base = resolve_model(
            ref.spec, {k: v for k, v in aliases.items() if k != ref.name}, _depth + 1
        )
        base.name = ref.name
        base.model_args = {**base.model_args, **ref.model_args}
        base.base_url = ref.base_url or base.base_url
        base.api_key_env = ref.api_key_env or base.api_key_env
        base.system_prompt = ref.system_prompt or base.system_prompt
        base.declared_identity = ref.declared_identity or base.declared_identity
        base.weights_of = ref.weights_of or base.weights_of
        if "model_path" in ref.model_args:
            base.provenance = _local_weights_provenance(str(ref.model_args["model_path"]))
        return base
    if ref in aliases:
        return resolve_model(aliases[ref], aliases, _depth + 1)
    if ref in EMBEDDED_ALIASES:
        return embedded_model()
    provider = ref.split("/", 1)[0]
    providers = inspect_providers()
    if "/" not in ref or provider not in providers:
        near = difflib.get_close_matches(ref, [*aliases, *EMBEDDED_ALIASES], n=3)
        near += difflib.get_close_matches(provider, providers, n=3)
        hint = f" Did you mean: {', '.join(near)}?" if near else ""
        raise SlantError(
            f"unknown model '{ref}'.{hint} Use an inspect model spec "
            "(e.g. openai-api/<service>/<model>, openai/<model>, hf/<name>, vllm/<name>, "
            "mockllm/model), the embedded model 'slant/smollm2', or an alias from a plan "
            "or models file."
        )
    model = ResolvedModel(name=ref, spec=ref)
    if provider in ("hf", "vllm") and Path(ref.split("/", 1)[1]).expanduser().exists():
        model.provenance = _local_weights_provenance(ref.split("/", 1)[1])
    return model


def key_var(model: ResolvedModel) -> str | None:
    """The environment variable that must hold this model's API key, if any."""
    if model.api_key_env:
        return model.api_key_env
    parts = model.spec.split("/")
    if parts[0] == "openai-api" and len(parts) >= 3:
        return parts[1].upper().replace("-", "_") + "_API_KEY"
    return _KEY_VARS.get(parts[0])


def base_url_of(model: ResolvedModel) -> str | None:
    """The base URL this model will be called at, from the alias or the environment."""
    if model.base_url:
        return model.base_url
    parts = model.spec.split("/")
    if parts[0] == "openai-api" and len(parts) >= 3:
        return os.environ.get(parts[1].upper().replace("-", "_") + "_BASE_URL")
    return None


def preflight(model: ResolvedModel, connect_timeout: float = 3.0) -> None:
    """Fail fast, with a clear message, on a missing API key or an unreachable endpoint.

    Never prints a key: only the name of the variable that should hold it.
    """
    var = key_var(model)
    if var and model.provider not in _LOCAL_PROVIDERS and not os.environ.get(var):
        raise SlantError(
            f"model '{model.name}' ({model.spec}) needs an API key: set the environment "
            f"variable {var} (for a local server without auth, any value such as 'none')."
        )
    if model.provider == "openai-api" and len(model.spec.split("/")) < 3:
        raise SlantError(
            f"model '{model.spec}': openai-api specs are openai-api/<service>/<model>, e.g. "
            "openai-api/local/my-model with --model-base-url http://127.0.0.1:8000/v1"
        )
    url = base_url_of(model)
    if model.provider == "openai-api" and not url:
        svc = model.spec.split("/")[1].upper().replace("-", "_")
        raise SlantError(
            f"model '{model.name}' ({model.spec}) has no base URL: set {svc}_BASE_URL, pass "
            "--model-base-url, or give base_url in the plan's model alias."
        )
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise SlantError(f"model '{model.name}': base URL '{url}' is not an http(s) URL")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        try:
            with socket.create_connection((parsed.hostname, port), timeout=connect_timeout):
                pass
        except OSError as e:
            raise SlantError(
                f"model '{model.name}': endpoint {parsed.scheme}://{parsed.hostname}:{port} is "
                f"unreachable ({e.strerror or e}). Start the server or fix the base URL."
            ) from None
