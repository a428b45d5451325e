"""Test layers: one Tremplin site (fr + en, demo content) shared by every test."""

from datetime import datetime
from datetime import timedelta
from datetime import UTC
from plone import api
from plone.app.robotframework.autologin import AutoLogin
from plone.app.robotframework.content import Content
from plone.app.robotframework.remote import RemoteLibrary
from plone.app.robotframework.remote import RemoteLibraryLayer
from plone.app.robotframework.server import Zope2ServerRemote
from plone.app.robotframework.testing import WSGI_SERVER_SINGLE_THREADED_FIXTURE
from plone.app.robotframework.users import Users
from plone.app.robotframework.utils import disableCSRFProtection
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.supermodel.model import finalizeSchemas
from plone.testing.zope import WSGI_SERVER_FIXTURE
from Products.SiteAccess.VirtualHostMonster import manage_addVirtualHostMonster
from typing import ClassVar

import os
import time
import time_machine


# Our .po files are compiled at ZCML load time (as the instance does it).
os.environ.setdefault("zope_i18n_compile_mo_files", "true")
# bcrypt at its cheapest for test sites (security/passwords/hashing.py):
# every authenticated test request checks a password; production uses 12.
os.environ.setdefault("TREMPLIN_BCRYPT_ROUNDS", "4")


class TremplinLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import oif.tremplin

        self.loadZCML(package=oif.tremplin)
        # Test modules import our schemas before any ZCML is loaded, so the
        # schema plugins registered since (plone.app.multilingual's
        # language-independent fields) never ran on them. A running instance
        # finalizes schemas after loading all ZCML; do the same here.
        finalizeSchemas()
        # A running Zope has one; Volto's API proxy rewrites every URL through it.
        if "virtual_hosting" not in app.objectIds():
            manage_addVirtualHostMonster(app, "virtual_hosting")

    def setUpPloneSite(self, portal):
        from oif.tremplin.demo import create_demo_content
        from plone import api

        applyProfile(portal, "oif.tremplin:default")
        # The tests sign members in with HTTP Basic (off on a real site:
        # security/abuse/basic_auth.py); tests/security/abuse turns it off.
        api.portal.set_registry_record("oif.tremplin.security.basic_auth_enabled", True)
        with api.env.adopt_roles(["Manager"]):
            create_demo_content(portal)

    def testSetUp(self):
        from oif.tremplin.directory.answers import ANSWERS

        # Each test's database starts again from the layer's, so catalog
        # serials may recur across tests; in a site they never do.
        ANSWERS.invalidateAll()


TREMPLIN_FIXTURE = TremplinLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(TREMPLIN_FIXTURE,), name="Tremplin:Integration"
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(TREMPLIN_FIXTURE, WSGI_SERVER_FIXTURE), name="Tremplin:Functional"
)

# The SMTP catcher of the browser tests (`make -C backend mail-catcher`,
# started by frontend/acceptance/playwright.config.ts): real mails, read by
# the specs from its Maildir.
ACCEPTANCE_SMTP_PORT = int(os.environ.get("TREMPLIN_ACCEPTANCE_SMTP_PORT", "55025"))
# Links in mails lead to the browser tests' Volto (frontend/acceptance/helpers/env.ts).
ACCEPTANCE_FRONTEND_URL = os.environ.get(
    "TREMPLIN_ACCEPTANCE_FRONTEND_URL", "http://127.0.0.1:3001"
)


class AcceptanceMailLayer(PloneSandboxLayer):
    """The acceptance site sends its mail to the SMTP catcher on loopback,
    with links to the acceptance frontend."""

    defaultBases = (TREMPLIN_FIXTURE,)

    def setUpPloneSite(self, portal):
        from plone import api

        # Plone's SMTP mailer reads the registry, not the MailHost's attributes.
        api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
        api.portal.set_registry_record("plone.smtp_port", ACCEPTANCE_SMTP_PORT)
        api.portal.set_registry_record(
            "plone.email_from_address", "noreply@tremplin.test"
        )
        api.portal.set_registry_record("plone.email_from_name", "Tremplin")
        api.portal.set_registry_record("volto.frontend_domain", ACCEPTANCE_FRONTEND_URL)


ACCEPTANCE_MAIL_FIXTURE = AcceptanceMailLayer()


