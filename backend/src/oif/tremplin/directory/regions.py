"""World regions of the directory: the UN M49 continent of each country."""

from oif.tremplin import _
from pathlib import Path

import json


_DATA = json.loads((Path(__file__).parent / "continents.json").read_text("utf-8"))

REGIONS = (
    ("africa", _("region_africa", default="Africa")),
    ("americas", _("region_americas", default="Americas")),
    ("asia", _("region_asia", default="Asia")),
    ("europe", _("region_europe", default="Europe")),
    ("oceania", _("region_oceania", default="Oceania")),
)

CONTINENT_OF = {
    country: region
    for region, countries in _DATA["continents"].items()
    for country in countries
}


def regions_of(countries) -> tuple[str, ...]:
    """The continents of `countries`, each once, in the order of REGIONS;
    unknown codes (and Antarctica) have none."""
    found = {CONTINENT_OF.get(country) for country in countries or ()}
    return tuple(token for token, _title in REGIONS if token in found)
