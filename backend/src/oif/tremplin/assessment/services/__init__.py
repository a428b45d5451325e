"""REST services of the self-assessment, on a company (both its languages
reach the same record). Each checks its permission before looking anything
up, so a refusal says nothing of whether an assessment exists."""

from AccessControl import getSecurityManager
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.services import require


TAKE = "oif.tremplin: Take maturity assessment"
LANGUAGES = ("fr", "en")


def may_take(company) -> bool:
    """The company's owner (its representative) takes and reads it."""
    return bool(getSecurityManager().checkPermission(TAKE, company))


def require_reader(company) -> None:
    """Who may read a company's assessments: its takers, nobody else (the
    OIF team will read those a company shares with it)."""
    require(TAKE, company)


def language_of(request, company) -> str:
    """`?lang=fr|en`, else the company's language, else French."""
    asked = request.form.get("lang")
    if asked in LANGUAGES:
        return asked
    language = company.Language()
    return language if language in LANGUAGES else "fr"


def raise_if_errors(outcome: dict) -> None:
    if "errors" in outcome:
        raise field_errors(outcome["errors"])
