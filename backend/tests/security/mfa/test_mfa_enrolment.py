"""A member sets up TOTP or SMS, gets her recovery codes once, replaces
them, and turns MFA off; each change is mailed to her and audited."""

from mfa_helpers import code_at
from mfa_helpers import field_errors
from mfa_helpers import PASSWORD
from oif.tremplin.core import audit
from oif.tremplin.security.mfa import mfa_methods
from oif.tremplin.security.mfa import store
from urllib.parse import parse_qs
from urllib.parse import urlparse

import base64
import pytest
import re
import transaction


PHONE = "+221771234542"
SMS_CODE = re.compile(r"\b(\d{6})\b")


def sms_code(captured_sms, phone=PHONE) -> str:
    return SMS_CODE.search(captured_sms.to(phone)[-1]).group(1)


@pytest.fixture
def karim(password_step, bearer):
    """Karim signed in with his password (no MFA yet)."""
    return bearer(password_step("karim").json()["token"])


def use_new_token(session, answer) -> None:
    """What Volto does with the token of a confirmation: the token of the
    password-only sign-in is refused once a factor is on."""
    session.headers["Authorization"] = f"Bearer {answer.json()['token']}"


@pytest.fixture
def karim_totp(karim):
    """Karim with TOTP on: (session, secret, recovery codes)."""
    secret = karim.post("/@tremplin-mfa/totp").json()["secret"]
    confirmed = karim.post(
        "/@tremplin-mfa/totp/confirm", json={"code": code_at(secret)}
    )
    assert confirmed.status_code == 200, confirmed.text
    use_new_token(karim, confirmed)
    return karim, secret, confirmed.json()["recovery_codes"]


class TestTOTP:
    def test_setup_answer(self, karim):
        response = karim.post("/@tremplin-mfa/totp")
        assert response.status_code == 200, response.text
        body = response.json()
        assert set(body) == {"secret", "otpauth_uri", "qr_svg"}
        assert re.fullmatch(r"[A-Z2-7]{32}", body["secret"])
        uri = urlparse(body["otpauth_uri"])
        assert (uri.scheme, uri.netloc) == ("otpauth", "totp")
        assert uri.path == "/Tremplin:karim%40example.org"
        query = parse_qs(uri.query)
        assert query["secret"] == [body["secret"]]
        assert query["issuer"] == ["Tremplin"]
        prefix = "data:image/svg+xml;base64,"
        assert body["qr_svg"].startswith(prefix)
        svg = base64.b64decode(body["qr_svg"][len(prefix) :]).decode()
        assert svg.startswith("<svg") and "<script" not in svg

    def test_nothing_is_on_before_the_first_code(self, karim):
        karim.post("/@tremplin-mfa/totp")
        assert karim.get("/@tremplin-mfa").json()["enabled"] is False
        transaction.begin()
        assert mfa_methods("karim") == []

    def test_a_new_setup_replaces_the_unconfirmed_secret(self, karim):
        first = karim.post("/@tremplin-mfa/totp").json()["secret"]
        second = karim.post("/@tremplin-mfa/totp").json()["secret"]
        assert first != second
        response = karim.post(
            "/@tremplin-mfa/totp/confirm", json={"code": code_at(first)}
        )
        assert set(field_errors(response)) == {"code"}

    def test_confirmed(self, karim_totp, mails):
        session, _secret, codes = karim_totp
        assert len(codes) == 10 == len(set(codes))
        assert all(re.fullmatch(r"[a-z2-9]{5}-[a-z2-9]{5}", c) for c in codes)
        # With the token of the confirmation (a sign-in with the factor):
        assert session.get("/@tremplin-mfa").json() == {
            "enabled": True,
            "methods": ["totp"],
            "required": False,
            "recovery_codes_left": 10,
            "sms": None,
        }
        [mail] = mails.to("karim@example.org")  # in French, the site's language
        assert "deux étapes est activée" in mail["Subject"]

    def test_codes_are_stored_hashed(self, karim_totp):
        _session, _secret, codes = karim_totp
        transaction.begin()
        stored = repr(store.account("karim"))
        assert not any(
            code in stored or code.replace("-", "") in stored for code in codes
        )

    def test_audited_without_secrets(self, karim_totp):
        _session, secret, codes = karim_totp
        transaction.begin()
        [entry] = list(audit.entries(action="security.mfa_on", target="karim"))
        assert entry["target"] == "karim"
        assert entry["details"] == {"method": "totp"}
        assert secret not in str(entry) and codes[0] not in str(entry)

    def test_sign_in_now_asks_for_the_code(self, karim_totp, password_step, code_step):
        _session, secret, _codes = karim_totp
        first = password_step("karim").json()
        assert first["methods"] == ["totp"]
        response = code_step(first["challenge"], code_at(secret, steps=1))
        assert response.status_code == 200, response.text
        assert set(response.json()) == {"token"}
        transaction.begin()
        newest, first = audit.entries(action="security.login", target="karim")
        assert first["details"] == {"second_factor": None}
        assert newest["details"] == {"second_factor": "totp"}
        assert newest["actor"] == "karim"


