"""Spec §6.2.4: a role on one object for a period, gone by itself at the end."""

from datetime import UTC
from datetime import datetime
from oif.tremplin.access.interfaces import ITemporaryAccessHolder
from oif.tremplin.core.jobs import run_jobs
from plone import api

import json
import pytest
import transaction


AWA_COMPANY = "/fr/entreprises/delices-tropicaux-du-senegal"
TODAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
MISSION = {
    "user": "guest",
    "role": "Reader",
    "start": "2026-12-02",
    "end": "2026-12-05",
    "reason": "Mission économique Canada 2026",
}


@pytest.fixture
def today(time_machine):
    time_machine.move_to(TODAY, tick=False)
    return time_machine


def errors_of(response) -> set[str]:
    assert response.status_code == 400, response.text
    return {e["field"] for e in json.loads(response.json()["message"])}


def run_job(portal):
    """The registered jobs, as `make jobs` runs them; the paths reindexed."""
    transaction.begin()
    summary = run_jobs(portal)
    transaction.commit()
    return summary["oif.tremplin.jobs.temporary_access_refresh"]["reindexed"]


def found_by_guest(session):
    items = session.get("/@search", params={"portal_type": "Company", "Language": "fr"})
    return [item["@id"].split("/plone", 1)[1] for item in items.json()["items"]]


@pytest.fixture
def granted(today, admin, guest):
    response = admin.post(f"{AWA_COMPANY}/@tremplin-temporary-access", json=MISSION)
    assert response.status_code == 201, response.text
    return response.json()


def test_grant_shape(granted):
    assert granted["user"] == "guest"
    assert granted["role"] == "Reader"
    assert granted["start"] == "2026-12-02T00:00:00+00:00"
    assert granted["end"] == "2026-12-05T00:00:00+00:00"
    assert granted["reason"] == "Mission économique Canada 2026"
    assert granted["active"] is False


def test_access_holds_only_during_the_window(
    functional_portal, granted, today, session_of, audit_log
):
    guest = session_of("guest")
    assert guest.get(AWA_COMPANY).status_code == 401
    assert AWA_COMPANY not in found_by_guest(guest)

    today.move_to("2026-12-02 00:00:00+00:00", tick=False)
    assert guest.get(AWA_COMPANY).status_code == 200
    assert run_job(functional_portal) == ["/plone" + AWA_COMPANY]
    assert AWA_COMPANY in found_by_guest(guest)
    assert run_job(functional_portal) == []  # idempotent

    today.move_to("2026-12-05 00:00:00+00:00", tick=False)
    assert guest.get(AWA_COMPANY).status_code == 401  # before any job runs
    assert run_job(functional_portal) == ["/plone" + AWA_COMPANY]
    assert AWA_COMPANY not in found_by_guest(guest)
    expired = audit_log(action="access.expired")
    assert [(e["actor"], e["details"]["user"]) for e in expired] == [
        ("system", "guest")
    ]
    company = functional_portal.unrestrictedTraverse(AWA_COMPANY.lstrip("/"))
    assert not ITemporaryAccessHolder.providedBy(company)


def test_listing_and_revocation(
    functional_portal, granted, today, admin, session_of, audit_log
):
    items = admin.get(f"{AWA_COMPANY}/@tremplin-temporary-access").json()["items"]
    assert [item["id"] for item in items] == [granted["id"]]
    today.move_to("2026-12-03 10:00:00+00:00", tick=False)
    assert session_of("guest").get(AWA_COMPANY).status_code == 200
    response = admin.delete(f"{AWA_COMPANY}/@tremplin-temporary-access/{granted['id']}")
    assert response.status_code == 204, response.text
    assert session_of("guest").get(AWA_COMPANY).status_code == 401
    assert AWA_COMPANY not in found_by_guest(session_of("guest"))
    assert admin.get(f"{AWA_COMPANY}/@tremplin-temporary-access").json()["items"] == []
    actions = [e["action"] for e in reversed(audit_log(action="access."))]
    assert actions == ["access.granted", "access.revoked"]
    response = admin.delete(f"{AWA_COMPANY}/@tremplin-temporary-access/{granted['id']}")
    assert response.status_code == 404


def test_grant_in_force_now_is_indexed_at_once(today, admin, guest, session_of):
    body = {**MISSION, "start": "2026-11-30", "end": "2026-12-10"}
    response = admin.post(f"{AWA_COMPANY}/@tremplin-temporary-access", json=body)
    assert response.json()["active"] is True
    assert AWA_COMPANY in found_by_guest(session_of("guest"))


@pytest.mark.parametrize(
    "change,field",
    [
        ({"user": "nobody"}, "user"),
        ({"role": "Manager"}, "role"),
        ({"role": "Site Administrator"}, "role"),
        ({"start": "2 décembre"}, "start"),
        ({"start": None}, "start"),
        ({"end": "2026-13-01"}, "end"),
        ({"end": "2026-12-01T08:00:00+00:00", "start": "2026-11-01"}, "end"),
        ({"end": "2026-12-02"}, "end"),  # not after the start
        ({"end": "2028-01-01"}, "end"),  # longer than 365 days
        ({"reason": ["x"]}, "reason"),
    ],
)
def test_bad_input_names_the_field(today, admin, guest, audit_log, change, field):
    response = admin.post(
        f"{AWA_COMPANY}/@tremplin-temporary-access", json={**MISSION, **change}
    )
    assert field in errors_of(response)
    assert admin.get(f"{AWA_COMPANY}/@tremplin-temporary-access").json()["items"] == []
    assert audit_log(action="access.") == []


def test_the_longest_grant_is_a_setting(functional_portal, today, admin, guest):
    api.portal.set_registry_record("oif.tremplin.max_temporary_access_days", 2)
    transaction.commit()
    response = admin.post(f"{AWA_COMPANY}/@tremplin-temporary-access", json=MISSION)
    assert errors_of(response) == {"end"}


@pytest.mark.parametrize("username", [None, "guest", "awa", "moderateur"])
def test_only_administrators_grant(today, session_of, guest, username):
    session = session_of(username)
    assert session.get(f"{AWA_COMPANY}/@tremplin-temporary-access").status_code == 401
    response = session.post(f"{AWA_COMPANY}/@tremplin-temporary-access", json=MISSION)
    assert response.status_code == 401
