"""Catalog values of an expert."""

from oif.tremplin.core.countries import COUNTRY_TERMS
from oif.tremplin.core.vocabularies import vocabulary_from
from oif.tremplin.core.vocabularies import vocabulary_titles
from oif.tremplin.experts.content import IExpert
from oif.tremplin.experts.vocabularies import EXPERTISE_AREAS
from oif.tremplin.experts.vocabularies import WORKING_LANGUAGES
from plone.indexer import indexer
from zope.schema.vocabulary import SimpleVocabulary


# Built once: the registered vocabularies sort by the reader's language.
COUNTRIES = SimpleVocabulary(COUNTRY_TERMS)
EXPERTISE_TERMS = vocabulary_from(EXPERTISE_AREAS)
LANGUAGE_TERMS = vocabulary_from(WORKING_LANGUAGES)


@indexer(IExpert)
def expert_searchable_text(obj):
    """What a member may type to find an expert, in either language:
    "douane", "customs" and "Sénégal" all find a customs expert in Dakar."""
    words = [
        obj.title,
        obj.bio,
        *obj.Subject(),
        *vocabulary_titles(EXPERTISE_TERMS, obj.expertise_areas),
        *vocabulary_titles(COUNTRIES, obj.countries),
        *vocabulary_titles(LANGUAGE_TERMS, obj.languages),
    ]
    return " ".join(word for word in words if word)
