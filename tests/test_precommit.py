"""The pre-commit hook, for real: pre-commit installs this checkout into a virtualenv and runs it.

Slow (pre-commit builds a virtualenv and pip-installs newslint from PyPI's wheels the
first time), so it is marked `integration`; it is part of the default `pytest` run and
of CI, which reach PyPI. `pre-commit run` uses the committed HEAD of this checkout
(rev: its sha); `try-repo` also picks up uncommitted changes.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VAGUE = "Talks resume in Istanbul\n\nSome observers suggest the talks will fail.\n"
NAMED = "Talks resume in Istanbul\n\nDmitry Peskov, the Kremlin spokesman, said the talks would continue.\n"
FINDING = "sourcing.vague-source Vague source 'Some observers': name who says so, or cut the claim."

pytestmark = pytest.mark.integration


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    """One pre-commit cache for the module, so the hook's virtualenv is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def newsroom(tmp_path) -> Path:
    """A git repository with a staged article that names no source."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: pre-commit needs a repository to install the hook from")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    (repo / "story.txt").write_text(VAGUE, encoding="utf-8")
    git("add", "story.txt", cwd=repo)
    return repo


def pre_commit(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "PYTHONPATH")}
    env.update(PRE_COMMIT_HOME=str(home), GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    return subprocess.run([sys.executable, "-m", "pre_commit", *args, "--color", "never"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900)


def test_pre_commit_run_fails_on_a_vague_source_then_passes(newsroom, home):
    sha = git("rev-parse", "HEAD", cwd=ROOT)
    config = f"repos:\n  - repo: {ROOT}\n    rev: {sha}\n    hooks:\n      - id: newslint\n"
    (newsroom / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    git("add", ".pre-commit-config.yaml", cwd=newsroom)

    failed = pre_commit("run", cwd=newsroom, home=home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert f"story.txt:3:1: warning {FINDING}" in failed.stdout

    (newsroom / "story.txt").write_text(NAMED, encoding="utf-8")
    git("add", "story.txt", cwd=newsroom)
    passed = pre_commit("run", cwd=newsroom, home=home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def test_pre_commit_try_repo_runs_the_working_tree(newsroom, home):
    failed = pre_commit("try-repo", str(ROOT), "newslint", "--files", "story.txt", cwd=newsroom, home=home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert FINDING in failed.stdout
