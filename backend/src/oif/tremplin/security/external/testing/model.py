"""What the loopback OpenID Connect provider keeps, in memory: its accounts,
its client, the authorization codes and the access tokens it issued."""

from authlib.oauth2.rfc6749 import ClientMixin
from authlib.oauth2.rfc6749 import TokenMixin
from authlib.oauth2.rfc6749.grants import AuthorizationCodeGrant
from authlib.oidc.core import AuthorizationCodeMixin
from authlib.oidc.core import UserInfo
from dataclasses import dataclass

import hashlib
import hmac
import time


CODE_LIFETIME = 120  # seconds
SCOPES = ("openid", "email", "profile")


@dataclass(frozen=True)
class Account:
    """A person who can sign in at the provider."""

    username: str
    password: str
    email: str
    name: str
    email_verified: bool = True

    @classmethod
    def parse(cls, text: str) -> "Account":
        """``login:password:email:Full Name`` (the name may hold colons)."""
        username, password, email, name = text.split(":", 3)
        return cls(username, password, email, name)

    @property
    def sub(self) -> str:
        # Opaque and stable, as real providers make it.
        return hashlib.sha256(f"annuaire:{self.username}".encode()).hexdigest()[:32]

    def has_password(self, password) -> bool:
        return isinstance(password, str) and hmac.compare_digest(
            password.encode(), self.password.encode()
        )

    def claims(self, scope: str) -> UserInfo:
        scopes = set((scope or "").split())
        info = UserInfo(sub=self.sub)
        if "profile" in scopes:
            given, _, family = self.name.partition(" ")
            info.update(name=self.name, given_name=given, family_name=family)
            info["locale"] = "fr"
        if "email" in scopes:
            info.update(email=self.email, email_verified=self.email_verified)
        return info


@dataclass(frozen=True)
class Client(ClientMixin):
    client_id: str
    client_secret: str
    redirect_uris: tuple

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        return self.redirect_uris[0]

    def get_allowed_scope(self, scope):
        return " ".join(s for s in (scope or "").split() if s in SCOPES)

    def check_redirect_uri(self, redirect_uri):
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret):
        return hmac.compare_digest(client_secret.encode(), self.client_secret.encode())

    def check_endpoint_auth_method(self, method, endpoint):
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type):
        return response_type == "code"

    def check_grant_type(self, grant_type):
        return grant_type == "authorization_code"


@dataclass
class AuthorizationCode(AuthorizationCodeMixin):
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    user: Account
    nonce: str
    code_challenge: str
    code_challenge_method: str
    auth_time: int

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def get_nonce(self):
        return self.nonce

    def get_auth_time(self):
        return self.auth_time

    def is_expired(self) -> bool:
        return time.time() > self.auth_time + CODE_LIFETIME


@dataclass
class BearerToken(TokenMixin):
    token: str
    client_id: str
    scope: str
    user: Account
    expires_at: float

    def check_client(self, client):
        return client.client_id == self.client_id

    def get_scope(self):
        return self.scope

    def get_expires_in(self):
        return int(self.expires_at - time.time())

    def is_expired(self):
        return time.time() >= self.expires_at

    def is_revoked(self):
        return False

    def get_user(self):
        return self.user

    def get_client(self):
        return None


class CodeGrant(AuthorizationCodeGrant):
    """Codes live two minutes, are bound to their client and used once."""

    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

    @property
    def provider(self):
        return self.server.provider

    def save_authorization_code(self, code, request):
        data = request.payload.data
        nonce = data.get("nonce") or ""
        self.provider.used_nonces.add(nonce)
        self.provider.codes[code] = AuthorizationCode(
            code=code,
            client_id=request.client.client_id,
            redirect_uri=request.payload.redirect_uri,
            scope=request.scope,
            user=request.user,
            nonce=nonce,
            code_challenge=data.get("code_challenge"),
            code_challenge_method=data.get("code_challenge_method"),
            auth_time=int(time.time()),
        )

    def query_authorization_code(self, code, client):
        found = self.provider.codes.get(code)
        if found is None or found.client_id != client.client_id or found.is_expired():
            return None
        return found

    def delete_authorization_code(self, authorization_code):
        self.provider.codes.pop(authorization_code.code, None)

    def authenticate_user(self, authorization_code):
        return authorization_code.user
