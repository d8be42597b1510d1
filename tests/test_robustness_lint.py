"""Bad configuration, awkward folders and special files, and runs on workers that stop early.

Everything here is real: configuration files and folders on disk, FIFOs made with
``os.mkfifo``, the command line in a subprocess, worker processes killed or interrupted with
real signals, and the pytest plugin through ``pytester``.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from figcheck._pytest_items import DocumentCollection
from figcheck.errors import ConfigError
from figcheck.lint.settings import Settings, load_settings, merge_cli

pytest_plugins = ["pytester"]

WRONG = "First line.\nIt pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).\n"
#: A paragraph with a conversion and nothing wrong in it: work for the checker, no findings.
CLEAN_PARAGRAPH = "The grant pays €300,000 ($326,800) for a bridge.\n\n"
#: Long enough for any run that should have stopped at once: a hang, not a slow machine.
HANG = 30


def figcheck(
    *args: str, cwd: Path, stdin: str | None = None, memory: int | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line in a subprocess of its own session; a timeout means it hung, and
    then the whole group (workers included) is killed. ``memory`` caps its address space
    (bytes), so that a run reading an endless device fails fast instead of filling the
    machine's memory."""

    def cap() -> None:
        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    command = [sys.executable, "-m", "figcheck", *args]
    with subprocess.Popen(
        command,
        cwd=cwd,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=cap,
    ) as process:
        try:
            stdout, stderr = process.communicate(stdin, timeout=HANG)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def finding_paths(output: str) -> set[str]:
    """The files that have a finding in text output."""
    return {m[1] for m in re.finditer(r"^(\S+?):\d+:\d+: FC\d{3} ", output, re.MULTILINE)}


# --- deeply nested TOML ---------------------------------------------------------------------

NESTED = {
    "array": "exclude = " + "[" * 5000 + "]" * 5000 + "\n",
    "inline-table": "exclude = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n",
}


@pytest.mark.parametrize("value", NESTED.values(), ids=NESTED.keys())
@pytest.mark.parametrize("file", ["figcheck.toml", "pyproject.toml"])
def test_deeply_nested_toml_is_a_configuration_error(tmp_path: Path, file: str, value: str) -> None:
    table = "[tool.figcheck]\n" if file == "pyproject.toml" else ""
    (tmp_path / file).write_text(table + value, encoding="utf-8")
    (tmp_path / "page.md").write_text(WRONG, encoding="utf-8")
    result = figcheck("check", "page.md", cwd=tmp_path)
    assert result.returncode == 2, result.stderr[-2000:]
    assert (
        result.stderr
        == f"figcheck: error: {file}: invalid TOML: arrays or tables nested too deeply\n"
    )


def test_deeply_nested_toml_raises_config_error_from_the_library(tmp_path: Path) -> None:
    (tmp_path / "figcheck.toml").write_text(NESTED["array"], encoding="utf-8")
    with pytest.raises(ConfigError, match=r"figcheck\.toml: invalid TOML: .* nested too deeply"):
        load_settings(tmp_path)


# --- invalid globs --------------------------------------------------------------------------

BAD_GLOBS = ["[", "a[b", "docs/[x", "[]", "[!]", "[z-a]"]
GLOB_KEYS = {
    "exclude": 'exclude = ["{}"]',
    "extend-exclude": 'extend-exclude = ["{}"]',
    "include": 'include = ["{}"]',
    "extend-include": 'extend-include = ["{}"]',
    "per-file-ignores": 'per-file-ignores = {{"{}" = ["FC101"]}}',
    "format": 'format = {{"{}" = "markdown"}}',
}


@pytest.mark.parametrize("pattern", BAD_GLOBS)
@pytest.mark.parametrize("key", GLOB_KEYS)
def test_an_invalid_glob_is_refused_naming_key_and_pattern(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, pattern: str
) -> None:
    monkeypatch.chdir(tmp_path)  # messages name files relative to the working folder
    (tmp_path / "figcheck.toml").write_text(GLOB_KEYS[key].format(pattern), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path)
    assert str(raised.value).startswith(f'figcheck.toml: {key}: invalid glob "{pattern}": ')


