"""What an external sign-in must refuse, over real HTTP with the loopback
provider. Every refusal writes nothing but its audit entry."""

from base64 import urlsafe_b64encode
from oif.tremplin.core import audit
from oif.tremplin.security.external import store
from oif.tremplin.security.external.identities import authomatic_plugin
from oif.tremplin.security.external.testing import configure_test_provider
from oif.tremplin.security.sessions.testing import enable_test_totp
from plone import api
from urllib.parse import parse_qsl
from urllib.parse import urlencode
from urllib.parse import urlsplit

import json
import socket
import pytest
import requests
import transaction


pytestmark = pytest.mark.usefixtures("external_site", "members")


def external_accounts() -> int:
    transaction.begin()
    return len(authomatic_plugin()._useridentities_by_userid)


def assert_refused(reply, status=401, kind="ExternalLoginFailed"):
    assert reply.status_code == status, reply.text
    error = reply.json()["error"]
    assert error["type"] == kind
    assert error["message"]
    assert "token" not in reply.json()
    assert "__ac" not in reply.cookies


def with_state(body: dict, csrf: str) -> dict:
    params = dict(parse_qsl(body["qs"][1:]))
    state = {"csrf": csrf, "user_state": ""}
    params["state"] = urlsafe_b64encode(json.dumps(state).encode()).decode()
    return {**body, "qs": f"?{urlencode(params)}"}


def test_tampered_state_is_refused(anon, through_provider):
    flow = through_provider(anon)
    body = with_state(flow.callback("aminata.ext"), "0" * 26)
    assert_refused(flow.finish(body))
    assert external_accounts() == 0
    assert next(audit.entries(action="security.external.failed"))["details"] == {
        "provider": "oif",
        "reason": "refused",
    }


def test_a_session_from_another_sign_in_is_refused(anon, through_provider):
    """The code of one browser with the state cookie of another (login CSRF)."""
    victim = through_provider(anon).callback("aminata.ext")
    attacker = through_provider(anon).start()
    assert_refused(through_provider(anon).finish({**victim, **attacker}))
    assert external_accounts() == 0


def test_a_forged_session_is_refused(anon, through_provider):
    flow = through_provider(anon)
    body = flow.callback("aminata.ext")
    encoded, timestamp, _signature = body["session"].split("|")
    forged = f"{encoded}|{timestamp}|{'0' * 40}"
    assert_refused(flow.finish({**body, "session": forged}))
    assert_refused(flow.finish({**body, "session": ""}))
    assert external_accounts() == 0


def test_a_code_is_used_once(anon, through_provider):
    flow = through_provider(anon)
    body = flow.callback("aminata.ext")
    assert flow.finish(body).status_code == 200
    assert_refused(flow.finish(body))


def test_cancelling_at_the_provider_signs_nobody_in(anon, through_provider):
    flow = through_provider(anon)
    started = flow.start()
    flow.browser.get(started["next_url"], timeout=10)
    cancelled = flow.browser.post(
        started["next_url"], data={"cancel": "1"}, allow_redirects=False, timeout=10
    )
    query = urlsplit(cancelled.headers["Location"]).query
    assert dict(parse_qsl(query))["error"] == "access_denied"
    body = {"qs": f"?{query}", "session": started["session"]}
    assert_refused(flow.finish(body))


def test_the_provider_refuses_an_authorization_request_without_pkce(
    anon, through_provider
):
    started = through_provider(anon).start()
    parts = urlsplit(started["next_url"])
    params = dict(parse_qsl(parts.query))
    assert params["code_challenge_method"] == "S256"
    for dropped in ("code_challenge", "code_challenge_method"):
        without = {k: v for k, v in params.items() if k != dropped}
        reply = requests.get(
            f"{parts.scheme}://{parts.netloc}{parts.path}?{urlencode(without)}",
            allow_redirects=False,
            timeout=10,
        )
        location = dict(parse_qsl(urlsplit(reply.headers["Location"]).query))
        assert location["error"] == "invalid_request"


@pytest.mark.parametrize("verifier", [None, "W" * 64])
def test_the_provider_refuses_a_missing_or_wrong_verifier(
    anon, through_provider, external_site, client_registration, verifier
):
    """What Plone sends is right; an attacker holding only the code is not."""
    body = through_provider(anon).callback("aminata.ext")
    code = dict(parse_qsl(body["qs"][1:]))["code"]
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": client_registration["redirect_uri"],
    }
    if verifier:
        form["code_verifier"] = verifier
    reply = requests.post(
        f"{external_site.issuer}/token",
        data=form,
        auth=(client_registration["id"], client_registration["secret"]),
        timeout=10,
    )
    assert reply.status_code == 400
    assert reply.json()["error"] in ("invalid_request", "invalid_grant")
    assert "id_token" not in reply.json()


def test_an_unknown_provider_is_not_found(anon):
    reply = anon.post("/@login-authomatic/nowhere", json={"qs": "?code=x"})
    assert reply.status_code == 404


def test_a_provider_that_is_not_openid_connect_is_refused(anon, functional_portal):
    config = {
        "github": {
            "class_": "authomatic.providers.oauth2.GitHub",
            "consumer_key": "k",
            "consumer_secret": "s",
        }
    }
    api.portal.set_registry_record(
        "pas.plugins.authomatic.interfaces.IPasPluginsAuthomaticSettings.json_config",
        json.dumps(config),
    )
    transaction.commit()
    reply = anon.post(
        "/@login-authomatic/github", json={"qs": "?code=abc&state=x", "session": "s"}
    )
    assert_refused(reply)


