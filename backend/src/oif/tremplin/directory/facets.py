"""The directory's facets: query parameter, catalog index, allowed values
and their titles in the reader's language."""

from dataclasses import dataclass
from functools import cache
from oif.tremplin import _
from oif.tremplin.core.countries import COUNTRY_TERMS
from oif.tremplin.core.vocabularies import COMPANY_SIZES
from oif.tremplin.core.vocabularies import EXPERIENCE_LEVELS
from oif.tremplin.core.vocabularies import SECTORS
from oif.tremplin.directory.regions import REGIONS
from oif.tremplin.experts.vocabularies import EXPERTISE_AREAS
from zope.i18n import translate

import unicodedata


KINDS = (
    ("company", _("directory_kind_company", default="Companies")),
    ("expert", _("directory_kind_expert", default="Experts")),
)
# The kind token -> the portal_type it selects.
PORTAL_TYPES = {"company": "Company", "expert": "Expert"}


@dataclass(frozen=True)
class Facet:
    name: str  # query parameter and key of the answer's "facets"
    index: str
    terms: tuple | None  # (token, message id) pairs; None: the index's values
    limit: int | None = None  # most frequent values listed (selected ones too)

    def index_value(self, token: str) -> str:
        return PORTAL_TYPES[token] if self.name == "kind" else token

    def token(self, index_value: str) -> str:
        if self.name == "kind":
            return {v: k for k, v in PORTAL_TYPES.items()}.get(index_value)
        return index_value


FACETS = (
    Facet("kind", "portal_type", KINDS),
    Facet("sector", "sector", SECTORS),
    Facet(
        "country", "profile_country", tuple((t.value, t.title) for t in COUNTRY_TERMS)
    ),
    Facet("region", "profile_region", REGIONS),
    Facet("expertise", "expertise", EXPERTISE_AREAS),
    Facet("size", "size_band", COMPANY_SIZES),
    Facet("experience", "experience", EXPERIENCE_LEVELS),
    Facet("tag", "Subject", None, limit=30),
)
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}


@cache
def titles(facet_name: str, language: str) -> dict[str, str]:
    """Token -> title in `language`; built once per process and language."""
    facet = FACETS_BY_NAME[facet_name]
    return {
        token: translate(title, target_language=language)
        for token, title in facet.terms or ()
    }


def title_of(facet_name: str, token: str, language: str) -> str:
    return titles(facet_name, language).get(token, token)


def collation_key(text: str) -> str:
    """Sort "Égypte" next to "Equateur", not after "Zimbabwe"."""
    return (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    )
