"""The job runner: registered jobs run once each with the same "now", and
scripts/run_jobs.py runs them on the site and commits."""

from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from datetime import UTC
from datetime import datetime
from oif.tremplin.core.jobs import IJob
from oif.tremplin.core.jobs import registered_jobs
from oif.tremplin.core.jobs import run_jobs
from pathlib import Path
from zope.component import getGlobalSiteManager
from zope.interface import provider

import importlib.util
import pytest
import sys


SCRIPTS = Path(__file__).parents[2] / "scripts"
NOW = datetime(2027, 3, 1, 6, tzinfo=UTC)


def load_script():
    sys.path.insert(0, str(SCRIPTS))  # as zconsole's working directory does
    spec = importlib.util.spec_from_file_location("run_jobs", SCRIPTS / "run_jobs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def recording_job():
    calls = []

    @provider(IJob)
    def job(portal, now):
        calls.append(now)
        return {"done": len(calls)}

    registry = getGlobalSiteManager()
    registry.registerUtility(job, IJob, name="test.recording")
    yield calls
    registry.unregisterUtility(job, IJob, name="test.recording")


def test_the_reverification_job_is_registered(portal):
    assert "oif.tremplin.jobs.reverification" in dict(registered_jobs())


def test_every_job_gets_the_same_now(portal, recording_job):
    summary = run_jobs(portal, NOW)
    assert summary["test.recording"] == {"done": 1}
    assert recording_job == [NOW]


def test_now_defaults_to_the_clock(portal, recording_job, time_machine):
    time_machine.move_to(NOW, tick=False)
    run_jobs(portal)
    assert recording_job == [NOW]


def test_the_script_runs_the_jobs_on_the_site(
    functional_app, functional_portal, recording_job, tmp_path, monkeypatch, capsys
):
    settings = tmp_path / "instance.yaml"
    settings.write_text(
        "admin: {user: admin, password: admin}\nsite: {id: plone}\n", "utf-8"
    )
    monkeypatch.setenv("INSTANCE_YAML", str(settings))
    security_manager = getSecurityManager()
    try:
        load_script().main(functional_app)
    finally:
        setSecurityManager(security_manager)  # the script runs as the system
    assert '"test.recording": {' in capsys.readouterr().out
    assert len(recording_job) == 1
