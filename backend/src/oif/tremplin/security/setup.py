"""Site setup of the security features, for new sites and the upgrade step.

Each sub-package that needs more than its GenericSetup records (a PAS plugin,
a JWT plugin setting…) has a ``setup.py`` with an idempotent ``install(portal)``.
"""

from importlib import import_module
from importlib.util import find_spec


SUBPACKAGES = (
    "passwords",
    "alerts",
    "captcha",
    "abuse",
    "recovery",
    "mfa",
    "sessions",
    "headers",
    "external",
)


def install_security(portal):
    for name in SUBPACKAGES:
        module = f"oif.tremplin.security.{name}.setup"
        if find_spec(module) is not None:
            import_module(module).install(portal)
