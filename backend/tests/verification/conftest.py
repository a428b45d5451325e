import base64
import pytest


COMPANY = "/fr/entreprises/delices-tropicaux-du-senegal"


def upload(session, path, portal_type, filename, content_type, **fields):
    field = "image" if portal_type == "Image" else "file"
    data = base64.b64encode(b"%PDF-1.4 private" if field == "file" else PNG).decode()
    response = session.post(
        path,
        json={
            "@type": portal_type,
            field: {
                "data": data,
                "encoding": "base64",
                "filename": filename,
                "content-type": content_type,
            },
            **fields,
        },
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"].split("/plone", 1)[1]


# The smallest valid PNG: one transparent pixel.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
    "60e6kgAAAABJRU5ErkJggg=="
)


@pytest.fixture
def register_extract(functional_portal, member_session):
    """Awa sends her trade register extract."""
    return upload(
        member_session("awa"),
        COMPANY,
        "VerificationDocument",
        "rccm.pdf",
        "application/pdf",
        title="Extrait RCCM",
        document_kind="register_extract",
    )


@pytest.fixture
def photo(functional_portal, member_session):
    """A public photo of Awa's workshop."""
    return upload(
        member_session("awa"),
        COMPANY,
        "Image",
        "atelier.png",
        "image/png",
        title="Atelier",
    )
