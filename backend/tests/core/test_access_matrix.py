"""The access matrix (core/access_matrix.csv), asserted cell by cell through
the REST API: one test per action and role.

Each action is a function that sends one request for a role against a fixed
target and returns "yes" (2xx) or "no" (401/403: Zope answers 401 to every
Unauthorized). Any other answer fails the test: a 404 means the target or the
service is missing, a 400 means the request itself is wrong, and neither may
pass for a refusal. The one exception is a workflow transition that the guard
refuses: plone.restapi's @workflow answers it with a 400 WorkflowException.

The site is built once for the whole matrix (a class-scoped functional
portal, committed); actions that change something put it back.
"""

from aiosmtpd.controller import Controller
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from oif.tremplin.companies.structure import company_folder
from oif.tremplin.core.ownership import hand_over
from oif.tremplin.demo import DEMO_PASSWORD
from oif.tremplin.demo import verify_through_review
from oif.tremplin.experts.structure import expert_folder
from oif.tremplin.security.captcha.testing import solved_captcha
from oif.tremplin.security.mfa import mfa_enabled
from oif.tremplin.security.sessions.testing import issue_test_token
from pathlib import Path
from plone import api
from plone.namedfile.file import NamedBlobFile
from plone.restapi.testing import RelativeSession
from Products.CMFCore.utils import getToolByName

import base64
import csv
import oif.tremplin.core
import pytest
import socket
import transaction
import uuid


MATRIX_FILE = Path(oif.tremplin.core.__file__).parent / "access_matrix.csv"
ROLES = (
    "Anonymous",
    "Guest",
    "Company Representative",
    "Expert",
    "Moderator",
    "Site Administrator",
)
PASSWORD = "Matrice-Baobab-Tamarin-2026"
# The account that plays each role: demo accounts where the demo has one.
ACCOUNTS = {
    "Anonymous": None,
    "Guest": ("guest", PASSWORD),
    "Company Representative": ("awa", DEMO_PASSWORD),
    "Expert": ("expert", PASSWORD),
    "Moderator": ("moderateur", DEMO_PASSWORD),
    "Site Administrator": ("administrateur", DEMO_PASSWORD),
}
COMPANIES = "/fr/entreprises"
AWA = f"{COMPANIES}/delices-tropicaux-du-senegal"
AHMED = f"{COMPANIES}/edunova-maroc"  # verified, not Awa's
AMINATA = f"{COMPANIES}/akwaba-mode-ethique"  # sent back to draft below
GUEST_DRAFT = f"{COMPANIES}/guest-draft"
AWA_DRAFT = f"{COMPANIES}/awa-second-company"
SUBMITTED = f"{COMPANIES}/waiting-for-review"
AHMED_DOCUMENT = f"{AHMED}/rccm"
EXPERTS = "/fr/experts"
EXPERT_PROFILE = f"{EXPERTS}/expert-profile"
MENTOR_PROFILE = f"{EXPERTS}/mentor-profile"

# The profile each role acts on when an action says "the profile one owns";
# accounts that own none try the guest's draft.
OWN_PROFILE = {
    "Anonymous": GUEST_DRAFT,
    "Guest": GUEST_DRAFT,
    "Company Representative": AWA,
    "Expert": EXPERT_PROFILE,
    "Moderator": GUEST_DRAFT,
    "Site Administrator": GUEST_DRAFT,
}
OWN_DRAFT = {**OWN_PROFILE, "Company Representative": AWA_DRAFT, "Expert": GUEST_DRAFT}
OWN_COMPANY = {**OWN_PROFILE, "Expert": GUEST_DRAFT}


def read_matrix() -> list[dict]:
    with MATRIX_FILE.open(encoding="utf-8", newline="") as matrix:
        return list(csv.DictReader(matrix))


def cells() -> list:
    return [
        pytest.param(row["action"], role, row[role], id=f"{row['action']}-{role}")
        for row in read_matrix()
        for role in ROLES
    ]


def allowed(response) -> str:
    if 200 <= response.status_code < 300:
        return "yes"
    if response.status_code in (401, 403):
        return "no"
    raise AssertionError(f"{response.status_code}: {response.text[:500]}")


class World:
    """The site the matrix runs on: the demo plus the profiles it lacks."""

    def __init__(self, portal):
        self.portal = portal
        self.sessions = {}

    def session(self, role: str) -> RelativeSession:
        if role not in self.sessions:
            session = RelativeSession(f"{self.portal.absolute_url()}/++api++")
            session.headers.update({"Accept": "application/json"})
            account = ACCOUNTS[role]
            if account and mfa_enabled(api.user.get(username=account[0]).getId()):
                # Moderators and administrators have a second factor: a token
                # from a sign-in that passed it (basic auth is refused).
                token = issue_test_token(account[0], mfa=True)
                session.headers["Authorization"] = f"Bearer {token}"
            else:
                session.auth = account
            self.sessions[role] = session
        return self.sessions[role]

    def set_state(self, path: str, state: str) -> None:
        """Put a profile back in ``state`` after an action moved it."""
        transaction.begin()
        obj = self.portal.unrestrictedTraverse(path.lstrip("/"))
        workflow_tool = getToolByName(self.portal, "portal_workflow")
        (workflow,) = workflow_tool.getWorkflowsFor(obj)
        status = dict(workflow_tool.getStatusOf(workflow.id, obj))
        status.update(review_state=state, action=None, comments="matrix reset")
        workflow_tool.setStatusOf(workflow.id, obj, status)
        workflow.updateRoleMappingsFor(obj)
        obj.reindexObject()
        transaction.commit()

    def close(self):
        for session in self.sessions.values():
            session.close()


