from oif.tremplin import logger
from oif.tremplin.security.setup import install_security as _install
from plone import api


def install_security(setup_tool):
    """Idempotent: what 20261127004 installed, plus external sign-in and the
    HTTP Basic authentication setting (off)."""
    _install(api.portal.get())
    logger.info("Account security brought up to date")
