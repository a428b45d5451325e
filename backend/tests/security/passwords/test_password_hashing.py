"""New hashes are bcrypt; old SSHA ones still open the door and are upgraded."""

from AuthEncoding import AuthEncoding
from AuthEncoding.AuthEncoding import BCRYPTHashingScheme
from oif.tremplin.security.passwords import hash_password
from oif.tremplin.security.passwords import rehash_if_needed
from oif.tremplin.security.passwords.hashing import bcrypt_rounds
from oif.tremplin.security.passwords.hashing import needs_rehash
from plone import api

import pytest


PASSWORD = "Baobab-Pirogue-Tamarin-42"


def stored_hash(portal, userid: str) -> bytes:
    value = portal.acl_users.source_users._user_passwords[userid]
    return value.encode() if isinstance(value, str) else value


def authenticates(portal, login: str, password: str) -> bool:
    return bool(portal.acl_users.authenticate(login, password, portal.REQUEST))


@pytest.fixture
def member(portal):
    api.user.create(username="fatou", email="fatou@example.org", password=PASSWORD)
    return "fatou"


@pytest.fixture
def old_member(portal, member):
    """Fatou's password as Plone stored it before: salted SHA-1."""
    users = portal.acl_users.source_users
    users._user_passwords[member] = AuthEncoding.pw_encrypt(PASSWORD, "SSHA")
    return member


class TestNewHashes:
    def test_a_new_member_gets_bcrypt(self, portal, member):
        assert stored_hash(portal, member).startswith(b"{BCRYPT}$2b$04$")

    def test_a_changed_password_gets_bcrypt(self, portal, old_member):
        portal.acl_users.userSetPassword(old_member, "Kora-Djembe-Balafon-77")
        assert stored_hash(portal, old_member).startswith(b"{BCRYPT}$2b$")
        assert authenticates(portal, "fatou", "Kora-Djembe-Balafon-77")

    def test_the_test_layers_use_the_cheapest_cost(self):
        assert bcrypt_rounds() == 4

    @pytest.mark.parametrize(
        "value,rounds", [("", 12), ("10", 10), ("2", 4), ("99", 31), ("many", 12)]
    )
    def test_cost_from_the_environment(self, monkeypatch, value, rounds):
        monkeypatch.setenv("TREMPLIN_BCRYPT_ROUNDS", value)
        assert bcrypt_rounds() == rounds

    def test_hash_password_is_text_with_the_configured_cost(self, monkeypatch):
        monkeypatch.setenv("TREMPLIN_BCRYPT_ROUNDS", "5")
        stored = hash_password(PASSWORD)
        assert isinstance(stored, str)
        assert stored.startswith("{BCRYPT}$2b$05$")
        assert PASSWORD not in stored
        assert AuthEncoding.pw_validate(stored, PASSWORD)
        assert not AuthEncoding.pw_validate(stored, PASSWORD + "!")

    def test_stock_authencoding_reads_our_hashes(self):
        stored = hash_password(PASSWORD).encode()
        stock = BCRYPTHashingScheme()
        assert stock.validate(stored[len(b"{BCRYPT}") :], PASSWORD)
        assert not stock.validate(stored[len(b"{BCRYPT}") :], "wrong")

    def test_passwords_longer_than_bcrypt_reads(self):
        """bcrypt 5 refuses more than 72 bytes; we hash the first 72."""
        long_password = "é" * 64  # 128 bytes
        stored = hash_password(long_password)
        assert AuthEncoding.pw_validate(stored, long_password)

    def test_a_pending_registration_hash_is_kept_as_is(self, portal):
        stored = hash_password(PASSWORD)
        api.portal.get_tool("portal_membership").addMember(
            "binta", stored, ("Member",), ""
        )
        assert stored_hash(portal, "binta") == stored.encode()
        assert authenticates(portal, "binta", PASSWORD)


class TestOldHashes:
    def test_ssha_still_signs_in(self, portal, old_member):
        assert stored_hash(portal, old_member).startswith(b"{SSHA}")
        assert authenticates(portal, "fatou", PASSWORD)
        assert not authenticates(portal, "fatou", "Wrong-Password-2026")

    def test_rehashed_on_sign_in(self, portal, old_member):
        assert rehash_if_needed(old_member, PASSWORD) is True
        assert stored_hash(portal, old_member).startswith(b"{BCRYPT}$2b$04$")
        assert authenticates(portal, "fatou", PASSWORD)

    def test_a_wrong_password_changes_nothing(self, portal, old_member):
        before = stored_hash(portal, old_member)
        assert rehash_if_needed(old_member, "Wrong-Password-2026") is False
        assert stored_hash(portal, old_member) == before

    def test_a_current_hash_is_left_alone(self, portal, member):
        before = stored_hash(portal, member)
        assert rehash_if_needed(member, PASSWORD) is False
        assert stored_hash(portal, member) == before

    def test_a_cheaper_bcrypt_is_upgraded(self, portal, member, monkeypatch):
        monkeypatch.setenv("TREMPLIN_BCRYPT_ROUNDS", "5")
        assert rehash_if_needed(member, PASSWORD) is True
        assert stored_hash(portal, member).startswith(b"{BCRYPT}$2b$05$")

    def test_a_rehash_is_no_password_change(self, portal, old_member, monkeypatch):
        """No policy check (an old weak password still upgrades), no alert."""
        from oif.tremplin.security.passwords import subscribers

        calls = []
        monkeypatch.setattr(subscribers, "send_security_alert", calls.append)
        users = portal.acl_users.source_users
        users._user_passwords[old_member] = AuthEncoding.pw_encrypt("weak", "SSHA")
        assert rehash_if_needed(old_member, "weak") is True
        assert calls == []

    def test_an_unknown_member(self, portal):
        assert rehash_if_needed("nobody", PASSWORD) is False

    @pytest.mark.parametrize(
        "stored,expected",
        [
            (b"{SSHA}abc", True),
            (b"plain", True),
            (b"{BCRYPT}$2b$04$" + b"x" * 53, False),
            (b"{BCRYPT}garbage", True),
        ],
    )
    def test_needs_rehash(self, stored, expected):
        assert needs_rehash(stored) is expected