def _profile(container, type_name, object_id, owner, **fields):
    profile = api.content.create(
        container=container, type=type_name, id=object_id, **fields
    )
    hand_over(profile, owner)
    return profile


def build_world(portal) -> None:
    for user_id in ("guest", "expert", "applicant", "mentor"):
        api.user.create(
            username=user_id, email=f"{user_id}@example.org", password=PASSWORD
        )
    api.group.add_user(groupname="experts", username="expert")
    companies = company_folder("fr")
    company = {"country": "SN", "city": "Dakar", "sectors": ["agrifood"]}
    _profile(companies, "Company", "guest-draft", "guest", title="Guest", **company)
    _profile(
        companies, "Company", "awa-second-company", "awa", title="Awa 2", **company
    )
    submitted = _profile(
        companies, "Company", "waiting-for-review", "applicant", title="Wait", **company
    )
    api.content.transition(obj=submitted, transition="submit", comment="Complet.")
    api.content.transition(
        obj=portal.unrestrictedTraverse(AMINATA.lstrip("/")), transition="retract"
    )
    api.content.create(
        container=portal.unrestrictedTraverse(AHMED.lstrip("/")),
        type="VerificationDocument",
        id="rccm",
        title="Extrait RCCM",
        document_kind="register_extract",
        file=NamedBlobFile(b"%PDF-1.4 private", filename="rccm.pdf"),
    )
    experts = expert_folder("fr")
    for object_id, owner in (
        ("expert-profile", "expert"),
        ("mentor-profile", "mentor"),
    ):
        profile = _profile(experts, "Expert", object_id, owner, title=owner.title())
        verify_through_review(profile)


class Discard:
    """An SMTP server that accepts every mail: registration and profile
    transitions send some, and refuse to run without a mail server."""

    async def handle_DATA(self, server, session, envelope):
        return "250 OK"


@pytest.fixture(scope="class")
def world(functional_portal_class):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    smtp = Controller(Discard(), hostname="127.0.0.1", port=port)
    smtp.start()
    api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
    api.portal.set_registry_record("plone.smtp_port", port)
    api.portal.set_registry_record("plone.email_from_address", "noreply@tremplin.test")
    api.portal.set_registry_record("plone.email_from_name", "Tremplin")
    with api.env.adopt_roles(["Manager"]):
        build_world(functional_portal_class)
    transaction.commit()
    world = World(functional_portal_class)
    yield world
    world.close()
    smtp.stop()


# --- the actions: (session, role, world) -> "yes" | "no" ---------------------


def view_home(session, role, world):
    return allowed(session.get("/fr"))


def register(session, role, world):
    body = {
        "fullname": "Matrix Applicant",
        "email": f"matrix-{uuid.uuid4().hex[:8]}@example.org",
        "password": "correct-horse-battery-2026",
        "language": "fr",
        "kind": "company",
        "company": {
            "title": "Matrix SARL",
            "country": "SN",
            "registration_number": "SN-DKR-2020-B-12345",
            "city": "Dakar",
            "sectors": ["agrifood"],
            "size_band": "small",
            "experience_level": "growing",
        },
        "consents": {"terms": True, "privacy": True},
        "captcha": solved_captcha(session),
    }
    return allowed(session.post("/@tremplin-registration", json=body))


def self_register_stock(session, role, world):
    name = f"self-{uuid.uuid4().hex[:8]}"
    body = {"username": name, "email": f"{name}@example.org", "password": PASSWORD}
    return allowed(session.post("/@users", json=body))


def view_verified_company(session, role, world):
    return allowed(session.get(AHMED))


def view_draft_company(session, role, world):
    return allowed(session.get(AMINATA))


def _same_description(session, world, path):
    # Writing back the value already there: an allowed edit changes nothing.
    transaction.begin()
    description = world.portal.unrestrictedTraverse(path.lstrip("/")).description
    return session.patch(path, json={"description": description})


def edit_own_profile(session, role, world):
    return allowed(_same_description(session, world, OWN_PROFILE[role]))


def edit_other_company(session, role, world):
    return allowed(_same_description(session, world, AHMED))


def share_own_profile(session, role, world):
    # Taking from Ahmed a role he does not hold: allowed, it changes nothing.
    entries = [{"id": "ahmed", "type": "user", "roles": {"Reader": False}}]
    return allowed(
        session.post(f"{OWN_PROFILE[role]}/@sharing", json={"entries": entries})
    )


