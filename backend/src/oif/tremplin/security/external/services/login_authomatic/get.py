"""``GET @login-authomatic/<provider>``: where to send the browser.

The stock service, with answers a person can read: an unknown provider, or
one that is not OpenID Connect (its answer would be refused on the way
back), is a translated 404; a provider that cannot be reached (its
discovery document does not answer) is a translated 503, not the stock 500
"Configuration error".
"""

from oif.tremplin.security.external import messages
from oif.tremplin.security.external.identities import speaks_openid_connect
from pas.plugins.authomatic.services.authomatic import Get
from zope.i18n import translate


class LoginAuthomaticStart(Get):
    """First half of an external sign-in (or of linking an identity)."""

    def check_permission(self):
        """Anyone may start (zope.Public, as stock)."""

    def reply(self):
        config = self.providers.get(self.provider_id)
        if config is None or not speaks_openid_connect(config):
            return self._provider_not_found(self.provider_id)
        answer = super().reply()
        if self.request.response.getStatus() >= 500:
            return self._error(503, "ProviderUnavailable", messages.UNAVAILABLE)
        return answer

    def _provider_not_found(self, provider: str) -> dict:
        return self._error(404, "ProviderNotFound", messages.UNKNOWN_PROVIDER)

    def _error(self, status: int, kind: str, message) -> dict:
        self.request.response.setStatus(status)
        return {
            "error": {"type": kind, "message": translate(message, context=self.request)}
        }
