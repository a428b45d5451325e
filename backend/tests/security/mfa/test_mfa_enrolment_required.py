"""Managers, Site Administrators and Moderators must enrol a second factor
before they reach their screens; they can always enrol."""

from mfa_helpers import code_at
from mfa_helpers import login_of
from mfa_helpers import PASSWORD
from oif.tremplin.security.mfa import mfa_required
from plone import api

import pytest
import transaction


@pytest.fixture
def first_token(password_step):
    """The token of a password-only sign-in, before enrolment."""

    def sign_in(userid: str) -> str:
        response = password_step(userid)
        assert response.status_code == 200, response.text
        assert response.json()["mfa_enrolment_required"] is True
        return response.json()["token"]

    return sign_in


def assert_enrolment_required(response):
    assert response.status_code == 403, response.text
    assert response.json()["type"] == "MFAEnrolmentRequired"
    assert "vérification en deux étapes" in response.json()["message"]  # site: fr


class TestWhoMustEnrol:
    @pytest.mark.parametrize(
        "userid,required",
        [("nadia", False), ("fatou", True), ("jeanmarc", True)],
    )
    def test_by_global_role_through_groups(self, people, userid, required):
        transaction.begin()
        user = api.portal.get_tool("acl_users").getUserById(userid)
        assert mfa_required(user) is required

    def test_local_roles_do_not_count(self, people):
        transaction.begin()
        folder = api.portal.get()["fr"]
        api.user.grant_roles(username="nadia@example.org", obj=folder, roles=["Editor"])
        user = api.portal.get_tool("acl_users").getUserById("nadia")
        assert mfa_required(user) is False

    def test_member_sign_in_has_no_enrolment_flag(self, password_step):
        response = password_step("nadia")
        assert response.status_code == 200
        assert set(response.json()) == {"token"}


class TestRefusedBeforeEnrolment:
    @pytest.mark.parametrize(
        "userid,path",
        [
            ("fatou", "/@tremplin-review-queue"),
            ("jeanmarc", "/@tremplin-roles"),
            ("jeanmarc", "/@tremplin-audit"),
            ("jeanmarc", "/@controlpanels"),
            ("jeanmarc", "/@users"),
            ("fatou", "/@users/nadia"),
            ("fatou", "/@search"),
            ("fatou", "/fr/entreprises"),
        ],
    )
    def test_screens_are_refused(self, first_token, bearer, userid, path):
        assert_enrolment_required(bearer(first_token(userid)).get(path))

    def test_basic_auth_is_refused_too(self, request_factory):
        session = request_factory(basic_auth=(login_of("fatou"), PASSWORD))
        assert_enrolment_required(session.get("/@tremplin-review-queue"))

    def test_writes_are_refused(self, first_token, bearer):
        session = bearer(first_token("jeanmarc"))
        response = session.patch("/fr", json={"title": "Piraté"})
        assert_enrolment_required(response)
        transaction.begin()
        assert api.portal.get()["fr"].title != "Piraté"

    @pytest.mark.parametrize(
        "path",
        [
            "/@tremplin-mfa",
            "/@site",
            "/@navigation",
            "/@breadcrumbs",
            "/@actions",
            "/@types",
            "/fr/@translations",
            "/@users/fatou",
            "/",
            "/fr",
            "/fr?expand=breadcrumbs,navigation,actions,types,translations",
        ],
    )
    def test_what_she_needs_to_enrol_stays_open(self, first_token, bearer, path):
        response = bearer(first_token("fatou")).get(path)
        assert response.status_code == 200, response.text


class TestEnrolmentOpensTheScreens:
    def test_enrol_then_sign_in_with_a_code(self, anon, first_token, bearer, sign_in):
        # One browser: its cookies (plone.session's, from the password-only
        # sign-in) go along with every request, as they would in Volto.
        session = anon
        session.headers["Authorization"] = f"Bearer {first_token('fatou')}"
        assert session.get("/@tremplin-mfa").json()["required"] is True
        setup = session.post("/@tremplin-mfa/totp")
        assert setup.status_code == 200, setup.text
        confirmed = session.post(
            "/@tremplin-mfa/totp/confirm",
            json={"code": code_at(setup.json()["secret"])},
        )
        assert confirmed.status_code == 200, confirmed.text
        assert len(confirmed.json()["recovery_codes"]) == 10
        # The token of the password-only sign-in is not enough any more
        # (the sessions hook asks for a sign-in with the second factor)...
        assert session.get("/@tremplin-review-queue").status_code == 401
        # ... the one issued with the confirmation is.
        assert bearer(confirmed.json()["token"]).get("/@tremplin-review-queue").ok
        # So is the next sign-in's, through both steps.
        del session.headers["Authorization"]
        token = sign_in("fatou", code_at(setup.json()["secret"], steps=1))
        assert bearer(token).get("/@tremplin-review-queue").status_code == 200

    def test_administrator_reaches_her_screens_after_enrolment(
        self, enrolled, sign_in, bearer
    ):
        enrolled("jeanmarc")
        session = bearer(sign_in("jeanmarc"))
        for path in ("/@tremplin-roles", "/@tremplin-audit", "/@controlpanels"):
            assert session.get(path).status_code == 200, path
