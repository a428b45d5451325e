"""Test layers: one Tremplin site (fr + en, demo content) shared by every test."""

from plone.app.robotframework.testing import REMOTE_LIBRARY_BUNDLE_FIXTURE
from plone.app.robotframework.testing import WSGI_SERVER_SINGLE_THREADED_FIXTURE
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.supermodel.model import finalizeSchemas
from plone.testing.zope import WSGI_SERVER_FIXTURE
from Products.SiteAccess.VirtualHostMonster import manage_addVirtualHostMonster

import os


# Our .po files are compiled at ZCML load time (as the instance does it).
os.environ.setdefault("zope_i18n_compile_mo_files", "true")


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
        with api.env.adopt_roles(["Manager"]):
            create_demo_content(portal)


TREMPLIN_FIXTURE = TremplinLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(TREMPLIN_FIXTURE,), name="Tremplin:Integration"
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(TREMPLIN_FIXTURE, WSGI_SERVER_FIXTURE), name="Tremplin:Functional"
)

# Served by `make -C backend acceptance-server` for the Playwright suite, which
# resets the database around each test through the RobotRemote library.
ACCEPTANCE_TESTING = FunctionalTesting(
    bases=(
        TREMPLIN_FIXTURE,
        REMOTE_LIBRARY_BUNDLE_FIXTURE,
        WSGI_SERVER_SINGLE_THREADED_FIXTURE,
    ),
    name="Tremplin:Acceptance",
)