def test_an_invalid_glob_on_the_command_line_is_refused() -> None:
    with pytest.raises(ConfigError, match=r'command line: --exclude: invalid glob "a\[b"'):
        merge_cli(Settings(), exclude=["a[b"])
    with pytest.raises(ConfigError, match=r'command line: --extend-exclude: invalid glob "\["'):
        merge_cli(Settings(), extend_exclude=["["])


def test_an_invalid_glob_makes_the_cli_exit_2_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.figcheck]\nexclude = ["["]\n', encoding="utf-8")
    (tmp_path / "page.md").write_text(WRONG, encoding="utf-8")
    result = figcheck("check", "page.md", cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert result.stderr == (
        'figcheck: error: pyproject.toml: [tool.figcheck] exclude: invalid glob "[": "[" opens '
        'a character set that is not closed within the name (write "[[]" for a literal "[")\n'
    )


@pytest.mark.parametrize("pattern", ["[[]", "[]]", "[!]]", "**x**", "docs/**/*.md", "[a-c]"])
def test_valid_globs_with_brackets_and_double_stars_are_accepted(
    tmp_path: Path, pattern: str
) -> None:
    (tmp_path / "figcheck.toml").write_text(f'exclude = ["{pattern}"]\n', encoding="utf-8")
    assert load_settings(tmp_path).exclude[0].pattern == pattern


def test_a_bracket_set_takes_brackets_literally(tmp_path: Path) -> None:
    (tmp_path / "figcheck.toml").write_text('exclude = ["[[]draft*"]\n', encoding="utf-8")
    (tmp_path / "[draft].md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "final.md").write_text(WRONG, encoding="utf-8")
    result = figcheck("check", "--select", "FC1", ".", cwd=tmp_path)
    assert finding_paths(result.stdout) == {"final.md"}
    assert result.stderr == ""


def test_a_named_folder_is_walked_with_its_own_configuration(tmp_path: Path) -> None:
    (tmp_path / "figcheck.toml").write_text('exclude = ["draft.md"]\n', encoding="utf-8")
    (tmp_path / "draft.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "final.md").write_text(WRONG, encoding="utf-8")
    for folder in (".", str(tmp_path)):
        result = figcheck("check", "--select", "FC1", folder, cwd=tmp_path)
        assert {Path(path).name for path in finding_paths(result.stdout)} == {"final.md"}


# --- folders the walk cannot list, and links ------------------------------------------------


def deep_folders(top: Path, levels: int = 20) -> Path:
    """Folders nested until the path is longer than the system takes (PATH_MAX, 4096 bytes):
    made relative to an open folder, as only that works, so listing the deepest fails for
    real (ENAMETOOLONG), root or not. Returns the first of them; a page sits in it."""
    descriptor = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for level in range(levels):
            name = f"{level:02d}" + "x" * 240
            os.mkdir(name, dir_fd=descriptor)
            inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
            if level == 0:
                page = os.open("inside.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
                os.write(page, WRONG.encode())
                os.close(page)
    finally:
        os.close(descriptor)
    return top / ("00" + "x" * 240)


@pytest.fixture
def docs(tmp_path: Path) -> Iterator[Path]:
    """docs/ with a wrong page before and after (in walk order) whatever a test adds."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text(WRONG, encoding="utf-8")
    (folder / "z.md").write_text(WRONG, encoding="utf-8")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)  # by descriptor: copes with the deep folders


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_checked(docs: Path) -> None:
    first = deep_folders(docs)
    result = figcheck("check", "--select", "FC1", "docs", cwd=docs.parent)
    assert result.returncode == 2, result.stderr[-2000:]
    unlisted = [line for line in result.stderr.splitlines() if "cannot list folder" in line]
    assert len(unlisted) == 1
    assert unlisted[0].startswith(f"figcheck: error: docs/{first.name}/")
    assert unlisted[0].endswith(": cannot list folder: File name too long")
    assert finding_paths(result.stdout) == {
        "docs/a.md",
        "docs/z.md",
        f"docs/{first.name}/inside.md",
    }
    assert result.stdout.rstrip().endswith("1 file could not be read.")


def test_a_folder_that_cannot_be_listed_is_in_the_json_report_said_once(docs: Path) -> None:
    deep_folders(docs)
    result = figcheck("check", "--output-format", "json", "docs", cwd=docs.parent)
    assert result.returncode == 2
    assert result.stderr.count("cannot list folder") == 1  # not again after the report
    failed = [f for f in json.loads(result.stdout)["files"] if f["error"] is not None]
    assert len(failed) == 1
    assert failed[0]["error"] == "cannot list folder: File name too long"


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root lists a chmod-000 folder all the same"
)
def test_a_folder_without_permission_is_reported_and_the_rest_checked(docs: Path) -> None:
    private = docs / "private"
    private.mkdir()
    (private / "secret.md").write_text(WRONG, encoding="utf-8")
    private.chmod(0)
    try:
        result = figcheck("check", "--select", "FC1", "docs", cwd=docs.parent)
    finally:
        private.chmod(0o755)
    assert result.returncode == 2
    assert "figcheck: error: docs/private: cannot list folder: Permission denied" in result.stderr
    assert finding_paths(result.stdout) == {"docs/a.md", "docs/z.md"}


def test_a_link_loop_to_a_folder_is_reported_not_followed(docs: Path) -> None:
    (docs / "again").symlink_to(".", target_is_directory=True)
    (docs / "up").symlink_to("..", target_is_directory=True)
    result = figcheck("check", "--select", "FC1", "docs", cwd=docs.parent)
    assert result.returncode == 1
    assert finding_paths(result.stdout) == {"docs/a.md", "docs/z.md"}
    assert result.stderr.splitlines() == [
        "figcheck: notice: docs/again: skipped: a link to a folder is not followed",
        "figcheck: notice: docs/up: skipped: a link to a folder is not followed",
    ]


def test_a_file_link_loop_is_an_unreadable_file_not_a_crash(docs: Path) -> None:
    (docs / "loop.md").symlink_to("loop.md")
    walked = figcheck("check", "--select", "FC1", "docs", cwd=docs.parent)
    named = figcheck("check", "--select", "FC1", "docs/loop.md", "docs/a.md", cwd=docs.parent)
    for result in (walked, named):
        assert result.returncode == 2, result.stderr[-2000:]
        assert "docs/loop.md: error: cannot read: Too many levels of symbolic links" in (
            result.stdout
        )
        assert "docs/a.md" in finding_paths(result.stdout)
        assert "Traceback" not in result.stderr


# --- FIFOs and devices ----------------------------------------------------------------------


def test_a_fifo_in_a_walked_folder_is_skipped_with_a_notice(docs: Path) -> None:
    os.mkfifo(docs / "pipe.md")
    for jobs in ("1", "2"):
        result = figcheck("check", "--select", "FC1", "--jobs", jobs, "docs", cwd=docs.parent)
        assert result.returncode == 1, result.stderr
        assert finding_paths(result.stdout) == {"docs/a.md", "docs/z.md"}
        assert result.stderr == (
            "figcheck: notice: docs/pipe.md: skipped: not a regular file but a FIFO (named pipe)\n"
        )


def test_a_fifo_named_on_the_command_line_is_an_input_error(docs: Path) -> None:
    os.mkfifo(docs / "pipe.md")
    result = figcheck("check", "--select", "FC1", "docs/pipe.md", "docs/a.md", cwd=docs.parent)
    assert result.returncode == 2
    assert (
        "docs/pipe.md: error: not a regular file but a FIFO (named pipe); figcheck reads files, "
        'and standard input as "-"'
    ) in result.stdout
    assert finding_paths(result.stdout) == {"docs/a.md"}


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
@pytest.mark.parametrize("command", ["check", "extract"])
def test_dev_zero_on_the_command_line_is_refused_unread(tmp_path: Path, command: str) -> None:
    result = figcheck(command, "/dev/zero", cwd=tmp_path, memory=2**30)
    assert result.returncode == 2
    assert "/dev/zero: " in result.stdout + result.stderr
    assert "not a regular file but a character device" in result.stdout + result.stderr


def test_stdin_is_still_read_through_a_pipe(tmp_path: Path) -> None:
    result = figcheck("check", "--select", "FC1", "-", cwd=tmp_path, stdin=WRONG)
    assert result.returncode == 1
    assert finding_paths(result.stdout) == {"-"}


def test_the_pytest_plugin_does_not_collect_a_fifo(pytester: pytest.Pytester) -> None:
    pytester.mkdir("docs")
    (pytester.path / "docs" / "page.md").write_text(WRONG, encoding="utf-8")
    os.mkfifo(pytester.path / "docs" / "pipe.md")
    config = pytester.parseconfigure("--figcheck")
    documents = config.pluginmanager.get_plugin(DocumentCollection.NAME)
    assert isinstance(documents, DocumentCollection)
    assert documents.wants(pytester.path / "docs" / "page.md")
    assert not documents.wants(pytester.path / "docs" / "pipe.md")
    run = pytester.runpytest_subprocess(
        "--figcheck", "docs", "-p", "no:cacheprovider", timeout=HANG
    )
    run.assert_outcomes(failed=1)


# --- runs on workers that stop early --------------------------------------------------------

#: CPU seconds a worker has used once it is surely past the small files (a few tenths of a
#: second of work) and well inside the large ones (several seconds a chunk).
BUSY = 1.5


def slow_run(folder: Path) -> subprocess.Popen[str]:
    """``figcheck check --jobs 2`` on 200 files: 50 small wrong ones first (done in the first
    chunks), then 150 large clean ones (seconds of work per chunk), in its own session so that
    a signal to its group reaches it and its workers as Ctrl-C would, and no one else."""
    docs = folder / "docs"
    docs.mkdir()
    for number in range(50):
        (docs / f"a{number:03d}.txt").write_text(WRONG, encoding="utf-8")
    large = CLEAN_PARAGRAPH * 2000
    for number in range(150):
        (docs / f"b{number:03d}.txt").write_text(large, encoding="utf-8")
    command = [sys.executable, "-m", "figcheck", "check", "--jobs", "2", "--select", "FC1", "docs"]
    return subprocess.Popen(
        command,
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (workers, and anything that starts them)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found += [child, *descendants(child)]
    return found


def cpu_seconds(pid: int) -> float:
    """User and system time of a process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busy_worker(run: subprocess.Popen[str]) -> int:
    """A worker of ``run`` that has done ``BUSY`` seconds of work, polled for."""
    deadline = time.monotonic() + HANG
    while time.monotonic() < deadline:
        assert run.poll() is None, "the run ended before its workers got busy"
        busy = [pid for pid in descendants(run.pid) if cpu_seconds(pid) >= BUSY]
        if busy:
            return busy[0]
        time.sleep(0.05)
    run.kill()
    pytest.fail("no worker got busy")


def alive(pid: int) -> bool:
    """Running (a zombie has ended: only its parent's bookkeeping is left)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def finish(run: subprocess.Popen[str]) -> tuple[str, str]:
    """The run's output, once it ended; killing it (and failing) if it hangs."""
    try:
        return run.communicate(timeout=HANG)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        pytest.fail("the run did not stop")


needs_proc = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="finds the workers through /proc"
)


@needs_proc
def test_a_killed_worker_ends_the_run_with_2_and_the_findings_so_far(tmp_path: Path) -> None:
    run = slow_run(tmp_path)
    os.kill(busy_worker(run), signal.SIGKILL)
    stdout, stderr = finish(run)
    assert run.returncode == 2, stderr[-3000:]
    assert "Traceback" not in stderr
    checked = finding_paths(stdout)
    assert checked, "the findings of the chunks done before the kill are reported"
    assert checked <= {f"docs/a{number:03d}.txt" for number in range(50)}
    unchecked = re.findall(r"^(docs/\S+): error: not checked: a worker process ended", stdout, re.M)
    assert unchecked
    assert "docs/b149.txt" in unchecked
    assert not set(unchecked) & checked
    assert f"{len(unchecked)} files not checked" in stderr
    assert "a worker process ended unexpectedly" in stderr


@needs_proc
def test_ctrl_c_stops_the_workers_and_reports_what_was_found(tmp_path: Path) -> None:
    run = slow_run(tmp_path)
    worker = busy_worker(run)
    workers = [pid for pid in descendants(run.pid) if cpu_seconds(pid) > 0]
    os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    stdout, stderr = finish(run)
    assert run.returncode == 130, stderr[-3000:]
    assert "Traceback" not in stderr
    assert finding_paths(stdout), "the findings of the chunks done before Ctrl-C are reported"
    assert "docs/b149.txt" not in stdout
    assert re.search(r"^figcheck: interrupted: \d+ files of 200 not checked", stderr, re.M)
    assert not [pid for pid in {worker, *workers} if alive(pid)], "workers were left running"
