"""Spec §6.2.3: administrators give and take roles; every change is audited."""

from oif.tremplin.security.sessions.testing import signed_in_with_mfa
from plone import api

import pytest
import transaction


def roles_of(admin, user):
    items = admin.get("/@tremplin-roles", params={"q": user}).json()["items"]
    return next(item for item in items if item["id"] == user)


class TestListing:
    def test_members_with_roles_and_experience(self, admin):
        response = admin.get("/@tremplin-roles")
        assert response.status_code == 200, response.text
        body = response.json()
        awa = next(item for item in body["items"] if item["id"] == "awa")
        assert awa == {
            "id": "awa",
            "fullname": "Awa NDIAYE",
            "email": "awa.ndiaye@demo.tremplin.test",
            "roles": ["Company Representative"],
            "experience_level": "experienced",
        }
        moderator = next(i for i in body["items"] if i["id"] == "moderateur")
        assert moderator["roles"] == ["Moderator"]
        assert moderator["experience_level"] is None
        assert [role["id"] for role in body["roles"]] == [
            "Moderator",
            "Company Representative",
            "Expert",
            "Site Administrator",
        ]

    @pytest.mark.parametrize("query", ["NDIAYE", "awa.ndiaye@demo", "awa"])
    def test_search_by_name_or_email(self, admin, query):
        items = admin.get("/@tremplin-roles", params={"q": query}).json()["items"]
        assert [item["id"] for item in items] == ["awa"]

    def test_batching(self, admin):
        body = admin.get("/@tremplin-roles", params={"b_size": 2}).json()
        assert len(body["items"]) == 2
        assert body["items_total"] >= 5
        assert "next" in body["batching"]

    def test_titles_follow_the_language(self, admin):
        body = admin.get("/@tremplin-roles", headers={"Accept-Language": "en"}).json()
        assert body["roles"][0] == {"id": "Moderator", "title": "Moderator"}


class TestChanges:
    def test_grant_and_revoke_are_audited(self, admin, guest, audit_log):
        response = admin.post(
            "/@tremplin-roles", json={"user": "guest", "roles": ["Moderator", "Expert"]}
        )
        assert response.status_code == 200, response.text
        assert response.json()["roles"] == ["Moderator", "Expert"]
        response = admin.post(
            "/@tremplin-roles", json={"user": "guest", "roles": ["Expert"]}
        )
        assert response.json()["roles"] == ["Expert"]
        assert roles_of(admin, "guest")["roles"] == ["Expert"]
        changes = [
            (e["action"], e["details"], e["actor"])
            for e in reversed(audit_log(action="role.", target="guest"))
        ]
        assert changes == [
            ("role.granted", {"role": "Expert", "group": "experts"}, "administrateur"),
            (
                "role.granted",
                {"role": "Moderator", "group": "moderators"},
                "administrateur",
            ),
            (
                "role.revoked",
                {"role": "Moderator", "group": "moderators"},
                "administrateur",
            ),
        ]

    def test_a_new_administrator_enrols_then_manages_roles(
        self, admin, guest, session_of
    ):
        admin.post(
            "/@tremplin-roles", json={"user": "guest", "roles": ["Site Administrator"]}
        )
        newcomer = session_of("guest")
        refused = newcomer.get("/@tremplin-roles")
        assert refused.status_code == 403
        assert refused.json()["type"] == "MFAEnrolmentRequired"
        enrolled = signed_in_with_mfa(newcomer, "guest")
        assert enrolled.get("/@tremplin-roles").status_code == 200

    @pytest.mark.parametrize(
        "body,field",
        [
            ({"user": "nobody", "roles": []}, "user"),
            ({"user": "awa", "roles": ["Manager"]}, "roles"),
            ({"user": "awa", "roles": ["Reviewer"]}, "roles"),
            ({"user": "awa", "roles": "Moderator"}, "roles"),
            ({"roles": ["Expert"]}, "user"),
        ],
    )
    def test_bad_input_names_the_field(self, admin, audit_log, body, field):
        before = len(audit_log())
        response = admin.post("/@tremplin-roles", json=body)
        assert response.status_code == 400
        assert field in {
            e["field"] for e in __import__("json").loads(response.json()["message"])
        }
        assert roles_of(admin, "awa")["roles"] == ["Company Representative"]
        assert len(audit_log()) == before

    def test_malformed_json_is_a_400(self, admin):
        response = admin.post(
            "/@tremplin-roles", data="{", headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400


@pytest.mark.parametrize("username", [None, "guest", "awa", "moderateur"])
def test_others_cannot(session_of, username):
    session = session_of(username)
    assert session.get("/@tremplin-roles").status_code == 401
    response = session.post(
        "/@tremplin-roles", json={"user": "awa", "roles": ["Moderator"]}
    )
    assert response.status_code == 401


def test_every_way_into_a_group_is_audited(functional_portal, guest, audit_log):
    """Plone's own Users and Groups screens and the workflow use the same PAS
    calls as @tremplin-roles: the log sees them all."""
    transaction.begin()
    api.group.create(groupname="newsletter", title="Newsletter")
    api.group.add_user(groupname="Site Administrators", username="guest")
    api.group.add_user(groupname="newsletter", username="guest")
    api.group.remove_user(groupname="Site Administrators", username="guest")
    transaction.commit()
    entries = [(e["action"], e["details"]) for e in reversed(audit_log(target="guest"))]
    assert entries == [
        (
            "role.granted",
            {"role": "Site Administrator", "group": "Site Administrators"},
        ),
        ("group.joined", {"group": "newsletter"}),
        (
            "role.revoked",
            {"role": "Site Administrator", "group": "Site Administrators"},
        ),
    ]
