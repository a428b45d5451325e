"""A verification document is stored under the type its bytes prove.

The upload's name and declared content type come from the client: a PDF
sent as ``releve.html`` with ``text/html`` would keep both, and be served
back to a moderator with them. Once the upload is accepted (its signature
was checked), the stored type is the detected one and the name ends with
that type's extension.
"""

from oif.tremplin.verification.supporting_documents import file_type_of

import re


EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}
UNSAFE = re.compile(r"\s*[^\w.\- ]+\s*", re.UNICODE)
MAX_STEM = 80


def safe_filename(filename: str | None, mime_type: str) -> str:
    """``filename`` with the extension of ``mime_type`` and nothing that a
    file system, a header or a shell would read as more than a name."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = UNSAFE.sub("-", stem).strip(" .-")[:MAX_STEM] or "document"
    return stem + EXTENSIONS[mime_type]


def store_detected_type(document, event=None) -> None:
    """Added or modified: stored type and name follow the bytes."""
    blob = getattr(document, "file", None)
    mime_type = file_type_of(document) if blob is not None else None
    if mime_type is None:
        return
    filename = safe_filename(blob.filename, mime_type)
    if blob.contentType != mime_type:
        blob.contentType = mime_type
    if blob.filename != filename:
        blob.filename = filename
