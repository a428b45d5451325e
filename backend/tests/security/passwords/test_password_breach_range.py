"""The optional online check, against a real range service on loopback that
speaks the Pwned Passwords protocol (SHA-1 prefix -> SUFFIX:COUNT lines)."""

from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from oif.tremplin.security.passwords import password_problems
from oif.tremplin.security.passwords import password_strength
from oif.tremplin.security.passwords.messages import BREACHED as BREACHED_MESSAGE
from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate

import hashlib
import logging
import pytest
import socket
import threading


BREACHED = "Kilimandjaro-Sous-La-Pluie-88"
NEVER_SEEN = "Baobab-Pirogue-Tamarin-42"


def sha1(password: str) -> str:
    return hashlib.sha1(password.encode()).hexdigest().upper()  # noqa: S324


class RangeService(ThreadingHTTPServer):
    """Knows BREACHED (seen 3 times), pads every answer with zero counts
    like the real service does, and remembers the paths it was asked."""

    def __init__(self, delay: float = 0.0):
        super().__init__(("127.0.0.1", 0), RangeHandler)
        self.delay, self.paths, self.headers_seen = delay, [], []
        self.known = {sha1(BREACHED): 3}


class RangeHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        service = self.server
        service.paths.append(self.path)
        service.headers_seen.append(dict(self.headers))
        if service.delay:
            threading.Event().wait(service.delay)
        prefix = self.path.rsplit("/", 1)[-1]
        lines = [f"{h[5:]}:{n}" for h, n in service.known.items() if h[:5] == prefix]
        lines += ["0" * 35 + ":0", "F" * 35 + ":0"]  # padding
        body = "\r\n".join(lines).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def range_service(portal):
    servers = []

    def start(delay: float = 0.0) -> RangeService:
        server = RangeService(delay)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        port = server.server_address[1]
        api.portal.set_registry_record(
            "oif.tremplin.security.breach_check_url", f"http://127.0.0.1:{port}/range/"
        )
        api.portal.set_registry_record(
            "oif.tremplin.security.breach_check_enabled", True
        )
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class TestRefused:
    def test_a_breached_password(self, range_service):
        range_service()
        assert [str(p) for p in password_problems(BREACHED)] == [
            "error_password_breached"
        ]

    def test_the_live_feedback_says_it_too(self, range_service):
        range_service()
        result = password_strength(BREACHED)
        assert result["acceptable"] is False
        assert result["score"] <= 2
        assert result["problems"] == [translate(BREACHED_MESSAGE, context=getRequest())]


class TestPrivacy:
    def test_only_the_first_five_hash_characters_leave(self, range_service):
        service = range_service()
        password_problems(BREACHED)
        assert service.paths == [f"/range/{sha1(BREACHED)[:5]}"]
        assert service.headers_seen[0]["Add-Padding"] == "true"

    def test_a_password_refused_locally_is_not_sent(self, range_service):
        service = range_service()
        password_problems("short")
        password_problems("qwertyuiopasdfgh")
        assert service.paths == []

    def test_off_by_default(self, portal, range_service):
        service = range_service()
        api.portal.set_registry_record(
            "oif.tremplin.security.breach_check_enabled", False
        )
        assert password_problems(BREACHED) == []
        assert service.paths == []


class TestAccepted:
    def test_unknown_to_the_service(self, range_service):
        service = range_service()
        assert password_problems(NEVER_SEEN) == []
        assert len(service.paths) == 1

    def test_padding_lines_count_zero(self, range_service):
        service = range_service()
        service.known[sha1(NEVER_SEEN)] = 0
        assert password_problems(NEVER_SEEN) == []


class TestFailsOpen:
    def test_unreachable_service(self, portal, caplog):
        api.portal.set_registry_record(
            "oif.tremplin.security.breach_check_url",
            f"http://127.0.0.1:{closed_port()}/range/",
        )
        api.portal.set_registry_record(
            "oif.tremplin.security.breach_check_enabled", True
        )
        with caplog.at_level(logging.WARNING, logger="oif.tremplin"):
            assert password_problems(BREACHED) == []
        assert "Breached-password check skipped" in caplog.text

    def test_slow_service(self, range_service, caplog, monkeypatch):
        from oif.tremplin.security.passwords import breach

        monkeypatch.setattr(breach, "TIMEOUT_SECONDS", 0.2)
        range_service(delay=1.0)
        with caplog.at_level(logging.WARNING, logger="oif.tremplin"):
            assert password_problems(BREACHED) == []
        assert "timed out" in caplog.text

    def test_not_an_http_address(self, portal, caplog):
        api.portal.set_registry_record(
            "oif.tremplin.security.breach_check_url", "file:///etc/passwd#"
        )
        api.portal.set_registry_record(
            "oif.tremplin.security.breach_check_enabled", True
        )
        with caplog.at_level(logging.WARNING, logger="oif.tremplin"):
            assert password_problems(BREACHED) == []
        assert "not an http(s) address" in caplog.text
