"""Document dates read from the file, and a date the file states but that is not one.

Every case is a real file in a temporary folder, checked by the real command line in a
subprocess or by the lint pipeline the command line, the pre-commit hook and the pytest plugin
share (``lint_file``). A document whose date is read is checked against the reference rate
(FC102 fires on its wrong conversion); one whose date key cannot be read is undated, and FC404
says which key, value and line to fix.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from figcheck.lint.documents import Format
from figcheck.lint.files import lint_file
from figcheck.lint.settings import Settings
from figcheck.lint.source import LintOptions
from figcheck.lint.streaming import lint_streamed

#: A conversion that is consistent with itself but not with the rate of March 2024.
WRONG = "The city paid €5m ($9m) for the bridge."
WRONG_DE = "Die Stadt zahlte 5 Mio. Euro (9 Mio. Dollar) für die Brücke."


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``figcheck ARGS`` in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def codes_of(path: Path) -> list[str]:
    """The codes of the findings ``lint_file`` reports on ``path``."""
    result = lint_file(str(path), Settings(), LintOptions())
    assert result.error is None, result.error
    return [located.finding.code for located in result.findings]


# --- dates that are read ---------------------------------------------------------------------

READ = [
    ("published.md", f"---\ntitle: Bridge\npublished: 2024-03-15\n---\n\n{WRONG}\n"),
    ("pubdate.md", f'---\npubDate: "2024-03-15T08:00:00Z"\n---\n\n{WRONG}\n'),
    ("toml.md", f'+++\ndatePublished = "2024-03-15"\n+++\n\n{WRONG}\n'),
    ("written.md", f"---\ndate: March 15, 2024\n---\n\n{WRONG}\n"),
    ("german.md", f"---\nlang: de\ndate: 15. März 2024\n---\n\n{WRONG_DE}\n"),
    ("french.md", "---\ndate: 15 mars 2024\n---\n\nLa ville a payé 5 M€ (9 M$) pour le pont.\n"),
    (
        "json-ld.html",
        '<html><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2024-03-15T09:00:00+01:00"}'
        f"</script></head><body><p>{WRONG}</p></body></html>\n",
    ),
    ("time.html", f'<p>Posted <time datetime="2024-03-15">15 March</time>.</p><p>{WRONG}</p>\n'),
    ("docinfo.rst", f"Bridge\n======\n\n:date: 2024-03-15\n\n{WRONG}\n"),
]


@pytest.mark.parametrize(("name", "text"), READ, ids=[name for name, _ in READ])
def test_the_date_is_read_and_the_reference_checked(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    codes = codes_of(path)
    assert "FC102" in codes, codes
    assert "FC404" not in codes, codes


def test_a_written_date_through_the_cli(tmp_path: Path) -> None:
    (tmp_path / "article.md").write_text(
        f"---\ndate: 15. März 2024\nlang: de\n---\n\n{WRONG_DE}\n", encoding="utf-8"
    )
    result = run_cli("check", "article.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "FC102" in result.stdout
    assert "2024-03-08 to 2024-03-15" in result.stdout
    assert "FC404" not in result.stdout


# --- dates that are there but cannot be read -------------------------------------------------

UNREADABLE = [
    (
        "q3.md",
        f"---\ntitle: Bridge\ndate: Q3 2024\n---\n\n{WRONG}\n",
        "front matter has date: 'Q3 2024' on line 3",
    ),
    (
        "ish.md",
        f"---\ndate: March 15th-ish\n---\n\n{WRONG}\n",
        "front matter has date: 'March 15th-ish' on line 2",
    ),
    (
        "toml.md",
        f'+++\n\npubDate = "soon"\n+++\n\n{WRONG}\n',
        "front matter has pubDate: 'soon' on line 3",
    ),
    (
        "meta.html",
        f'<html>\n<head>\n<meta name="date" content="TBD">\n</head>\n<body><p>{WRONG}</p></body>\n',
        "<meta> has date: 'TBD' on line 3",
    ),
    (
        "time.html",
        f'<p>\n<time datetime="next week">soon</time>\n</p><p>{WRONG}</p>\n',
        "<time> has datetime: 'next week' on line 2",
    ),
    (
        "docinfo.rst",
        f"Bridge\n======\n\n:date: soon\n\n{WRONG}\n",
        "docinfo has date: 'soon' on line 4",
    ),
]
IDS = [name for name, _, _ in UNREADABLE]


@pytest.mark.parametrize(("name", "text", "said"), UNREADABLE, ids=IDS)
def test_an_unreadable_date_is_named_by_fc404(
    tmp_path: Path, name: str, text: str, said: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = lint_file(str(path), Settings(), LintOptions())
    (undated,) = [f.finding for f in result.findings if f.finding.code == "FC404"]
    assert undated.message.startswith(
        f"no document date ({said}, which is not a date; write it as YYYY-MM-DD): "
    ), undated.message
    assert any(note.startswith("unreadable date: ") for note in undated.evidence.notes)


def test_an_unreadable_date_through_the_cli(tmp_path: Path) -> None:
    (tmp_path / "article.md").write_text(
        f"---\ntitle: Bridge\ndate: Q3 2024\n---\n\n{WRONG}\n", encoding="utf-8"
    )
    result = run_cli("check", "article.md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # an info finding does not fail the run
    assert (
        "article.md:6:15: FC404 no document date (front matter has date: 'Q3 2024' on line 3, "
        "which is not a date; write it as YYYY-MM-DD)"
    ) in result.stdout
    data = json.loads(
        run_cli("check", "--output-format", "json", "article.md", cwd=tmp_path).stdout
    )
    (finding,) = data["findings"]
    assert "unreadable date: front matter has date: 'Q3 2024'" in finding["evidence"]["notes"][0]


def test_a_date_given_on_the_command_line_needs_no_note(tmp_path: Path) -> None:
    """With ``--date`` the document is dated: no FC404, so nothing to say about its key."""
    (tmp_path / "article.md").write_text(f"---\ndate: soon\n---\n\n{WRONG}\n", encoding="utf-8")
    result = run_cli("check", "--date", "2024-03-15", "article.md", cwd=tmp_path)
    assert "FC404" not in result.stdout
    assert "FC102" in result.stdout


def test_a_readable_key_wins_over_an_unreadable_one(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(f"---\ndate: soon\npublished: 2024-03-15\n---\n\n{WRONG}\n", encoding="utf-8")
    assert "FC404" not in codes_of(path)


def test_a_streamed_file_names_its_unreadable_date_in_every_batch(tmp_path: Path) -> None:
    """A large file is checked batch by batch; the front matter is in the first batch only,
    and FC404 of every batch still names the key."""
    path = tmp_path / "archive.md"
    paragraphs = "\n\n".join([WRONG] * 40)
    path.write_text(f"---\ndate: soon\n---\n\n{paragraphs}\n", encoding="utf-8")
    result = lint_streamed(str(path), Format.MARKDOWN, Settings(), LintOptions(), size=200)
    undated = [f.finding for f in result.findings if f.finding.code == "FC404"]
    assert len(undated) > 1
    assert all("front matter has date: 'soon' on line 2" in f.message for f in undated)
