"""Checks of what the profile declares: its number, its name, its figures."""

from oif.tremplin import _
from oif.tremplin.companies.content import ICompany
from oif.tremplin.core.profiles import PROFILE_TYPES
from oif.tremplin.verification.checks import failed
from oif.tremplin.verification.checks import passed
from oif.tremplin.verification.checks import warning
from oif.tremplin.verification.cycle import owner_of
from oif.tremplin.verification.cycle import translations_of
from oif.tremplin.verification.registration_numbers import check_registration_number
from oif.tremplin.verification.registration_numbers import format_names
from plone import api

import re
import unicodedata


class RegistrationNumberPlausible:
    id = "registration_number"
    order = 40
    title = _(
        "check_registration_number",
        default="The registration number looks right for the country",
    )

    def applies_to(self, profile) -> bool:
        return ICompany.providedBy(profile)

    def __call__(self, profile):
        number = (profile.registration_number or "").strip()
        country = profile.country or ""
        if not number:
            return failed(_("check_number_missing", default="No registration number."))
        result = check_registration_number(country, number)
        if not result.known:
            return warning(
                _(
                    "check_number_unknown_country",
                    default="No known format for ${country}: compare it with the "
                    "register extract.",
                    mapping={"country": country or "-"},
                )
            )
        if result.matched is None:
            return warning(
                _(
                    "check_number_unexpected",
                    default="Not shaped like a number of ${country} (${formats}).",
                    mapping={"country": country, "formats": format_names(country)},
                )
            )
        if not result.checksum_ok:
            return failed(
                _(
                    "check_number_checksum",
                    default="Shaped like a ${format} number, but its check digits "
                    "are wrong.",
                    mapping={"format": result.matched.name},
                )
            )
        return passed(
            _(
                "check_number_plausible",
                default="A plausible ${format} number.",
                mapping={"format": result.matched.name},
            )
        )


# Mailbox providers shared by many people: the same domain proves nothing.
SHARED_MAIL_DOMAINS = frozenset((
    "aol.com",
    "free.fr",
    "gmail.com",
    "gmx.com",
    "gmx.fr",
    "hotmail.com",
    "hotmail.fr",
    "icloud.com",
    "laposte.net",
    "live.com",
    "live.fr",
    "msn.com",
    "orange.fr",
    "outlook.com",
    "outlook.fr",
    "proton.me",
    "protonmail.com",
    "yahoo.com",
    "yahoo.fr",
))
# Legal forms do not tell two companies apart.
LEGAL_FORMS = frozenset((
    "sa",
    "sarl",
    "sarlu",
    "sas",
    "sasu",
    "suarl",
    "eurl",
    "sprl",
    "srl",
    "gie",
    "ltd",
    "inc",
))


def comparable_name(title: str) -> str:
    text = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore")
    words = re.sub(r"[^a-z0-9]+", " ", text.decode().lower()).split()
    return " ".join(word for word in words if word not in LEGAL_FORMS)


def mail_domain(member) -> str:
    email = (member.getProperty("email", "") if member is not None else "") or ""
    return email.rpartition("@")[2].lower()


def other_profiles(profile):
    """Catalog entries of every other profile (one per language)."""
    own = {language.UID() for language in translations_of(profile)}
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=PROFILE_TYPES):
        if brain.UID not in own:
            yield brain


def owners_with_domain(domain: str, except_id: str) -> set[str]:
    """Members whose e-mail address is at ``domain``."""
    acl_users = api.portal.get_tool("acl_users")
    found = acl_users.searchUsers(email=f"@{domain}", exact_match=False)
    return {
        user["userid"]
        for user in found
        if user["userid"] != except_id
        and mail_domain(api.user.get(userid=user["userid"])) == domain
    }


class PossibleDuplicate:
    id = "possible_duplicate"
    order = 50
    title = _(
        "check_possible_duplicate",
        default="No other profile has the same name or e-mail domain",
    )

    def applies_to(self, profile) -> bool:
        return True

    def __call__(self, profile):
        name = comparable_name(profile.title)
        owner = owner_of(profile)
        domain = mail_domain(owner)
        if owner is None or domain in SHARED_MAIL_DOMAINS:
            domain = ""
        colleagues = owners_with_domain(domain, owner.getId()) if domain else set()
        same_name, same_domain = set(), set()
        for brain in other_profiles(profile):
            if name and comparable_name(brain.Title) == name:
                same_name.add(brain.Title)
            if colleagues and brain.Creator in colleagues:
                same_domain.add(brain.Title)
        if not (same_name or same_domain):
            return passed(_("check_no_duplicate", default="No similar profile."))
        return warning(
            _(
                "check_duplicates_found",
                default="Same name: ${names}. Same e-mail domain: ${domains}.",
                mapping={
                    "names": ", ".join(sorted(same_name)) or "-",
                    "domains": ", ".join(sorted(same_domain)) or "-",
                },
            )
        )


# Turnover bands unlikely for a size band (spec §6.1.3 "cohérence").
UNLIKELY_TURNOVER = {
    "micro": {"2m_to_10m", "over_10m"},
    "small": {"over_10m"},
    "medium": {"under_100k"},
    "large": {"under_100k", "100k_to_500k"},
}


class FiguresConsistent:
    id = "figures_consistent"
    order = 60
    title = _("check_figures_consistent", default="Declared figures are consistent")

    def applies_to(self, profile) -> bool:
        return ICompany.providedBy(profile)

    def __call__(self, profile):
        share = profile.export_share
        if share is not None and not 0 <= share <= 100:
            return failed(
                _(
                    "check_export_share_out_of_range",
                    default="Export share of ${share} %: it must lie between 0 and "
                    "100.",
                    mapping={"share": share},
                )
            )
        if profile.turnover in UNLIKELY_TURNOVER.get(profile.size, ()):
            return warning(
                _(
                    "check_turnover_unlikely",
                    default="The turnover band is unusual for the company's size.",
                )
            )
        return passed(_("check_figures_ok", default="The figures agree."))
