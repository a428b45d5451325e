"""Optional online check against a k-anonymity range service.

The Pwned Passwords range protocol: ``GET <url><first 5 hex of SHA-1>``
answers ``SUFFIX:COUNT`` lines for every known hash with that prefix; the
password and its full hash never leave the server. Off by default (the
``breach_check_enabled`` setting); the address is ``breach_check_url``.

It fails open: a slow or unreachable service must not stop people from
choosing a password, so any network error is logged and counts as "not found".
"""

from oif.tremplin import logger
from oif.tremplin.security.settings import security_setting

import hashlib
import urllib.error
import urllib.request


TIMEOUT_SECONDS = 2.0
# Ask for padded answers: the response size then says nothing about the prefix.
HEADERS = {"Add-Padding": "true", "User-Agent": "Tremplin password check"}


def range_url(prefix: str) -> str:
    base = security_setting("breach_check_url") or ""
    return f"{base.rstrip('/')}/{prefix}"


def _fetch_range(url: str) -> str:
    if not url.startswith(("https://", "http://")):
        raise ValueError(f"not an http(s) address: {url!r}")
    request = urllib.request.Request(url, headers=HEADERS)  # noqa: S310 - checked
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
        return response.read(2_000_000).decode("ascii", errors="replace")


def breach_count(password: str) -> int:
    """How often the range service has seen ``password``; 0 when unknown,
    when the check is off, or when the service cannot be reached."""
    if not security_setting("breach_check_enabled"):
        return 0
    digest = hashlib.sha1(password.encode("utf-8")).hexdigest().upper()  # noqa: S324 - the protocol's hash
    prefix, suffix = digest[:5], digest[5:]
    url = range_url(prefix)
    try:
        body = _fetch_range(url)
    except (OSError, ValueError, urllib.error.URLError) as error:
        logger.warning("Breached-password check skipped (%s): %s", url, error)
        return 0
    for line in body.splitlines():
        candidate, _, count = line.strip().partition(":")
        if candidate.upper() == suffix:
            try:
                return int(count)
            except ValueError:
                return 1
    return 0
