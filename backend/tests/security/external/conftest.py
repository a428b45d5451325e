"""The external-login tests: a real OpenID Connect provider on loopback
(authlib), and the whole flow over real HTTP: Plone's
``GET @login-authomatic`` → the provider's form → its redirect with the
code → ``POST @login-authomatic``, Plone calling the provider's token and
key endpoints on 127.0.0.1. Functional modules use the fixtures
``external_site`` and ``members``; the ID-token tests need no site."""

from oif.tremplin.security.external.testing import configure_test_provider
from oif.tremplin.security.external.testing.model import Account
from oif.tremplin.security.external.testing.model import Client
from oif.tremplin.security.external.testing.provider import LoopbackProvider
from plone import api
from urllib.parse import urlsplit

import pytest
import requests
import socket
import transaction


CLIENT_ID = "tremplin"
CLIENT_SECRET = "Client-Secret-Loopback-2026"
PUBLIC_URL = "http://127.0.0.1:3001"
REDIRECT_URI = f"{PUBLIC_URL}/login-authomatic/oif"
PROVIDER_PASSWORD = "Secret-Provider-2026"
MEMBER_PASSWORD = "Baobab-Sous-La-Pluie-2027"
ACCOUNTS = {
    # Nobody on Tremplin has this address: a new Guest.
    "aminata.ext": Account(
        "aminata.ext",
        PROVIDER_PASSWORD,
        "aminata.diallo@annuaire-oif.test",
        "Aminata Diallo",
    ),
    # Nadia's own address, verified by the provider.
    "nadia.ext": Account(
        "nadia.ext", PROVIDER_PASSWORD, "nadia@example.org", "Nadia Ext"
    ),
    # Nadia's address again, but the provider did not verify it.
    "nadia.unverified": Account(
        "nadia.unverified",
        PROVIDER_PASSWORD,
        "nadia@example.org",
        "Not Nadia",
        email_verified=False,
    ),
    "linked.ext": Account(
        "linked.ext", PROVIDER_PASSWORD, "linked@annuaire-oif.test", "Linked Ext"
    ),
}
# userid -> (login, group)
MEMBERS = {
    "nadia": ("nadia@example.org", None),
    "karim": ("karim@example.org", None),
    "fatou": ("fatou@example.org", "moderators"),
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def oidc_provider():
    provider = LoopbackProvider(
        port=_free_port(),
        clients=[Client(CLIENT_ID, CLIENT_SECRET, (REDIRECT_URI,))],
        accounts=list(ACCOUNTS.values()),
    ).start()
    yield provider
    provider.stop()


@pytest.fixture
def external_site(functional_portal, oidc_provider):
    """The site knows the loopback provider as ``oif`` ("Annuaire OIF")."""
    configure_test_provider(
        functional_portal, oidc_provider.issuer, CLIENT_ID, CLIENT_SECRET
    )
    transaction.commit()
    return oidc_provider


@pytest.fixture
def members(functional_portal):
    membership = api.portal.get_tool("portal_membership")
    acl_users = api.portal.get_tool("acl_users")
    for userid, (login, group) in MEMBERS.items():
        membership.addMember(
            userid,
            MEMBER_PASSWORD,
            ("Member",),
            "",
            {"email": login, "fullname": userid},
        )
        acl_users.updateLoginName(userid, login)
        if group:
            api.portal.get_tool("portal_groups").addPrincipalToGroup(userid, group)
    transaction.commit()
    return MEMBERS


@pytest.fixture
def client_registration() -> dict:
    """How the site is registered at the provider (for direct calls to it)."""
    return {"id": CLIENT_ID, "secret": CLIENT_SECRET, "redirect_uri": REDIRECT_URI}


@pytest.fixture
def provider_accounts() -> dict:
    return ACCOUNTS


@pytest.fixture
def mails(inbox):
    return inbox


@pytest.fixture
def anon(request_factory):
    return request_factory()


@pytest.fixture
def member(request_factory):
    """A REST session of a member, by her userid (HTTP Basic)."""

    def session_for(userid: str):
        return request_factory(basic_auth=(MEMBERS[userid][0], MEMBER_PASSWORD))

    return session_for


class ProviderBrowser:
    """What a browser does between Plone and the provider, with requests."""

    def __init__(self, session):
        self.session = session  # a REST session on ++api++
        self.browser = requests.Session()

    def start(self, provider_id: str = "oif") -> dict:
        reply = self.session.get(
            f"/@login-authomatic/{provider_id}", params={"publicUrl": PUBLIC_URL}
        )
        assert reply.status_code == 200, reply.text
        return reply.json()

    def authorize(self, next_url: str, username: str, password=PROVIDER_PASSWORD):
        """Sign in on the provider's form; returns its redirect (a requests
        response, not followed)."""
        form = self.browser.get(next_url, timeout=10)
        assert form.status_code == 200, form.text
        assert 'for="username">Identifiant' in form.text
        return self.browser.post(
            next_url,
            data={"username": username, "password": password},
            allow_redirects=False,
            timeout=10,
        )

    def callback(self, username: str, **overrides) -> dict:
        """The body Volto posts back to ``@login-authomatic`` after the
        provider's redirect."""
        started = self.start()
        redirect = self.authorize(started["next_url"], username)
        assert redirect.status_code == 302, redirect.text
        location = urlsplit(redirect.headers["Location"])
        assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT_URI
        body = {"qs": f"?{location.query}", "session": started["session"]}
        return {**body, "publicUrl": PUBLIC_URL, **overrides}

    def finish(self, body: dict, provider_id: str = "oif"):
        return self.session.post(f"/@login-authomatic/{provider_id}", json=body)

    def sign_in(self, username: str):
        """The whole external sign-in; the response of the last step."""
        return self.finish(self.callback(username))


@pytest.fixture
def through_provider():
    """``through_provider(session)``: a ProviderBrowser for that session."""
    return ProviderBrowser
