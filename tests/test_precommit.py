"""The shipped pre-commit hook: pre-commit accepts its manifest, and the real ``pre-commit run``
fails on a document with a wrong figure and passes on a correct one.

The runs use a ``repo: local`` copy of the shipped hook with ``language: system`` and the
``figcheck`` script of the interpreter running the tests, so they need no network; everything
else (id, name, file selection) is taken from ``.pre-commit-hooks.yaml`` itself.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pre_commit.clientlib import load_manifest  # type: ignore[import-untyped]

from figcheck.lint.documents import EXTENSIONS

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"

BAD = "It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).\n"
GOOD = "It pays 300,000 rubles ($4,980) and 200,000 rubles ($3,320).\n"
FINDING = 'FC103 "$33,200" is 10 times too large'
FILES = {
    "articles/bad.md": BAD,
    "articles/good.md": GOOD,
    "tools/convert.py": f"# {BAD}",  # not prose: the hook must not be run on it
}
Repo = tuple[Path, dict[str, str]]  # the repository and the environment to run in
LOCAL_KEYS = ("id", "name", "files", "exclude", "types", "types_or", "require_serial")


def shipped_hook() -> dict[str, Any]:
    """The one hook in ``.pre-commit-hooks.yaml``, validated by pre-commit's own schema."""
    hooks: list[dict[str, Any]] = load_manifest(str(MANIFEST))
    assert [hook["id"] for hook in hooks] == ["figcheck"]
    return hooks[0]


def test_manifest_is_valid_for_pre_commit() -> None:
    hook = shipped_hook()
    assert hook["entry"] == "figcheck check"
    assert hook["language"] == "python"
    assert hook["require_serial"] is False
    assert hook["pass_filenames"] is True


def test_hook_selects_the_files_figcheck_reads() -> None:
    pattern = re.compile(shipped_hook()["files"])
    for extension in EXTENSIONS:
        assert pattern.search(f"docs/page{extension}"), extension
    for name in ("setup.py", "pyproject.toml", "data.csv", "page.md.orig", "mkdocs.yml"):
        assert not pattern.search(name), name


def figcheck_entry() -> str:
    """``figcheck check`` with the ``figcheck`` script installed beside this interpreter."""
    script = shutil.which("figcheck", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "figcheck"]
    return shlex.join([*command, "check"])


def local_config(hook: dict[str, Any]) -> str:
    """A ``.pre-commit-config.yaml`` (JSON is YAML) running the shipped hook as a local one."""
    local = {key: hook[key] for key in LOCAL_KEYS}
    local.update(entry=figcheck_entry(), language="system")
    return json.dumps({"repos": [{"repo": "local", "hooks": [local]}]}, indent=2)


def isolated_env(base: Path) -> dict[str, str]:
    """This environment without git or pre-commit settings (nor SKIP), homed in ``base``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GIT_", "PRE_COMMIT")) and key != "SKIP"
    }
    env.update(
        HOME=str(base / "home"),
        XDG_CONFIG_HOME=str(base / "home" / ".config"),
        PRE_COMMIT_HOME=str(base / "pre-commit-cache"),
        GIT_CONFIG_NOSYSTEM="1",
        NO_COLOR="1",
    )
    return env


def git(repo: Path, env: dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    """A committed git repository with the hook configured, and the environment to run in."""
    base = tmp_path_factory.mktemp("precommit")
    env = isolated_env(base)
    repo = base / "repo"
    repo.mkdir()
    files = {**FILES, ".pre-commit-config.yaml": local_config(shipped_hook())}
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    git(repo, env, "init", "--quiet")
    git(repo, env, "config", "user.name", "figcheck tests")
    git(repo, env, "config", "user.email", "tests@example.invalid")
    git(repo, env, "config", "commit.gpgsign", "false")
    git(repo, env, "add", "--all")
    git(repo, env, "commit", "--quiet", "--message", "Articles")
    return repo, env


def pre_commit_run(repo: Repo, *args: str) -> subprocess.CompletedProcess[str]:
    """``pre-commit run ARGS`` in the temporary repository."""
    path, env = repo
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--color", "never", *args],
        cwd=path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def assert_only_the_bad_document_is_reported(output: str) -> None:
    """The hook's output names the wrong figure in bad.md, and nothing in any other file."""
    findings = [line for line in output.splitlines() if re.search(r": FC[1-3]\d\d ", line)]
    assert findings, output
    assert all(line.startswith("articles/bad.md:1:") for line in findings), output
    assert any(FINDING in line for line in findings), output


def test_all_files_fails_on_the_bad_document(repo: Repo) -> None:
    result = pre_commit_run(repo, "--all-files")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert re.search(r"^figcheck\.+Failed$", output, re.MULTILINE), output
    assert_only_the_bad_document_is_reported(output)


def test_files_fails_on_the_bad_document(repo: Repo) -> None:
    result = pre_commit_run(repo, "--files", "articles/bad.md")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert_only_the_bad_document_is_reported(output)


def test_files_passes_on_the_good_document(repo: Repo) -> None:
    result = pre_commit_run(repo, "--files", "articles/good.md")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"^figcheck\.+Passed$", output, re.MULTILINE), output


def test_files_that_are_not_prose_are_not_checked(repo: Repo) -> None:
    result = pre_commit_run(repo, "--files", "tools/convert.py")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"^figcheck\.+\(no files to check\)Skipped$", output, re.MULTILINE), output
