"""What the password policy says to people, as translatable messages.

zxcvbn's own feedback is English text (``gettext`` on its default domain,
which Zope never translates): ``FEEDBACK`` maps each of its sentences to one
of our message ids so French speakers read it in French. A sentence a later
zxcvbn adds falls back to the generic message (see ``feedback_message``).
"""

from oif.tremplin import _

import zope.i18nmessageid


Message = zope.i18nmessageid.Message

MIN_PASSWORD_LENGTH = 12
# Long enough for any passphrase (NIST asks for at least 64); a bound keeps
# zxcvbn, which is slow on long input, and the request cheap.
MAX_PASSWORD_LENGTH = 128

REQUIRED = _("error_required", default="This field is required.")
TOO_SHORT = _(
    "error_password_too_short",
    default="The password needs at least ${length} characters.",
    mapping={"length": MIN_PASSWORD_LENGTH},
)
TOO_LONG = _(
    "error_password_too_long",
    default="The password can have at most ${length} characters.",
    mapping={"length": MAX_PASSWORD_LENGTH},
)
COMMON = _(
    "error_password_common",
    default=(
        "This password is in a list of common or leaked passwords: choose another one."
    ),
)
BREACHED = _(
    "error_password_breached",
    default=(
        "This password appeared in known data breaches: choose one you have "
        "never used anywhere."
    ),
)
TOO_WEAK = _(
    "error_password_weak",
    default="This password is too easy to guess.",
)
PERSONAL = _(
    "error_password_personal",
    default=(
        "This password is too easy to guess: it contains your name or your "
        "e-mail address."
    ),
)

# zxcvbn 4.5 (zxcvbn/feedback.py): English sentence -> our message.
FEEDBACK = {
    "Use a few words, avoid common phrases.": _(
        "password_hint_few_words", default="Use a few words, avoid common phrases."
    ),
    "No need for symbols, digits, or uppercase letters.": _(
        "password_hint_no_symbols_needed",
        default="No need for symbols, digits, or uppercase letters.",
    ),
    "Add another word or two. Uncommon words are better.": _(
        "password_hint_more_words",
        default="Add another word or two. Uncommon words are better.",
    ),
    "Straight rows of keys are easy to guess.": _(
        "password_warning_key_rows", default="Straight rows of keys are easy to guess."
    ),
    "Short keyboard patterns are easy to guess.": _(
        "password_warning_key_patterns",
        default="Short keyboard patterns are easy to guess.",
    ),
    "Use a longer keyboard pattern with more turns.": _(
        "password_hint_key_turns",
        default="Use a longer keyboard pattern with more turns.",
    ),
    'Repeats like "aaa" are easy to guess.': _(
        "password_warning_repeats", default='Repeats like "aaa" are easy to guess.'
    ),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': _(
        "password_warning_repeated_words",
        default=(
            'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
        ),
    ),
    "Avoid repeated words and characters.": _(
        "password_hint_no_repeats", default="Avoid repeated words and characters."
    ),
    'Sequences like "abc" or "6543" are easy to guess.': _(
        "password_warning_sequences",
        default='Sequences like "abc" or "6543" are easy to guess.',
    ),
    "Avoid sequences.": _("password_hint_no_sequences", default="Avoid sequences."),
    "Recent years are easy to guess.": _(
        "password_warning_recent_years", default="Recent years are easy to guess."
    ),
    "Avoid recent years.": _(
        "password_hint_no_recent_years", default="Avoid recent years."
    ),
    "Avoid years that are associated with you.": _(
        "password_hint_no_own_years",
        default="Avoid years that are associated with you.",
    ),
    "Dates are often easy to guess.": _(
        "password_warning_dates", default="Dates are often easy to guess."
    ),
    "Avoid dates and years that are associated with you.": _(
        "password_hint_no_own_dates",
        default="Avoid dates and years that are associated with you.",
    ),
    "This is a top-10 common password.": _(
        "password_warning_top10", default="This is a top-10 common password."
    ),
    "This is a top-100 common password.": _(
        "password_warning_top100", default="This is a top-100 common password."
    ),
    "This is a very common password.": _(
        "password_warning_very_common", default="This is a very common password."
    ),
    "This is similar to a commonly used password.": _(
        "password_warning_similar_common",
        default="This is similar to a commonly used password.",
    ),
    "A word by itself is easy to guess.": _(
        "password_warning_single_word", default="A word by itself is easy to guess."
    ),
    "Names and surnames by themselves are easy to guess.": _(
        "password_warning_single_name",
        default="Names and surnames by themselves are easy to guess.",
    ),
    "Common names and surnames are easy to guess.": _(
        "password_warning_names",
        default="Common names and surnames are easy to guess.",
    ),
    "Capitalization doesn't help very much.": _(
        "password_hint_capitals", default="Capitalization doesn't help very much."
    ),
    "All-uppercase is almost as easy to guess as all-lowercase.": _(
        "password_hint_all_capitals",
        default="All-uppercase is almost as easy to guess as all-lowercase.",
    ),
    "Reversed words aren't much harder to guess.": _(
        "password_hint_reversed", default="Reversed words aren't much harder to guess."
    ),
    "Predictable substitutions like '@' instead of 'a' don't help very much.": _(
        "password_hint_substitutions",
        default=(
            "Predictable substitutions like '@' instead of 'a' don't help very much."
        ),
    ),
}


def feedback_message(text: str) -> Message | None:
    """Our message for one zxcvbn sentence; None for an empty one."""
    if not text:
        return None
    return FEEDBACK.get(text, TOO_WEAK)
