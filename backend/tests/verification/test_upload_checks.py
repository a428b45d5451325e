"""A verification document is a PDF, JPEG or PNG by its first bytes, within
the size limit (registry oif.tremplin.max_upload_mb); anything else is a 400
naming `file`, and nothing is stored."""

from plone import api

import base64
import json
import pytest
import transaction


COMPANY = "/fr/entreprises/delices-tropicaux-du-senegal"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
    "60e6kgAAAABJRU5ErkJggg=="
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64
MB = 1024 * 1024


def document(data: bytes, filename: str, content_type: str) -> dict:
    return {
        "@type": "VerificationDocument",
        "title": "Extrait RCCM",
        "document_kind": "register_extract",
        "file": {
            "data": base64.b64encode(data).decode(),
            "encoding": "base64",
            "filename": filename,
            "content-type": content_type,
        },
    }


def file_error(response) -> str:
    assert response.status_code == 400, response.text
    errors = {e["field"]: e["message"] for e in json.loads(response.json()["message"])}
    assert list(errors) == ["file"]
    return errors["file"]


def documents_in_company(portal) -> list:
    transaction.begin()
    company = portal.unrestrictedTraverse(f"fr/entreprises/{COMPANY.rsplit('/', 1)[1]}")
    return [
        o for o in company.objectValues() if o.portal_type == "VerificationDocument"
    ]


@pytest.mark.parametrize(
    "data,filename,content_type",
    [
        (PDF, "rccm.pdf", "application/pdf"),
        (PNG, "piece-identite.png", "image/png"),
        (JPEG, "justificatif.jpg", "image/jpeg"),
        # The name and declared type prove nothing; the bytes decide.
        (PDF, "scan.bin", "application/octet-stream"),
    ],
)
def test_accepted(functional_portal, member_session, data, filename, content_type):
    response = member_session("awa").post(
        COMPANY, json=document(data, filename, content_type)
    )
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    "data,filename,content_type",
    [
        (EXE, "rccm.pdf", "application/pdf"),
        (b"<html><script>alert(1)</script></html>", "rccm.pdf", "application/pdf"),
        (b"GIF89a\x01\x00\x01\x00", "photo.png", "image/png"),
        (b"PK\x03\x04 word document", "bilan.pdf", "application/pdf"),
    ],
)
def test_wrong_type(functional_portal, member_session, data, filename, content_type):
    response = member_session("awa").post(
        COMPANY, json=document(data, filename, content_type)
    )
    assert "PDF" in file_error(response)
    assert documents_in_company(functional_portal) == []


def test_empty_file(functional_portal, member_session):
    response = member_session("awa").post(
        COMPANY, json=document(b"", "rccm.pdf", "application/pdf")
    )
    file_error(response)
    assert documents_in_company(functional_portal) == []


def test_too_large(functional_portal, member_session):
    data = b"%PDF-1.7\n" + b"0" * (11 * MB)
    response = member_session("awa").post(
        COMPANY, json=document(data, "rccm.pdf", "application/pdf")
    )
    assert "10 M" in file_error(response)  # MB, Mo
    assert documents_in_company(functional_portal) == []


def test_exactly_the_limit_is_accepted(functional_portal, member_session):
    data = b"%PDF-1.7\n" + b"0" * (10 * MB - 9)
    response = member_session("awa").post(
        COMPANY, json=document(data, "rccm.pdf", "application/pdf")
    )
    assert response.status_code == 201, response.text[:300]


def test_limit_follows_the_registry(functional_portal, member_session):
    api.portal.set_registry_record("oif.tremplin.max_upload_mb", 1)
    transaction.commit()
    data = b"%PDF-1.7\n" + b"0" * (2 * MB)
    response = member_session("awa").post(
        COMPANY, json=document(data, "rccm.pdf", "application/pdf")
    )
    assert " 1 M" in file_error(response)  # "1 MB", "1 Mo"


def test_replacing_the_file_is_checked_too(functional_portal, member_session):
    session = member_session("awa")
    created = session.post(COMPANY, json=document(PDF, "rccm.pdf", "application/pdf"))
    assert created.status_code == 201, created.text
    path = created.json()["@id"].split("/plone", 1)[1]
    response = session.patch(
        path, json={"file": document(EXE, "rccm.pdf", "application/pdf")["file"]}
    )
    file_error(response)
    assert session.get(f"{path}/@@download/file").content == PDF


def test_message_is_translated(functional_portal, member_session):
    response = member_session("awa").post(
        COMPANY,
        json=document(EXE, "rccm.pdf", "application/pdf"),
        headers={"Accept-Language": "fr"},
    )
    assert "PDF, JPEG ou PNG" in file_error(response)


@pytest.mark.parametrize(
    "data,filename,content_type,stored_name,stored_type",
    [
        (PDF, "releve.html", "text/html", "releve.pdf", "application/pdf"),
        (PNG, "photo.svg", "image/svg+xml", "photo.png", "image/png"),
        (JPEG, "../../etc/scan.JPEG", "image/jpeg", "scan.jpg", "image/jpeg"),
        (
            PDF,
            'bilan"; x=<b>.pdf',
            "application/pdf",
            "bilan-x-b.pdf",
            "application/pdf",
        ),
        (PDF, "", "application/octet-stream", "document.pdf", "application/pdf"),
    ],
)
def test_stored_under_the_type_its_bytes_prove(
    functional_portal,
    member_session,
    data,
    filename,
    content_type,
    stored_name,
    stored_type,
):
    response = member_session("awa").post(
        COMPANY, json=document(data, filename, content_type)
    )
    assert response.status_code == 201, response.text
    stored = response.json()["file"]
    assert (stored["filename"], stored["content-type"]) == (stored_name, stored_type)
