"""Create the Tremplin site unless it exists; apply instance.yaml's addresses.

Run from backend/ with: zconsole run instance/etc/zope.conf scripts/create_site.py
(`app` is given by zconsole; INSTANCE_YAML names another settings file).
Running it again runs pending upgrade steps, keeps the emergency user's
password as configured and changes nothing else but the mail and frontend
addresses, so `make start` always calls it. Like the instance renderer, it
refuses development settings when the listen address is not loopback.
"""

from AccessControl.SecurityManagement import newSecurityManager
from pathlib import Path
from plone.distribution.api import site as site_api
from zope.component.hooks import setSite

import os
import sys
import transaction


PROFILE = "oif.tremplin:default"


def instance_renderer():
    # zconsole gives scripts neither __file__ nor their own arguments; it runs
    # from backend/, where render_instance.py reads the same settings.
    if "scripts" not in sys.path:
        sys.path.insert(0, "scripts")
    import render_instance

    return render_instance


def load_settings() -> dict:
    path = Path(os.environ.get("INSTANCE_YAML", "instance.yaml"))
    return instance_renderer().load_settings(path)


def ensure_emergency_user(app, admin: dict):
    """Zope's own Manager, the one that creates and upgrades sites, with the
    configured password (changed here when the settings changed)."""
    users = app.acl_users  # Zope's root PAS
    name, password = admin["user"], admin["password"]
    if users.getUserById(name) is None:
        users._doAddUser(name, password, ["Manager"], [])
    elif not users.authenticate(name, password, getattr(app, "REQUEST", None)):
        users.users.updateUserPassword(name, password)  # its ZODB user manager
        print(f"Changed the password of {name!r} to the configured one")
    return users.getUserById(name).__of__(users)


def demo_accounts_with_public_password(site) -> list[str]:
    """Demo accounts that still open with the password printed in the README."""
    from oif.tremplin.demo import DEMO_PASSWORD
    from oif.tremplin.demo import load_demo_data

    users = site.acl_users.source_users
    return [
        account["username"]
        for account in load_demo_data()["accounts"]
        if users.authenticateCredentials({
            "login": account["username"],
            "password": DEMO_PASSWORD,
        })
    ]


def refuse_exposed_demo_accounts(site, settings: dict) -> None:
    host = settings["listen"]["host"]
    if instance_renderer().is_loopback(str(host)):
        return
    if accounts := demo_accounts_with_public_password(site):
        raise SystemExit(
            f"Refusing to listen on {host}: the demo accounts {', '.join(accounts)} "
            "still have the public demo password; delete them or change it."
        )


def configure_addresses(site, settings: dict) -> None:
    """Where mails come from, where they go through and where their links lead."""
    mail = settings["mail"]
    registry = site.portal_registry
    registry["volto.frontend_domain"] = settings["site"]["frontend_url"]
    registry["plone.smtp_host"] = mail["smtp_host"]
    registry["plone.smtp_port"] = int(mail["smtp_port"])
    registry["plone.email_from_address"] = mail["from_address"]
    registry["plone.email_from_name"] = mail["from_name"]


def create_site(app, site: dict):
    answers = {
        "site_id": site["id"],
        "title": site["title"],
        "default_language": "fr",
        "portal_timezone": site["timezone"],
        "setup_content": bool(site["demo_content"]),
    }
    print(f"Creating site {site['id']!r} (demo content: {answers['setup_content']})")
    return site_api.create(app, "tremplin", answers)


def upgrade_site(site) -> None:
    """Run the upgrade steps an existing site has not run yet."""
    setup = site.portal_setup
    if setup.listUpgrades(PROFILE):
        before = setup.getLastVersionForProfile(PROFILE)
        setup.upgradeProfile(PROFILE)
        after = setup.getLastVersionForProfile(PROFILE)
        print(f"Upgraded {PROFILE} from {'.'.join(before)} to {'.'.join(after)}")


def main(app) -> None:
    settings = load_settings()
    instance_renderer().refuse_exposure(settings)
    newSecurityManager(None, ensure_emergency_user(app, settings["admin"]))
    site_id = settings["site"]["id"]
    site = app.get(site_id) or create_site(app, settings["site"])
    setSite(site)
    refuse_exposed_demo_accounts(site, settings)
    upgrade_site(site)
    configure_addresses(site, settings)
    transaction.commit()
    print(f"Site {site_id!r} ready")


if __name__ == "__main__":  # zconsole runs it as __main__; tests import it
    main(app)  # noqa: F821 - `app` comes from zconsole
