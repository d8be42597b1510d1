"""The command line's conventions, as ruff users expect them: repeated options add up, exclude
globs, --exit-zero, --quiet, --output-file, one-line usage errors with a suggestion, colour only
on a terminal, and the default number of processes. The CLI runs in a subprocess."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from figcheck.cli._parallel import MIN_PARALLEL_BYTES, default_jobs

#: One conversion ten times off (FC103) and, without a date, the FC404 note.
WRONG = "First line.\nIt pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).\n"
CODE = re.compile(r"^\S+:\d+:\d+: (FC\d{3}) ", re.MULTILINE)


def figcheck(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**environment, **(env or {})},
        check=False,
    )


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """docs/wrong.md, docs/drafts/wrong.md and docs/notes.txt, all with the same slip."""
    (tmp_path / "docs" / "drafts").mkdir(parents=True)
    for name in ("docs/wrong.md", "docs/drafts/wrong.md", "docs/notes.txt"):
        (tmp_path / name).write_text(WRONG, encoding="utf-8")
    return tmp_path


def test_repeated_select_options_add_up(docs: Path) -> None:
    result = figcheck("check", "--select", "FC1", "--select", "FC4", "docs/wrong.md", cwd=docs)
    assert CODE.findall(result.stdout) == ["FC404", "FC103"]
    ignored = figcheck("check", "--ignore", "FC1", "--ignore", "FC4", "docs/wrong.md", cwd=docs)
    assert CODE.findall(ignored.stdout) == []


def test_select_and_extend_select_combine(docs: Path) -> None:
    result = figcheck(
        "check", "--select", "FC103", "--extend-select", "undated-document", "docs", cwd=docs
    )
    assert sorted(set(CODE.findall(result.stdout))) == ["FC103", "FC404"]


def paths_in(output: str) -> list[str]:
    return sorted({line.split(":", 1)[0] for line in output.splitlines() if CODE.match(line)})


def test_extend_exclude_and_exclude_skip_paths_in_a_walk(docs: Path) -> None:
    everything = figcheck("check", "docs", cwd=docs)
    assert paths_in(everything.stdout) == [
        "docs/drafts/wrong.md",
        "docs/notes.txt",
        "docs/wrong.md",
    ]
    fewer = figcheck(
        "check", "--extend-exclude", "drafts", "--extend-exclude", "*.txt", "docs", cwd=docs
    )
    assert paths_in(fewer.stdout) == ["docs/wrong.md"]
    comma = figcheck("check", "--exclude", "drafts,notes.txt", "docs", cwd=docs)
    assert paths_in(comma.stdout) == ["docs/wrong.md"]


def test_exit_zero_keeps_the_findings_but_not_the_failure(docs: Path) -> None:
    result = figcheck("check", "--exit-zero", "docs/wrong.md", cwd=docs)
    assert (result.returncode, CODE.findall(result.stdout)) == (0, ["FC404", "FC103"])
    missing = figcheck("check", "--exit-zero", "docs/missing.md", cwd=docs)
    assert missing.returncode == 2


def test_quiet_prints_findings_without_the_summary(docs: Path) -> None:
    loud = figcheck("check", "docs/wrong.md", cwd=docs)
    quiet = figcheck("check", "--quiet", "docs/wrong.md", cwd=docs)
    assert loud.stdout.rstrip().endswith("in 1 file.")
    assert quiet.returncode == 1
    assert quiet.stdout.rstrip("\n") == loud.stdout.rstrip("\n").rsplit("\n\n", 1)[0]
    assert "Found" not in quiet.stdout
    clean = figcheck("check", "-q", "--select", "FC2", "docs/wrong.md", cwd=docs)
    assert (clean.returncode, clean.stdout) == (0, "")


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github", "junit"])
def test_output_file_for_every_format(docs: Path, output_format: str) -> None:
    to_stdout = figcheck("check", "--output-format", output_format, "docs/wrong.md", cwd=docs)
    to_file = figcheck(
        "check", "--output-format", output_format, "-o", "report.out", "docs/wrong.md", cwd=docs
    )
    assert (to_file.returncode, to_file.stdout) == (1, "")
    written = (docs / "report.out").read_text(encoding="utf-8")
    if output_format in ("json", "sarif"):  # the tool version and nothing else may differ
        assert json.loads(written) == json.loads(to_stdout.stdout)
    else:
        assert written == to_stdout.stdout


def test_output_file_that_cannot_be_written_is_an_error(docs: Path) -> None:
    result = figcheck("check", "-o", "no/such/folder/report.txt", "docs/wrong.md", cwd=docs)
    assert result.returncode == 2
    assert "cannot write the report" in result.stderr


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (("check", "--selct", "FC1", "x.md"), "did you mean '--select'?"),
        (("check", "--output-format", "jsno", "x.md"), "did you mean 'json'?"),
        (("chek", "x.md"), "did you mean 'check'?"),
        (("check", "--fail-on", "warn", "x.md"), "did you mean 'warning'?"),
        (("extract", "--exlude", "a", "x.md"), "did you mean '--exclude'?"),
    ],
    ids=["option", "format", "command", "severity", "extract-option"],
)
def test_usage_errors_are_short_and_suggest(docs: Path, args: tuple[str, ...], hint: str) -> None:
    result = figcheck(*args, cwd=docs)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert "error:" in lines[0]
    assert hint in lines[0]
    assert "usage:" not in result.stderr


def on_a_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run the CLI with standard output on a pseudo-terminal; return what it wrote there."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "figcheck", *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        cwd=cwd,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8")


def test_colour_on_a_terminal_unless_no_color(docs: Path) -> None:
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    args = ["check", "docs/wrong.md"]
    assert "\x1b[" in on_a_terminal(args, docs, {**base, "TERM": "xterm"})
    assert "\x1b[" not in on_a_terminal(args, docs, {**base, "TERM": "xterm", "NO_COLOR": "1"})
    assert "\x1b[" not in figcheck(*args, cwd=docs).stdout  # a pipe
    to_file = [*args[:-1], "-o", "report.txt", args[-1]]
    on_a_terminal(to_file, docs, {**base, "TERM": "xterm"})
    assert "\x1b[" not in (docs / "report.txt").read_text(encoding="utf-8")


def test_default_jobs_stay_in_process_for_small_inputs(tmp_path: Path) -> None:
    small = [tmp_path / f"page{number}.md" for number in range(600)]
    for page in small:
        page.write_text(WRONG, encoding="utf-8")
    assert default_jobs([str(page) for page in small]) == 1
    large = tmp_path / "large.md"
    large.write_text(WRONG * (MIN_PARALLEL_BYTES // len(WRONG) + 1), encoding="utf-8")
    expected = os.cpu_count() or 1
    assert default_jobs([str(page) for page in small] + [str(large)]) == expected


#: An inverted conversion (FC104) next to a right one: no date is needed to see it.
INVERTED = "The crew gets 300,000 rubles ($4,980); the pilot 50,000 rubles ($3,012,000)."


def lines_of(output: str, code: str) -> list[int]:
    """The lines of every ``code`` finding in text output."""
    found = re.findall(rf"^\S+:(\d+):\d+: {code} ", output, re.MULTILINE)
    return [int(line) for line in found]


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        (
            "name.md",
            f"Intro.\n\n<!-- figcheck: ignore inverted-rate -->\n{INVERTED}\n\n{INVERTED}\n",
            6,
        ),
        ("lower.md", f"Intro.\n\n<!-- figcheck: ignore fc104 -->\n\n{INVERTED}\n\n{INVERTED}\n", 7),
        (
            "mixed.md",
            f"Intro.\n\n<!-- figcheck: ignore Inverted-Rate, fc2 -->\n{INVERTED}\n\n{INVERTED}\n",
            6,
        ),
        (
            "note.rst",
            f"Intro.\n\n.. figcheck: ignore inverted-rate\n\n{INVERTED}\n\n{INVERTED}\n",
            7,
        ),
        ("plain.txt", f"Intro.\n\n{INVERTED} figcheck: ignore[fc104]\n\n{INVERTED}\n", 5),
    ],
    ids=["name", "lower-case-code", "mixed-case-name", "rst", "plain-text"],
)
def test_suppressions_take_names_and_any_case(
    tmp_path: Path, name: str, text: str, line: int
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = figcheck("check", "--select", "FC104", name, cwd=tmp_path)
    assert lines_of(result.stdout, "FC104") == [line], result.stdout  # the second one only


def test_unknown_suppression_key_is_reported_and_the_known_keys_still_work(
    tmp_path: Path,
) -> None:
    text = f"Intro.\n\n<!-- figcheck: ignore inverted-rat, FC1 -->\n{INVERTED}\n"
    (tmp_path / "typo.md").write_text(text, encoding="utf-8")
    result = figcheck("check", "--select", "FC104,FC405", "typo.md", cwd=tmp_path)
    assert lines_of(result.stdout, "FC104") == []
    assert lines_of(result.stdout, "FC405") == [3]
    assert "(inverted-rat, block) suppresses nothing" in result.stdout
    alone = f"Intro.\n\n<!-- figcheck: ignore FC999 -->\n{INVERTED}\n"
    (tmp_path / "unknown.md").write_text(alone, encoding="utf-8")
    result = figcheck("check", "--select", "FC104,FC405", "unknown.md", cwd=tmp_path)
    assert lines_of(result.stdout, "FC104") == [4]  # not widened to "every rule"
    assert lines_of(result.stdout, "FC405") == [3]


#: A conversion ten times off against the reference rate of May 2023 (and not of March 2023).
SCHOOL = "The school got €200,000 ($2,178,000)."
#: Where the reference band of each date starts, as the FC103 message prints it.
MAY_BAND = "1.0892–1.1037 USD per EUR"
MARCH_BAND = "1.0545–1.0665 USD per EUR"


@pytest.mark.parametrize(
    ("name", "text", "band"),
    [
        ("pubdate.md", f"---\ntitle: School\npubDate: 2023-03-10\n---\n\n{SCHOOL}\n", MARCH_BAND),
        ("published.md", f"---\npublished: 2023-05-12\n---\n\n{SCHOOL}\n", MAY_BAND),
        ("written.md", f"---\ndate: March 10, 2023\n---\n\n{SCHOOL}\n", MARCH_BAND),
        (
            "german.md",
            "---\nlang: de\ndate: 12. Mai 2023\n---\n\n"
            "Die Schule erhielt 200.000 € (2.178.000 $).\n",
            MAY_BAND,
        ),
        ("toml.md", f'+++\npublishDate = "10 March 2023"\n+++\n\n{SCHOOL}\n', MARCH_BAND),
        (
            "first-key-wins.md",
            f"---\npublished: 2023-05-12\ndate: 2023-03-10\n---\n\n{SCHOOL}\n",
            MARCH_BAND,
        ),
        (
            "json-ld.html",
            '<html><head><script type="application/ld+json">{"@context": "https://schema.org",'
            ' "@graph": [{"@type": "NewsArticle", "datePublished": "2023-05-12T08:00:00+02:00"}]}'
            f"</script></head><body><p>{SCHOOL}</p></body></html>\n",
            MAY_BAND,
        ),
        (
            "time.html",
            f'<p>Posted <time datetime="2023-03-10">on Friday</time>.</p><p>{SCHOOL}</p>\n',
            MARCH_BAND,
        ),
    ],
    ids=[
        "pubDate",
        "published",
        "written-english",
        "written-german",
        "toml",
        "date-first",
        "json-ld",
        "time-element",
    ],
)
def test_document_dates_are_read_from_more_places(
    tmp_path: Path, name: str, text: str, band: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = figcheck("check", "--select", "FC1,FC404", name, cwd=tmp_path)
    assert CODE.findall(result.stdout) == ["FC103"], result.stdout
    assert band in result.stdout


def test_unreadable_date_key_is_kept_and_the_document_counts_as_undated(tmp_path: Path) -> None:
    from figcheck.lint.markup.frontmatter import read_front_matter

    source = f"---\npubDate: sometime in spring\n---\n\n{SCHOOL}\n"
    front = read_front_matter(source)
    assert front is not None
    assert front.date is None
    assert front.unreadable is not None
    assert (front.unreadable.key, front.unreadable.value) == ("pubDate", "sometime in spring")
    (tmp_path / "vague.md").write_text(source, encoding="utf-8")
    result = figcheck("check", "--select", "FC1,FC404", "vague.md", cwd=tmp_path)
    # Undated: the slip is found against the pair's whole history, never a date's band.
    assert CODE.findall(result.stdout) == ["FC404", "FC103"]
    assert "there is no reference for the document's date" in result.stdout
    assert MAY_BAND not in result.stdout


def test_local_pre_commit_hook_in_the_docs_works_as_written(tmp_path: Path) -> None:
    """docs/ci.md's ``repo: local`` configuration, verbatim, run by pre-commit in a new
    repository with figcheck installed in the environment (as the page requires)."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "ci.md").read_text("utf-8")
    blocks = re.findall(r"^```yaml\n(.*?)^```", page, re.MULTILINE | re.DOTALL)
    [config] = [block for block in blocks if "repo: local" in block]
    (tmp_path / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "bad.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "code.py").write_text("fee = '$5 (€99)'\n", encoding="utf-8")
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(tmp_path / ".cache"),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, cwd=tmp_path, env=environment, capture_output=True, text=True, check=False
        )

    run("git", "init", "-q")
    run("git", "add", ".")
    result = run(sys.executable, "-m", "pre_commit", "run", "figcheck", "--all-files")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bad.md:2:53: FC103" in result.stdout
    assert "code.py" not in result.stdout
