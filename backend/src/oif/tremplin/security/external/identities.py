"""External identities and the members they sign in as.

An identity is ``{"provider", "sub", "email", "fullname"}``, read from a
successful authomatic result (for our OpenID Connect providers: from the
verified ID token; ``email`` only when the provider verified it). It
belongs to a member either through a link she made (``store``) or because
the authomatic plugin created her account from it (an external Guest).
"""

from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.security.alerts import send_security_alert
from oif.tremplin.security.external import store
from oif.tremplin.security.external.oidc import OpenIDConnect
from pas.plugins.authomatic.utils import authomatic_cfg
from plone import api
from Products.PluggableAuthService.events import PrincipalCreated
from zope.event import notify
from zope.dottedname.resolve import resolve


PLUGIN_ID = "authomatic"


def authomatic_plugin():
    """The site's pas.plugins.authomatic plugin, or None."""
    acl_users = api.portal.get_tool("acl_users")
    return getattr(acl_users.aq_base, PLUGIN_ID, None) and acl_users[PLUGIN_ID]


def configured_providers() -> dict:
    """``{id: config}`` of the providers in the plugin's JSON ({} if none
    or if the JSON is broken)."""
    try:
        return authomatic_cfg() or {}
    except (KeyError, ValueError, ImportError):
        return {}


def provider_title(provider: str, providers: dict | None = None) -> str:
    config = (providers or configured_providers()).get(provider) or {}
    return (config.get("display") or {}).get("title") or provider


def provider_list() -> list[dict]:
    """``[{"id", "title"}]`` of the configured providers, by title."""
    providers = configured_providers()
    items = [{"id": p, "title": provider_title(p, providers)} for p in providers]
    return sorted(items, key=lambda item: item["title"].lower())


def speaks_openid_connect(config: dict) -> bool:
    """Only our OpenID Connect providers give a verified identity (state,
    PKCE, nonce, signed ID token); other authomatic classes are refused."""
    class_ = config.get("class_")
    if isinstance(class_, str):
        try:
            class_ = resolve(class_)
        except ImportError:
            return False
    return isinstance(class_, type) and issubclass(class_, OpenIDConnect)


def identity_of(result) -> dict:
    user = result.user
    return {
        "provider": result.provider.name,
        "sub": str(user.id),
        "email": (user.email or "").strip(),
        "fullname": user.name or "",
    }


def created_account_of(result) -> str | None:
    """The userid the authomatic plugin created for this identity, or None."""
    plugin = authomatic_plugin()
    found = plugin.lookup_identities(result) if plugin is not None else None
    return found.userid if found is not None else None


def owner_of(result, identity: dict) -> str | None:
    """The member this identity signs in as: a link first, then an account
    the plugin created from it."""
    return store.linked_member(
        identity["provider"], identity["sub"]
    ) or created_account_of(result)


def member_with_address(email: str) -> str | None:
    """The userid of a member who signs in with ``email`` or has it as her
    address (as registration checks it), or None."""
    if not email:
        return None
    pas = api.portal.get_tool("acl_users")
    for address in dict.fromkeys((email.lower(), email)):
        for criteria in ({"login": address}, {"email": address}):
            for found in pas.searchUsers(exact_match=True, **criteria):
                if found.get("userid"):
                    return found["userid"]
    return None


def create_guest(result):
    """A new account for an unknown identity: the plugin's user (its userid
    factory), with the role ``Member`` only, a Guest like a new registrant.

    Not the plugin's ``remember()``: it would also sign in with Plone's
    ``__ac`` cookie, which this site never hands out."""
    identities = authomatic_plugin().remember_identity(result)
    userid = identities.userid
    api.portal.get_tool("acl_users").portal_role_manager.assignRoleToPrincipal(
        "Member", userid
    )
    user = api.portal.get_tool("acl_users").getUserById(userid)
    notify(PrincipalCreated(user))
    return user


def link_identity(userid: str, identity: dict) -> None:
    """Link the identity to ``userid``; alert her and write the audit."""
    provider = identity["provider"]
    previous = store.links_of(userid).get(provider)
    store.link(userid, provider, identity["sub"], identity["email"], clock.now())
    audit.record(
        "security.external.linked",
        userid,
        provider=provider,
        email=identity["email"],
        replaced=bool(previous and previous["sub"] != identity["sub"]),
    )
    send_security_alert(userid, "external_linked", provider=provider_title(provider))


def unlink_identity(userid: str, provider: str) -> bool:
    """Remove her identity at ``provider``; False when she had none."""
    removed = store.unlink(userid, provider)
    if removed is None:
        return False
    audit.record("security.external.unlinked", userid, provider=provider)
    send_security_alert(userid, "external_unlinked", provider=provider_title(provider))
    return True


def linked_identities(userid: str) -> list[dict]:
    """Her linked identities, as ``@tremplin-external-identities`` lists them."""
    providers = configured_providers()
    return [
        {
            "provider": provider,
            "title": provider_title(provider, providers),
            "email": link["email"],
            "linked": link["linked"].isoformat(timespec="seconds"),
        }
        for provider, link in sorted(store.links_of(userid).items())
    ]


def forget_deleted_member(event) -> None:
    """A deleted member's links go with her account (PAS PrincipalDeleted)."""
    principal = event.principal
    userid = principal if isinstance(principal, str) else principal.getId()
    if userid:
        store.forget_member(userid)
