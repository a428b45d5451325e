"""Run every scheduled job once (oif.tremplin.core.jobs): re-verification
reminders and expiries, temporary access clean-up, and any job registered later.

Run from backend/ with: zconsole run instance/etc/zope.conf scripts/run_jobs.py
(`make jobs` in development; a systemd timer in production). Jobs are
idempotent, so running it often is safe. It prints each job's summary as
JSON and commits once at the end: if a job fails nothing is kept, and the
next run does the work again.
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.users import system
from pathlib import Path
from zope.component.hooks import setSite

import json
import os
import sys
import transaction


def site_id() -> str:
    # zconsole gives scripts neither __file__ nor their own arguments; it runs
    # from backend/, where render_instance.py reads the same settings.
    if "scripts" not in sys.path:
        sys.path.insert(0, "scripts")
    import render_instance

    path = Path(os.environ.get("INSTANCE_YAML", "instance.yaml"))
    return render_instance.load_settings(path)["site"]["id"]


def main(app) -> None:
    from oif.tremplin.core.jobs import run_jobs

    site = app.get(site_id())
    if site is None:
        raise SystemExit("No Tremplin site yet: run `make -C backend site` first")
    setSite(site)
    # "System Processes": audit entries of the jobs name no person.
    newSecurityManager(None, system)
    summary = run_jobs(site)
    transaction.commit()
    print(json.dumps(summary, indent=2, sort_keys=True))


if __name__ == "__main__":  # zconsole runs it as __main__
    main(app)  # noqa: F821 - `app` comes from zconsole
