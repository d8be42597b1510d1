"""figcheck.distributed on a real two-worker ``distributed.LocalCluster``, through Parquet."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from figcheck import distributed
from figcheck.lint.files import lint_file
from figcheck.lint.settings import Settings
from figcheck.lint.source import LintOptions

ROOT = Path(__file__).resolve().parent.parent
DATE = dt.date(2022, 10, 25)

# The test extra installs dask, distributed and pyarrow: these tests run in CI, never skip.
import dask.dataframe  # noqa: E402, F401
import distributed as dask_distributed  # noqa: E402
import pyarrow  # noqa: E402, F401


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two single-threaded worker processes on this machine, listening on 127.0.0.1 only."""
    with (
        dask_distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        ) as cluster,
        dask_distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    """Twelve files, one of them unreadable, so that both workers get some."""
    paths = []
    for number in range(11):
        example = "bounty-scheme-with-errors.txt" if number % 2 else "bounty-scheme.txt"
        path = tmp_path / f"doc{number:02d}.txt"
        path.write_text((ROOT / "examples" / example).read_text(encoding="utf-8"))
        paths.append(str(path))
    (tmp_path / "binary.txt").write_bytes(b"\0\0")
    return [*paths, str(tmp_path / "binary.txt")]


def expected_rows(paths: list[str]) -> list[tuple[object, ...]]:
    options = LintOptions(date=DATE)
    return [row for path in paths for row in distributed.rows(lint_file(path, Settings(), options))]


def test_check_paths_on_a_cluster_to_parquet(
    client: Any, corpus: list[str], tmp_path: Path
) -> None:
    import pandas as pd

    frame = distributed.check_paths(corpus, date=DATE, partitions=4)
    assert list(frame.columns) == list(distributed.COLUMNS)
    frame.to_parquet(tmp_path / "findings.parquet")
    back = pd.read_parquet(tmp_path / "findings.parquet")
    got = sorted(tuple(row) for row in back.itertuples(index=False))
    assert got == sorted(expected_rows(corpus))
    workers = client.run(lambda: 1)
    assert len(workers) == 2
    assert (back["code"] == distributed.INPUT_ERROR).sum() == 1
    evidence = json.loads(back[back["code"] == "FC103"]["evidence"].iloc[0])
    assert evidence["base"] == "USD"


def test_check_bag_of_documents(client: Any) -> None:
    import dask.bag as db

    text = (ROOT / "examples" / "bounty-scheme-with-errors.txt").read_text(encoding="utf-8")
    bag = db.from_sequence([("a.txt", text), ("b.md", text), ("c.txt", "No money.")], 2)
    frame = distributed.check_bag(bag, date=DATE).compute()
    assert set(frame["path"]) == {"a.txt", "b.md"}
    assert (frame["code"] == "FC103").sum() == 2


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)  # None: "cannot be imported"
    with pytest.raises(distributed.MissingExtraError, match=r"figcheck\[dask\]"):
        distributed.check_paths(["a.txt"])
