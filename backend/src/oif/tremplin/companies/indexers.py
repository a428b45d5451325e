"""Catalog values of a company.

The index names differ from the field names on purpose: an index named like
an attribute would index, through acquisition, every image or file stored
inside a company with the company's own value.
"""

from oif.tremplin.companies.content import ICompany
from oif.tremplin.companies.hs_codes import hs_code_words
from oif.tremplin.core.countries import COUNTRY_TERMS
from oif.tremplin.core.vocabularies import SECTORS
from oif.tremplin.core.vocabularies import vocabulary_from
from oif.tremplin.core.vocabularies import vocabulary_titles
from plone.indexer import indexer
from zope.schema.vocabulary import SimpleVocabulary


# Built once: the registered vocabularies sort by the reader's language.
COUNTRIES = SimpleVocabulary(COUNTRY_TERMS)
SECTOR_TERMS = vocabulary_from(SECTORS)


@indexer(ICompany)
def company_sector(obj):
    return tuple(obj.sectors or ())  # KeywordIndex needs a sequence, never None


@indexer(ICompany)
def company_country_code(obj):
    return obj.country


@indexer(ICompany)
def company_experience(obj):
    return obj.experience_level


@indexer(ICompany)
def company_size_band(obj):
    return obj.size


@indexer(ICompany)
def company_searchable_text(obj):
    """What a member may type to find a company, in either language.

    Vocabulary values are indexed by their French and English titles, so
    "Sénégal", "Senegal" and "agroalimentaire" all find a Dakar food company.
    """
    words = [
        obj.title,
        obj.description,
        obj.registration_number,
        obj.city,
        obj.goals,
        *obj.Subject(),
        *vocabulary_titles(COUNTRIES, [obj.country]),
        *vocabulary_titles(SECTOR_TERMS, obj.sectors),
        *vocabulary_titles(COUNTRIES, obj.target_markets),
    ]
    for row in obj.products or ():
        words += [row.get("name"), row.get("description")]
        words += hs_code_words(row.get("hs_code"))
    for row in obj.missions or ():
        words += [row.get("name"), row.get("destination")]
    return " ".join(word for word in words if word)
