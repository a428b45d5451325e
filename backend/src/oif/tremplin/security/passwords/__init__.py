"""Account security: passwords (spec §6.3.2).

The policy (``password_problems``, ``password_strength``), the hashing
(bcrypt for new hashes, ``hash_password``, ``rehash_if_needed``) and the
hooks that apply them everywhere Plone sets a password (a PAS validation
plugin, a subscriber on password changes). See
docs/developer/security-passwords.md.
"""

from .hashing import hash_password
from .hashing import rehash_if_needed
from .messages import MAX_PASSWORD_LENGTH
from .messages import MIN_PASSWORD_LENGTH
from .policy import password_message
from .policy import password_problems
from .policy import password_strength


__all__ = [
    "MAX_PASSWORD_LENGTH",
    "MIN_PASSWORD_LENGTH",
    "hash_password",
    "password_message",
    "password_problems",
    "password_strength",
    "rehash_if_needed",
]
