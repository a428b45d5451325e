"""The security settings an administrator tunes (control panel "Sécurité").

Stored in the registry as ``oif.tremplin.security.<field>``; read them with
``security_setting(name)`` so a missing record (a site not yet upgraded)
falls back to the schema default instead of failing.
"""

from oif.tremplin import _
from plone import api
from zope import schema
from zope.interface import Interface


REGISTRY_PREFIX = "oif.tremplin.security"


class ISecuritySettings(Interface):
    """Session lifetime, idle logout, breached-password check, SMS gateway,
    HTTP Basic authentication."""

    session_lifetime_minutes = schema.Int(
        title=_("label_session_lifetime", default="Session lifetime (minutes)"),
        description=_(
            "help_session_lifetime",
            default="After this time a member signs in again, even if active.",
        ),
        min=15,
        max=7 * 24 * 60,
        default=8 * 60,
    )
    idle_timeout_minutes = schema.Int(
        title=_("label_idle_timeout", default="Idle timeout (minutes)"),
        description=_(
            "help_idle_timeout",
            default=(
                "A member who does nothing for this long is signed out; "
                "Volto warns one minute before."
            ),
        ),
        min=2,
        max=24 * 60,
        default=30,
    )
    breach_check_enabled = schema.Bool(
        title=_("label_breach_check_enabled", default="Online breached-password check"),
        description=_(
            "help_breach_check_enabled",
            default=(
                "Also ask a k-anonymity range service (only the first five "
                "characters of the password's SHA-1 leave the server)."
            ),
        ),
        default=False,
    )
    breach_check_url = schema.URI(
        title=_("label_breach_check_url", default="Range service address"),
        default="https://api.pwnedpasswords.com/range/",
    )
    sms_gateway = schema.ASCIILine(
        title=_("label_sms_gateway", default="SMS gateway"),
        description=_(
            "help_sms_gateway",
            default="Name of the registered SMS gateway that sends the codes.",
        ),
        default="capture",
    )
    basic_auth_enabled = schema.Bool(
        title=_(
            "label_basic_auth_enabled",
            default="HTTP Basic authentication for members",
        ),
        description=_(
            "help_basic_auth_enabled",
            default=(
                "Lets a script send a login and password with every request. "
                "Those attempts escape the CAPTCHA and the lockout: leave it "
                "off and give integrators the token of @login instead."
            ),
        ),
        default=False,
    )


def security_setting(name: str):
    """The registry value of one setting, or its schema default."""
    return api.portal.get_registry_record(
        f"{REGISTRY_PREFIX}.{name}", default=ISecuritySettings[name].default
    )
