"""The registry: load registry.yaml files, resolve suites, load and validate probes."""

from slant._hash import sha256_file
from slant.registry._load import Registry, load_registry, registry_files, validate_registry
from slant.registry._probes import load_probes, probes_or_raise, resolve_source_path
from slant.registry._yaml import load_yaml

__all__ = [
    "Registry",
    "load_probes",
    "load_registry",
    "load_yaml",
    "probes_or_raise",
    "registry_files",
    "resolve_source_path",
    "sha256_file",
    "validate_registry",
]
