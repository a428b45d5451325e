"""The Expert type: a consultant's or mentor's profile in the members' directory."""

from oif.tremplin import _
from oif.tremplin.core.interfaces import ISharedReviewState
from plone.app.multilingual.dx import directives as multilingual
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IExpert(model.Schema):
    """A person's profile; what she offers is shared by all its translations,
    her biography is written in each language."""

    model.fieldset(
        "offer",
        label=_("label_fieldset_offer", default="Offer"),
        fields=["rates_band", "availability"],
    )

    multilingual.languageindependent("title")
    title = schema.TextLine(title=_("label_full_name", default="Full name"))
    bio = schema.Text(
        title=_("label_bio", default="Biography"),
        description=_(
            "help_bio",
            default="Your background and the kind of help you offer to companies.",
        ),
    )
    multilingual.languageindependent("expertise_areas")
    expertise_areas = schema.List(
        title=_("label_expertise_areas", default="Areas of expertise"),
        value_type=schema.Choice(
            vocabulary="oif.tremplin.vocabularies.expertise_areas"
        ),
        min_length=1,
        unique=True,
    )
    multilingual.languageindependent("countries")
    countries = schema.List(
        title=_("label_expert_countries", default="Countries you know well"),
        value_type=schema.Choice(vocabulary="oif.tremplin.vocabularies.countries"),
        min_length=1,
        unique=True,
    )
    multilingual.languageindependent("languages")
    languages = schema.List(
        title=_("label_working_languages", default="Working languages"),
        value_type=schema.Choice(
            vocabulary="oif.tremplin.vocabularies.working_languages"
        ),
        min_length=1,
        unique=True,
    )
    multilingual.languageindependent("rates_band")
    rates_band = schema.Choice(
        title=_("label_rates_band", default="Daily rate"),
        vocabulary="oif.tremplin.vocabularies.rates_bands",
        required=False,
    )
    multilingual.languageindependent("availability")
    availability = schema.Choice(
        title=_("label_availability", default="Availability"),
        vocabulary="oif.tremplin.vocabularies.availabilities",
    )


@implementer(IExpert, ISharedReviewState)
class Expert(Container):
    """Folderish so it can hold its private verification documents."""
