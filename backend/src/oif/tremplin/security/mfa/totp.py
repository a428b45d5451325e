"""Time-based one-time passwords (RFC 6238): 30-second steps, 6 digits,
SHA-1, as every authenticator app reads them from the QR code.

A code is accepted for the current step and one step either side (clock
drift between the phone and the server), and only for a step later than the
last one accepted: a code seen over a shoulder cannot be replayed.
"""

from oif.tremplin.core import clock

import base64
import hmac
import io
import pyotp
import segno


ISSUER = "Tremplin"
STEP_SECONDS = 30
DIGITS = 6
VALID_WINDOW = 1


def new_secret() -> str:
    """A random 160-bit secret in base32 (RFC 4226 recommends 160 bits)."""
    return pyotp.random_base32(length=32)


def provisioning_uri(secret: str, account_name: str) -> str:
    """The ``otpauth://totp/...`` URI an authenticator app reads."""
    return pyotp.TOTP(secret).provisioning_uri(name=account_name, issuer_name=ISSUER)


def qr_svg_data_uri(uri: str) -> str:
    """The QR code of ``uri`` as an SVG ``data:`` URI (base64), for an <img>."""
    buffer = io.BytesIO()
    segno.make(uri, error="m").save(
        buffer, kind="svg", scale=5, border=2, xmldecl=False
    )
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f"data:image/svg+xml;base64,{encoded}"


def current_step() -> int:
    return int(clock.now().timestamp()) // STEP_SECONDS


def looks_like_code(code: str) -> bool:
    return len(code) == DIGITS and code.isascii() and code.isdigit()


def matching_step(secret: str, code: str, after_step: int = -1) -> int | None:
    """The step ``code`` is valid for (now ± one step), if that step is later
    than ``after_step``; else None."""
    if not secret or not looks_like_code(code):
        return None
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)
    now = current_step()
    for step in range(now - VALID_WINDOW, now + VALID_WINDOW + 1):
        if step > after_step and hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None
