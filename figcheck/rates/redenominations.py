"""Currencies redenominated since 1990: the day each current ISO code took over from the old
one (ISO 4217 lists the old codes as historic: RUR → RUB, TRL → TRY, BYR → BYN …).

Text names the currency, not the code: "300,000 rubles" in a 1997 article are old roubles,
a thousand times the ones of today's series. So a pair's whole history (``rules.fx``) bounds a
conversion only for a document dated after both currencies' last redenomination; an undated
one only when that redenomination is older than ``UNDATED_SETTLED`` (an undated text about
roubles is about today's roubles, one about Belarusian roubles may be about the old ones).
"""

from __future__ import annotations

import datetime as dt

#: The first day of each current currency that replaced an older one of the same name since
#: 1990 (the day the new units became legal tender, per ISO 4217 amendments and the issuing
#: central banks).
REDENOMINATED: dict[str, dt.date] = {
    "AFN": dt.date(2002, 10, 7),
    "AOA": dt.date(1999, 12, 1),
    "ARS": dt.date(1992, 1, 1),
    "AZN": dt.date(2006, 1, 1),
    "BGN": dt.date(1999, 7, 5),
    "BRL": dt.date(1994, 7, 1),
    "BYN": dt.date(2016, 7, 1),
    "CDF": dt.date(1998, 6, 30),
    "GEL": dt.date(1995, 9, 25),
    "GHS": dt.date(2007, 7, 1),
    "HRK": dt.date(1994, 5, 30),
    "MGA": dt.date(2005, 1, 1),
    "MRU": dt.date(2018, 1, 1),
    "MXN": dt.date(1993, 1, 1),
    "MZN": dt.date(2006, 7, 1),
    "PEN": dt.date(1991, 7, 1),
    "PLN": dt.date(1995, 1, 1),
    "RON": dt.date(2005, 7, 1),
    "RSD": dt.date(2003, 7, 1),
    "RUB": dt.date(1998, 1, 1),
    "SDG": dt.date(2007, 1, 10),
    "SLE": dt.date(2022, 7, 1),
    "SRD": dt.date(2004, 1, 1),
    "STN": dt.date(2018, 1, 1),
    "TJS": dt.date(2000, 10, 30),
    "TMT": dt.date(2009, 1, 1),
    "TRY": dt.date(2005, 1, 1),
    "UAH": dt.date(1996, 9, 2),
    "VED": dt.date(2021, 10, 1),
    "VES": dt.date(2018, 8, 20),
    "ZMW": dt.date(2013, 1, 1),
    "ZWL": dt.date(2009, 2, 2),
}


#: Undated documents are taken to use the present units of currencies redenominated before this
#: day: text with the old units predates most of what is published and checked today.
UNDATED_SETTLED = dt.date(2000, 1, 1)


def same_units_since(*currencies: str) -> dt.date | None:
    """The first day all ``currencies`` have had their present units, or None when none was
    redenominated since 1990."""
    days = [REDENOMINATED[code] for code in currencies if code in REDENOMINATED]
    return max(days) if days else None
