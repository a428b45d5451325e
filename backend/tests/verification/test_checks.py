"""Automated checks (spec §6.1.3): each one passes, warns and fails for the
right reasons, and only moderators and administrators read them."""

from io import BytesIO
from oif.tremplin.core.ownership import hand_over
from oif.tremplin.experts.structure import expert_folder
from oif.tremplin.verification.checks import CheckResult
from oif.tremplin.verification.checks import IVerificationCheck
from oif.tremplin.verification.checks import run_checks
from oif.tremplin.verification.content import DOCUMENT_KINDS
from oif.tremplin.verification.registration_numbers import check_registration_number
from plone import api
from plone.namedfile.file import NamedBlobFile
from zope.component import getGlobalSiteManager
from zope.globalrequest import getRequest
from zope.i18n import translate

import base64
import pypdf
import pytest


FRENCH = "fr/entreprises/delices-tropicaux-du-senegal"
KINDS = ("register_extract", "manager_id", "financial_statements", "proof_of_address")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
    "60e6kgAAAABJRU5ErkJggg=="
)


def pdf(password: str | None = None) -> bytes:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if password:
        writer.encrypt(password)
    data = BytesIO()
    writer.write(data)
    return data.getvalue()


def add_document(profile, kind, data, filename="doc.pdf", title=None):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=profile,
            type="VerificationDocument",
            title=title or kind,
            document_kind=kind,
            file=NamedBlobFile(data=data, filename=filename),
        )


def translated(message) -> str:
    return translate(message, context=getRequest())


def result(profile, check_id) -> dict:
    return {item["id"]: item for item in run_checks(profile)}[check_id]


@pytest.fixture
def company(portal):
    return portal.unrestrictedTraverse(FRENCH)


@pytest.fixture
def complete(company):
    for kind in KINDS:
        add_document(company, kind, pdf())
    return company


class TestDocuments:
    def test_all_four_kinds_pass(self, complete):
        assert result(complete, "documents_present")["status"] == "passed"

    def test_a_missing_kind_fails_and_is_named(self, company):
        for kind in KINDS[:3]:
            add_document(company, kind, pdf())
        item = result(company, "documents_present")
        assert item["status"] == "failed"
        assert translated(DOCUMENT_KINDS[3][1]) in item["reason"]
        assert translated(DOCUMENT_KINDS[2][1]) not in item["reason"]

    def test_documents_in_the_other_language_count(self, portal, company):
        english = portal.unrestrictedTraverse(
            "en/companies/delices-tropicaux-du-senegal"
        )
        for kind in KINDS:
            add_document(english, kind, pdf())
        assert result(company, "documents_present")["status"] == "passed"

    def test_readable_files_pass(self, complete):
        add_document(complete, "manager_id", PNG, "id.png")
        assert result(complete, "files_readable")["status"] == "passed"

    def test_no_file_warns(self, company):
        assert result(company, "files_readable")["status"] == "warning"

    def test_a_file_of_another_type_fails(self, complete):
        add_document(complete, "manager_id", b"MZ\x90\x00 not a pdf", "id.pdf", "ID")
        item = result(complete, "files_readable")
        assert item["status"] == "failed"
        assert "ID" in item["reason"]

    def test_intact_pdfs_pass(self, complete):
        assert result(complete, "pdf_intact")["status"] == "passed"

    def test_an_encrypted_pdf_fails(self, complete):
        add_document(complete, "financial_statements", pdf("secret"), title="Bilan")
        item = result(complete, "pdf_intact")
        assert item["status"] == "failed"
        assert "Bilan" in item["reason"]

    def test_a_corrupt_pdf_fails(self, complete):
        add_document(complete, "register_extract", b"%PDF-1.4 broken", title="RCCM")
        item = result(complete, "pdf_intact")
        assert item["status"] == "failed"
        assert "RCCM" in item["reason"]


@pytest.mark.parametrize(
    "country,number,status",
    [
        ("SN", "SN-DKR-2014-B-10234", "passed"),
        ("SN", "SN.DKR.2014.B.10234", "passed"),
        ("SN", "005123456 2G3", "passed"),
        ("CI", "CI-ABJ-03-2023-B12-01234", "passed"),
        ("CI", "SN-DKR-2014-B-10234", "warning"),  # a Senegalese number
        ("MA", "MA-CASA-RC-482913", "passed"),
        ("MA", "001234567000089", "passed"),  # ICE
        ("CM", "M012345678901A", "passed"),  # NIU
        ("TN", "1234567A/M/000", "passed"),
        ("TN", "1234567/A/M/000", "passed"),
        ("FR", "732 829 320", "passed"),  # SIREN, right key
        ("FR", "732 829 321", "failed"),  # SIREN, wrong key
        ("FR", "73282932000074", "passed"),  # SIRET
        ("BE", "0403.170.701", "passed"),
        ("BE", "0403.170.702", "failed"),
        ("CA", "123456789RC0001", "passed"),
        ("FR", "hello", "warning"),
        ("VN", "0101234567", "warning"),  # no known format
    ],
)
def test_registration_number(company, country, number, status):
    company.country, company.registration_number = country, number
    assert result(company, "registration_number")["status"] == status


def test_formats_name_what_they_matched():
    assert check_registration_number("SN", "005123456").matched.name == "NINEA"
    assert check_registration_number("ZZ", "1").known is False


