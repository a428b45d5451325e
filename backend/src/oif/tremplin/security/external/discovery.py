"""The provider's discovery document and signing keys (OpenID Connect
Discovery 1.0), fetched with a timeout and kept per process for an hour
(``DISCOVERY_TTL``); an unknown key id refreshes the keys (rotation)."""

from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from urllib.parse import urlsplit

import json
import threading
import time
import urllib.request


FETCH_TIMEOUT = 10  # seconds, for discovery, keys and the token request
DISCOVERY_TTL = 3600  # seconds a discovery document or key set is reused
KEY_REFRESH_INTERVAL = 60  # at most one forced key refresh a minute per issuer
MAX_DOCUMENT_BYTES = 512 * 1024
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
TENANT_PLACEHOLDER = "{tenantid}"

_cache: dict[tuple[str, str], tuple[float, object]] = {}
_cache_lock = threading.Lock()


class OpenIDConnectError(Exception):
    """The provider or its answer cannot be trusted; the sign-in fails."""


def check_url(url: str) -> str:
    """``url`` when it is https, or http on the loopback (tests only)."""
    parts = urlsplit(url or "")
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS:
        return url
    raise OpenIDConnectError(f"Not an https URL: {url!r}")


def fetch_json(url: str) -> dict:
    """The JSON object at ``url`` (https, bounded size, with a timeout)."""
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        check_url(url), headers={"Accept": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310
            body = response.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as error:
        raise OpenIDConnectError(f"{url}: {error}") from None
    if len(body) > MAX_DOCUMENT_BYTES:
        raise OpenIDConnectError(f"{url}: document too large")
    try:
        document = json.loads(body)
    except ValueError:
        raise OpenIDConnectError(f"{url}: not JSON") from None
    if not isinstance(document, dict):
        raise OpenIDConnectError(f"{url}: not a JSON object")
    return document


def _cached(kind: str, key: str, load, *, refresh: bool = False, min_age: float = 0):
    """``load()`` kept per process for ``DISCOVERY_TTL`` seconds; ``refresh``
    reloads it unless the copy is younger than ``min_age`` seconds."""
    now = time.monotonic()
    with _cache_lock:
        found = _cache.get((kind, key))
    if found is not None:
        age = now - found[0]
        if age < DISCOVERY_TTL and (not refresh or age < min_age):
            return found[1]
    value = load()
    with _cache_lock:
        _cache[kind, key] = (now, value)
    return value


def forget_cached_documents() -> None:
    """Drop every cached discovery document and key set (tests, key rotation)."""
    with _cache_lock:
        _cache.clear()


def discovery_url(issuer: str) -> str:
    return issuer.rstrip("/") + "/.well-known/openid-configuration"


def provider_metadata(issuer: str) -> dict:
    """The provider's discovery document, checked (OIDC Discovery §4.3)."""

    def load():
        document = fetch_json(discovery_url(issuer))
        if not issuer_matches(issuer, document.get("issuer")):
            raise OpenIDConnectError(f"Discovery of {issuer}: another issuer")
        for name in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
            check_url(document.get(name))
        return document

    return _cached("metadata", issuer, load)


def issuer_matches(configured: str, discovered) -> bool:
    """The discovered issuer is the configured one, or (Microsoft's
    multi-tenant endpoints) a ``{tenantid}`` template on the same host."""
    if not isinstance(discovered, str):
        return False
    if discovered.rstrip("/") == configured.rstrip("/"):
        return True
    return (
        TENANT_PLACEHOLDER in discovered
        and urlsplit(discovered).hostname == urlsplit(configured).hostname
    )


def signing_keys(jwks_uri: str, *, refresh: bool = False) -> KeySet:
    """The provider's public keys; ``refresh`` reloads them (key rotation)."""

    def load():
        try:
            return KeySet.import_key_set(fetch_json(jwks_uri))
        except (ValueError, KeyError, TypeError, JoseError) as error:
            raise OpenIDConnectError(f"{jwks_uri}: {error}") from None

    return _cached(
        "jwks", jwks_uri, load, refresh=refresh, min_age=KEY_REFRESH_INTERVAL
    )
