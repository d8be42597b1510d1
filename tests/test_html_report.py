"""The HTML report, written by the real command line and opened in headless Chromium.

The browser tests read the page as Chromium renders it, after its script ran
(``--dump-dom``), and take a screenshot into the test's own folder; they skip, saying why,
only when no Chromium can be found (CI installs it before the tests).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from figcheck.lint import reporters
from figcheck.lint.results import RunResult

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = ROOT / "examples" / "bounty-scheme-with-errors.txt"
DATE = "2022-10-25"
HOSTILE = (
    "Budget note <script>document.title = 'taken'; document.body.innerHTML = ''</script>\n"
    '<img src="x" onerror="document.title = \'taken\'">\n'
    "The club paid €200,000 ($217,800) for the rink and €150,000 ($1,633,500) for the pool.\n"
)


def figcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "figcheck", "check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
    )


def html_report(tmp_path: Path, document: Path, date: str = DATE) -> Path:
    """The report of ``document``, written with ``--output-file``."""
    report = tmp_path / "report.html"
    done = figcheck(
        "--date", date, "--output-format", "html", "--output-file", str(report), str(document),
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    return report


@pytest.fixture
def founding(tmp_path: Path) -> Path:
    copy = tmp_path / "bounty.txt"
    copy.write_bytes(FOUNDING.read_bytes())
    return copy


# --- the page as written ---------------------------------------------------------------------


def test_the_page_loads_nothing_from_the_network(tmp_path: Path, founding: Path) -> None:
    page = html_report(tmp_path, founding).read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page
    assert "@import" not in page
    assert "url(" not in page
    assert "default-src 'none'" in page


def test_every_format_name_includes_html() -> None:
    assert "html" in reporters.FORMATS
    assert "0 findings" in reporters.render(RunResult(), "html")


def test_a_script_in_a_document_is_shown_as_text(tmp_path: Path) -> None:
    document = tmp_path / "hostile.txt"
    document.write_text(HOSTILE, encoding="utf-8")
    page = html_report(tmp_path, document, "2023-05-12").read_text(encoding="utf-8")
    assert page.count("<script") == 1  # the page's own
    assert "&lt;script&gt;document.title = &#x27;taken&#x27;" in page
    assert "<img" not in page
    assert "&lt;img src=&quot;x&quot; onerror=" in page


# --- the page in a browser -----------------------------------------------------------------


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children: list[Element] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def all(self, tag: str, cls: str | None = None) -> list[Element]:
        found = [e for e in self.children if e.tag == tag and (cls is None or cls in e.classes)]
        return found + [d for child in self.children for d in child.all(tag, cls)]

    def by_id(self, ident: str) -> Element:
        return next(e for e in self.all_elements() if e.attrs.get("id") == ident)

    def all_elements(self) -> list[Element]:
        return [d for child in self.children for d in (child, *child.all_elements())]


VOID = {"meta", "br", "img", "input", "link", "hr"}


class TreeBuilder(HTMLParser):
    """The DOM Chromium serialised, as a tree with each element's whole text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.open: list[Element] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.open[-1].children.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if any(element.tag == tag for element in self.open[1:]):
            while self.open.pop().tag != tag:
                pass

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.text += data


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium on PATH (CI installs the Debian 'chromium' package)")


def browse(chromium: str, page: Path, out: Path) -> Element:
    """The page's DOM after its script ran, and a screenshot of it in ``out``."""
    common = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        f"--user-data-dir={out / 'profile'}", "--window-size=1280,1800",
    ]  # fmt: skip
    url = page.resolve().as_uri()
    dom = subprocess.run(
        [*common, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    shot = out / "screenshot.png"
    subprocess.run(
        [*common, f"--screenshot={shot}", url], capture_output=True, timeout=120, check=True
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    builder = TreeBuilder()
    builder.feed(dom)
    return builder.root


def test_chromium_shows_findings_claims_and_the_summary(
    chromium: str, tmp_path: Path, founding: Path
) -> None:
    dom = browse(chromium, html_report(tmp_path, founding), tmp_path)
    (body,) = dom.all("body")
    assert body.attrs.get("data-ready") == "yes"  # the page's script ran
    assert dom.by_id("marked").text == "3 findings highlighted in the text, 8 examined figures"
    marks = {m.text: m for m in dom.all("mark", "finding")}
    slip = marks["$33,200"]
    assert slip.classes == {"finding", "sev-error"}
    assert slip.attrs["data-code"] == "FC103"
    assert "suggested: $3,320" in slip.attrs["title"]
    assert "implied: 6.015–6.0332 RUB per USD" in slip.attrs["title"]
    assert marks["$3,012,000"].attrs["data-code"] == "FC104"
    claims = [span.text for span in dom.all("span", "claim")]
    assert "300,000 rubles" in claims
    assert "200,000 rubles" in claims
    details = dom.by_id(slip.attrs["data-finding"])
    assert details.tag == "details"
    assert "$33,200 → $3,320 (safe: --fix applies it)" in details.text
    (chart,) = details.all("svg", "rate-chart")
    assert {r.attrs["class"] for r in chart.all("rect") if "class" in r.attrs} == {
        "allowed",
        "expected",
        "implied",
    }
    rules = [[cell.text for cell in row.all("td")] for row in dom.by_id("by-rule").all("tr")]
    assert ["FC103", "magnitude-slip", "error", "1"] in rules
    files = [[cell.text for cell in row.all("td")] for row in dom.by_id("by-file").all("tr")]
    assert (files[1][0], files[1][1], files[1][-1]) == (str(founding), "3", "4")


def test_chromium_runs_no_script_from_a_document(chromium: str, tmp_path: Path) -> None:
    document = tmp_path / "hostile.txt"
    document.write_text(HOSTILE, encoding="utf-8")
    dom = browse(chromium, html_report(tmp_path, document, "2023-05-12"), tmp_path)
    ((head,),) = [dom.all("head")]
    (title,) = head.all("title")
    assert title.text == "figcheck report"
    assert len(dom.all("script")) == 1
    assert dom.all("img") == []
    (source,) = dom.all("pre", "source")
    assert "<script>document.title = 'taken'" in source.text
    assert [m.text for m in dom.all("mark", "finding")] == ["$1,633,500"]
