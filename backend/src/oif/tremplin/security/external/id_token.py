"""Checking an ID token (OpenID Connect Core §3.1.3.7) and reading the
user from its claims."""

from joserfc import jwt
from joserfc.errors import InvalidKeyIdError
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from oif.tremplin.core import clock
from oif.tremplin.security.external.discovery import OpenIDConnectError
from oif.tremplin.security.external.discovery import TENANT_PLACEHOLDER

import base64
import hashlib


LEEWAY = 120  # seconds of clock skew tolerated on exp and iat
MAX_ID_TOKEN_AGE = 600  # an ID token is used right after it is issued
ALGORITHMS = ("RS256", "PS256", "ES256")  # never "none", never HMAC


class IDTokenError(OpenIDConnectError):
    """The ID token is not valid for this client and this sign-in."""


def expected_issuer(issuer: str, claims: dict, allowed_tenants=()) -> str:
    """The ``iss`` the ID token must carry; for a ``{tenantid}`` issuer, the
    one of the token's own tenant (``tid``), if that tenant is allowed."""
    if TENANT_PLACEHOLDER not in issuer:
        return issuer
    tenant = claims.get("tid")
    if not isinstance(tenant, str) or not tenant:
        raise IDTokenError("tid: missing")
    if allowed_tenants and tenant not in allowed_tenants:
        raise IDTokenError("tid: tenant not allowed")
    return issuer.replace(TENANT_PLACEHOLDER, tenant)


def verify_id_token(
    id_token: str,
    *,
    keys: KeySet,
    issuer: str,
    client_id: str,
    nonce: str,
    algorithms=ALGORITHMS,
    now: int | None = None,
    allowed_tenants=(),
    issuer_aliases=(),
) -> dict:
    """The claims of ``id_token`` once it is proven to be for us, now
    (OIDC Core §3.1.3.7); raises IDTokenError."""
    if not nonce:
        raise IDTokenError("nonce: none was sent")
    allowed = [alg for alg in algorithms if alg in ALGORITHMS]
    try:
        claims = jwt.decode(id_token, keys, algorithms=allowed).claims
    except InvalidKeyIdError:
        raise
    except (JoseError, ValueError, TypeError) as error:
        raise IDTokenError(f"signature: {error}") from None
    now = int(clock.now().timestamp()) if now is None else now
    issuers = [expected_issuer(issuer, claims, allowed_tenants), *issuer_aliases]
    registry = jwt.JWTClaimsRegistry(
        now=now,
        leeway=LEEWAY,
        iss={"essential": True, "values": issuers},
        sub={"essential": True},
        aud={"essential": True, "value": client_id},
        exp={"essential": True},
        iat={"essential": True},
        nonce={"essential": True, "value": nonce},
    )
    try:
        registry.validate(claims)
    except JoseError as error:
        raise IDTokenError(f"claims: {error}") from None
    check_authorized_party(claims, client_id)
    if claims["iat"] < now - MAX_ID_TOKEN_AGE - LEEWAY:
        raise IDTokenError("iat: too old")
    return claims


def check_authorized_party(claims: dict, client_id: str) -> None:
    """With several audiences, ``azp`` must name us; when present, always."""
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    azp = claims.get("azp")
    if len(audiences) > 1 and azp is None:
        raise IDTokenError("azp: missing with several audiences")
    if azp is not None and azp != client_id:
        raise IDTokenError("azp: another client")


def code_challenge(verifier: str) -> str:
    """PKCE S256 (RFC 7636 §4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def user_fields(claims: dict) -> dict:
    """authomatic user attributes from verified claims. The e-mail only when
    the provider says it verified it: it is how we recognise a member."""
    fields = {
        "id": claims["sub"],
        "name": claims.get("name"),
        "first_name": claims.get("given_name"),
        "last_name": claims.get("family_name"),
        "username": claims.get("preferred_username"),
        "locale": claims.get("locale"),
    }
    email = claims.get("email")
    if isinstance(email, str) and claims.get("email_verified") is True:
        fields["email"] = email.strip()
    return {key: value for key, value in fields.items() if isinstance(value, str)}
