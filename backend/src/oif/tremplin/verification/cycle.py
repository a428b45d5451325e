"""What each step of the verification cycle does besides changing the state.

The workflow (tremplin_profile_workflow) moves a profile and every one of its
translations (core/translations.py); the step's effects happen once, for the
translation the person acted on: the dates on every language, the owner's
membership of the verified members' group, the mails and the audit entry.
"""

from datetime import date
from dateutil.relativedelta import relativedelta
from oif.tremplin import _
from oif.tremplin import logger
from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.core.mail import is_mail_configured
from oif.tremplin.core.mail import member_language
from oif.tremplin.core.mail import send_templated_mail
from pathlib import Path
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager

import transaction
import weakref


MAIL_DIR = Path(__file__).parent / "mail"
REVERIFICATION_MONTHS = "oif.tremplin.reverification_months"

# Transitions that need a reason the applicant (or the moderator) reads.
COMMENT_REQUIRED = ("reject", "request_documents", "appeal")
COMMENT_REQUIRED_MESSAGE = _(
    "error_comment_required",
    default="Give a reason: the applicant reads it in the mail she receives.",
)
# The group whose members hold the role a verified profile gives its owner.
MEMBER_GROUPS = {"Company": "representatives", "Expert": "experts"}
NOTIFY_MODERATORS = ("submit", "appeal")
MODERATORS_GROUP = "moderators"

# transaction -> {translation group: (transition id, uid of the language acted on)}
_steps_in_transaction = weakref.WeakKeyDictionary()


def translations_of(profile) -> list:
    """The profile and its other languages, the profile first."""
    others = [
        other
        for other in ITranslationManager(profile).get_translations().values()
        if other.UID() != profile.UID()
    ]
    return [profile, *others]


def _steps() -> dict:
    return _steps_in_transaction.setdefault(transaction.get(), {})


def note_step(profile, transition: str) -> None:
    """Remember which language a person acted on, before the transition.

    core/translations.py then fires the same transition on the other
    languages: they find the step noted and are only followers. Another
    transition on any language of the profile is a new step.
    """
    group = ITranslationManager(profile).tg
    noted = _steps().get(group)
    if noted is not None and noted[0] == transition and noted[1] != profile.UID():
        return
    _steps()[group] = (transition, profile.UID())


def is_step_origin(profile, transition: str) -> bool:
    """True for the language a person acted on, False for those that follow."""
    group = ITranslationManager(profile).tg
    return _steps().get(group) == (transition, profile.UID())


def owner_of(profile):
    """The member who registered the profile, or None (a Zope-level user)."""
    owner_id = profile.getOwner().getId()
    return api.user.get(userid=owner_id) if owner_id else None


def today() -> date:
    return clock.now().date()


def record_step_on_profile(profile, transition: str, comment: str) -> None:
    """Every language carries the dates and the moderator's last message:
    each is its own object."""
    values = {}
    if transition in ("submit", "appeal"):
        values["submitted_on"] = clock.now()
    elif transition == "verify":
        months = api.portal.get_registry_record(REVERIFICATION_MONTHS, default=12)
        values["verified_on"] = today()
        values["verification_expires"] = today() + relativedelta(months=months)
        values["decision_message"] = None
    if transition in ("reject", "request_documents"):
        values["decision_message"] = comment
    for language in translations_of(profile):
        for name, value in values.items():
            setattr(language, name, value)
        if values:
            language.reindexObject()


def has_other_verified_profile(profile, owner_id: str) -> bool:
    """Whether the owner keeps the role through another verified profile."""
    catalog = api.portal.get_tool("portal_catalog")
    own_group = ITranslationManager(profile).tg
    # Her Owner role lets her view her verified profiles: the index finds them.
    for brain in catalog.unrestrictedSearchResults(
        portal_type=profile.portal_type,
        review_state="verified",
        allowedRolesAndUsers=f"user:{owner_id}",
    ):
        other = brain._unrestrictedGetObject()
        if ITranslationManager(other).tg == own_group:
            continue
        if other.getOwner().getId() == owner_id:
            return True
    return False


def update_membership(profile, transition: str, owner) -> None:
    """Verified: the owner joins the group of her kind of profile; withdrawn
    or expired: she leaves it unless another verified profile keeps her in."""
    group = MEMBER_GROUPS.get(profile.portal_type)
    if group is None or owner is None:
        return
    is_member = group in {g.getId() for g in api.group.get_groups(user=owner)}
    if transition == "verify" and not is_member:
        api.group.add_user(groupname=group, user=owner)
    elif (
        transition in ("retract", "expire")
        and is_member
        and not has_other_verified_profile(profile, owner.getId())
    ):
        api.group.remove_user(groupname=group, user=owner)


def site_path(obj) -> str:
    """``/fr/entreprises/x``: the path Volto shows, without the site id."""
    portal_depth = len(api.portal.get().getPhysicalPath())
    return "/" + "/".join(obj.getPhysicalPath()[portal_depth:])


def frontend_url(obj) -> str:
    """The address of ``obj`` in Volto, which mails link to."""
    domain = api.portal.get_registry_record("volto.frontend_domain", default="")
    if not domain:
        return obj.absolute_url()
    return domain.rstrip("/") + site_path(obj).rstrip("/")


def format_date(value, lang: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")


def mail_member(member, name: str, profile, **values) -> None:
    email = member.getProperty("email", "") if member is not None else ""
    if not email:
        return
    if not is_mail_configured():
        logger.warning("Mail %s to %s not sent: no mail settings", name, email)
        return
    lang = member_language(member)
    send_templated_mail(
        MAIL_DIR,
        name,
        to=email,
        lang=lang,
        fullname=member.getProperty("fullname", "") or member.getId(),
        title=profile.title,
        url=frontend_url(profile),
        expires=format_date(getattr(profile, "verification_expires", None), lang),
        **values,
    )


def mail_moderators(profile, transition: str, owner, comment: str) -> None:
    name = owner.getProperty("fullname", "") if owner is not None else ""
    for moderator in api.user.get_users(groupname=MODERATORS_GROUP):
        mail_member(
            moderator,
            f"moderators_{transition}",
            profile,
            applicant=name or (owner.getId() if owner is not None else ""),
            comment=comment or "-",
            queue=f"{frontend_url(api.portal.get())}/{member_language(moderator)}"
            "/moderation",
        )


def actor_id() -> str:
    user = api.user.get_current()
    return user.getId() or user.getUserName()


def carry_out_step(profile, transition: str, comment: str, state: str) -> None:
    """Dates, membership, mails and audit of one step of the cycle."""
    owner = owner_of(profile)
    record_step_on_profile(profile, transition, comment)
    update_membership(profile, transition, owner)
    mail_member(owner, f"profile_{transition}", profile, comment=comment or "-")
    if transition in NOTIFY_MODERATORS:
        mail_moderators(profile, transition, owner, comment)
    audit.record(
        f"profile.{transition}",
        site_path(profile),
        actor=actor_id(),
        comment=comment,
        state=state,
        owner=owner.getId() if owner is not None else "",
    )
