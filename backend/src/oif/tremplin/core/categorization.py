"""Tags and language of a profile: read by everyone who sees it, written
by the OIF team only.

plone.categorization would hand the profile's owner its `language`, whose
change breaks the translation link, and its tags, which the directory uses
as a filter. This behaviour keeps both fields (Volto reads `language` on
every page) behind their own write permissions; the language is never in a
form.
"""

from oif.tremplin import _
from plone.app.dexterity.behaviors.metadata import DCFieldProperty
from plone.app.dexterity.behaviors.metadata import MetadataBase
from plone.app.z3cform.widgets.select import AjaxSelectFieldWidget
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IProfileCategorization(model.Schema):
    model.fieldset(
        "tags",
        label=_("label_fieldset_tags", default="Tags"),
        fields=["subjects"],
    )

    directives.write_permission(subjects="oif.tremplin.EditTags")
    directives.widget(
        "subjects", AjaxSelectFieldWidget, vocabulary="plone.app.vocabularies.Keywords"
    )
    subjects = schema.Tuple(
        title=_("label_tags", default="Tags"),
        description=_(
            "help_tags",
            default="Keywords that the directory offers as a filter.",
        ),
        value_type=schema.TextLine(),
        required=False,
        missing_value=(),
    )

    # Set when the profile or its translation is created; changing it would
    # move the profile out of its translation group.
    directives.omitted("language")
    directives.write_permission(language="cmf.ManagePortal")
    language = schema.Choice(
        title=_("label_language", default="Language"),
        vocabulary="plone.app.vocabularies.SupportedContentLanguages",
        required=False,
        missing_value="",
    )


class ProfileCategorization(MetadataBase):
    """Stored where Dublin Core keeps them: the Subject and Language indexes
    read them."""

    @property
    def subjects(self):
        return self.context.subject

    @subjects.setter
    def subjects(self, value):
        self.context.subject = tuple(value or ())

    language = DCFieldProperty(
        IProfileCategorization["language"],
        get_name="Language",
        set_name="setLanguage",
    )
