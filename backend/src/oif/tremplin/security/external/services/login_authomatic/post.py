"""``POST @login-authomatic/<provider>``: the return from the provider.

Registered on our layer under the stock name, body and provider lookup
(``{qs, session, publicUrl}``), so ``@plone-collective/volto-authomatic``
keeps working. Unlike the stock service it never calls the plugin's
``create_token`` nor sets Plone's ``__ac`` cookie: an external sign-in ends
exactly like a password one (``@login``), with the MFA challenge when the
account has a second factor. A signed-in member links the identity instead.
"""

from oif.tremplin import logger
from oif.tremplin.core import audit
from oif.tremplin.core.errors import read_json
from oif.tremplin.security.abuse.login_guard import lockout_remaining
from oif.tremplin.security.abuse.login_guard import record_success
from oif.tremplin.security.external import identities
from oif.tremplin.security.external import messages
from oif.tremplin.security.mfa.answers import locked_answer
from oif.tremplin.security.mfa.challenges import challenge_answer
from oif.tremplin.security.mfa.login import complete_login
from oif.tremplin.security.mfa.login import login_name
from oif.tremplin.security.mfa.login import user_by_id
from oif.tremplin.security.mfa.policy import mfa_methods
from oif.tremplin.security.mfa.policy import mfa_required
from pas.plugins.authomatic.integration import RestAPIAdapter
from pas.plugins.authomatic.services.authomatic import Post
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from urllib.parse import parse_qsl
from zope.i18n import translate
from zope.interface import alsoProvides


class LoginAuthomatic(Post):
    """Second half of an external sign-in, or of linking an identity."""

    def check_permission(self):
        """Anyone may come back from a provider (zope.Public, as stock)."""

    @property
    def json_body(self) -> dict:
        # Malformed JSON is a 400 (read_json), not the stock 500.
        if self._data is None:
            data = read_json(self.request)
            self._data = data if isinstance(data, dict) else {}
        return self._data

    def reply(self):
        provider = self.provider_id
        if provider not in self.providers:
            return self._provider_not_found(provider)
        result = self._provider_result(provider)
        if result is None:
            return self._failed(provider)
        alsoProvides(self.request, IDisableCSRFProtection)
        identity = identities.identity_of(result)
        owner = identities.owner_of(result, identity)
        if not api.user.is_anonymous():
            return self._link(identity, owner)
        return self._sign_in(result, identity, owner)

    def _provider_result(self, provider: str):
        """authomatic's successful result for the provider's answer, or None."""
        if not identities.speaks_openid_connect(self.providers[provider]):
            logger.warning("External login: %s is not OpenID Connect", provider)
            return None
        data = self.json_body
        qs = data.get("qs") if isinstance(data.get("qs"), str) else ""
        params = dict(parse_qsl(qs.removeprefix("?")))
        session = data.get("session") if isinstance(data.get("session"), str) else ""
        if not (params.get("code") or params.get("error")) or not session:
            return None  # authomatic would start a new sign-in instead
        adapter = RestAPIAdapter(self, provider, params, {"authomatic": session})
        try:
            result = self.get_auth().login(adapter, provider)
        except Exception:  # a broken configuration, outside authomatic's report
            logger.exception("External login with %s failed", provider)
            return None
        if result is None or result.error or not (result.user and result.user.id):
            error = getattr(result, "error", None)
            logger.info("External login with %s refused: %r", provider, error)
            return None
        return result

    def _link(self, identity: dict, owner: str | None) -> dict:
        userid = api.user.get_current().getId()
        if owner is not None and owner != userid:
            audit.record(
                "security.external.identity_in_use",
                userid,
                provider=identity["provider"],
            )
            return self._error(409, "IdentityInUse", messages.IDENTITY_IN_USE)
        identities.link_identity(userid, identity)
        provider = identity["provider"]
        title = identities.provider_title(provider, self.providers)
        return {"linked": {"provider": provider, "title": title}}

    def _sign_in(self, result, identity: dict, owner: str | None) -> dict:
        if owner is not None:
            user = user_by_id(owner)
            if user is None:
                return self._failed(identity["provider"], reason="account gone")
            return self._open_session(user, identity)
        if member := identities.member_with_address(identity["email"]):
            audit.record(
                "security.external.account_exists",
                member,
                provider=identity["provider"],
            )
            return self._error(409, "AccountExists", messages.ACCOUNT_EXISTS)
        user = identities.create_guest(result)
        audit.record(
            "security.external.account_created",
            user.getId(),
            actor=user.getId(),
            provider=identity["provider"],
            email=identity["email"],
        )
        token = complete_login(self.context, self.request, user, second_factor=None)
        return {"token": token, "new_account": True}

    def _open_session(self, user, identity: dict) -> dict:
        """What ``@login`` answers after a right password."""
        userid, login = user.getId(), login_name(user)
        if wait := lockout_remaining(self.request, login):
            return locked_answer(self.request, wait)
        provider = identity["provider"]
        if methods := mfa_methods(userid):
            audit.record("security.external.challenged", userid, provider=provider)
            return challenge_answer(userid, login, methods)
        record_success(self.request, login)
        token = complete_login(self.context, self.request, user, second_factor=None)
        audit.record("security.external.signed_in", userid, provider=provider)
        if mfa_required(user):
            return {"token": token, "mfa_enrolment_required": True}
        return {"token": token}

    def _provider_not_found(self, provider: str) -> dict:
        return self._error(404, "ProviderNotFound", messages.UNKNOWN_PROVIDER)

    def _failed(self, provider: str, reason: str = "refused") -> dict:
        audit.record("security.external.failed", "", provider=provider, reason=reason)
        return self._error(401, "ExternalLoginFailed", messages.LOGIN_FAILED)

    def _error(self, status: int, kind: str, message) -> dict:
        self.request.response.setStatus(status)
        text = translate(message, context=self.request)
        return {"error": {"type": kind, "message": text}}