def _keep_connections_alive() -> None:
    """Date the open connections of the test server from the moved clock.

    waitress closes connections idle for longer than its channel timeout;
    after a jump of days every keep-alive connection (the browser's, Volto's)
    would look idle and be reset under the next request. The keyword runs
    in the server's only thread, so nothing else touches them meanwhile.
    """
    server = getattr(WSGI_SERVER_SINGLE_THREADED_FIXTURE, "server", None)
    now = time.time()
    for channel in getattr(server, "active_channels", {}).values():
        channel.last_activity = now


class ClockRemote(RemoteLibrary):
    """Keywords that move the server's clock (time-machine, whole process).

    Acceptance only: the browser tests make a temporary access expire or a
    verification come due without waiting. Resetting the database also
    brings the clock back to the present, so no test inherits a moved clock.
    """

    _travellers: ClassVar[list] = []

    def travel_to_days_from_now(self, days):
        """Move the clock `days` (may be negative) from the real present; it
        keeps ticking. JWTs issued before the move may have expired."""
        self.return_to_present()
        destination = datetime.now(UTC) + timedelta(days=float(days))
        traveller = time_machine.travel(destination, tick=True)
        traveller.start()
        self._travellers.append(traveller)
        _keep_connections_alive()
        return destination.isoformat()

    def return_to_present(self):
        """Put the clock back to the real time."""
        while self._travellers:
            self._travellers.pop().stop()
        _keep_connections_alive()

    def remote_zodb_setup(self, layer_dotted_name):
        self.return_to_present()
        super().remote_zodb_setup(layer_dotted_name)

    def remote_zodb_teardown(self, layer_dotted_name):
        self.return_to_present()
        super().remote_zodb_teardown(layer_dotted_name)


class SecurityRemote(RemoteLibrary):
    """Keywords for accounts whose role requires two-step verification.

    Acceptance only: the browser tests that are not about the login get a
    moderator's or administrator's token without computing TOTP codes (a
    code is accepted once per 30-second step, and some tests move the
    server's clock by days). frontend/acceptance/helpers/mfa.ts calls them.
    """

    def enrol_totp(self, login):
        """Turn TOTP on for ``login`` unless she has a second factor already
        (the demo moderator and administrator have one); return her TOTP key
        (base32)."""
        from oif.tremplin.security.mfa import enrol_totp
        from oif.tremplin.security.mfa import mfa_enabled
        from oif.tremplin.security.mfa import store
        from oif.tremplin.security.mfa import totp

        disableCSRFProtection()
        user = api.portal.get_tool("acl_users").getUser(login)
        if user is None:
            raise ValueError(f"no account with the login {login}")
        if not mfa_enabled(user.getId()):
            enrol_totp(user.getId(), totp.new_secret())
        return (store.account(user.getId()).get("totp") or {}).get("secret", "")

    def mfa_token(self, login):
        """The token of a session opened with the second factor for
        ``login``, as ``@tremplin-login-code`` hands it out (TOTP turned on
        first when she has no second factor)."""
        from oif.tremplin.security.sessions import issue_token

        self.enrol_totp(login)
        user = api.portal.get_tool("acl_users").getUser(login)
        return issue_token(self.REQUEST, user, mfa=True)


# plone.app.robotframework's bundle, with the clock and without its mock mail
# keywords (the acceptance site sends real mail). Published as RobotRemote.
TREMPLIN_REMOTE_LIBRARY_FIXTURE = RemoteLibraryLayer(
    bases=(TREMPLIN_FIXTURE,),
    libraries=(
        ClockRemote,
        AutoLogin,
        Content,
        Users,
        Zope2ServerRemote,
        SecurityRemote,
    ),
    name="TremplinRemoteLibrary:RobotRemote",
)

# Served by `make -C backend acceptance-server` for the Playwright suite, which
# resets the database around each test through the RobotRemote library.
ACCEPTANCE_TESTING = FunctionalTesting(
    bases=(
        ACCEPTANCE_MAIL_FIXTURE,
        TREMPLIN_REMOTE_LIBRARY_FIXTURE,
        WSGI_SERVER_SINGLE_THREADED_FIXTURE,
    ),
    name="Tremplin:Acceptance",
)
