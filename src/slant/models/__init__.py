"""Model specs, aliases, the embedded default model and provenance."""

from slant.models._embedded import (
    EMBEDDED_NAME,
    cache_dir,
    checkpoint_dir,
    checkpoint_info,
    ensure_checkpoint,
    gguf_path,
)
from slant.models._resolve import (
    EMBEDDED_ALIASES,
    ResolvedModel,
    base_url_of,
    embedded_model,
    inspect_providers,
    key_var,
    load_models_file,
    preflight,
    resolve_model,
)

__all__ = [
    "EMBEDDED_ALIASES",
    "EMBEDDED_NAME",
    "ResolvedModel",
    "base_url_of",
    "cache_dir",
    "checkpoint_dir",
    "checkpoint_info",
    "embedded_model",
    "ensure_checkpoint",
    "gguf_path",
    "inspect_providers",
    "key_var",
    "load_models_file",
    "preflight",
    "resolve_model",
]
