"""The pieces under the services: TOTP windows, codes, phones, gateways."""

from oif.tremplin.security.mfa import recovery_codes
from oif.tremplin.security.mfa import sms
from oif.tremplin.security.mfa import totp
from oif.tremplin.security.mfa.sms import CaptureGateway
from oif.tremplin.security.mfa.sms import ISMSGateway
from oif.tremplin.security.mfa.sms import SMSUnavailable
from plone import api
from zope.component import getUtility
from zope.interface.verify import verifyObject

import pyotp
import pytest
import transaction


SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


# No HTTP here: the directory's functional set-up (accounts, SMTP) is not needed.
@pytest.fixture
def people():
    return None


@pytest.fixture
def mails():
    return None


@pytest.fixture
def fixed_clock(time_machine):
    time_machine.move_to("2027-03-01 10:00:10+00:00", tick=False)
    return time_machine


class TestTOTP:
    def test_secret_is_160_bits_of_base32(self):
        secret = totp.new_secret()
        assert len(secret) == 32 and secret != totp.new_secret()
        pyotp.TOTP(secret).now()  # valid base32

    def test_window_is_one_step_each_side(self, fixed_clock):
        now = totp.current_step()
        generator = pyotp.TOTP(SECRET)
        for offset in (-1, 0, 1):
            code = generator.at((now + offset) * 30)
            assert totp.matching_step(SECRET, code) == now + offset
        for offset in (-2, 2):
            assert totp.matching_step(SECRET, generator.at((now + offset) * 30)) is None

    def test_no_step_at_or_before_the_last_one(self, fixed_clock):
        now = totp.current_step()
        code = pyotp.TOTP(SECRET).at(now * 30)
        assert totp.matching_step(SECRET, code, after_step=now) is None
        assert totp.matching_step(SECRET, code, after_step=now - 1) == now

    @pytest.mark.parametrize(
        "code",
        ["", "12345", "1234567", "abcdef", "\uff11\uff12\uff13\uff14\uff15\uff16"],
    )
    def test_malformed_codes(self, fixed_clock, code):
        assert totp.matching_step(SECRET, code) is None


class TestRecoveryCodes:
    def test_ten_readable_codes(self):
        codes = recovery_codes.new_codes()
        assert len(set(codes)) == 10
        assert all(recovery_codes.looks_like_recovery_code(c) for c in codes)

    def test_typed_variants_match(self):
        code = recovery_codes.new_codes()[0]
        digest = recovery_codes.recovery_digest(code)
        for typed in (code.upper(), code.replace("-", ""), f" {code[:5]} {code[6:]} "):
            assert recovery_codes.recovery_digest(typed) == digest


class TestPhones:
    @pytest.mark.parametrize(
        "typed,expected",
        [
            ("+221 77 123 45 42", "+221771234542"),
            ("+33 (0)6.12.34.56.78", "+330612345678"),
            ("+1-514-555-0142", "+15145550142"),
        ],
    )
    def test_normalized(self, typed, expected):
        assert sms.normalized_phone(typed) == expected

    @pytest.mark.parametrize(
        "phone,valid",
        [
            ("+221771234542", True),
            ("+15145550142", True),
            ("221771234542", False),
            ("+0221771234542", False),
            ("+2217712345420000", False),
            ("+22177", False),
        ],
    )
    def test_e164(self, phone, valid):
        assert sms.is_e164(phone) is valid

    def test_masked(self):
        assert sms.masked_phone("+221771234542") == "+221 •••• 42"
        assert sms.masked_phone("+33612345678") == "+336 •••• 78"


class TestGateways:
    def test_capture_gateway_is_registered(self, portal):
        gateway = getUtility(ISMSGateway, name="capture")
        assert verifyObject(ISMSGateway, gateway)
        assert sms.current_gateway() is gateway

    def test_capture_gateway_writes_a_file(self, tmp_path, monkeypatch):
        monkeypatch.setenv("TREMPLIN_SMS_DIR", str(tmp_path))
        gateway = CaptureGateway()
        gateway.send("+221771234542", "Tremplin: 123456")
        assert gateway.to("+221771234542") == ["Tremplin: 123456"]
        line = (tmp_path / "messages.jsonl").read_text("utf-8")
        assert '"phone": "+221771234542"' in line and "123456" in line

    def test_unknown_gateway(self, portal):
        api.portal.set_registry_record("oif.tremplin.security.sms_gateway", "nowhere")
        with pytest.raises(SMSUnavailable):
            sms.current_gateway()

    def test_messages_leave_after_commit_only(self, portal):
        gateway = getUtility(ISMSGateway, name="capture")
        gateway.messages.clear()
        sms.send_sms_after_commit("+221771234542", "aborted")
        transaction.abort()
        assert gateway.messages == []
