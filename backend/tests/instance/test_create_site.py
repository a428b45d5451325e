"""scripts/create_site.py keeps the emergency user's password as configured
and refuses a site whose demo accounts would face the network."""

from pathlib import Path

import importlib.util
import pytest
import sys


SCRIPTS = Path(__file__).parents[2] / "scripts"


def load_script():
    sys.path.insert(0, str(SCRIPTS))  # as zconsole's working directory does
    spec = importlib.util.spec_from_file_location(
        "create_site", SCRIPTS / "create_site.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


create_site = load_script()


def settings_for(host: str) -> dict:
    return {"listen": {"host": host}}


class TestEmergencyUser:
    """On the layer's Zope root, a PAS like the root of a real instance."""

    def test_created_when_missing(self, app):
        user = create_site.ensure_emergency_user(
            app, {"user": "zope-admin", "password": "first-password-1"}
        )
        assert user.getId() == "zope-admin"
        assert "Manager" in user.getRoles()
        assert app.acl_users.authenticate("zope-admin", "first-password-1", None)

    def test_a_changed_password_reaches_an_existing_user(self, app):
        admin = {"user": "zope-admin", "password": "first-password-1"}
        create_site.ensure_emergency_user(app, admin)
        create_site.ensure_emergency_user(app, {**admin, "password": "second-pass-2"})
        assert app.acl_users.authenticate("zope-admin", "second-pass-2", None)
        assert not app.acl_users.authenticate("zope-admin", "first-password-1", None)
        assert "Manager" in app.acl_users.getUserById("zope-admin").getRoles()


class TestExposedDemoAccounts:
    def test_loopback_keeps_the_demo_accounts(self, portal):
        create_site.refuse_exposed_demo_accounts(portal, settings_for("127.0.0.1"))

    def test_demo_passwords_are_refused_off_loopback(self, portal):
        with pytest.raises(SystemExit, match=r"awa, ahmed, aminata, moderateur"):
            create_site.refuse_exposed_demo_accounts(portal, settings_for("0.0.0.0"))  # noqa: S104

    def test_changed_passwords_are_accepted(self, portal):
        users = portal.acl_users.source_users
        for account in ("awa", "ahmed", "aminata", "moderateur", "administrateur"):
            users.userSetPassword(account, f"{account}-private-password")
        create_site.refuse_exposed_demo_accounts(portal, settings_for("0.0.0.0"))  # noqa: S104
