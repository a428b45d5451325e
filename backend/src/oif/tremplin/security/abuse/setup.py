"""Install: HTTP Basic authentication of members follows its setting (off)."""

from oif.tremplin.security.abuse.basic_auth import apply_basic_auth_setting


def install(portal) -> None:
    apply_basic_auth_setting(portal)
