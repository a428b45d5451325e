"""OpenID Connect for pas.plugins.authomatic (spec §6.3: external login).

authomatic 1.3's ``OAuth2`` knows neither discovery, PKCE nor ID tokens.
``OpenIDConnect`` adds them and keeps authomatic's two phases:

1. ``GET @login-authomatic/<id>``: a code verifier (PKCE S256) and a nonce
   go into authomatic's session, which is signed with the plugin's secret
   and round-trips through the browser; the authorization request carries
   their challenge and the nonce, and authomatic's CSRF token as ``state``.
2. ``POST @login-authomatic/<id>``: authomatic checks ``state``; the code is
   exchanged with the verifier; the ID token is verified against the
   provider's JWKS (signature, algorithm allow-list, iss, aud, azp, exp,
   iat, nonce) and the user is built from its claims only. No access or
   refresh token is kept.

Configuration (the plugin's JSON, one entry per provider)::

    "oif": {"class_": "oif.tremplin.security.external.oidc.OpenIDConnect",
            "issuer": "https://annuaire.example.org", "consumer_key": "…",
            "consumer_secret": "…", "display": {"title": "Annuaire OIF"},
            "propertymap": {"email": "email", "name": "fullname"}}

The discovery document and the keys are fetched with a timeout and kept per
process for an hour (``DISCOVERY_TTL``); an unknown key id refreshes them.
"""

from authomatic.exceptions import FailureError
from authomatic.exceptions import FetchError
from authomatic.providers.oauth2 import OAuth2
from joserfc.errors import InvalidKeyIdError
from oif.tremplin.security.external.discovery import check_url
from oif.tremplin.security.external.discovery import FETCH_TIMEOUT
from oif.tremplin.security.external.discovery import provider_metadata
from oif.tremplin.security.external.discovery import signing_keys
from oif.tremplin.security.external.discovery import TENANT_PLACEHOLDER
from oif.tremplin.security.external.id_token import code_challenge
from oif.tremplin.security.external.id_token import IDTokenError
from oif.tremplin.security.external.id_token import user_fields
from oif.tremplin.security.external.id_token import verify_id_token
from urllib.parse import urlencode
from urllib.parse import urlsplit

import authomatic.core
import http.client
import secrets
import ssl


