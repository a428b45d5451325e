"""A small OpenID Connect provider on loopback, for the tests only.

Built with authlib's authorization server (Flask integration), it follows
OpenID Connect Core and Discovery: ``/.well-known/openid-configuration``,
``/jwks``, ``/authorize`` (a French sign-in form for the accounts it was
given), ``/token`` (client_secret_basic or client_secret_post) and
``/userinfo``. Only the authorization code flow, and only with PKCE S256:
a request without a challenge, or a token request without the right
verifier, is refused. ID tokens are signed RS256 with a key made at start.

Run it (binds 127.0.0.1 only; SIGTERM stops it)::

    python -m oif.tremplin.security.external.testing.provider --port 55096 \\
      --client-id tremplin --client-secret … \\
      --redirect-uri http://127.0.0.1:3001/login-authomatic/oif \\
      --user 'aminata.ext:Secret-Provider-2026:aminata@annuaire-oif.test:Aminata Diallo'

or in a test, ``LoopbackProvider(...).start()`` (see tests/security/external).
"""

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.integrations.flask_oauth2 import ResourceProtector
from authlib.integrations.flask_oauth2 import current_token
from authlib.oauth2.rfc6749 import OAuth2Error
from authlib.oauth2.rfc6749.errors import InvalidRequestError
from authlib.oauth2.rfc6750 import BearerTokenValidator
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core.grants import OpenIDCode
from flask import Flask
from flask import jsonify
from flask import request
from html import escape
from joserfc.jwk import RSAKey
from oif.tremplin.security.external.testing.model import Account
from oif.tremplin.security.external.testing.model import AuthorizationCode
from oif.tremplin.security.external.testing.model import BearerToken
from oif.tremplin.security.external.testing.model import Client
from oif.tremplin.security.external.testing.model import CodeGrant
from oif.tremplin.security.external.testing.model import SCOPES
from werkzeug.serving import make_server

import argparse
import secrets
import signal
import sys
import threading
import time


LOOPBACK = "127.0.0.1"
FORM = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>Annuaire OIF : connexion</title></head>
<body><main><h1>Annuaire OIF</h1>
<p>Connectez-vous pour continuer vers {client}.</p>{error}
<form method="post">
<label for="username">Identifiant</label>
<input id="username" name="username" autocomplete="username" required>
<label for="password">Mot de passe</label>
<input id="password" name="password" type="password"
  autocomplete="current-password" required>
<button type="submit">Se connecter</button>
<button type="submit" name="cancel" value="1" formnovalidate>Annuler</button>
</form></main></body></html>"""


class RequiredS256(CodeChallenge):
    """PKCE for every client, S256 only (RFC 7636; OAuth 2.0 Security BCP)."""

    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]

    def validate_code_challenge(self, grant, redirect_uri):
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: missing 'code_challenge'")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("PKCE is required with S256")
        super().validate_code_challenge(grant, redirect_uri)

    def validate_code_verifier(self, grant, result):
        if not grant.request.form.get("code_verifier"):
            raise InvalidRequestError("Missing 'code_verifier'")
        super().validate_code_verifier(grant, result)


class SignedIDToken(OpenIDCode):
    """ID tokens signed with the provider's key, nonce required."""

    def __init__(self, provider):
        super().__init__(require_nonce=True)
        self.provider = provider

    def exists_nonce(self, nonce, request):
        return nonce in self.provider.used_nonces

    def resolve_client_private_key(self, client):
        return self.provider.key

    def get_client_claims(self, client):
        return {"iss": self.provider.issuer}

    def get_encode_header(self, client):
        return {"alg": "RS256", "kid": self.provider.key.kid, "typ": "JWT"}

    def generate_user_info(self, user, scope):
        return user.claims(scope)


