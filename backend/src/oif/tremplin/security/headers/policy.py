"""Security headers on every backend response (spec §6.3).

The backend answers JSON to Volto, files (logos, verification documents)
and, for administrators only, the Zope management interface (ZMI): HTML
with inline scripts and a frameset. So two policies:

- everything but HTML: ``default-src 'none'`` and no framing at all. A JSON
  answer or an uploaded SVG opened directly runs nothing and loads nothing.
- HTML (the ZMI, Plone's error pages): same-origin resources, inline scripts
  and styles (the ZMI needs them), framing by the same origin only (the ZMI's
  own frameset), no plugins, forms posting to the same origin only.

``Strict-Transport-Security`` only on a request that came over HTTPS as
Zope sees it (``SERVER_URL``): the virtual host of the proxy says
``VirtualHostBase/https/…``, or waitress trusts the proxy's
``X-Forwarded-Proto`` (``trusted_proxy_headers``). A client-sent
``X-Forwarded-Proto`` alone changes nothing. The TLS proxy in front
(devops/nginx) sends it for the whole host anyway.
"""

from zope.globalrequest import getRequest


API_CSP = (
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
HTML_CSP = (
    "default-src 'self'; "
    "script-src 'self' 'unsafe-inline'; "
    "style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; "
    "font-src 'self' data:; "
    "connect-src 'self'; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'self'; "
    "frame-ancestors 'self'"
)
HSTS = "max-age=31536000; includeSubDomains"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), payment=(), usb=()"
)
REFERRER_POLICY = "strict-origin-when-cross-origin"


def is_https(request) -> bool:
    server_url = request.get("SERVER_URL", "") or ""
    return server_url.startswith("https://")


def is_html(response) -> bool:
    content_type = response.getHeader("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in {
        "text/html",
        "application/xhtml+xml",
    }


def security_headers(request, response) -> dict[str, str]:
    """The headers ``response`` gets (Content-Security-Policy only if the
    view did not set its own)."""
    html = is_html(response)
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": REFERRER_POLICY,
        "X-Frame-Options": "SAMEORIGIN" if html else "DENY",
        "Permissions-Policy": PERMISSIONS_POLICY,
    }
    if not response.getHeader("Content-Security-Policy"):
        headers["Content-Security-Policy"] = HTML_CSP if html else API_CSP
    if is_https(request):
        headers["Strict-Transport-Security"] = HSTS
    return headers


def add_security_headers(event) -> None:
    # IPubBeforeStreaming carries the response only.
    request = getattr(event, "request", None) or getRequest()
    response = getattr(event, "response", None) or getattr(request, "response", None)
    if request is None or response is None:
        return
    for name, value in security_headers(request, response).items():
        response.setHeader(name, value)
