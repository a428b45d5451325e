"""Catalog values of the directory's facets and cards.

Each name also has an indexer for any other object that returns nothing:
without it the catalog would read the attribute through acquisition and
index every image inside a company with the company's own values.
"""

from oif.tremplin.companies.content import ICompany
from oif.tremplin.directory.regions import regions_of
from oif.tremplin.experts.content import IExpert
from plone.indexer import indexer
from zope.interface import Interface


def _countries(obj) -> tuple[str, ...]:
    if ICompany.providedBy(obj):
        return (obj.country,) if obj.country else ()
    return tuple(obj.countries or ())


@indexer(ICompany)
def company_country(obj):
    return _countries(obj)


@indexer(IExpert)
def expert_country(obj):
    return _countries(obj)


@indexer(ICompany)
def company_region(obj):
    return regions_of(_countries(obj))


@indexer(IExpert)
def expert_region(obj):
    return regions_of(_countries(obj))


@indexer(IExpert)
def expert_expertise(obj):
    return tuple(obj.expertise_areas or ())


@indexer(ICompany)
def company_featured(obj):
    return bool(getattr(obj, "featured", False))


@indexer(IExpert)
def expert_featured(obj):
    return bool(getattr(obj, "featured", False))


@indexer(ICompany)
def company_city(obj):
    return obj.city or ""


@indexer(Interface)
def not_a_profile(obj):
    raise AttributeError("only profiles have directory values")


@indexer(ICompany)
def company_verified_on(obj):
    return obj.verified_on


@indexer(IExpert)
def expert_verified_on(obj):
    return obj.verified_on
