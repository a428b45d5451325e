"""What the services call: the ALTCHA payload and the honeypot field."""

from oif.tremplin import _
from oif.tremplin.security.captcha.challenge import spend


def verify_captcha(payload: str | None) -> bool:
    """True when ``payload`` solves a challenge this site issued less than
    10 minutes ago and nobody used before. A true answer spends it: commit
    the transaction (or return, not raise, the failure) for the spending to
    stick."""
    if not payload or not isinstance(payload, str):
        return False
    return spend(payload)


def captcha_errors(data: dict, field: str = "captcha") -> dict:
    """``{field: message}`` unless ``data[field]`` is a valid payload (then
    ``{}``, and the payload is spent)."""
    payload = data.get(field) if isinstance(data, dict) else None
    if not payload:
        return {
            field: _(
                "error_captcha_missing",
                default="Please complete the anti-robot check.",
            )
        }
    if not verify_captcha(payload):
        return {
            field: _(
                "error_captcha_invalid",
                default=(
                    "The anti-robot check failed or has expired. Please run it again."
                ),
            )
        }
    return {}


def honeypot_filled(data: dict, field: str = "website") -> bool:
    """True when the field people never see (hidden from eyes, screen readers
    and autofill) holds something: only a robot fills it."""
    value = data.get(field) if isinstance(data, dict) else None
    if isinstance(value, str):
        return bool(value.strip())
    return value not in (None, False, [], {})


def honeypot_errors(data: dict, field: str = "website") -> dict:
    """``{field: message}`` when the honeypot is filled, else ``{}``. The
    message stays vague: it must not teach a robot which field is the trap."""
    if not honeypot_filled(data, field):
        return {}
    return {
        field: _(
            "error_honeypot_filled",
            default=(
                "This form could not be sent. Please reload the page and try again."
            ),
        )
    }
