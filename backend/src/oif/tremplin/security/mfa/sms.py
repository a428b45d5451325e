"""SMS as a second factor, through a pluggable gateway (spec §6.3.1).

A gateway is a named utility providing ``ISMSGateway``; the control panel
setting ``sms_gateway`` names the one in use. The shipped ``capture`` gateway
sends nothing: it keeps the messages in memory (tests) and appends them to
``$TREMPLIN_SMS_DIR/messages.jsonl`` (default ``<instance>/var/sms/``) for
development. ``docs/admin/sms-gateway.md`` shows how to plug a real provider.

Messages leave after the transaction commits, like mail: a request that
fails sends nothing, and the code they carry is stored before anyone has it.
"""

from App.config import getConfiguration
from oif.tremplin import _
from oif.tremplin import logger
from oif.tremplin.core import clock
from oif.tremplin.security.settings import security_setting
from pathlib import Path
from zope.component import queryUtility
from zope.interface import implementer
from zope.interface import Interface

import json
import os
import re
import secrets
import threading
import transaction


E164 = re.compile(r"^\+[1-9]\d{6,14}$")
CODE_DIGITS = 6


class ISMSGateway(Interface):
    """Sends one text message."""

    def send(phone: str, text: str) -> None:
        """Deliver ``text`` to ``phone`` (E.164, e.g. ``+221771234567``).
        Raise on failure; the caller logs it."""


class SMSUnavailable(Exception):
    """No gateway is registered under the configured name."""


def is_e164(phone) -> bool:
    return isinstance(phone, str) and bool(E164.match(phone))


def normalized_phone(phone) -> str:
    """``phone`` without the spaces, dots, dashes and brackets people type."""
    if not isinstance(phone, str):
        return ""
    return re.sub(r"[\s.()\-]", "", phone)


def masked_phone(phone: str) -> str:
    """``+221771234542`` -> ``+221 •••• 42``: enough to recognise it, not to
    read it. The country code is shown up to three digits."""
    country = phone[1:4] if len(phone) > 9 else phone[1:3]
    return f"+{country} •••• {phone[-2:]}"


def new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def current_gateway() -> ISMSGateway:
    name = security_setting("sms_gateway")
    gateway = queryUtility(ISMSGateway, name=name)
    if gateway is None:
        logger.error("No SMS gateway named %r is registered", name)
        raise SMSUnavailable(name)
    return gateway


def send_sms_after_commit(phone: str, text: str) -> None:
    """Queue ``text`` for ``phone``; it leaves when the transaction commits.
    Raises SMSUnavailable at once when no gateway is configured."""
    gateway = current_gateway()

    def deliver(committed: bool) -> None:
        if not committed:
            return
        try:
            gateway.send(phone, text)
        except Exception:
            logger.exception("The SMS gateway could not send a message")

    transaction.get().addAfterCommitHook(deliver)


def code_message(code: str, minutes: int):
    return _(
        "sms_code_text",
        default=(
            "Tremplin: your security code is ${code}. It expires in "
            "${minutes} minutes. Never share it: Tremplin will never ask you for it."
        ),
        mapping={"code": code, "minutes": minutes},
    )


@implementer(ISMSGateway)
class CaptureGateway:
    """Development and tests: keeps the messages instead of sending them."""

    def __init__(self):
        self.messages = []
        self._lock = threading.Lock()

    def send(self, phone: str, text: str) -> None:
        message = {"when": clock.now().isoformat(), "phone": phone, "text": text}
        with self._lock:
            self.messages.append(message)
        folder = self.folder()
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "messages.jsonl").open("a", encoding="utf-8") as log:
            log.write(json.dumps(message, ensure_ascii=False) + "\n")

    def folder(self) -> Path | None:
        """``$TREMPLIN_SMS_DIR``, else ``<clienthome>/sms``, else None."""
        configured = os.environ.get("TREMPLIN_SMS_DIR")
        if configured:
            return Path(configured)
        clienthome = getattr(getConfiguration(), "clienthome", None)
        return Path(clienthome) / "sms" if clienthome else None

    def to(self, phone: str) -> list[str]:
        """Texts sent to ``phone``, oldest first (for tests)."""
        with self._lock:
            return [m["text"] for m in self.messages if m["phone"] == phone]


capture_gateway = CaptureGateway()
