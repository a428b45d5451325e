"""The login guard (security.abuse.login_guard): failed sign-ins counted per
account and per client address over a sliding 15 minutes."""

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from oif.tremplin.core import audit
from oif.tremplin.security.abuse import login_guard as guard
from plone import api
from zope.annotation.interfaces import IAnnotations
from ZPublisher.HTTPRequest import HTTPRequest
from ZPublisher.HTTPResponse import HTTPResponse

import io
import pytest
import transaction
import ZPublisher.HTTPRequest


T0 = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
EMAIL = "fatou.diallo@example.org"
PASSWORD = "Baobab-Lagune-Mangrove-77"
HOME = "198.51.100.7"  # documentation addresses (RFC 5737 / 3849)
CAFE = "203.0.113.20"
PROXY = "10.0.0.2"


def request_from(remote: str, forwarded: str | None = None) -> HTTPRequest:
    """A request as Zope builds it from the WSGI environ (X-Forwarded-For is
    read once, honouring zope.conf's trusted-proxy)."""
    environ = {
        "SERVER_NAME": "nohost",
        "SERVER_PORT": "80",
        "REQUEST_METHOD": "POST",
        "REMOTE_ADDR": remote,
    }
    if forwarded is not None:
        environ["HTTP_X_FORWARDED_FOR"] = forwarded
    return HTTPRequest(io.BytesIO(), environ, HTTPResponse())


def fail(times: int, login: str = EMAIL, remote: str = HOME, **kwargs) -> None:
    for _ in range(times):
        guard.record_failure(request_from(remote, **kwargs), login)


@pytest.fixture
def at(time_machine):
    def move(minutes: float = 0):
        time_machine.move_to(T0 + timedelta(minutes=minutes), tick=False)

    move(0)
    return move


@pytest.fixture
def fatou(portal):
    """A member who signs in with her e-mail, as registration makes them."""
    user = api.user.create(username="fatou-diallo", email=EMAIL, password=PASSWORD)
    portal.acl_users.updateLoginName(user.getId(), EMAIL)
    return user.getId()


@pytest.fixture
def alerts(monkeypatch):
    """The alerts the guard asks for (helper R's function, recorded)."""
    import oif.tremplin.security.alerts

    sent = []
    monkeypatch.setattr(
        oif.tremplin.security.alerts,
        "send_security_alert",
        lambda userid, change, **values: sent.append((userid, change)),
    )
    return sent


def lockouts() -> list:
    return list(audit.entries(action="security.lockout"))


class TestAccountLock:
    def test_nothing_before_the_first_failure(self, portal, at):
        assert guard.lockout_remaining(request_from(HOME), EMAIL) == 0
        assert guard.captcha_required(request_from(HOME), EMAIL) is False
        assert guard.captcha_required(request_from(HOME), None) is False

    def test_four_failures_lock_nothing(self, portal, fatou, alerts, at):
        fail(4)
        assert guard.lockout_remaining(request_from(HOME), EMAIL) == 0
        assert alerts == []

    def test_fifth_failure_locks_the_account_fifteen_minutes(
        self, portal, fatou, alerts, at
    ):
        fail(5)
        assert guard.lockout_remaining(request_from(HOME), EMAIL) == 15 * 60
        # From anywhere: the account is locked, not the address.
        assert guard.lockout_remaining(request_from(CAFE), EMAIL) == 15 * 60
        assert guard.lockout_remaining(request_from(HOME), "other@example.org") == 0
        at(14.5)
        assert guard.lockout_remaining(request_from(CAFE), EMAIL) == 30
        at(15)
        assert guard.lockout_remaining(request_from(CAFE), EMAIL) == 0

    def test_failures_from_many_addresses_count_for_the_account(
        self, portal, fatou, alerts, at
    ):
        for number in range(5):
            guard.record_failure(request_from(f"192.0.2.{number + 1}"), EMAIL)
        assert guard.lockout_remaining(request_from(CAFE), EMAIL) == 15 * 60

    def test_the_owner_is_alerted_once_per_lock(self, portal, fatou, alerts, at):
        fail(5)
        assert alerts == [(fatou, "lockout")]
        at(15)
        fail(4)
        assert alerts == [(fatou, "lockout")]
        fail(1)
        assert alerts == [(fatou, "lockout"), (fatou, "lockout")]

    def test_audited_without_the_login(self, portal, fatou, alerts, at):
        fail(5)
        [entry] = lockouts()
        assert entry["target"] == fatou
        assert entry["details"] == {
            "scope": "account",
            "minutes": 15,
            "failures": 5,
            "known": True,
        }
        assert EMAIL not in repr(entry)

    def test_unknown_login_locks_the_same_and_mails_nobody(self, portal, alerts, at):
        """The answers must not tell who has an account."""
        fail(5, login="nobody@example.org")
        assert guard.lockout_remaining(request_from(HOME), "nobody@example.org") == 900
        assert alerts == []
        [entry] = lockouts()
        assert entry["target"] == ""
        assert entry["details"]["known"] is False

    def test_login_as_typed_in_any_case(self, portal, fatou, alerts, at):
        fail(3, login=EMAIL)
        fail(2, login=" Fatou.Diallo@EXAMPLE.org ")
        assert guard.lockout_remaining(request_from(HOME), EMAIL) == 900
        assert alerts == [(fatou, "lockout")]

    def test_sign_in_by_user_id(self, portal, fatou, alerts, at):
        fail(5, login="fatou-diallo")
        assert alerts == [(fatou, "lockout")]


