"""``python -m figcheck`` runs the command line."""

from __future__ import annotations

from figcheck.cli import main

raise SystemExit(main())
