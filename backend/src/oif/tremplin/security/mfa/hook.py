"""Mandatory enrolment (spec §6.3.1): a Manager, Site Administrator or
Moderator without a second factor reaches only what she needs to sign in
and to set one up.

Checked after traversal, for API requests (``++api++``, or JSON via Volto),
before any service runs; everything outside the allowlist gets a 403
``MFAEnrolmentRequired`` that Volto turns into the enrolment page. Classic
(non-API) pages are not filtered: they are not the platform's screens, and
the protection against a stolen password is the second factor itself,
which the sessions hook demands of every enrolled account.
"""

from AccessControl import getSecurityManager
from oif.tremplin.core.interfaces import ITremplinLayer
from oif.tremplin.security.mfa import messages
from oif.tremplin.security.mfa import policy
from plone.app.multilingual.interfaces import ILanguageRootFolder
from plone.base.interfaces import IPloneSiteRoot
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from plone.rest.interfaces import IService
from zExceptions import Forbidden
from zope.i18n import translate


ALWAYS_ALLOWED = frozenset({"@login", "@logout", "@login-renew", "@tremplin-session"})
ALLOWED_PREFIXES = ("@tremplin-mfa", "@tremplin-login-")
READ_ONLY = frozenset({
    "@site",
    "@navigation",
    "@navroot",
    "@breadcrumbs",
    "@actions",
    "@types",
    "@translations",
})
READABLE_CONTENT_TYPES = frozenset({"Document", "LRF"})
SAFE_METHODS = frozenset({"GET", "HEAD"})


class MFAEnrolmentRequired(Forbidden):
    """The caller must set up a second factor first (403)."""


class MFAEnrolmentRequiredHandling(ErrorHandling):
    """plone.rest's JSON error, with a 403 status: ZPublisher maps a status
    from the exception's class name, and ours is not one it knows."""

    def __call__(self):
        super().__call__()
        self.request.response._locked_status = False
        self.request.response.setStatus(403, lock=True)

    def render_exception(self, exception):
        result = super().render_exception(exception)
        result["message"] = translate(messages.ENROLMENT_REQUIRED, context=self.request)
        result.pop("traceback", None)
        return result


def service_name(request, published) -> str:
    """``@tremplin-mfa`` for a named service, ``""`` for a content GET."""
    prefix = getattr(request, "_rest_service_id", "") or ""
    name = getattr(published, "__name__", "") or ""
    return name[len(prefix) :] if name.startswith(prefix) else name


def is_readable_content(context) -> bool:
    if IPloneSiteRoot.providedBy(context) or ILanguageRootFolder.providedBy(context):
        return True
    return getattr(context, "portal_type", None) in READABLE_CONTENT_TYPES


def is_allowed(request, published, user) -> bool:
    """True for what an account that must enrol may still do."""
    if not IService.providedBy(published):
        # A file or image scale reached through ++api++: read-only, and
        # already guarded by its own View permission.
        return request.get("REQUEST_METHOD") in SAFE_METHODS
    name = service_name(request, published)
    if name in ALWAYS_ALLOWED or name.startswith(ALLOWED_PREFIXES):
        return True
    if request.get("REQUEST_METHOD") not in SAFE_METHODS:
        return False
    if name in READ_ONLY:
        return True
    if name == "@users":
        return list(getattr(published, "params", [])) == [user.getId()]
    return name == "" and is_readable_content(getattr(published, "context", None))


def refuse_until_enrolled(event) -> None:
    request = event.request
    if not (IAPIRequest.providedBy(request) and ITremplinLayer.providedBy(request)):
        return
    if getattr(request, "_rest_cors_preflight", False):
        return
    user = getSecurityManager().getUser()
    if user is None or not user.getId():
        return
    # Looked up on the module: the test suite switches it off outside the
    # MFA tests (see tests/conftest.py).
    if not policy.must_enrol(user):
        return
    if not is_allowed(request, request.get("PUBLISHED"), user):
        raise MFAEnrolmentRequired("MFA enrolment required")
