"""What a verification file really is, read from its first bytes.

The name and the declared content type come from the client and prove
nothing; the signature at the start of the data does (spec §6.1.2).
"""

ACCEPTED_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


def detect_file_type(head: bytes) -> str | None:
    """The accepted MIME type whose signature ``head`` starts with, else None."""
    for signature, mime_type in ACCEPTED_SIGNATURES:
        if head.startswith(signature):
            return mime_type
    return None
