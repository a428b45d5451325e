"""Single-use recovery codes: the way in when the phone is lost.

Ten random codes of ten characters (about 50 bits each: brute force is out
of reach behind the login's tries and lockout), shown once, stored as
SHA-256 digests (enough for random, high-entropy codes: no salt or slow hash
is needed, unlike passwords).
"""

import hashlib
import secrets


COUNT = 10
LENGTH = 10
# No 0/o, 1/i/l: codes are copied from paper.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def new_codes() -> list[str]:
    """``COUNT`` fresh codes, formatted ``xxxxx-xxxxx`` for reading."""
    codes = []
    for _ in range(COUNT):
        raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    return codes


def normalized(code: str) -> str:
    """What a person typed, without case, spaces or dashes."""
    return "".join(code.split()).replace("-", "").lower()


def recovery_digest(code: str) -> str:
    return hashlib.sha256(normalized(code).encode("utf-8")).hexdigest()


def looks_like_recovery_code(code: str) -> bool:
    text = normalized(code)
    return len(text) == LENGTH and all(char in ALPHABET for char in text)
