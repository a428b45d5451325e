"""The dates of a profile's verification, shown with the "Profil vérifié" badge.

Only the verification cycle writes them (verification/cycle.py): they are in
no form and only a site manager could change them through the API.
"""

from oif.tremplin import _
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


DATES = ("verified_on", "verification_expires", "submitted_on")


@provider(IFormFieldProvider)
class IProfileVerification(model.Schema):
    """A profile that goes through the verification workflow (Company, Expert).

    Without a factory the behaviour interface marks the object itself: the
    subscribers, checks and services of verification/ are registered for it.
    """

    directives.omitted(*DATES)
    directives.write_permission(
        verified_on="cmf.ManagePortal",
        verification_expires="cmf.ManagePortal",
        submitted_on="cmf.ManagePortal",
    )
    verified_on = schema.Date(
        title=_("label_verified_on", default="Verified on"), required=False
    )
    verification_expires = schema.Date(
        title=_("label_verification_expires", default="Verification valid until"),
        required=False,
    )
    submitted_on = schema.Datetime(
        title=_("label_submitted_on", default="Submitted for verification on"),
        required=False,
    )

    # The applicant reads why her file was refused or sent back; the review
    # history, where moderators read it, is not hers to see (security.md).
    directives.omitted("decision_message")
    directives.read_permission(decision_message="oif.tremplin.SubmitProfile")
    directives.write_permission(decision_message="cmf.ManagePortal")
    decision_message = schema.Text(
        title=_("label_decision_message", default="Message from the OIF team"),
        required=False,
    )
