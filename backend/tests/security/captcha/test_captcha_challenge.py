"""ALTCHA challenges and their one-time solutions (security.captcha).

Every solution here is found by python altcha's solver, the same
algorithm as the Volto widget (v2 protocol, PBKDF2/SHA-256, uint32 counter).
"""

from altcha import Challenge
from altcha import create_challenge
from altcha import Payload
from altcha import solve_challenge
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from oif.tremplin.security.captcha import captcha_errors
from oif.tremplin.security.captcha import honeypot_errors
from oif.tremplin.security.captcha import honeypot_filled
from oif.tremplin.security.captcha import verify_captcha
from oif.tremplin.security.captcha import challenge as captcha
from oif.tremplin.security.captcha.testing import solve
from zope.annotation.interfaces import IAnnotations

import base64
import json
import pytest
import transaction


T0 = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
GUESSED_SECRET = "guessed-secret"
GUESSED_KEY_SECRET = "guessed-key-secret"


def encode(data) -> str:
    return base64.b64encode(json.dumps(data).encode()).decode()


def decode(payload: str) -> dict:
    return json.loads(base64.b64decode(payload))


@pytest.fixture
def at(time_machine):
    """Move the clock (time.time and datetime.now alike) to T0 + minutes."""

    def move(minutes: float = 0):
        time_machine.move_to(T0 + timedelta(minutes=minutes), tick=False)

    move(0)
    return move


@pytest.fixture
def store(portal):
    return IAnnotations(portal)[captcha.STORE_KEY]


class TestRefused:
    """Anything but a fresh solution of our own challenge is refused."""

    @pytest.mark.parametrize(
        "payload",
        [
            None,
            "",
            123,
            ["a"],
            "not base64 at all!",
            base64.b64encode(b"not json").decode(),
            encode([]),
            encode({"challenge": {}, "solution": {}}),
            # What the widget posts in its test mode (`test` attribute).
            encode({"challenge": None, "solution": None, "test": True}),
            "A" * (captcha.MAX_PAYLOAD + 4),
        ],
    )
    def test_malformed(self, portal, payload):
        assert verify_captcha(payload) is False

    def test_v1_payload(self, portal, store):
        """The widget's legacy format: this server issues v2 only."""
        payload = encode({
            "algorithm": "SHA-256",
            "challenge": "0" * 64,
            "number": 1,
            "salt": "abc",
            "signature": "0" * 64,
            "took": 5,
        })
        assert verify_captcha(payload) is False

    def test_wrong_derived_key(self, portal, at):
        data = decode(solve(captcha.new_challenge()))
        data["solution"]["derivedKey"] = "00" * 32
        assert verify_captcha(encode(data)) is False

    def test_lowered_cost(self, portal, at):
        """Parameters are signed: making the work cheaper breaks the signature."""
        data = decode(solve(captcha.new_challenge()))
        data["challenge"]["parameters"]["cost"] = 1
        assert verify_captcha(encode(data)) is False

    def test_longer_expiry(self, portal, at):
        data = decode(solve(captcha.new_challenge()))
        data["challenge"]["parameters"]["expiresAt"] += 3600
        assert verify_captcha(encode(data)) is False

    def test_challenge_signed_with_another_key(self, portal, at):
        forged = create_challenge(
            captcha.ALGORITHM,
            captcha.COST,
            counter=10,
            expires_at=T0 + timedelta(minutes=5),
            hmac_secret=GUESSED_SECRET,
            hmac_key_secret=GUESSED_KEY_SECRET,
        )
        assert verify_captcha(solve(forged.to_dict())) is False

    def test_unsigned_challenge(self, portal, at):
        unsigned = create_challenge(
            captcha.ALGORITHM, 10, expires_at=T0 + timedelta(minutes=5)
        )
        payload = Payload(unsigned, solve_challenge(unsigned))
        assert verify_captcha(payload.to_base64()) is False

    def test_challenge_without_expiry(self, portal, store, at):
        """Even signed with the site's key, a challenge must expire."""
        eternal = create_challenge(
            captcha.ALGORITHM,
            captcha.COST,
            counter=10,
            hmac_secret=store["secret"],
            hmac_key_secret=store["key_secret"],
        )
        assert verify_captcha(solve(eternal.to_dict())) is False

    def test_expired_after_ten_minutes(self, portal, at):
        payload = solve(captcha.new_challenge())
        at(10)
        assert verify_captcha(payload) is False

    def test_used_once(self, portal, at):
        payload = solve(captcha.new_challenge())
        assert verify_captcha(payload) is True
        assert verify_captcha(payload) is False
        at(9)
        assert verify_captcha(payload) is False

    def test_signature_case_does_not_make_a_new_payload(self, portal, at):
        payload = solve(captcha.new_challenge())
        assert verify_captcha(payload) is True
        data = decode(payload)
        data["challenge"]["signature"] = data["challenge"]["signature"].upper()
        assert verify_captcha(encode(data)) is False


