"""Tags (Subject) on profiles, written by the OIF team only.

plone.categorization would also hand the profile's owner its `language`,
whose change breaks the translation link; this behaviour keeps the tags
alone, behind their own write permission.
"""

from oif.tremplin import _
from plone.app.dexterity.behaviors.metadata import MetadataBase
from plone.app.z3cform.widgets.select import AjaxSelectFieldWidget
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class ITags(model.Schema):
    model.fieldset(
        "tags", label=_("label_fieldset_tags", default="Tags"), fields=["subjects"]
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


class Tags(MetadataBase):
    """Stored where Dublin Core keeps them, so the Subject index reads them."""

    @property
    def subjects(self):
        return self.context.subject

    @subjects.setter
    def subjects(self, value):
        self.context.subject = tuple(value or ())
