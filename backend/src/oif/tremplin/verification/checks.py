"""Automated checks of a profile before a moderator looks at it (spec §6.1.3).

Each check is a plug-in: a named utility providing ``IVerificationCheck``.
To add one (a forgery detector, an online lookup), write a class with ``id``,
``title``, ``order``, ``applies_to(profile)`` and ``__call__(profile)``
returning a ``CheckResult``, and register it in any package's ZCML::

    <utility name="my_check" factory=".my_checks.MyCheck"
             provides="oif.tremplin.verification.checks.IVerificationCheck" />

``GET @tremplin-checks`` and the review queue then show its result. A check
only reads: it never changes the profile.
"""

from dataclasses import dataclass
from oif.tremplin import _
from oif.tremplin import logger
from zope.component import getUtilitiesFor
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import Attribute
from zope.interface import Interface


PASSED = "passed"
WARNING = "warning"
FAILED = "failed"
STATUSES = (PASSED, WARNING, FAILED)


class IVerificationCheck(Interface):
    """One automated check of a Company or Expert profile."""

    id = Attribute("Stable ASCII id, the utility's name")
    title = Attribute("What is checked: a message id")
    order = Attribute("Position in the list shown to moderators (int)")

    def applies_to(profile) -> bool:
        """Whether the check means something for this kind of profile."""

    def __call__(profile) -> "CheckResult":
        """Check the profile; never write."""


@dataclass(frozen=True)
class CheckResult:
    status: str  # PASSED, WARNING or FAILED
    reason: str  # a message id, translated when shown


def passed(reason) -> CheckResult:
    return CheckResult(PASSED, reason)


def warning(reason) -> CheckResult:
    return CheckResult(WARNING, reason)


def failed(reason) -> CheckResult:
    return CheckResult(FAILED, reason)


CHECK_CRASHED = _(
    "check_crashed",
    default="The check could not run; look at the documents yourself.",
)


def _run_one(check, profile) -> CheckResult:
    try:
        return check(profile)
    except Exception:
        # A broken plug-in must not hide the other results from the moderator.
        logger.exception("Verification check %s failed on %s", check.id, profile)
        return warning(CHECK_CRASHED)


def run_checks(profile) -> list[dict]:
    """Every check that applies, in order: [{id, title, status, reason}],
    titles and reasons translated into the request language."""
    request = getRequest()
    checks = sorted(
        (check for _name, check in getUtilitiesFor(IVerificationCheck)),
        key=lambda check: (check.order, check.id),
    )
    items = []
    for check in checks:
        if not check.applies_to(profile):
            continue
        result = _run_one(check, profile)
        items.append({
            "id": check.id,
            "title": translate(check.title, context=request),
            "status": result.status,
            "reason": translate(result.reason, context=request),
        })
    return items


def count_by_status(items: list[dict]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for item in items:
        counts[item["status"]] += 1
    return counts