def test_malformed_json_is_a_bad_request(anon):
    reply = anon.post(
        "/@login-authomatic/oif",
        data="{not json",
        headers={"Content-Type": "application/json"},
    )
    assert reply.status_code == 400


def test_an_address_of_a_member_is_not_an_automatic_link(anon, through_provider):
    reply = through_provider(anon).sign_in("nadia.ext")
    assert_refused(reply, 409, "AccountExists")
    message = reply.json()["error"]["message"]
    assert "mot de passe" in message or "password" in message  # fr once i18n ran
    assert external_accounts() == 0
    assert store.links_of("nadia") == {}


def test_an_unverified_address_is_ignored(anon, through_provider):
    reply = through_provider(anon).sign_in("nadia.unverified")
    assert reply.status_code == 200, reply.text
    assert reply.json()["new_account"] is True
    transaction.begin()
    userid = next(iter(authomatic_plugin()._useridentities_by_userid))
    assert not api.user.get(userid=userid).getProperty("email")
    assert store.links_of("nadia") == {}


def test_an_identity_linked_to_a_member_cannot_be_linked_again(
    member, through_provider
):
    assert through_provider(member("nadia")).sign_in("linked.ext").status_code == 200
    reply = through_provider(member("karim")).sign_in("linked.ext")
    assert_refused(reply, 409, "IdentityInUse")
    transaction.begin()
    assert store.links_of("karim") == {}
    assert set(store.links_of("nadia")) == {"oif"}


def test_an_external_guest_identity_cannot_be_linked_to_a_member(
    anon, member, through_provider
):
    assert through_provider(anon).sign_in("aminata.ext").status_code == 200
    reply = through_provider(member("karim")).sign_in("aminata.ext")
    assert_refused(reply, 409, "IdentityInUse")


def test_a_linked_account_with_totp_gets_a_challenge_not_a_token(
    anon, member, through_provider
):
    assert through_provider(member("nadia")).sign_in("linked.ext").status_code == 200
    enable_test_totp("nadia@example.org")
    reply = through_provider(anon).sign_in("linked.ext")
    assert reply.status_code == 200, reply.text
    answer = reply.json()
    assert answer["mfa_required"] is True
    assert answer["methods"] == ["totp"]
    assert answer["challenge"] and answer["expires"]
    assert "token" not in answer
    assert "__ac" not in reply.cookies


@pytest.mark.parametrize("method", ["get", "delete"])
def test_anonymous_has_no_identities(anon, method):
    path = "/@tremplin-external-identities" + ("/oif" if method == "delete" else "")
    assert getattr(anon, method)(path).status_code == 401


def test_nobody_removes_another_members_identity(member, through_provider):
    assert through_provider(member("nadia")).sign_in("linked.ext").status_code == 200
    karim = member("karim")
    assert karim.delete("/@tremplin-external-identities/oif").status_code == 404
    assert karim.delete("/@tremplin-external-identities/nadia/oif").status_code == 404
    assert karim.delete("/@tremplin-external-identities").status_code == 404
    transaction.begin()
    assert set(store.links_of("nadia")) == {"oif"}


def test_a_new_external_login_is_a_guest(anon, request_factory, through_provider):
    reply = through_provider(anon).sign_in("aminata.ext")
    assert reply.status_code == 200, reply.text
    token = reply.json()["token"]
    transaction.begin()
    userid = next(iter(authomatic_plugin()._useridentities_by_userid))
    user = api.user.get(userid=userid)
    assert set(user.getRoles()) == {"Member", "Authenticated"}
    assert api.group.get_groups(user=user) == [api.group.get("AuthenticatedUsers")]
    with api.env.adopt_roles(["Manager"]):
        draft = api.content.create(
            container=api.portal.get()["fr"]["entreprises"],
            type="Company",
            title="Brouillon SARL",
        )
    transaction.commit()
    guest = request_factory()
    guest.headers["Authorization"] = f"Bearer {token}"
    assert guest.get("/@users/" + userid).status_code == 200
    draft_path = "/" + "/".join(draft.getPhysicalPath()[2:])
    assert api.content.get_state(draft) == "draft"
    assert guest.get(draft_path).status_code == 401
    assert guest.get("/@tremplin-review-queue").status_code == 401
    assert guest.get("/@tremplin-audit").status_code == 401


def test_starting_with_an_unknown_provider_says_so(anon):
    reply = anon.get("/@login-authomatic/nowhere", params={"publicUrl": "x"})
    assert reply.status_code == 404
    assert reply.json()["error"]["type"] == "ProviderNotFound"
    assert "connexion" in reply.json()["error"]["message"]


def test_starting_with_a_provider_that_is_not_openid_connect_is_refused(
    anon, functional_portal
):
    config = {"github": {"class_": "authomatic.providers.oauth2.GitHub"}}
    api.portal.set_registry_record(
        "pas.plugins.authomatic.interfaces.IPasPluginsAuthomaticSettings.json_config",
        json.dumps(config),
    )
    transaction.commit()
    reply = anon.get("/@login-authomatic/github")
    assert reply.status_code == 404
    assert reply.json()["error"]["type"] == "ProviderNotFound"


def test_a_provider_that_does_not_answer_is_unavailable(anon, functional_portal):
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        silent = f"http://127.0.0.1:{probe.getsockname()[1]}"
    configure_test_provider(functional_portal, silent, "tremplin", "secret")
    transaction.commit()
    reply = anon.get("/@login-authomatic/oif")
    assert reply.status_code == 503
    error = reply.json()["error"]
    assert error["type"] == "ProviderUnavailable"
    assert "ne répond pas" in error["message"]