def add_verification_document(session, role, world):
    body = {
        "@type": "VerificationDocument",
        "title": "Justificatif de domicile",
        "document_kind": "proof_of_address",
        "file": {
            "data": base64.b64encode(b"%PDF-1.4 matrix").decode(),
            "encoding": "base64",
            "filename": "domicile.pdf",
            "content-type": "application/pdf",
        },
    }
    return allowed(session.post(OWN_PROFILE[role], json=body))


def read_other_verification_document(session, role, world):
    return allowed(session.get(f"{AHMED_DOCUMENT}/@@download/file"))


def read_review_queue(session, role, world):
    return allowed(session.get("/@tremplin-review-queue"))


def run_checks(session, role, world):
    return allowed(session.get(f"{SUBMITTED}/@tremplin-checks"))


def review_decision(session, role, world):
    response = session.post(
        f"{SUBMITTED}/@tremplin-review", json={"action": "start_review"}
    )
    if response.ok:
        world.set_state(SUBMITTED, "submitted")
    return allowed(response)


def submit_own_profile(session, role, world):
    path = OWN_DRAFT[role]
    response = session.post(f"{path}/@workflow/submit", json={"comment": "Complet."})
    if response.ok:
        world.set_state(path, "draft")
    if response.status_code == 400 and response.json()["error"]["type"] == (
        "WorkflowException"
    ):
        return "no"  # the transition exists in this state; its guard refused it
    return allowed(response)


def view_roles(session, role, world):
    return allowed(session.get("/@tremplin-roles"))


def modify_roles(session, role, world):
    # Awa keeps the role she has: an allowed call changes nothing.
    body = {"user": "awa", "roles": ["Company Representative"]}
    return allowed(session.post("/@tremplin-roles", json=body))


def grant_temporary_access(session, role, world):
    start = datetime.now(UTC)
    body = {
        "user": "ahmed",
        "role": "Reader",
        "start": start.date().isoformat(),
        "end": (start + timedelta(days=2)).date().isoformat(),
        "reason": "Access matrix",
    }
    response = session.post(f"{AWA}/@tremplin-temporary-access", json=body)
    if response.ok:
        grant = response.json()["id"]
        revoked = session.delete(f"{AWA}/@tremplin-temporary-access/{grant}")
        assert revoked.status_code == 204, revoked.text
    return allowed(response)


def view_audit_log(session, role, world):
    return allowed(session.get("/@tremplin-audit"))


def export_audit_csv(session, role, world):
    response = session.get("/@tremplin-audit", params={"format": "csv"})
    if response.ok:
        assert response.headers["Content-Type"].startswith("text/csv")
    return allowed(response)


def privileges_report(session, role, world):
    return allowed(session.get("/@tremplin-audit-privileges"))


def view_verified_expert(session, role, world):
    return allowed(session.get(MENTOR_PROFILE))


def search_directory(session, role, world):
    return allowed(session.get("/fr/@tremplin-directory"))


def feature_profile(session, role, world):
    # Writing back the flag already there: an allowed call changes nothing.
    return allowed(
        session.post(f"{AHMED}/@tremplin-featured", json={"featured": False})
    )


def take_own_assessment(session, role, world):
    draft = f"{OWN_COMPANY[role]}/@tremplin-assessment-draft"
    current = session.get(draft)
    saved = (current.json().get("draft") or {}) if current.ok else {}
    body = {"answers": {}}
    if "revision" in saved:  # the world is shared: a draft may exist
        body["revision"] = saved["revision"]
    return allowed(session.patch(draft, json=body))


def read_own_assessment(session, role, world):
    return allowed(session.get(f"{OWN_COMPANY[role]}/@tremplin-assessment"))


def read_other_assessment_report(session, role, world):
    return allowed(session.get(f"{AHMED}/@tremplin-assessment-report"))


ACTIONS = {
    function.__name__: function
    for function in (
        view_home,
        register,
        self_register_stock,
        view_verified_company,
        view_draft_company,
        edit_own_profile,
        edit_other_company,
        share_own_profile,
        add_verification_document,
        read_other_verification_document,
        read_review_queue,
        run_checks,
        review_decision,
        submit_own_profile,
        view_roles,
        modify_roles,
        grant_temporary_access,
        view_audit_log,
        export_audit_csv,
        privileges_report,
        view_verified_expert,
        search_directory,
        feature_profile,
        take_own_assessment,
        read_own_assessment,
        read_other_assessment_report,
    )
}


def test_the_file_is_well_formed():
    with MATRIX_FILE.open(encoding="utf-8", newline="") as matrix:
        header = next(csv.reader(matrix))
    assert header == ["action", "description", *ROLES]
    rows = read_matrix()
    assert [row["action"] for row in rows] == list(ACTIONS)
    for row in rows:
        assert row["description"].strip()
        assert {row[role] for role in ROLES} <= {"yes", "no"}, row["action"]


class TestAccessMatrix:
    @pytest.mark.parametrize("action,role,expected", cells())
    def test_cell(self, world, action, role, expected):
        assert ACTIONS[action](world.session(role), role, world) == expected
