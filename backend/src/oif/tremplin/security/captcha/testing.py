"""Test helpers: solve challenges the way the Volto widget does.

``solved_captcha(session)`` fetches ``@tremplin-captcha`` with a requests
session (pytest-plone's ``anon_request``…) and returns the payload the
widget would post; ``solve(challenge)`` does the solving only.
"""

from altcha import Challenge
from altcha import Payload
from altcha import solve_challenge


def solve(challenge: dict) -> str:
    """The base64 payload that solves ``challenge`` (the JSON of a GET)."""
    parsed = Challenge.from_dict(challenge)
    solution = solve_challenge(parsed, timeout=60)
    if solution is None:
        raise RuntimeError("the challenge could not be solved in 60 s")
    return Payload(parsed, solution).to_base64()


def solved_captcha(session) -> str:
    response = session.get("/@tremplin-captcha")
    if response.status_code != 200:
        raise RuntimeError(f"@tremplin-captcha: {response.status_code} {response.text}")
    return solve(response.json())


def cheap_challenges(monkeypatch) -> None:
    """Make this test's challenges solve in milliseconds (pytest's
    ``monkeypatch`` undoes it): for tests about the forms, not the captcha."""
    from oif.tremplin.security.captcha import challenge

    monkeypatch.setattr(challenge, "COUNTER_RANGE", (1, 16))
