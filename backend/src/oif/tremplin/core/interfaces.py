from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class ITremplinLayer(IDefaultBrowserLayer):
    """Marker for requests on a site where oif.tremplin is installed."""


class ISharedReviewState(Interface):
    """Content whose translations are always in the same review state.

    A moderator verifies or withdraws a profile, not one of its languages:
    core/translations.py carries every transition to the other translations.
    """
