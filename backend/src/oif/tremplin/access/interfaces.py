from zope.interface import Interface


class ITemporaryAccessHolder(Interface):
    """Content that holds (or held) temporary access grants.

    Set on an object at its first grant and removed with its last one: the
    local role provider is registered for this marker only, so the security
    checks of every other object never look for grants.
    """
