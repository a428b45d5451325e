"""What an expert offers: fields of expertise, working languages, rates and
availability. Tokens are stored on profiles; titles are translated message ids."""

from oif.tremplin import _
from oif.tremplin.core.vocabularies import vocabulary_from
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleVocabulary


EXPERTISE_AREAS = (
    ("export_strategy", _("expertise_export_strategy", default="Export strategy")),
    ("market_research", _("expertise_market_research", default="Market research")),
    ("customs", _("expertise_customs", default="Customs and trade regulations")),
    ("finance", _("expertise_finance", default="Export finance and funding")),
    (
        "digital_marketing",
        _("expertise_digital_marketing", default="Digital marketing"),
    ),
    ("legal", _("expertise_legal", default="Contracts and business law")),
    ("logistics", _("expertise_logistics", default="Logistics and transport")),
    (
        "certification_quality",
        _("expertise_certification_quality", default="Certification and quality"),
    ),
    ("sales", _("expertise_sales", default="Sales and negotiation")),
    (
        "intellectual_property",
        _("expertise_intellectual_property", default="Intellectual property"),
    ),
)

# The languages an expert works in (ISO 639-1); the site itself has only fr/en.
WORKING_LANGUAGES = (
    ("fr", _("working_language_fr", default="French")),
    ("en", _("working_language_en", default="English")),
    ("ar", _("working_language_ar", default="Arabic")),
    ("es", _("working_language_es", default="Spanish")),
    ("pt", _("working_language_pt", default="Portuguese")),
    ("de", _("working_language_de", default="German")),
    ("zh", _("working_language_zh", default="Chinese")),
    ("sw", _("working_language_sw", default="Swahili")),
    ("wo", _("working_language_wo", default="Wolof")),
    ("vi", _("working_language_vi", default="Vietnamese")),
)

RATES_BANDS = (
    ("pro_bono", _("rates_pro_bono", default="Pro bono")),
    ("under_300", _("rates_under_300", default="Under €300 a day")),
    ("300_to_600", _("rates_300_to_600", default="€300 to €600 a day")),
    ("over_600", _("rates_over_600", default="Over €600 a day")),
)

AVAILABILITIES = (
    ("available", _("availability_available", default="Available now")),
    ("limited", _("availability_limited", default="A few days a month")),
    ("unavailable", _("availability_unavailable", default="Not available for now")),
)


@provider(IVocabularyFactory)
def expertise_areas_vocabulary(context) -> SimpleVocabulary:
    return vocabulary_from(EXPERTISE_AREAS)


@provider(IVocabularyFactory)
def working_languages_vocabulary(context) -> SimpleVocabulary:
    return vocabulary_from(WORKING_LANGUAGES)


@provider(IVocabularyFactory)
def rates_bands_vocabulary(context) -> SimpleVocabulary:
    return vocabulary_from(RATES_BANDS)


@provider(IVocabularyFactory)
def availabilities_vocabulary(context) -> SimpleVocabulary:
    return vocabulary_from(AVAILABILITIES)
