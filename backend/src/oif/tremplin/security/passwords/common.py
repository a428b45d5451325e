"""The shipped lists of common and leaked passwords (``data/*.txt``).

``backend/scripts/build_password_list.py`` builds them from package-registry
sources, one file per source so each keeps its licence; ``data/NOTICE.md``
says which sources, how many entries and under which licences. One password
a line, as the source has it; the check is case-insensitive.
"""

from functools import cache
from oif.tremplin.security.passwords.messages import MIN_PASSWORD_LENGTH
from pathlib import Path


DATA = Path(__file__).parent / "data"


@cache
def _listed() -> frozenset[str]:
    # Only entries that could pass the length rule are worth memory: a shorter
    # password is refused for its length before the list is asked (742 of the
    # 69 869 distinct entries; the files keep them all, as their sources do).
    words = set()
    for path in sorted(DATA.glob("*.txt")):
        with path.open(encoding="utf-8") as lines:
            words.update(
                word.lower()
                for word in (line.rstrip("\n") for line in lines)
                if len(word) >= MIN_PASSWORD_LENGTH
            )
    return frozenset(words)


def is_common_password(password: str) -> bool:
    """Whether ``password`` (case-insensitively) is on the shipped list."""
    return len(password) >= MIN_PASSWORD_LENGTH and password.lower() in _listed()