class OpenIDConnect(OAuth2):
    """A provider that speaks OpenID Connect (authorization code + PKCE)."""

    #: Used when the JSON gives no ``issuer``.
    default_issuer = ""
    #: Sent in this order; the JSON's ``scope`` replaces it.
    user_info_scope = ["openid", "email", "profile"]
    #: Other spellings of the issuer the provider puts in ``iss``.
    issuer_aliases = ()
    #: ``client_secret_basic`` or ``client_secret_post``; None: the first of
    #: the two the provider announces (the spec's default is basic).
    token_endpoint_auth_method = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.issuer = self._kwarg(kwargs, "issuer", self.default_issuer)
        self.scope = self._kwarg(kwargs, "scope", self.user_info_scope)
        self.allowed_tenants = tuple(self._kwarg(kwargs, "allowed_tenants", ()))
        self.auth_method = self._kwarg(
            kwargs, "token_endpoint_auth_method", self.token_endpoint_auth_method
        )

    # Read inside authomatic's login(), whose decorator turns every
    # exception into the result's error: a provider that cannot be reached
    # fails the sign-in, it does not break the service.
    @property
    def metadata(self) -> dict:
        return provider_metadata(check_url(self.issuer))

    @property
    def user_authorization_url(self):
        return self.metadata["authorization_endpoint"]

    @property
    def access_token_url(self):
        return self.metadata["token_endpoint"]

    @property
    def user_info_url(self):
        # The user comes from the verified ID token; nothing to fetch later
        # (the plugin's remember() calls update_user(), which then does nothing).
        return ""

    def _x_scope_parser(self, scope):
        return " ".join(scope)

    @property
    def user_authorization_params(self):
        """Phase 1: a fresh verifier and nonce, kept in the signed session."""
        verifier = secrets.token_urlsafe(48)
        nonce = secrets.token_urlsafe(24)
        self._session_set("code_verifier", verifier)
        self._session_set("nonce", nonce)
        return {
            **self._extra_authorization_params,
            "code_challenge": code_challenge(verifier),
            "code_challenge_method": "S256",
            "nonce": nonce,
        }

    @user_authorization_params.setter
    def user_authorization_params(self, value):
        self._extra_authorization_params = dict(value or {})

    @property
    def access_token_params(self):
        """Phase 2: the verifier of phase 1, from the signed session."""
        verifier = self._session_get("code_verifier")
        if not verifier:
            raise FailureError("No PKCE verifier in the session")
        return {**self._extra_token_params, "code_verifier": verifier}

    @access_token_params.setter
    def access_token_params(self, value):
        self._extra_token_params = dict(value or {})

    def _chosen_auth_method(self) -> str:
        if self.auth_method:
            return self.auth_method
        announced = self.metadata.get(
            "token_endpoint_auth_methods_supported", ["client_secret_basic"]
        )
        if "client_secret_basic" in announced:
            return "client_secret_basic"
        return "client_secret_post"

    def create_request_elements(self, request_type, credentials, url, **kwargs):
        """authomatic sends the client secret twice (Basic header and body);
        RFC 6749 §2.3 allows one method per request: keep the chosen one."""
        elements = super().create_request_elements(
            request_type, credentials, url, **kwargs
        )
        if request_type != self.ACCESS_TOKEN_REQUEST_TYPE:
            return elements
        params, headers = dict(elements.params), dict(elements.headers)
        if self._chosen_auth_method() == "client_secret_post":
            headers.pop("Authorization", None)
        else:
            params.pop("client_secret", None)
        url, method, _params, _headers, body = elements
        return authomatic.core.RequestElements(url, method, params, headers, body)

    def _fetch(self, url, method="GET", params=None, headers=None, body="", **_kw):
        """The token request, with a timeout (authomatic's has none) and
        without following redirects."""
        parts = urlsplit(check_url(url))
        query = urlencode(params or {})
        headers = dict(headers or {})
        if method == "POST" and not body:
            body, query = query, ""
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        path = (parts.path or "/") + (f"?{query}" if query else "")
        if parts.scheme == "https":
            connection = http.client.HTTPSConnection(
                parts.hostname,
                parts.port,
                timeout=FETCH_TIMEOUT,
                context=ssl.create_default_context(),
            )
        else:
            connection = http.client.HTTPConnection(
                parts.hostname, parts.port, timeout=FETCH_TIMEOUT
            )
        try:
            connection.request(method, path, body, headers)
            return authomatic.core.Response(connection.getresponse())
        except OSError as error:
            message = str(error)
            raise FetchError("Token request failed", original_message=message) from None

    def _update_or_create_user(self, data, credentials=None, content=None):
        """Phase 2 ends here with the token response: the user is whom the
        verified ID token names, and nothing else."""
        claims = self._verified_claims(data.get("id_token"))
        fields = user_fields(claims)
        self.user = authomatic.core.User(self, **fields)
        # The plugin's propertymap also reads ``data``: only what was checked.
        self.user.data = {
            key: claims[key] for key in ("iss", "sub", "tid") if key in claims
        }
        if "email" in fields:
            self.user.data["email"] = fields["email"]
        return self.user

    def _verified_claims(self, id_token) -> dict:
        if not isinstance(id_token, str) or not id_token:
            raise IDTokenError("The token response has no ID token")
        metadata = self.metadata
        options = {
            "issuer": self.issuer.rstrip("/")
            if TENANT_PLACEHOLDER not in metadata["issuer"]
            else metadata["issuer"],
            "client_id": self.consumer_key,
            "nonce": self._session_get("nonce"),
            "algorithms": metadata.get("id_token_signing_alg_values_supported")
            or ["RS256"],
            "allowed_tenants": self.allowed_tenants,
            "issuer_aliases": self.issuer_aliases,
        }
        try:
            keys = signing_keys(metadata["jwks_uri"])
            return verify_id_token(id_token, keys=keys, **options)
        except InvalidKeyIdError:
            keys = signing_keys(metadata["jwks_uri"], refresh=True)
            try:
                return verify_id_token(id_token, keys=keys, **options)
            except InvalidKeyIdError as error:
                raise IDTokenError(f"signature: {error}") from None


class Google(OpenIDConnect):
    """Google accounts; ``issuer`` need not be given."""

    default_issuer = "https://accounts.google.com"
    # Google documents both forms of its issuer in ID tokens.
    issuer_aliases = ("accounts.google.com",)


class Microsoft(OpenIDConnect):
    """Microsoft Entra ID. The default issuer is the multi-tenant endpoint
    (work, school and personal accounts); give ``allowed_tenants`` to admit
    only some organisations, or a tenant's own issuer."""

    default_issuer = "https://login.microsoftonline.com/common/v2.0"


class LinkedIn(OpenIDConnect):
    """ "Sign In with LinkedIn using OpenID Connect"; LinkedIn takes the
    client secret in the body only."""

    default_issuer = "https://www.linkedin.com/oauth"
    token_endpoint_auth_method = "client_secret_post"  # noqa: S105 - a method name


# authomatic serialises credentials with a provider type id looked up here.
PROVIDER_ID_MAP = [OpenIDConnect, Google, Microsoft, LinkedIn]
