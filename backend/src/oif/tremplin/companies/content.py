"""The Company type: an SME's public profile inside the members' directory."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
from oif.tremplin import _
from oif.tremplin.companies.hs_codes import HSCode
from oif.tremplin.core.fields import WebAddress
from oif.tremplin.core.interfaces import ISharedReviewState
from plone.app.multilingual.dx import directives as multilingual
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.namedfile.field import NamedBlobImage
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


IDENTITY_PERMISSION = "oif.tremplin.companies.EditIdentity"
FIRST_MISSION_YEAR = 1970
LAST_MISSION_YEAR = 2100


class IProductRow(model.Schema):
    """One product or service the company offers."""

    name = schema.TextLine(title=_("label_product_name", default="Product or service"))
    description = schema.Text(
        title=_("label_product_description", default="Description"), required=False
    )
    hs_code = HSCode(
        title=_("label_hs_code", default="HS code"),
        description=_(
            "help_hs_code",
            default="The product's customs code in the Harmonized System: 2 to 10"
            " digits.",
        ),
        required=False,
    )


class IMissionRow(model.Schema):
    """One economic mission the company took part in."""

    year = schema.Int(
        title=_("label_mission_year", default="Year"),
        min=FIRST_MISSION_YEAR,
        max=LAST_MISSION_YEAR,
    )
    name = schema.TextLine(title=_("label_mission_name", default="Mission"))
    destination = schema.TextLine(
        title=_("label_mission_destination", default="Destination"), required=False
    )


class ICompany(model.Schema):
    """An SME's profile; identity fields are shared by all its translations.

    The identity (legal name, registration number, country) is what the OIF
    verifies: once verified, only the OIF team changes it (the workflow
    manages the write permission).
    """

    model.fieldset(
        "activity",
        label=_("label_fieldset_activity", default="Activity"),
        fields=["sectors", "size", "turnover", "export_share", "products"],
    )
    model.fieldset(
        "international",
        label=_("label_fieldset_international", default="International"),
        fields=["experience_level", "target_markets", "goals", "missions"],
    )
    model.fieldset(
        "media",
        label=_("label_fieldset_media", default="Media"),
        fields=["logo", "video_links", "brochure"],
    )

    directives.write_permission(
        title=IDENTITY_PERMISSION,
        registration_number=IDENTITY_PERMISSION,
        country=IDENTITY_PERMISSION,
    )
    multilingual.languageindependent("title")
    title = schema.TextLine(title=_("label_legal_name", default="Legal name"))
    description = schema.Text(
        title=_("label_company_presentation", default="Presentation"),
        description=_(
            "help_company_presentation",
            default=(
                "A few sentences shown at the top of the profile and in the directory."
            ),
        ),
        required=False,
    )
    multilingual.languageindependent("registration_number")
    registration_number = schema.TextLine(
        title=_("label_registration_number", default="Registration number"),
        description=_(
            "help_registration_number",
            default="The number in the trade and companies register (e.g. RCCM).",
        ),
    )
    multilingual.languageindependent("country")
    country = schema.Choice(
        title=_("label_country", default="Country"),
        vocabulary="oif.tremplin.vocabularies.countries",
    )
    multilingual.languageindependent("city")
    city = schema.TextLine(title=_("label_city", default="City"))
    multilingual.languageindependent("website")
    website = WebAddress(title=_("label_website", default="Website"), required=False)

    multilingual.languageindependent("sectors")
    sectors = schema.List(
        title=_("label_sectors", default="Sectors"),
        value_type=schema.Choice(vocabulary="oif.tremplin.vocabularies.sectors"),
        min_length=1,
        unique=True,
    )
    multilingual.languageindependent("size")
    size = schema.Choice(
        title=_("label_company_size", default="Size"),
        vocabulary="oif.tremplin.vocabularies.company_sizes",
    )
    multilingual.languageindependent("turnover")
    turnover = schema.Choice(
        title=_("label_turnover", default="Annual turnover"),
        vocabulary="oif.tremplin.vocabularies.turnover_bands",
        required=False,
    )
    multilingual.languageindependent("export_share")
    export_share = schema.Int(
        title=_("label_export_share", default="Share of turnover from exports (%)"),
        min=0,
        max=100,
        required=False,
    )
    # Volto has no data grid: volto-tremplin registers these widgets, built on
    # its ObjectListWidget with translated column labels.
    directives.widget(
        "products",
        DataGridFieldWidgetFactory,
        frontendOptions={"widget": "company_products"},
    )
    products = schema.List(
        title=_("label_products", default="Products and services"),
        value_type=DictRow(
            title=_("label_product", default="Product"), schema=IProductRow
        ),
        required=False,
        defaultFactory=list,
    )

    multilingual.languageindependent("experience_level")
    experience_level = schema.Choice(
        title=_("label_experience_level", default="International experience"),
        vocabulary="oif.tremplin.vocabularies.experience_levels",
    )
    multilingual.languageindependent("target_markets")
    target_markets = schema.List(
        title=_("label_target_markets", default="Target markets"),
        value_type=schema.Choice(vocabulary="oif.tremplin.vocabularies.countries"),
        required=False,
        unique=True,
        defaultFactory=list,
    )
    goals = schema.Text(
        title=_("label_goals", default="Internationalisation goals"), required=False
    )
    directives.widget(
        "missions",
        DataGridFieldWidgetFactory,
        frontendOptions={"widget": "company_missions"},
    )
    missions = schema.List(
        title=_("label_missions", default="Economic missions taken part in"),
        value_type=DictRow(
            title=_("label_mission", default="Mission"), schema=IMissionRow
        ),
        required=False,
        defaultFactory=list,
    )

    multilingual.languageindependent("logo")
    logo = NamedBlobImage(title=_("label_logo", default="Logo"), required=False)
    multilingual.languageindependent("video_links")
    video_links = schema.List(
        title=_("label_video_links", default="Video links"),
        value_type=WebAddress(),
        required=False,
        defaultFactory=list,
    )
    brochure = NamedBlobFile(
        title=_("label_brochure", default="Brochure"), required=False
    )


@implementer(ICompany, ISharedReviewState)
class Company(Container):
    """Folderish so it can hold its photos, documents and assessments."""
