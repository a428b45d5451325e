"""Create the Tremplin site unless it exists; apply instance.yaml's addresses.

Run from backend/ with: zconsole run instance/etc/zope.conf scripts/create_site.py
(`app` is given by zconsole; INSTANCE_YAML names another settings file).
Running it again changes nothing but the mail and frontend addresses, so
`make start` always calls it.
"""

from AccessControl.SecurityManagement import newSecurityManager
from pathlib import Path
from plone.distribution.api import site as site_api
from zope.component.hooks import setSite

import os
import sys
import transaction


def load_settings() -> dict:
    # zconsole gives scripts neither __file__ nor their own arguments; it runs
    # from backend/, where render_instance.py reads the same settings.
    sys.path.insert(0, "scripts")
    from render_instance import load_settings as load_instance_settings

    return load_instance_settings(
        Path(os.environ.get("INSTANCE_YAML", "instance.yaml"))
    )


def ensure_emergency_user(app, admin: dict):
    """Zope's own Manager, the one that creates and upgrades sites."""
    users = app.acl_users
    if users.getUserById(admin["user"]) is None:
        users._doAddUser(admin["user"], admin["password"], ["Manager"], [])
    return users.getUserById(admin["user"]).__of__(users)


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


def main(app) -> None:
    settings = load_settings()
    newSecurityManager(None, ensure_emergency_user(app, settings["admin"]))
    site_id = settings["site"]["id"]
    site = app.get(site_id) or create_site(app, settings["site"])
    setSite(site)
    configure_addresses(site, settings)
    transaction.commit()
    print(f"Site {site_id!r} ready")


main(app)  # noqa: F821 - `app` comes from zconsole