class TestRecoveryCodes:
    def test_new_codes_replace_the_old_ones(
        self, karim_totp, password_step, code_step, mails
    ):
        session, secret, old = karim_totp
        response = session.post(
            "/@tremplin-mfa/recovery-codes",
            json={"password": PASSWORD, "code": code_at(secret, steps=1)},
        )
        assert response.status_code == 200, response.text
        new = response.json()["recovery_codes"]
        assert len(new) == 10 and not set(new) & set(old)
        challenge = password_step("karim").json()["challenge"]
        assert set(field_errors(code_step(challenge, old[1]))) == {"code"}
        assert code_step(challenge, new[1]).json()["recovery_codes_left"] == 9
        assert any(
            "codes de secours" in m["Subject"] for m in mails.to("karim@example.org")
        )
        transaction.begin()
        assert list(audit.entries(action="security.recovery_codes", target="karim"))

    def test_a_recovery_code_may_prove_possession(self, karim_totp):
        session, _secret, codes = karim_totp
        response = session.post(
            "/@tremplin-mfa/recovery-codes",
            json={"password": PASSWORD, "code": codes[0].upper().replace("-", " ")},
        )
        assert response.status_code == 200, response.text


class TestDisable:
    def test_password_and_code_turn_it_off(self, karim_totp, password_step, mails):
        session, secret, _codes = karim_totp
        response = session.post(
            "/@tremplin-mfa/disable",
            json={"password": PASSWORD, "code": code_at(secret, steps=1)},
        )
        assert response.status_code == 200, response.text
        assert response.json()["enabled"] is False
        assert response.json()["recovery_codes_left"] == 0
        assert set(password_step("karim").json()) == {"token"}
        assert any("désactivée" in m["Subject"] for m in mails.to("karim@example.org"))
        transaction.begin()
        [entry] = list(audit.entries(action="security.mfa_off", target="karim"))
        assert entry["details"] == {"methods": ["totp"]}
        assert store.account("karim").get("recovery") is None


class TestSMS:
    def test_enrol_and_sign_in_by_sms(
        self, karim, captured_sms, password_step, code_step, anon, frozen_clock
    ):
        response = karim.post("/@tremplin-mfa/sms", json={"phone": "+221 77 123 45 42"})
        assert response.status_code == 200, response.text
        assert response.json()["phone"] == "+221 •••• 42"
        [text] = captured_sms.to(PHONE)
        assert "Tremplin" in text
        confirmed = karim.post(
            "/@tremplin-mfa/sms/confirm", json={"code": sms_code(captured_sms)}
        )
        assert confirmed.status_code == 200, confirmed.text
        assert len(confirmed.json()["recovery_codes"]) == 10
        use_new_token(karim, confirmed)
        status = karim.get("/@tremplin-mfa").json()
        assert status["methods"] == ["sms"]
        assert status["sms"] == {"phone": "+221 •••• 42"}

        first = password_step("karim").json()
        assert first["methods"] == ["sms"]
        frozen_clock.shift(30)
        sent = anon.post("/@tremplin-login-sms", json={"challenge": first["challenge"]})
        assert sent.status_code == 202, sent.text
        assert "token" not in sent.json()
        response = code_step(first["challenge"], sms_code(captured_sms))
        assert response.status_code == 200, response.text
        assert "token" in response.json()

    def test_wrong_sms_code_spends_a_try(self, karim, captured_sms):
        karim.post("/@tremplin-mfa/sms", json={"phone": PHONE})
        right = sms_code(captured_sms)
        wrong = "111111" if right != "111111" else "222222"
        for left in (4, 3, 2, 1):
            response = karim.post("/@tremplin-mfa/sms/confirm", json={"code": wrong})
            assert str(left) in field_errors(response)["code"]
        field_errors(karim.post("/@tremplin-mfa/sms/confirm", json={"code": wrong}))
        response = karim.post("/@tremplin-mfa/sms/confirm", json={"code": right})
        assert set(field_errors(response)) == {"code"}
        transaction.begin()
        assert mfa_methods("karim") == []

    def test_expired_sms_code(self, karim, captured_sms, frozen_clock):
        karim.post("/@tremplin-mfa/sms", json={"phone": PHONE})
        frozen_clock.shift(10 * 60 + 1)
        response = karim.post(
            "/@tremplin-mfa/sms/confirm", json={"code": sms_code(captured_sms)}
        )
        assert set(field_errors(response)) == {"code"}

    def test_messages_are_rate_limited(self, karim, captured_sms, frozen_clock):
        assert (
            karim.post("/@tremplin-mfa/sms", json={"phone": PHONE}).status_code == 200
        )
        too_soon = karim.post("/@tremplin-mfa/sms", json={"phone": PHONE})
        assert too_soon.status_code == 429
        assert 0 < int(too_soon.headers["Retry-After"]) <= 30
        assert len(captured_sms.messages) == 1
        for _ in range(9):
            frozen_clock.shift(31)
            assert (
                karim.post("/@tremplin-mfa/sms", json={"phone": PHONE}).status_code
                == 200
            )
        frozen_clock.shift(31)
        assert (
            karim.post("/@tremplin-mfa/sms", json={"phone": PHONE}).status_code == 429
        )
        assert len(captured_sms.messages) == 10

    def test_sms_only_member_turns_it_off_with_a_texted_code(
        self, karim, captured_sms, frozen_clock
    ):
        karim.post("/@tremplin-mfa/sms", json={"phone": PHONE})
        use_new_token(
            karim,
            karim.post(
                "/@tremplin-mfa/sms/confirm", json={"code": sms_code(captured_sms)}
            ),
        )
        frozen_clock.shift(31)
        assert karim.post("/@tremplin-mfa/sms/send", json={}).status_code == 200
        response = karim.post(
            "/@tremplin-mfa/disable",
            json={"password": PASSWORD, "code": sms_code(captured_sms)},
        )
        assert response.status_code == 200, response.text
        assert response.json()["enabled"] is False
