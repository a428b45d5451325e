"""Profiles the OIF recommends: shown first in the directory on request and
marked with the "Recommandé par l'OIF" badge."""

from oif.tremplin import _
from plone.app.multilingual.dx import directives as multilingual
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


FEATURE_PERMISSION = "oif.tremplin.directory.Feature"


@provider(IFormFieldProvider)
class IFeatured(model.Schema):
    """Read by everyone who sees the profile, written by the OIF team only.

    Without a factory the value is stored on the profile itself, where the
    `featured` indexer reads it.
    """

    directives.write_permission(featured=FEATURE_PERMISSION)
    multilingual.languageindependent("featured")
    featured = schema.Bool(
        title=_("label_featured", default="Recommended by the OIF"),
        description=_(
            "help_featured",
            default="Recommended profiles can be listed first in the directory.",
        ),
        required=False,
        default=False,
    )
