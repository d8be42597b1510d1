"""The shipped pre-commit hook and the configurations docs/ci.md gives for it: pre-commit
accepts them, and the real ``pre-commit run`` fails on a document with a wrong figure and passes
on a correct one.

The runs use the ``repo: local`` configuration exactly as docs/ci.md shows it (read from the
page, so the page cannot drift), with the ``figcheck`` script of the interpreter running the
tests first on the ``PATH``, so they need no network. The remote configuration cannot be run
offline; its URL and tag are checked against pyproject.toml and the release tag scheme.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]  # PyYAML, which pre-commit needs, has no stubs
from markdown_it import MarkdownIt
from pre_commit.clientlib import load_config, load_manifest  # type: ignore[import-untyped]

from figcheck.lint.documents import EXTENSIONS

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
CI_PAGE = ROOT / "docs" / "ci.md"
PYPROJECT = ROOT / "pyproject.toml"
#: The tag the documented remote configuration pins: the first release.
FIRST_RELEASE_TAG = "v0.1.0"

BAD = "It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).\n"
GOOD = "It pays 300,000 rubles ($4,980) and 200,000 rubles ($3,320).\n"
FINDING = 'FC103 "$33,200" is 10 times too large'
FILES = {
    "articles/bad.md": BAD,
    "articles/good.md": GOOD,
    "tools/convert.py": f"# {BAD}",  # not prose: the hook must not be run on it
}
Repo = tuple[Path, dict[str, str]]  # the repository and the environment to run in


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


def documented_configs() -> dict[str, str]:
    """The ``.pre-commit-config.yaml`` examples of docs/ci.md, by their first ``repo``."""
    tokens = MarkdownIt("commonmark").parse(CI_PAGE.read_text(encoding="utf-8"))
    blocks = [t.content for t in tokens if t.type == "fence" and t.info.strip() == "yaml"]
    configs = {}
    for block in blocks:
        data = yaml.safe_load(block)
        if isinstance(data, dict) and "repos" in data:
            configs[data["repos"][0]["repo"]] = block
    return configs


def documented_local_config() -> str:
    """The ``repo: local`` configuration of docs/ci.md, as the page shows it."""
    return documented_configs()["local"]


def validated(config: str, tmp_path: Path) -> dict[str, Any]:
    """``config`` as pre-commit loads it, after its own schema validation."""
    path = tmp_path / ".pre-commit-config.yaml"
    path.write_text(config, encoding="utf-8")
    loaded: dict[str, Any] = load_config(str(path))
    return loaded


def test_the_documented_local_hook_is_the_shipped_one(tmp_path: Path) -> None:
    """The local configuration selects what the shipped hook selects and runs the same
    command, so a project that copies it gets the hook's behaviour."""
    (hook,) = validated(documented_local_config(), tmp_path)["repos"][0]["hooks"]
    shipped = shipped_hook()
    assert hook["id"] == shipped["id"]
    assert hook["entry"] == shipped["entry"]
    assert hook["language"] in {"system", "unsupported"}  # pre-commit 4.4 renamed "system"
    assert (hook["files"], hook["types"]) == (shipped["files"], shipped["types"])


def test_the_documented_remote_config_names_the_repository_and_a_release_tag(
    tmp_path: Path,
) -> None:
    """The remote configuration points at pyproject's ``Repository`` URL, pins the first
    release tag and names the shipped hook."""
    urls = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["urls"]
    config = documented_configs()[urls["Repository"]]
    (repo,) = validated(config, tmp_path)["repos"]
    assert repo["rev"] == FIRST_RELEASE_TAG
    assert [hook["id"] for hook in repo["hooks"]] == [shipped_hook()["id"]]
    assert "<" not in config  # no placeholder left


def isolated_env(base: Path) -> dict[str, str]:
    """This environment without git or pre-commit settings (nor SKIP), homed in ``base``, with
    the ``figcheck`` script beside this interpreter first on the ``PATH`` (what the documented
    ``language: system`` hook runs)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GIT_", "PRE_COMMIT")) and key != "SKIP"
    }
    scripts = str(Path(sys.executable).parent)
    env.update(
        PATH=os.pathsep.join([scripts, env.get("PATH", "")]),
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
    files = {**FILES, ".pre-commit-config.yaml": documented_local_config()}
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
