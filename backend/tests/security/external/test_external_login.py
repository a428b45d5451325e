"""External sign-ins that succeed end like ``@login``: a session token of
ours (never the plugin's ``create_token``, never ``__ac``), the MFA step
when the account has a second factor."""

from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.security.external import store
from oif.tremplin.security.external.identities import authomatic_plugin
from oif.tremplin.security.sessions.testing import enable_test_totp
from oif.tremplin.security.sessions.testing import payload_of
from oif.tremplin.security.sessions.testing import session_record
from plone import api

import pyotp
import pytest
import transaction


pytestmark = pytest.mark.usefixtures("external_site", "members")


def the_external_account() -> str:
    transaction.begin()
    (userid,) = authomatic_plugin()._useridentities_by_userid.keys()
    return userid


def test_an_unknown_identity_becomes_a_guest_with_a_session(anon, through_provider):
    reply = through_provider(anon).sign_in("aminata.ext")
    assert reply.status_code == 200, reply.text
    answer = reply.json()
    assert answer["new_account"] is True
    assert "__ac" not in reply.cookies
    userid = the_external_account()
    claims = payload_of(answer["token"])
    assert claims["sub"] == userid
    record = session_record(claims["sid"])
    assert record["userid"] == userid
    assert record["mfa"] is False
    user = api.user.get(userid=userid)
    assert user.getProperty("email") == "aminata.diallo@annuaire-oif.test"
    assert user.getProperty("fullname") == "Aminata Diallo"
    created = next(audit.entries(action="security.external.account_created"))
    assert created["target"] == userid
    assert created["details"]["provider"] == "oif"


def test_the_guest_signs_in_again_as_herself(anon, bearer_session, through_provider):
    through_provider(anon).sign_in("aminata.ext")
    userid = the_external_account()
    again = through_provider(anon).sign_in("aminata.ext")
    assert again.status_code == 200, again.text
    assert "new_account" not in again.json()
    assert payload_of(again.json()["token"])["sub"] == userid
    assert the_external_account() == userid
    me = bearer_session(again.json()["token"]).get("/@users/" + userid)
    assert me.status_code == 200


def test_a_member_links_an_identity_then_signs_in_with_it(
    anon, member, mails, through_provider
):
    reply = through_provider(member("nadia")).sign_in("linked.ext")
    assert reply.status_code == 200, reply.text
    assert reply.json() == {"linked": {"provider": "oif", "title": "Annuaire OIF"}}
    assert "token" not in reply.json()
    transaction.begin()
    link = store.links_of("nadia")["oif"]
    assert link["email"] == "linked@annuaire-oif.test"
    assert next(audit.entries(action="security.external.linked"))["target"] == "nadia"
    (alert,) = mails.to("nadia@example.org")
    assert "Annuaire OIF" in alert.get_content()

    signed_in = through_provider(anon).sign_in("linked.ext")
    assert signed_in.status_code == 200, signed_in.text
    assert set(signed_in.json()) == {"token"}
    assert payload_of(signed_in.json()["token"])["sub"] == "nadia"
    assert authomatic_plugin()._useridentities_by_userid.get("nadia") is None


def test_the_code_step_completes_an_external_sign_in(anon, member, through_provider):
    through_provider(member("nadia")).sign_in("linked.ext")
    secret = enable_test_totp("nadia@example.org")
    challenge = through_provider(anon).sign_in("linked.ext").json()["challenge"]
    reply = anon.post(
        "/@tremplin-login-code",
        json={"challenge": challenge, "code": pyotp.TOTP(secret).now()},
    )
    assert reply.status_code == 200, reply.text
    claims = payload_of(reply.json()["token"])
    assert claims["sub"] == "nadia"
    assert session_record(claims["sid"])["mfa"] is True


def test_a_moderator_without_a_second_factor_must_enrol(
    anon, through_provider, provider_accounts
):
    # Linked before her role required a second factor (she cannot link
    # now: until she enrols, only the enrolment screens answer her).
    transaction.begin()
    account = provider_accounts["linked.ext"]
    store.link("fatou", "oif", account.sub, account.email, clock.now())
    transaction.commit()
    reply = through_provider(anon).sign_in("linked.ext")
    assert reply.status_code == 200, reply.text
    assert reply.json()["mfa_enrolment_required"] is True


def test_linking_again_at_the_same_provider_replaces_the_identity(
    member, through_provider
):
    nadia = member("nadia")
    through_provider(nadia).sign_in("linked.ext")
    transaction.begin()
    first = store.links_of("nadia")["oif"]["sub"]
    assert through_provider(nadia).sign_in("aminata.ext").status_code == 200
    transaction.begin()
    links = store.links_of("nadia")
    assert links["oif"]["sub"] != first
    assert store.linked_member("oif", first) is None


@pytest.fixture
def bearer_session(request_factory):
    def session_for(token: str):
        session = request_factory()
        session.headers["Authorization"] = f"Bearer {token}"
        return session

    return session_for
