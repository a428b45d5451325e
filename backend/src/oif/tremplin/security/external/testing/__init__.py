"""Test helpers of the external login: the loopback OpenID Connect provider
(``provider``) and ``configure_test_provider``, which points a site at it."""

import json


TEST_PROVIDER_ID = "oif"
TEST_PROVIDER_TITLE = "Annuaire OIF"
TEST_ISSUER = "http://127.0.0.1:55096"
TEST_CLIENT_ID = "tremplin"
# Shared with the provider process that the browser tests start
# (frontend/acceptance/playwright.config.ts: --client-secret).
TEST_CLIENT_SECRET = "Loopback-Client-Secret-2026"  # noqa: S105 - tests only


def provider_config(issuer: str, client_id: str, secret: str, title: str) -> dict:
    """One provider entry of pas.plugins.authomatic's JSON, for our
    OpenID Connect class."""
    return {
        "id": 1,
        "class_": "oif.tremplin.security.external.oidc.OpenIDConnect",
        "issuer": issuer,
        "consumer_key": client_id,
        "consumer_secret": secret,
        "display": {"title": title},
        "propertymap": {"email": "email", "name": "fullname"},
    }


def configure_test_provider(
    portal,
    issuer: str = TEST_ISSUER,
    client_id: str = TEST_CLIENT_ID,
    secret: str = TEST_CLIENT_SECRET,
    *,
    provider_id: str = TEST_PROVIDER_ID,
    title: str = TEST_PROVIDER_TITLE,
) -> None:
    """Make the loopback provider the site's one external login (provider
    ``oif``, "Annuaire OIF"). The caller commits."""
    # Imported here: the provider process imports this package and needs
    # no Plone.
    from oif.tremplin.security.external.discovery import forget_cached_documents
    from oif.tremplin.security.external.setup import set_provider_config
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    config = {provider_id: provider_config(issuer, client_id, secret, title)}
    set_provider_config(getUtility(IRegistry, context=portal), json.dumps(config))
    forget_cached_documents()  # a restarted provider has a new key
