from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class ITremplinLayer(IDefaultBrowserLayer):
    """Marker for requests on a site where oif.tremplin is installed."""