class LoopbackProvider:
    """The provider: its accounts, its one key, its codes and tokens."""

    def __init__(self, *, port: int, clients, accounts, issuer: str = ""):
        self.port = port
        self.issuer = issuer or f"http://{LOOPBACK}:{port}"
        self.clients = {client.client_id: client for client in clients}
        self.accounts = {account.username: account for account in accounts}
        self.key = RSAKey.generate_key(
            2048, parameters={"kid": secrets.token_hex(8), "use": "sig"}
        )
        self.codes: dict[str, AuthorizationCode] = {}
        self.tokens: dict[str, BearerToken] = {}
        self.used_nonces: set[str] = set()
        self.app = self._make_app()
        self._server = None
        self._thread = None

    def _make_app(self) -> Flask:
        app = Flask(__name__)
        server = AuthorizationServer(
            app, query_client=self.clients.get, save_token=self._save_token
        )
        server.provider = self
        server.register_grant(CodeGrant, [RequiredS256(), SignedIDToken(self)])
        protector = ResourceProtector()
        protector.register_token_validator(TokenValidator(self))
        app.add_url_rule(
            "/.well-known/openid-configuration", "discovery", self.discovery
        )
        app.add_url_rule("/jwks", "jwks", self.jwks)
        app.add_url_rule(
            "/authorize",
            "authorize",
            lambda: self.authorize(server),
            methods=["GET", "POST"],
        )
        app.add_url_rule(
            "/token", "token", server.create_token_response, methods=["POST"]
        )
        app.add_url_rule("/userinfo", "userinfo", protector("openid")(self.userinfo))
        return app

    def discovery(self):
        return jsonify({
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "jwks_uri": f"{self.issuer}/jwks",
            "scopes_supported": list(SCOPES),
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": [
                "client_secret_basic",
                "client_secret_post",
            ],
            "code_challenge_methods_supported": ["S256"],
            "claims_supported": [
                "sub",
                "name",
                "given_name",
                "family_name",
                "email",
                "email_verified",
                "locale",
            ],
        })

    def jwks(self):
        return jsonify({"keys": [self.key.as_dict(private=False)]})

    def authorize(self, server):
        try:
            grant = server.get_consent_grant(end_user=None)
        except OAuth2Error as error:
            return server.handle_error_response(None, error)
        if request.method == "GET":
            return self._form(grant.client.client_id)
        if request.form.get("cancel"):
            return server.create_authorization_response(grant_user=None)
        account = self.accounts.get(request.form.get("username", ""))
        if account is None or not account.has_password(request.form.get("password")):
            return self._form(grant.client.client_id, wrong=True), 401
        return server.create_authorization_response(grant_user=account)

    def _form(self, client_id: str, wrong: bool = False) -> str:
        error = (
            '<p role="alert">Identifiant ou mot de passe incorrect.</p>'
            if wrong
            else ""
        )
        return FORM.format(client=escape(client_id), error=error)

    def userinfo(self):
        token = current_token
        return jsonify(dict(token.user.claims(token.scope)))

    def _save_token(self, token, oauth_request):
        self.tokens[token["access_token"]] = BearerToken(
            token=token["access_token"],
            client_id=oauth_request.client.client_id,
            scope=token.get("scope", ""),
            user=oauth_request.user,
            expires_at=time.time() + int(token.get("expires_in", 3600)),
        )

    def start(self) -> "LoopbackProvider":
        """Serve in a background thread (tests)."""
        self._server = make_server(LOOPBACK, self.port, self.app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = None


class TokenValidator(BearerTokenValidator):
    def __init__(self, provider):
        super().__init__()
        self.provider = provider

    def authenticate_token(self, token_string):
        return self.provider.tokens.get(token_string)


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=55096)
    parser.add_argument("--issuer", default="")
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--redirect-uri", action="append", required=True)
    parser.add_argument(
        "--user",
        action="append",
        default=[],
        help="login:password:email:Full Name (repeat for more accounts)",
    )
    return parser.parse_args(argv)


def main(argv=None) -> None:
    options = parse_arguments(argv)
    provider = LoopbackProvider(
        port=options.port,
        issuer=options.issuer,
        clients=[
            Client(
                options.client_id, options.client_secret, tuple(options.redirect_uri)
            )
        ],
        accounts=[Account.parse(text) for text in options.user],
    )
    server = make_server(LOOPBACK, options.port, provider.app, threaded=True)
    server.daemon_threads = True  # SIGTERM does not wait for kept-alive clients

    def stop(signum, frame):
        # shutdown() waits for serve_forever() to return: not from its thread.
        threading.Thread(target=server.shutdown).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"OpenID Connect provider ready: {provider.issuer}", flush=True)
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    sys.exit(main())
