"""Account security: external login (spec §6.3) through pas.plugins.authomatic
and OpenID Connect (``oidc``). A linked or external sign-in never bypasses
verification or the second factor. See ``docs/developer/security-external.md``.
"""
