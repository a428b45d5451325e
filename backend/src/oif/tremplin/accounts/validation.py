"""Checks on a registration request, before anything is written.

Each check returns field -> message (a translatable message id); field names
are those of the request body, nested ones dotted (``company.title``). The
profile fields are checked by the Company and Expert schemas themselves, so
sign-up accepts exactly what the profile edit form accepts.
"""

from oif.tremplin import _
from oif.tremplin.companies.content import ICompany
from oif.tremplin.core.vocabularies import LANGUAGES
from oif.tremplin.experts.content import IExpert
from oif.tremplin.security.passwords import password_message
from oif.tremplin.security.passwords import password_problems
from plone import api
from Products.CMFPlone.RegistrationTool import EmailAddressInvalid
from Products.CMFPlone.RegistrationTool import checkEmailAddress
from zope.schema.interfaces import ConstraintNotSatisfied
from zope.schema.interfaces import InvalidValue
from zope.schema.interfaces import TooShort
from zope.schema.interfaces import ValidationError
from zope.schema.interfaces import WrongContainedType


MAX_FULLNAME_LENGTH = 100
KINDS = ("company", "expert")

# Request name -> schema field: what sign-up asks of each kind of profile.
COMPANY_FIELDS = {
    "title": "title",
    "country": "country",
    "registration_number": "registration_number",
    "city": "city",
    "sectors": "sectors",
    "size_band": "size",
    "experience_level": "experience_level",
}
EXPERT_FIELDS = {
    "expertise_areas": "expertise_areas",
    "countries": "countries",
    "languages": "languages",
    "bio": "bio",
    "availability": "availability",
    "rates_band": "rates_band",
}
PROFILE_SCHEMAS = {
    "company": (ICompany, COMPANY_FIELDS),
    "expert": (IExpert, EXPERT_FIELDS),
}

REQUIRED = _("error_required", default="This field is required.")
INVALID = _("error_invalid_value", default="This value is not valid.")
NOT_IN_LIST = _("error_not_in_list", default="Choose a value from the list.")
TOO_FEW = _("error_too_few_values", default="Choose at least one value.")
EMAIL_INVALID = _("error_email_invalid", default="Enter a valid e-mail address.")
EMAIL_TAKEN = _(
    "error_email_taken",
    default=(
        "An account already uses this e-mail address: sign in, or reset your "
        "password if you forgot it."
    ),
)
LANGUAGE_INVALID = _("error_language", default="Choose French or English.")
KIND_INVALID = _("error_profile_kind", default="Choose a company or an expert profile.")
CONSENT_REQUIRED = _(
    "error_consent_required", default="You must accept this to create an account."
)


def normalized_email(value) -> str:
    return value.strip().lower() if isinstance(value, str) else ""


def email_error(email: str):
    """Why ``email`` cannot be a new account's login, or None."""
    if not email:
        return REQUIRED
    try:
        checkEmailAddress(email)
    except EmailAddressInvalid:
        return EMAIL_INVALID
    return EMAIL_TAKEN if is_member_address(email) else None


def is_member_address(email: str) -> bool:
    """A member already signs in with ``email`` or has it as her address."""
    pas = api.portal.get_tool("acl_users")
    return bool(
        pas.searchUsers(login=email, exact_match=True)
        or pas.searchUsers(email=email, exact_match=True)
    )


def password_error(password, user_inputs=()):
    """Why ``password`` is refused, or None: the policy of security.passwords
    (length, strength given ``user_inputs``, leaked lists), then Plone's."""
    if not isinstance(password, str) or not password:
        return REQUIRED
    problems = password_problems(password, user_inputs)
    if problems:
        return password_message(problems)
    # Plone's own policy: every PAS IValidationPlugin of the site (ours, that
    # just agreed, and any an administrator adds).
    registration = api.portal.get_tool("portal_registration")
    return registration.testPasswordValidity(password)


def fullname_error(fullname):
    if not isinstance(fullname, str) or not fullname.strip():
        return REQUIRED
    # One line: it becomes an Expert's title and the member's display name.
    if len(fullname) > MAX_FULLNAME_LENGTH or "\n" in fullname or "\r" in fullname:
        return INVALID
    return None


def account_errors(data: dict) -> dict:
    checks = {
        "fullname": fullname_error(data.get("fullname")),
        "email": email_error(normalized_email(data.get("email"))),
        "password": password_error(
            data.get("password"), [data.get("email"), data.get("fullname")]
        ),
        "language": None if data.get("language") in LANGUAGES else LANGUAGE_INVALID,
        "kind": None if data.get("kind") in KINDS else KIND_INVALID,
    }
    consents = data.get("consents")
    consents = consents if isinstance(consents, dict) else {}
    for name in ("terms", "privacy"):
        if consents.get(name) is not True:
            checks[f"consents.{name}"] = CONSENT_REQUIRED
    return {field: message for field, message in checks.items() if message}


def field_error(field, value):
    """The message for ``value`` in schema ``field`` (bound), or None."""
    if value in (None, "", [], ()):
        return REQUIRED if field.required else None
    try:
        field.validate(value)
    except TooShort:
        return TOO_FEW
    except (ConstraintNotSatisfied, InvalidValue, WrongContainedType):
        return NOT_IN_LIST if _has_vocabulary(field) else INVALID
    except ValidationError:
        return INVALID
    return None


def _has_vocabulary(field) -> bool:
    return hasattr(field, "vocabulary") or hasattr(
        getattr(field, "value_type", None), "vocabulary"
    )


def profile_values(kind: str, data) -> tuple[dict, dict]:
    """(errors, schema field -> value) of the ``kind`` part of the request."""
    schema, names = PROFILE_SCHEMAS[kind]
    data = data if isinstance(data, dict) else {}
    portal = api.portal.get()
    errors, values = {}, {}
    for name, field_name in names.items():
        field = schema[field_name].bind(portal)
        value = data.get(name)
        if isinstance(value, str):
            value = value.strip()
        message = field_error(field, value)
        if message:
            errors[f"{kind}.{name}"] = message
        elif value not in (None, "", [], ()):
            values[field_name] = value
    return errors, values


def registration_errors(data) -> tuple[dict, dict]:
    """(errors, profile values) of a registration request body."""
    if not isinstance(data, dict):
        return {"email": REQUIRED}, {}
    errors = account_errors(data)
    values = {}
    kind = data.get("kind")
    if kind in KINDS:
        profile_errors, values = profile_values(kind, data.get(kind))
        errors.update(profile_errors)
    return errors, values
