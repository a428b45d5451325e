"""Controlled vocabularies shared by companies, experts and the directory.

Tokens are stable ASCII identifiers stored on content; titles are message ids
that plone.restapi translates into the request language.
"""

from oif.tremplin import _
from zope.i18n import translate
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# The languages of the site's content (plone.app.multilingual roots).
LANGUAGES = ("fr", "en")

SECTORS = (
    ("agrifood", _("sector_agrifood", default="Agrifood")),
    ("textile_fashion", _("sector_textile_fashion", default="Textile & fashion")),
    ("digital_edtech", _("sector_digital_edtech", default="Digital & EdTech")),
    ("tourism", _("sector_tourism", default="Tourism")),
    ("crafts", _("sector_crafts", default="Crafts")),
    ("energy", _("sector_energy", default="Energy")),
    ("health", _("sector_health", default="Health")),
    ("services", _("sector_services", default="Services")),
    ("manufacturing", _("sector_manufacturing", default="Manufacturing")),
    ("other", _("sector_other", default="Other")),
)

COMPANY_SIZES = (
    ("micro", _("size_micro", default="Micro-enterprise (1 to 9 employees)")),
    ("small", _("size_small", default="Small enterprise (10 to 49 employees)")),
    (
        "medium",
        _("size_medium", default="Medium-sized enterprise (50 to 249 employees)"),
    ),
    ("large", _("size_large", default="Large enterprise (250 employees or more)")),
)

TURNOVER_BANDS = (
    ("under_100k", _("turnover_under_100k", default="Under €100,000")),
    ("100k_to_500k", _("turnover_100k_to_500k", default="€100,000 to under €500,000")),
    ("500k_to_2m", _("turnover_500k_to_2m", default="€500,000 to under €2 million")),
    ("2m_to_10m", _("turnover_2m_to_10m", default="€2 million to under €10 million")),
    ("over_10m", _("turnover_over_10m", default="€10 million or more")),
)

EXPERIENCE_LEVELS = (
    ("primo_exporter", _("experience_primo_exporter", default="First-time exporter")),
    ("growing", _("experience_growing", default="Growing internationally")),
    ("experienced", _("experience_experienced", default="Experienced exporter")),
)


def vocabulary_from(pairs) -> SimpleVocabulary:
    return SimpleVocabulary([SimpleTerm(token, token, title) for token, title in pairs])


@provider(IVocabularyFactory)
def sectors_vocabulary(context) -> SimpleVocabulary:
    return vocabulary_from(SECTORS)


@provider(IVocabularyFactory)
def company_sizes_vocabulary(context) -> SimpleVocabulary:
    return vocabulary_from(COMPANY_SIZES)


@provider(IVocabularyFactory)
def turnover_bands_vocabulary(context) -> SimpleVocabulary:
    return vocabulary_from(TURNOVER_BANDS)


@provider(IVocabularyFactory)
def experience_levels_vocabulary(context) -> SimpleVocabulary:
    return vocabulary_from(EXPERIENCE_LEVELS)


def vocabulary_titles(vocabulary: SimpleVocabulary, tokens) -> list[str]:
    """The titles of `tokens` in every site language (for full-text indexes).

    Unknown tokens are skipped: an index must never fail on old data.
    """
    titles = []
    for token in tokens or ():
        if token in vocabulary:
            title = vocabulary.getTerm(token).title
            titles += [translate(title, target_language=lang) for lang in LANGUAGES]
    return titles
