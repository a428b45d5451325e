"""The password policy (spec §6.3.2): long, hard to guess, never leaked.

``password_problems`` is the rule every path applies (registration, the
password change through ``@users``, the reset, Plone's own forms through the
PAS validation plugin); ``password_strength`` is what the live feedback of
the forms shows (``@tremplin-password-check``).
"""

from collections.abc import Iterable
from collections.abc import Sequence
from oif.tremplin.security.passwords import messages
from oif.tremplin.security.passwords.breach import breach_count
from oif.tremplin.security.passwords.common import is_common_password
from oif.tremplin.security.passwords.messages import MAX_PASSWORD_LENGTH
from oif.tremplin.security.passwords.messages import MIN_PASSWORD_LENGTH
from zope.globalrequest import getRequest
from zope.i18n import translate
from zxcvbn import zxcvbn

import re
import threading


MIN_SCORE = 3
# zxcvbn's cost grows fast with the length (≈ 0.1 s at 64 characters, 0.3 s
# at 128): the first 64 characters decide, which no guessable password passes.
ANALYSED_LENGTH = 64
# Words anyone would try first against this site.
SITE_WORDS = ("tremplin", "oif", "francophonie", "plone")
# zxcvbn keeps the user inputs in a module-level dictionary that every call
# replaces: two threads at once would judge a password with the other's inputs.
_zxcvbn_lock = threading.Lock()
_SEPARATORS = re.compile(r"[\s._+\-@']+")


def user_words(user_inputs: Iterable[str]) -> list[str]:
    """The user inputs and their parts that zxcvbn should treat as known.

    zxcvbn matches each input as a whole: "awa.diop@example.org" would not
    make "awa.diop2026!" weak. So an address also gives its local part and
    the words of it, a full name its words. A domain is not personal
    ("example", "gmail") and stays whole.
    """
    words = []
    for value in user_inputs:
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip().lower()
        words.append(value)
        local = value.split("@", 1)[0]
        words.append(local)
        words.extend(_SEPARATORS.split(local))
    return [w for w in dict.fromkeys(words) if len(w) >= 3]


def _analysis(password: str, words: Sequence[str]) -> dict:
    with _zxcvbn_lock:
        return zxcvbn(
            password[:ANALYSED_LENGTH], user_inputs=words, max_length=ANALYSED_LENGTH
        )


def _leans_on_personal_words(password: str, personal: Sequence[str]) -> bool:
    """Whether what is left without her name and address parts is weak.

    zxcvbn sometimes misses them ("Diop.Awa.2026" scores 4 for Awa Diop: it
    reads ".Awa.2026" as random characters), so they are taken out and the
    rest must stand on its own.
    """
    rest = password.lower()
    for word in sorted(personal, key=len, reverse=True):
        rest = rest.replace(word, "")
    if rest == password.lower():
        return False
    return not rest or _analysis(rest, SITE_WORDS)["score"] < MIN_SCORE


def _uses_personal_words(analysis: dict) -> bool:
    return any(
        match.get("dictionary_name") == "user_inputs"
        and match["token"].lower() not in SITE_WORDS
        for match in analysis["sequence"]
    )


def _weakness(password: str, analysis: dict, personal: Sequence[str]) -> list:
    if analysis["score"] >= MIN_SCORE:
        leans = _leans_on_personal_words(password, personal)
        return [messages.PERSONAL] if leans else []
    if _uses_personal_words(analysis):
        return [messages.PERSONAL]
    warning = messages.feedback_message(analysis["feedback"]["warning"])
    if warning in (None, messages.TOO_WEAK):
        return [messages.TOO_WEAK]
    return [messages.TOO_WEAK, warning]


def _assess(password, user_inputs: Sequence[str]) -> tuple[list, dict | None]:
    """(problems, zxcvbn analysis or None when it did not run)."""
    if not isinstance(password, str) or not password:
        return [messages.REQUIRED], None
    if len(password) > MAX_PASSWORD_LENGTH:
        return [messages.TOO_LONG], None
    personal = user_words(user_inputs)
    analysis = _analysis(password, [*personal, *SITE_WORDS])
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(messages.TOO_SHORT)
    if is_common_password(password):
        problems.append(messages.COMMON)
    else:
        problems.extend(_weakness(password, analysis, personal))
    # Only a password that passes every local rule is worth a network call.
    if not problems and breach_count(password):
        problems.append(messages.BREACHED)
    return problems, analysis


def password_problems(password: str, user_inputs: Sequence[str] = ()) -> list:
    """Why ``password`` is refused, as messages; an empty list accepts it.

    ``user_inputs`` are what the account is known by (e-mail, names,
    login): a password built from them is weak.
    """
    return _assess(password, user_inputs)[0]


def password_strength(password, user_inputs: Sequence[str] = ()) -> dict:
    """Live feedback: ``{"score": 0-4, "acceptable", "problems", "suggestions"}``.

    Messages are translated into the request's language. A refused
    password scores at most 2, so the meter never shows "strong" for it.
    """
    problems, analysis = _assess(password, user_inputs)
    score = analysis["score"] if analysis else 0
    suggestions = []
    if analysis:
        hints = (
            messages.feedback_message(t) for t in analysis["feedback"]["suggestions"]
        )
        suggestions = [hint for hint in dict.fromkeys(hints) if hint is not None]
    if problems:
        score = min(score, MIN_SCORE - 1)
    request = getRequest()
    return {
        "score": score,
        "acceptable": not problems,
        "problems": [translate(m, context=request) for m in problems],
        "suggestions": [translate(m, context=request) for m in suggestions],
    }


def password_message(problems: Sequence) -> str:
    """One translated sentence group for a field error: every reason."""
    request = getRequest()
    return " ".join(translate(m, context=request) for m in problems)
