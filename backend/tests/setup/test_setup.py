"""The oif.tremplin:default profile installs a complete, multilingual site."""

from oif.tremplin import PACKAGE_NAME

import pytest


class TestInstall:
    def test_product_installed(self, installer):
        assert installer.is_product_installed(PACKAGE_NAME) is True

    def test_browserlayer(self, browser_layers):
        from oif.tremplin.core.interfaces import ITremplinLayer

        assert ITremplinLayer in browser_layers

    def test_latest_version(self, profile_last_version):
        assert profile_last_version(f"{PACKAGE_NAME}:default") == "20261128002"

    @pytest.mark.parametrize(
        "dependency",
        [
            "plone.restapi",
            "plone.volto",
            "plone.app.multilingual",
            "plone.app.event",
            "collective.easyform",
            "Products.PloneKeywordManager",
            "pas.plugins.authomatic",
            "collective.z3cform.datagridfield",
        ],
    )
    def test_dependency_installed(self, installer, dependency):
        assert installer.is_product_installed(dependency) is True


def test_site_root_speaks_french(portal):
    # Volto gives pages outside /fr and /en (login, search) the root's language.
    assert portal.Language() == "fr"