class TestAccepted:
    def test_a_solution_found_by_the_solver(self, portal, at):
        assert verify_captcha(solve(captcha.new_challenge())) is True

    def test_just_before_expiry(self, portal, at):
        payload = solve(captcha.new_challenge())
        at(9.9)
        assert verify_captcha(payload) is True

    def test_not_spent_when_the_request_fails(self, portal, at):
        """A service that raises (400) aborts the transaction: the person can
        send the same payload again once she fixed her form."""
        payload = solve(captcha.new_challenge())
        before = transaction.savepoint()
        assert verify_captcha(payload) is True
        before.rollback()  # what the abort of a failed request does
        assert verify_captcha(payload) is True


class TestChallenge:
    def test_the_shape_the_widget_solves(self, portal, at):
        """altcha@3.2.2 (widget) takes {parameters, signature} (PoW v2)."""
        issued = captcha.new_challenge()
        assert set(issued) == {"parameters", "signature"}
        parameters = issued["parameters"]
        assert set(parameters) == {
            "algorithm",
            "cost",
            "keyLength",
            "keyPrefix",
            "keySignature",
            "nonce",
            "salt",
            "expiresAt",
        }
        assert parameters["algorithm"] == "PBKDF2/SHA-256"
        assert parameters["cost"] == captcha.COST
        assert len(parameters["keyPrefix"]) == 32  # half the key: one counter fits
        assert parameters["expiresAt"] == int((T0 + timedelta(minutes=10)).timestamp())
        assert Challenge.from_dict(issued).to_dict() == issued

    def test_each_challenge_is_new(self, portal, at):
        first, second = captcha.new_challenge(), captcha.new_challenge()
        assert first["parameters"]["nonce"] != second["parameters"]["nonce"]
        assert first["signature"] != second["signature"]

    def test_work_is_the_secret_counter_times_the_cost(self, portal, at):
        issued = captcha.new_challenge()
        solution = solve_challenge(Challenge.from_dict(issued))
        low, high = captcha.COUNTER_RANGE
        assert low <= solution.counter <= high

    def test_difficulty_stays_cheap_for_a_phone(self):
        """Re-measure (docs/developer/security-abuse.md) before raising it."""
        assert captcha.COST * captcha.COUNTER_RANGE[1] <= 1_500_000
        assert timedelta(minutes=10) >= captcha.LIFETIME


class TestKeys:
    def test_made_at_site_creation(self, portal, store):
        assert len(store["secret"]) == 64
        assert len(store["key_secret"]) == 64
        assert store["secret"] != store["key_secret"]
        int(store["secret"], 16)

    def test_kept(self, portal, store, at):
        secret = store["secret"]
        captcha.new_challenge()
        captcha.install(portal)
        assert IAnnotations(portal)[captcha.STORE_KEY]["secret"] == secret

    def test_never_sent(self, portal, store, at):
        text = json.dumps(captcha.new_challenge())
        assert store["secret"] not in text
        assert store["key_secret"] not in text

    def test_made_on_demand_for_a_site_without_them(self, portal, at):
        del IAnnotations(portal)[captcha.STORE_KEY]
        assert verify_captcha(solve(captcha.new_challenge())) is True


class TestPurge:
    def test_spent_challenges_are_forgotten_once_expired(self, portal, store, at):
        for _ in range(2):
            assert verify_captcha(solve(captcha.new_challenge()))
        assert len(store["used"]) == 2
        assert captcha.purge_expired(T0 + timedelta(minutes=9)) == 0
        assert captcha.purge_expired(T0 + timedelta(minutes=10)) == 2
        assert len(store["used"]) == 0

    def test_spending_purges_now_and_then(self, portal, store, at):
        assert verify_captcha(solve(captcha.new_challenge()))
        at(11)
        assert verify_captcha(solve(captcha.new_challenge()))
        assert len(store["used"]) == 1

    def test_the_job(self, portal, store, at):
        from oif.tremplin.core.jobs import registered_jobs

        assert verify_captcha(solve(captcha.new_challenge()))
        job = dict(registered_jobs())["oif.tremplin.jobs.captcha_purge"]
        assert job(portal, T0 + timedelta(minutes=11)) == {"purged": 1}
        assert job(portal, T0 + timedelta(minutes=11)) == {"purged": 0}


class TestFieldErrors:
    def test_missing(self, portal):
        assert set(captcha_errors({})) == {"captcha"}
        assert set(captcha_errors({"token": ""}, field="token")) == {"token"}

    def test_invalid(self, portal):
        errors = captcha_errors({"captcha": "forged"})
        assert errors["captcha"] != captcha_errors({})["captcha"]

    def test_valid(self, portal, at):
        assert captcha_errors({"captcha": solve(captcha.new_challenge())}) == {}

    @pytest.mark.parametrize("value", ["http://spam.example", " x ", 1, True, ["a"]])
    def test_honeypot_filled(self, value):
        assert honeypot_filled({"website": value})
        assert set(honeypot_errors({"website": value})) == {"website"}
        assert set(honeypot_errors({"url": value}, field="url")) == {"url"}

    @pytest.mark.parametrize("body", [{}, {"website": ""}, {"website": "  "}, []])
    def test_honeypot_empty(self, body):
        assert not honeypot_filled(body)
        assert honeypot_errors(body) == {}
