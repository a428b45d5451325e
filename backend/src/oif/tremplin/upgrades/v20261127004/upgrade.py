from oif.tremplin import logger
from oif.tremplin.security.setup import install_security as _install
from plone import api


def install_security(setup_tool):
    _install(api.portal.get())
    logger.info("Account security installed")
