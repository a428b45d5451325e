"""``@tremplin-external-identities``: a member lists and unlinks her own
external accounts."""

from oif.tremplin.core import audit
from oif.tremplin.security.external import store

import pytest
import transaction


pytestmark = pytest.mark.usefixtures("external_site", "members")


def test_an_empty_list_still_names_the_providers(member):
    reply = member("karim").get("/@tremplin-external-identities")
    assert reply.status_code == 200
    assert reply.json()["items"] == []
    assert reply.json()["providers"] == [{"id": "oif", "title": "Annuaire OIF"}]


def test_her_linked_accounts_are_listed(member, through_provider):
    nadia = member("nadia")
    through_provider(nadia).sign_in("linked.ext")
    (item,) = nadia.get("/@tremplin-external-identities").json()["items"]
    assert item["provider"] == "oif"
    assert item["title"] == "Annuaire OIF"
    assert item["email"] == "linked@annuaire-oif.test"
    assert item["linked"].startswith("20")
    assert member("karim").get("/@tremplin-external-identities").json()["items"] == []


def test_unlinking_alerts_and_audits(anon, member, mails, through_provider):
    nadia = member("nadia")
    through_provider(nadia).sign_in("linked.ext")
    reply = nadia.delete("/@tremplin-external-identities/oif")
    assert reply.status_code == 204, reply.text
    transaction.begin()
    assert store.links_of("nadia") == {}
    assert store.linked_member("oif", "x") is None
    entry = next(audit.entries(action="security.external.unlinked"))
    assert (entry["target"], entry["details"]) == ("nadia", {"provider": "oif"})
    subjects = [m["Subject"] for m in mails.to("nadia@example.org")]
    assert len(subjects) == 2  # linked, then unlinked
    assert nadia.delete("/@tremplin-external-identities/oif").status_code == 404
    # Unlinked, the identity is a stranger again: a new Guest.
    again = through_provider(anon).sign_in("linked.ext")
    assert again.json().get("new_account") is True


def test_a_deleted_member_takes_her_links_along(member, through_provider):
    from plone import api

    through_provider(member("nadia")).sign_in("linked.ext")
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        api.user.delete(username="nadia")
    transaction.commit()
    assert store.links_of("nadia") == {}
