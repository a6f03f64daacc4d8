"""Copy the root content (registry.yaml, probes/, evals/, data/) into the wheel as package data.

Content lives at the repo root so reviewers edit YAML/JSONL, never Python; an installed
slant reads it from slant/_content.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CONTENT = ("registry.yaml", "probes", "evals", "data")


class BuildWithContent(build_py):
    def run(self) -> None:
        super().run()
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "slant" / "_content"
        for name in CONTENT:
            src = root / name
            if src.is_dir():
                shutil.copytree(src, target / name, dirs_exist_ok=True)
            elif src.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, target / name)


setup(cmdclass={"build_py": BuildWithContent})
