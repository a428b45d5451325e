"""The private documents a company sends to be verified.

Their own type and workflow (tremplin_verification_document_workflow): only
the company's owner, the moderators and the administrators read them, whatever
the state of the company that holds them. Public media (images, brochures)
stay Image and File, which follow the company.
"""

from oif.tremplin import _
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from plone.supermodel.directives import primary
from zope import schema
from zope.interface import implementer
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


DOCUMENT_KINDS = (
    (
        "register_extract",
        _("document_register_extract", default="Trade register extract"),
    ),
    (
        "manager_id",
        _("document_manager_id", default="Identity document of the manager"),
    ),
    (
        "financial_statements",
        _("document_financial_statements", default="Latest financial statements"),
    ),
    ("proof_of_address", _("document_proof_of_address", default="Proof of address")),
)


@provider(IVocabularyFactory)
def document_kinds_vocabulary(context) -> SimpleVocabulary:
    return SimpleVocabulary([
        SimpleTerm(token, token, title) for token, title in DOCUMENT_KINDS
    ])


class IVerificationDocument(model.Schema):
    """One supporting document of a company's verification file."""

    title = schema.TextLine(title=_("label_document_title", default="Title"))
    document_kind = schema.Choice(
        title=_("label_document_kind", default="Kind of document"),
        vocabulary="oif.tremplin.vocabularies.document_kinds",
    )
    primary("file")
    file = NamedBlobFile(title=_("label_document_file", default="File"))


@implementer(IVerificationDocument)
class VerificationDocument(Item):
    """Private to its company's owner and the OIF team."""
