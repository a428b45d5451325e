"""Tremplin: the OIF platform that helps francophone SMEs go international."""

from zope.i18nmessageid import MessageFactory

import logging


PACKAGE_NAME = "oif.tremplin"

_ = MessageFactory(PACKAGE_NAME)

logger = logging.getLogger(PACKAGE_NAME)
