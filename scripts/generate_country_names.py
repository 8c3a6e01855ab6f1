"""Regenerate the `name` lines of lang/<lang>/countries.txt from CLDR (via babel).

Development helper only (babel and pycountry are not runtime dependencies):
    python scripts/generate_country_names.py tr > /tmp/names.txt
Country names are facts taken from the Unicode CLDR territory names; demonyms,
capitals and alternative names in countries.txt are added by hand below them.
"""
from __future__ import annotations

import sys

import pycountry
from babel import Locale


def main(lang: str) -> None:
    names = Locale(lang).territories
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        name = names.get(country.alpha_2)
        if name:
            print(f"{country.alpha_3}\tname\t{name}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tr")
