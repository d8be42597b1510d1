"""Linting documents on disk: markup, front matter, suppressions, settings, folder walks,
large files read in batches, and the reporters that print the results.

May import: the foundation, ``figcheck.reading``, ``figcheck.rates``, ``figcheck.rules`` and
``figcheck.checking`` (the engine it runs on each document's prose).
"""
