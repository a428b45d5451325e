"""Security headers on every backend answer (security/headers/policy.py)."""

from oif.tremplin.security.headers.policy import API_CSP
from oif.tremplin.security.headers.policy import HSTS
from oif.tremplin.security.headers.policy import HTML_CSP

import pytest


COMMON = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def assert_api_headers(response):
    for name, value in COMMON.items():
        assert response.headers[name] == value, name
    assert response.headers["Content-Security-Policy"] == API_CSP
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in response.headers["Permissions-Policy"]


@pytest.mark.parametrize(
    "path,status",
    [
        ("/", 200),
        ("/fr", 200),
        ("/@navigation", 200),
        ("/@users/aminata", 401),  # an error answer
        ("/no-such-thing", 404),
    ],
)
def test_api_answers(anon_request, path, status):
    response = anon_request.get(path)
    assert response.status_code == status
    assert_api_headers(response)
    assert "Strict-Transport-Security" not in response.headers


def test_post_answer(anon_request):
    response = anon_request.post("/@tremplin-registration", json={})
    assert response.status_code == 400
    assert_api_headers(response)


def test_session_refusal(functional_portal, request_factory):
    """The 401 of an ended session (an exception view of our own)."""
    from oif.tremplin.security.sessions import end_all_sessions
    from oif.tremplin.security.sessions.testing import issue_test_token

    import transaction

    token = issue_test_token("aminata")
    transaction.begin()
    end_all_sessions("aminata")
    transaction.commit()
    session = request_factory()
    session.headers["Authorization"] = f"Bearer {token}"
    response = session.get("/@navigation")
    assert response.status_code == 401
    assert response.json()["type"] == "SessionExpired"
    assert_api_headers(response)


def test_html_page(request_factory):
    """The Zope management interface: inline scripts and its own frameset."""
    session = request_factory(role="Manager", api=False)
    session.headers["Accept"] = "text/html"
    response = session.get("/manage_main")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.headers["Content-Security-Policy"] == HTML_CSP
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    for name, value in COMMON.items():
        assert response.headers[name] == value
    assert "frame-ancestors 'self'" in HTML_CSP
    assert "object-src 'none'" in HTML_CSP


class TestHSTS:
    def test_behind_a_tls_proxy(self, functional_portal, request_factory):
        """The proxy's virtual host says https: the request came over TLS."""
        server = functional_portal.absolute_url().rsplit("/plone", 1)[0]
        session = request_factory()
        response = session.get(
            f"{server}/VirtualHostBase/https/tremplin.example.org:443"
            "/plone/++api++/VirtualHostRoot/"
        )
        assert response.status_code == 200, response.text
        assert response.headers["Strict-Transport-Security"] == HSTS
        assert response.json()["@id"].startswith("https://tremplin.example.org")

    def test_plain_http(self, anon_request):
        assert "Strict-Transport-Security" not in anon_request.get("/").headers

    def test_forwarded_proto_from_anyone(self, request_factory):
        """A client cannot ask for it: only Zope's own view of the scheme counts."""
        session = request_factory()
        session.headers["X-Forwarded-Proto"] = "https"
        response = session.get("/")
        assert "Strict-Transport-Security" not in response.headers
        assert response.json()["@id"].startswith("http://")


def test_a_view_keeps_its_own_csp():
    from oif.tremplin.security.headers.policy import security_headers

    class Response:
        def __init__(self, headers):
            self.headers = headers

        def getHeader(self, name):
            return self.headers.get(name)

    own = Response({"Content-Type": "image/svg+xml", "Content-Security-Policy": "x"})
    assert "Content-Security-Policy" not in security_headers({}, own)
    plain = Response({"Content-Type": "application/json"})
    assert security_headers({}, plain)["Content-Security-Policy"] == API_CSP
