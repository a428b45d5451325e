"""The private documents a company sends to be verified.

Their own type and workflow (tremplin_verification_document_workflow): only
the company's owner, the moderators and the administrators read them, whatever
the state of the company that holds them. Public media (images, brochures)
stay Image and File, which follow the company.
"""

from oif.tremplin import _
from oif.tremplin.verification.file_types import detect_file_type
from plone import api
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from plone.supermodel.directives import primary
from zope import schema
from zope.i18nmessageid import Message
from zope.interface import implementer
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.interfaces import ValidationError
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


MAX_UPLOAD_RECORD = "oif.tremplin.max_upload_mb"
DEFAULT_MAX_UPLOAD_MB = 10
SIGNATURE_LENGTH = 16


class EmptyDocument(ValidationError):
    __doc__ = _("error_document_empty", default="The file is empty.")


class UnacceptedDocumentType(ValidationError):
    __doc__ = _(
        "error_document_type",
        default="Send a PDF, JPEG or PNG file; this file is none of these.",
    )


class DocumentTooLarge(ValidationError):
    __doc__ = _(
        "error_document_too_large",
        default="The file is larger than ${size} MB; send a smaller one.",
    )

    def __init__(self, limit_mb: int):
        super().__init__(limit_mb)
        self.limit_mb = limit_mb

    def doc(self):
        return Message(self.__doc__, mapping={"size": self.limit_mb})


def max_upload_mb() -> int:
    return (
        api.portal.get_registry_record(MAX_UPLOAD_RECORD, default=None)
        or DEFAULT_MAX_UPLOAD_MB
    )


def check_document_file(value) -> bool:
    """Accept a non-empty PDF, JPEG or PNG, recognised by its first bytes
    (the name and declared type come from the client and prove nothing),
    within the configured size."""
    size = value.getSize()
    if not size:
        raise EmptyDocument()
    limit = max_upload_mb()
    if size > limit * 1024 * 1024:
        raise DocumentTooLarge(limit)
    with value.open() as data:
        head = data.read(SIGNATURE_LENGTH)
    if detect_file_type(head) is None:
        raise UnacceptedDocumentType()
    return True


class IVerificationDocument(model.Schema):
    """One supporting document of a company's verification file."""

    title = schema.TextLine(title=_("label_document_title", default="Title"))
    document_kind = schema.Choice(
        title=_("label_document_kind", default="Kind of document"),
        vocabulary="oif.tremplin.vocabularies.document_kinds",
    )
    primary("file")
    file = NamedBlobFile(
        title=_("label_document_file", default="File"),
        description=_(
            "help_document_file",
            default="PDF, JPEG or PNG.",
        ),
        constraint=check_document_file,
    )


@implementer(IVerificationDocument)
class VerificationDocument(Item):
    """Private to its company's owner and the OIF team."""
