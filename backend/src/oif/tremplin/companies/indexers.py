"""Catalog values of a company.

The index names differ from the field names on purpose: an index named like
an attribute would index, through acquisition, every image or file stored
inside a company with the company's own value.
"""

from oif.tremplin.companies.content import ICompany
from plone.indexer import indexer


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
