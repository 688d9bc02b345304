"""Setuptools hook (the project metadata is in pyproject.toml): a built wheel carries the data
folders resources/ and migrations/ inside the package, as agent_console/_data/.

A checkout, and an editable install of one, reads them beside the package instead; the frozen
build bundles them itself (see agent_console/core/resources.py and build.spec).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("resources", "migrations")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "agent_console" / "_data"
        for name in SHIPPED:
            shutil.copytree(
                ROOT / name,
                target / name,
                dirs_exist_ok=True,
                # .qm files are compiled from the .ts on first use, so a stale one never ships.
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm"),
            )


setup(cmdclass={"build_py": BuildPyWithData})