class TestDuplicates:
    def test_a_distinct_profile_passes(self, portal):
        company = portal.unrestrictedTraverse("fr/entreprises/akwaba-mode-ethique")
        api.user.get(username="aminata").setMemberProperties({"email": "a@akwaba.ci"})
        assert result(company, "possible_duplicate")["status"] == "passed"

    def test_the_same_name_warns(self, portal, company):
        with api.env.adopt_roles(["Manager"]):
            api.content.create(
                container=portal["fr"]["entreprises"],
                type="Company",
                title="Délices tropicaux du Sénégal SARL",
            )
        item = result(company, "possible_duplicate")
        assert item["status"] == "warning"
        assert "Délices tropicaux du Sénégal SARL" in item["reason"]

    def test_the_same_mail_domain_warns(self, portal):
        company = portal.unrestrictedTraverse("fr/entreprises/akwaba-mode-ethique")
        api.user.get(username="aminata").setMemberProperties({"email": "a@akwaba.ci"})
        api.user.create(
            username="cousin", email="b@akwaba.ci", password="Baobab-Pirogue-Tamarin-42"
        )
        with api.env.adopt_roles(["Manager"]):
            other = api.content.create(
                container=portal["fr"]["entreprises"], type="Company", title="Autre"
            )
        hand_over(other, "cousin")
        item = result(company, "possible_duplicate")
        assert item["status"] == "warning"
        assert "Autre" in item["reason"]

    def test_a_shared_mail_provider_proves_nothing(self, portal):
        company = portal.unrestrictedTraverse("fr/entreprises/akwaba-mode-ethique")
        api.user.get(username="aminata").setMemberProperties({"email": "a@gmail.com"})
        api.user.create(
            username="cousin", email="b@gmail.com", password="Baobab-Pirogue-Tamarin-42"
        )
        with api.env.adopt_roles(["Manager"]):
            other = api.content.create(
                container=portal["fr"]["entreprises"], type="Company", title="Autre"
            )
        hand_over(other, "cousin")
        assert result(company, "possible_duplicate")["status"] == "passed"


@pytest.mark.parametrize(
    "size,turnover,share,status",
    [
        ("small", "500k_to_2m", 30, "passed"),
        ("small", None, None, "passed"),
        ("micro", "over_10m", 10, "warning"),
        ("large", "under_100k", 10, "warning"),
        ("small", "500k_to_2m", 130, "failed"),
        ("small", "500k_to_2m", -5, "failed"),
    ],
)
def test_figures(company, size, turnover, share, status):
    company.size, company.turnover, company.export_share = size, turnover, share
    assert result(company, "figures_consistent")["status"] == status


class TestPlugins:
    def test_experts_get_only_the_checks_that_apply(self, portal):
        with api.env.adopt_roles(["Manager"]):
            expert = api.content.create(
                container=expert_folder("fr"), type="Expert", title="Mariam Traoré"
            )
        ids = [item["id"] for item in run_checks(expert)]
        assert ids == ["files_readable", "pdf_intact", "possible_duplicate"]

    def test_a_new_check_plugs_in(self, company):
        class Forgery:
            id, order, title = "forgery", 99, "No forged document"

            def applies_to(self, profile):
                return True

            def __call__(self, profile):
                return CheckResult("warning", "Looks edited")

        registry = getGlobalSiteManager()
        check = Forgery()
        registry.registerUtility(check, IVerificationCheck, name="forgery")
        try:
            assert run_checks(company)[-1] == {
                "id": "forgery",
                "title": "No forged document",
                "status": "warning",
                "reason": "Looks edited",
            }
        finally:
            registry.unregisterUtility(check, IVerificationCheck, name="forgery")

    def test_a_broken_check_warns_instead_of_hiding_the_others(self, company):
        class Broken:
            id, order, title = "broken", 0, "Broken"

            def applies_to(self, profile):
                return True

            def __call__(self, profile):
                raise RuntimeError("boom")

        registry = getGlobalSiteManager()
        check = Broken()
        registry.registerUtility(check, IVerificationCheck, name="broken")
        try:
            items = run_checks(company)
            assert items[0]["status"] == "warning"
            assert len(items) == 7
        finally:
            registry.unregisterUtility(check, IVerificationCheck, name="broken")


@pytest.mark.parametrize(
    "username,status",
    [
        (None, 401),
        ("guest", 401),
        ("awa", 401),  # the owner does not see the moderators' checks
        ("ahmed", 401),
        ("moderateur", 200),
        ("administrateur", 200),
    ],
)
def test_who_reads_the_checks(functional_portal, session_of, username, status):
    response = session_of(username).get(f"/{FRENCH}/@tremplin-checks")
    assert response.status_code == status


def test_the_checks_service(functional_portal, member_session):
    # Under /en the answer is in English (path negotiation).
    response = member_session("moderateur").get(
        "/en/companies/delices-tropicaux-du-senegal/@tremplin-checks"
    )
    items = response.json()["items"]
    assert [item["id"] for item in items] == [
        "documents_present",
        "files_readable",
        "pdf_intact",
        "registration_number",
        "possible_duplicate",
        "figures_consistent",
    ]
    assert items[0] == {
        "id": "documents_present",
        "title": "All four documents are present",
        "status": "failed",
        "reason": (
            "Missing: Trade register extract, Identity document of the manager, "
            "Latest financial statements, Proof of address."
        ),
    }
