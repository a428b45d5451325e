"""Checks of the supporting documents: all there, readable, PDFs intact."""

from io import BytesIO
from oif.tremplin import _
from oif.tremplin.companies.content import ICompany
from oif.tremplin.verification.checks import failed
from oif.tremplin.verification.checks import passed
from oif.tremplin.verification.checks import warning
from oif.tremplin.verification.content import DOCUMENT_KINDS
from oif.tremplin.verification.supporting_documents import documents_of
from oif.tremplin.verification.supporting_documents import file_type_of
from oif.tremplin.verification.supporting_documents import read_all
from zope.globalrequest import getRequest
from zope.i18n import translate

import pypdf


def _names(documents) -> str:
    return ", ".join(document.title or document.getId() for document in documents)


class DocumentsPresent:
    """The four documents of spec §6.1.2, which only companies send."""

    id = "documents_present"
    order = 10
    title = _("check_documents_present", default="All four documents are present")

    def applies_to(self, profile) -> bool:
        return ICompany.providedBy(profile)

    def __call__(self, profile):
        sent = {document.document_kind for document in documents_of(profile)}
        missing = [title for kind, title in DOCUMENT_KINDS if kind not in sent]
        if not missing:
            return passed(_("check_documents_all_sent", default="All four are there."))
        request = getRequest()
        return failed(
            _(
                "check_documents_missing",
                default="Missing: ${kinds}.",
                mapping={
                    "kinds": ", ".join(translate(t, context=request) for t in missing)
                },
            )
        )


class FilesReadable:
    """Each file opens and is a PDF, JPEG or PNG by its first bytes."""

    id = "files_readable"
    order = 20
    title = _("check_files_readable", default="Files are readable PDF, JPEG or PNG")

    def applies_to(self, profile) -> bool:
        return True

    def __call__(self, profile):
        documents = documents_of(profile)
        if not documents:
            return warning(_("check_no_document", default="No document was sent."))
        refused = [document for document in documents if not file_type_of(document)]
        if refused:
            return failed(
                _(
                    "check_files_refused",
                    default="Unreadable or not a PDF, JPEG or PNG: ${files}.",
                    mapping={"files": _names(refused)},
                )
            )
        return passed(
            _(
                "check_files_accepted",
                default="${count} file(s) read.",
                mapping={"count": len(documents)},
            )
        )


def pdf_problem(data: bytes) -> str | None:
    """ "encrypted", "corrupt", or None for a PDF that opens page by page."""
    try:
        reader = pypdf.PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted:
            return "encrypted"
        if not len(reader.pages):
            return "corrupt"
        for page in reader.pages:
            page.get_contents()
    except Exception:  # pypdf raises many kinds of errors on damaged files
        return "corrupt"
    return None


class PdfIntact:
    """An encrypted PDF cannot be read by the moderator; a corrupt one lies."""

    id = "pdf_intact"
    order = 30
    title = _("check_pdf_intact", default="PDFs are neither encrypted nor corrupt")

    def applies_to(self, profile) -> bool:
        return True

    def __call__(self, profile):
        pdfs = [
            d for d in documents_of(profile) if file_type_of(d) == "application/pdf"
        ]
        if not pdfs:
            return passed(_("check_no_pdf", default="No PDF to open."))
        problems = {
            document: pdf_problem(read_all(document) or b"") for document in pdfs
        }
        encrypted = [d for d, problem in problems.items() if problem == "encrypted"]
        corrupt = [d for d, problem in problems.items() if problem == "corrupt"]
        if encrypted or corrupt:
            return failed(
                _(
                    "check_pdf_problems",
                    default="Encrypted: ${encrypted}. Corrupt: ${corrupt}.",
                    mapping={
                        "encrypted": _names(encrypted) or "-",
                        "corrupt": _names(corrupt) or "-",
                    },
                )
            )
        return passed(
            _(
                "check_pdf_ok",
                default="${count} PDF(s) open.",
                mapping={"count": len(pdfs)},
            )
        )