class TestSlidingWindow:
    def test_failures_older_than_fifteen_minutes_no_longer_count(
        self, portal, fatou, alerts, at
    ):
        for minute in (0, 4, 8, 12):
            at(minute)
            fail(1)
        at(16)  # the failure of minute 0 has left the window
        fail(1)
        assert guard.lockout_remaining(request_from(HOME), EMAIL) == 0
        at(17)  # 4, 8, 12, 16, 17: five in fifteen minutes
        fail(1)
        assert guard.lockout_remaining(request_from(HOME), EMAIL) == 900

    def test_a_success_clears_the_account(self, portal, fatou, alerts, at):
        fail(4)
        guard.record_success(request_from(HOME), EMAIL)
        fail(4)
        assert guard.lockout_remaining(request_from(HOME), EMAIL) == 0

    def test_a_success_does_not_clear_the_address(self, portal, fatou, alerts, at):
        """Else an attacker signing in to her own account between guesses
        would reset the count of her address."""
        for number in range(3):
            fail(1, login=f"victim{number}@example.org")
        guard.record_success(request_from(HOME), "attacker@example.org")
        assert guard.captcha_required(request_from(HOME), "new@example.org")


class TestCaptchaRequired:
    def test_after_three_failures_on_the_account(self, portal, fatou, alerts, at):
        fail(2, remote=HOME)
        assert not guard.captcha_required(request_from(CAFE), EMAIL)
        fail(1, remote=CAFE)
        assert guard.captcha_required(request_from("192.0.2.99"), EMAIL)
        assert not guard.captcha_required(request_from("192.0.2.99"), "x@example.org")

    def test_after_three_failures_from_the_address(self, portal, alerts, at):
        for number in range(3):
            fail(1, login=f"member{number}@example.org")
        assert guard.captcha_required(request_from(HOME), "someone@example.org")
        assert not guard.captcha_required(request_from(CAFE), "someone@example.org")

    def test_no_longer_after_the_window(self, portal, fatou, alerts, at):
        fail(3)
        at(15)
        assert not guard.captcha_required(request_from(HOME), EMAIL)


class TestAddressLock:
    def test_twenty_failures_lock_the_address(self, portal, alerts, at):
        for number in range(19):
            fail(1, login=f"guess{number}@example.org")
        assert guard.lockout_remaining(request_from(HOME), "any@example.org") == 0
        fail(1, login="guess19@example.org")
        assert guard.lockout_remaining(request_from(HOME), "any@example.org") == 900
        assert guard.lockout_remaining(request_from(CAFE), "any@example.org") == 0
        [entry] = lockouts()
        assert entry["target"] == HOME
        assert entry["details"]["scope"] == "address"
        assert alerts == []

    def test_ipv6_counts_per_64_network(self, portal, alerts, at):
        for number in range(20):
            remote = f"2001:db8:1:2::{number + 1:x}"
            guard.record_failure(request_from(remote), f"g{number}@example.org")
        assert guard.lockout_remaining(request_from("2001:db8:1:2::ff"), "a") == 900
        assert guard.lockout_remaining(request_from("2001:db8:1:3::1"), "a") == 0

    def test_ipv4_mapped_ipv6_is_the_ipv4_address(self, portal, alerts, at):
        assert guard.client_address(request_from(f"::ffff:{HOME}")) == HOME


