"""Reading: text in, model records out.

Numbers, magnitude and number words, hedges, percentages, physical quantities, currencies and
their lexicon (from CLDR), locales and language detection, the per-language tables, money
mentions and the claims a sentence ties together (conversions, percentage changes, totals,
shares, unit conversions).

May import: the foundation (``figcheck.model``, ``errors``, ``intervals``, ``arithmetic``,
``user_cache``), babel and pint. Knows nothing of reference rates, rules or files.
"""