class TestClientAddress:
    """Per-address counting must neither lock everybody behind Volto's proxy
    nor be dodged with a forged X-Forwarded-For."""

    @pytest.mark.parametrize("remote", ["127.0.0.1", "::1", "127.0.0.5"])
    def test_loopback_is_a_proxy_not_a_person(self, portal, alerts, at, remote):
        for number in range(25):
            fail(1, login=f"m{number}@example.org", remote=remote)
        assert guard.lockout_remaining(request_from(remote), "new@example.org") == 0
        assert not guard.captcha_required(request_from(remote), "new@example.org")
        # The accounts are still counted.
        fail(4, login="m0@example.org", remote=remote)
        assert guard.lockout_remaining(request_from(remote), "m0@example.org") == 900

    def test_forwarded_for_from_an_untrusted_client_is_ignored(
        self, portal, alerts, at
    ):
        for number in range(20):
            fail(1, login=f"m{number}@example.org", forwarded=f"192.0.2.{number}")
        assert guard.lockout_remaining(request_from(HOME), "new@example.org") == 900

    def test_behind_a_trusted_proxy_the_forwarded_client_counts(
        self, portal, alerts, at, monkeypatch
    ):
        """zope.conf ``trusted-proxy``: Zope takes the last address the proxy
        appended; what the client put before it changes nothing."""
        monkeypatch.setattr(ZPublisher.HTTPRequest, "trusted_proxies", (PROXY,))
        for number in range(20):
            spoofed = f"192.0.2.{number}, {HOME}"
            fail(1, login=f"m{number}@example.org", remote=PROXY, forwarded=spoofed)
        locked = request_from(PROXY, forwarded=HOME)
        assert guard.lockout_remaining(locked, "new@example.org") == 900
        other = request_from(PROXY, forwarded=CAFE)
        assert guard.lockout_remaining(other, "new@example.org") == 0

    def test_a_trusted_proxy_s_own_requests_are_not_counted(
        self, portal, alerts, at, monkeypatch
    ):
        monkeypatch.setattr(ZPublisher.HTTPRequest, "trusted_proxies", (PROXY,))
        assert guard.client_address(request_from(PROXY)) is None


class TestStore:
    def test_reading_writes_nothing(self, portal, at):
        guard.lockout_remaining(request_from(HOME), EMAIL)
        guard.captcha_required(request_from(HOME), EMAIL)
        guard.record_success(request_from(HOME), EMAIL)
        assert guard.STORE_KEY not in IAnnotations(portal)

    def test_logins_are_kept_as_digests(self, portal, fatou, alerts, at):
        fail(5)
        store = IAnnotations(portal)[guard.STORE_KEY]
        assert "fatou" not in repr(list(store["failures"].keys()))
        assert "fatou" not in repr(list(store["locks"].keys()))

    def test_a_hammered_address_keeps_a_bounded_history(self, portal, alerts, at):
        fail(200, login="x@example.org")
        store = IAnnotations(portal)[guard.STORE_KEY]
        assert all(len(times) <= 20 for times in store["failures"].values())

    def test_purge(self, portal, fatou, alerts, at):
        fail(5)
        store = IAnnotations(portal)[guard.STORE_KEY]
        assert guard.purge_expired(T0 + timedelta(minutes=14)) == 0
        # Failure lists of the account and the address, and the lock.
        assert guard.purge_expired(T0 + timedelta(minutes=15)) == 3
        assert len(store["failures"]) == len(store["locks"]) == 0

    def test_failures_purge_now_and_then(self, portal, alerts, at):
        fail(1, login="old@example.org", remote=CAFE)
        at(20)
        fail(1)
        store = IAnnotations(portal)[guard.STORE_KEY]
        assert guard.account_key("old@example.org") not in store["failures"]

    def test_the_job(self, portal, alerts, at):
        from oif.tremplin.core.jobs import registered_jobs

        fail(1)
        job = dict(registered_jobs())["oif.tremplin.jobs.login_failures_purge"]
        assert job(portal, T0 + timedelta(minutes=16)) == {"purged": 2}
        assert job(portal, T0 + timedelta(minutes=16)) == {"purged": 0}

    def test_unlock(self, portal, fatou, alerts, at):
        fail(5)
        assert guard.unlock(EMAIL) is True
        assert guard.lockout_remaining(request_from(HOME), EMAIL) == 0
        assert guard.unlock(EMAIL) is False


def test_the_lockout_mail_reaches_the_member(functional_portal, inbox, time_machine):
    """With helper R's real alert: one mail, in her language, at commit."""
    time_machine.move_to(T0, tick=False)
    user = api.user.create(username="fatou-diallo", email=EMAIL, password=PASSWORD)
    functional_portal.acl_users.updateLoginName(user.getId(), EMAIL)
    transaction.commit()
    fail(5)
    transaction.commit()
    assert len(inbox.to(EMAIL)) == 1
    assert guard.lockout_remaining(request_from(HOME), EMAIL) == 900
