"""Spec §6.2.5: administrators read, filter and export the append-only log;
a report lists the use of elevated privileges over a period."""

from datetime import UTC
from datetime import datetime
from oif.tremplin.core import audit
from pathlib import Path

import csv
import io
import json
import pytest
import transaction


AWA_COMPANY = "/fr/entreprises/delices-tropicaux-du-senegal"
# The demo writes entries when the site is built (today); the history below
# happens later, so the log stays in time order.
SINCE = {"start": "2027-01-01"}


def business(items) -> list[str]:
    """The actions listed, without the administrator's own sign-ins (she
    signs in again whenever a test moves the clock past her session)."""
    return [e["action"] for e in items if not e["action"].startswith("security.")]


def sign_ins(admin) -> int:
    query = {"action": "security.", **SINCE}
    return admin.get("/@tremplin-audit", params=query).json()["items_total"]


@pytest.fixture
def history(functional_portal, time_machine, admin, guest):
    """Role changes on two days, and a line meant to fool a spreadsheet."""
    assert datetime.now(UTC) < datetime(2027, 1, 1, tzinfo=UTC)
    time_machine.move_to("2027-01-04 10:00:00+00:00", tick=False)
    admin.post("/@tremplin-roles", json={"user": "guest", "roles": ["Expert"]})
    time_machine.move_to("2027-01-20 10:00:00+00:00", tick=False)
    admin.post("/@tremplin-roles", json={"user": "guest", "roles": []})
    transaction.begin()
    audit.record("note.added", '=HYPERLINK("http://evil")', actor="awa", text="-1+2")
    transaction.commit()
    return time_machine


def test_filter_and_batch(history, admin):
    body = admin.get("/@tremplin-audit", params={"action": "role.", **SINCE}).json()
    assert body["items_total"] == 2
    assert business(body["items"]) == ["role.revoked", "role.granted"]
    entry = body["items"][0]
    assert entry["actor"] == "administrateur"
    assert entry["target"] == "guest"
    assert entry["details"] == {"role": "Expert", "group": "experts"}
    assert entry["when"] == "2027-01-20T10:00:00+00:00"
    assert entry["address"]
    body = admin.get(
        "/@tremplin-audit", params={"start": "2027-01-01", "end": "2027-01-10"}
    ).json()
    assert business(body["items"]) == ["role.granted"]
    body = admin.get(
        "/@tremplin-audit", params={"start": "2027-01-01", "end": "2027-01-04"}
    ).json()
    assert business(body["items"]) == ["role.granted"]  # the whole day
    body = admin.get("/@tremplin-audit", params={"actor": "awa", **SINCE}).json()
    assert business(body["items"]) == ["note.added"]
    body = admin.get("/@tremplin-audit", params={"b_size": 1, **SINCE}).json()
    assert len(body["items"]) == 1
    assert body["items_total"] == 3 + sign_ins(admin)
    assert "next" in body["batching"]


def test_csv_export(history, admin):
    response = admin.get("/@tremplin-audit", params={"format": "csv", **SINCE})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["id", "when", "actor", "action", "target", "address", "details"]
    assert [row[3] for row in rows[1:] if not row[3].startswith("security.")] == [
        "note.added",
        "role.revoked",
        "role.granted",
    ]
    note = rows[1]
    assert note[4] == '\'=HYPERLINK("http://evil")'
    assert json.loads(note[6]) == {"text": "-1+2"}
    filtered = admin.get(
        "/@tremplin-audit", params={"format": "csv", "action": "role.granted", **SINCE}
    )
    assert len(list(csv.reader(io.StringIO(filtered.text)))) == 2


@pytest.mark.parametrize("service", ["@tremplin-audit", "@tremplin-audit-privileges"])
@pytest.mark.parametrize(
    "params,field",
    [
        ({"start": "yesterday"}, "start"),
        ({"end": "2026-02-30"}, "end"),
        ({"start": "2026-11-10", "end": "2026-11-01"}, "end"),
    ],
)
def test_bad_dates_name_the_field(functional_portal, admin, service, params, field):
    response = admin.get(f"/{service}", params=params)
    assert response.status_code == 400
    assert field in {e["field"] for e in json.loads(response.json()["message"])}


def test_privileges_report(history, functional_portal, admin, session_of):
    # Guest reads a company thanks to a temporary grant and writes an entry meanwhile.
    history.move_to("2027-01-21 10:00:00+00:00", tick=False)
    response = admin.post(
        f"{AWA_COMPANY}/@tremplin-temporary-access",
        json={
            "user": "guest",
            "role": "Editor",
            "start": "2027-01-21",
            "end": "2027-01-23",
        },
    )
    assert response.status_code == 201, response.text
    transaction.begin()
    audit.record("note.added", "x", actor="guest")
    audit.record("note.added", "y", actor="ahmed")  # no elevated role: not listed
    transaction.commit()
    body = admin.get(
        "/@tremplin-audit-privileges",
        params={"start": "2027-01-01", "end": "2027-01-30"},
    ).json()
    rows = {row["actor"]: row for row in body["items"]}
    assert set(rows) == {"administrateur", "guest"}
    assert rows["administrateur"]["roles"] == ["Site Administrator"]
    by_action = rows["administrateur"]["by_action"]
    logins = by_action.pop("security.login", 0)
    assert rows["administrateur"]["actions"] == 3 + logins
    assert by_action == {"role.granted": 1, "role.revoked": 1, "access.granted": 1}
    assert rows["guest"]["roles"] == ["Editor (temporary)"]
    assert rows["guest"]["last"] == "2027-01-21T10:00:00+00:00"
    body = admin.get(
        "/@tremplin-audit-privileges",
        params={"start": "2027-01-01", "end": "2027-01-10"},
    ).json()
    (row,) = body["items"]
    assert row["actor"] == "administrateur"
    assert row["actions"] - row["by_action"].get("security.login", 0) == 1


@pytest.mark.parametrize("username", [None, "guest", "awa", "moderateur"])
def test_others_cannot_read_it(session_of, username):
    session = session_of(username)
    for service in ("@tremplin-audit", "@tremplin-audit-privileges"):
        assert session.get(f"/{service}").status_code == 401
    assert (
        session.get("/@tremplin-audit", params={"format": "csv", **SINCE}).status_code
        == 401
    )


class TestAppendOnly:
    @pytest.mark.parametrize("method", ["post", "patch", "put", "delete"])
    def test_no_service_writes_it(self, history, admin, method):
        response = getattr(admin, method)("/@tremplin-audit", json={"id": 1})
        assert response.status_code in {404, 405}
        everything = admin.get("/@tremplin-audit", params=SINCE).json()
        assert everything["items_total"] == 3 + sign_ins(admin)

    def test_the_module_only_appends_and_reads(self):
        public = {
            name
            for name, value in vars(audit).items()
            if callable(value)
            and not name.startswith("_")
            and getattr(value, "__module__", "") == audit.__name__
        }
        assert public == {"record", "entries"}

    def test_only_the_audit_module_touches_the_store(self):
        package = Path(audit.__file__).parents[1]
        touching = {
            str(path.relative_to(package))
            for path in package.rglob("*.py")
            if "AUDIT_KEY" in path.read_text("utf-8")
            or audit.AUDIT_KEY in path.read_text("utf-8")
        }
        assert touching == {"core/audit.py"}

    def test_entries_are_copies(self, history, functional_portal):
        transaction.begin()
        first = next(audit.entries())
        first["details"]["text"] = "changed"
        first["actor"] = "changed"
        again = next(audit.entries())
        assert again["actor"] == "awa"
        assert again["details"] == {"text": "-1+2"}
        transaction.abort()


def test_sharing_changes_are_audited(functional_portal, admin, audit_log):
    response = admin.post(
        f"{AWA_COMPANY}/@sharing",
        json={
            "entries": [
                {
                    "id": "ahmed",
                    "type": "user",
                    "roles": {"Reader": True, "Editor": False},
                }
            ]
        },
    )
    assert response.status_code == 204, response.text
    [entry] = audit_log(action="sharing.")
    assert entry["actor"] == "administrateur"
    assert entry["target"] == "/plone" + AWA_COMPANY
    assert entry["details"] == {
        "entries": [{"id": "ahmed", "type": "user", "roles": ["Reader"]}]
    }
    company = functional_portal.unrestrictedTraverse(AWA_COMPANY.lstrip("/"))
    assert "Reader" in dict(company.get_local_roles()).get("ahmed", ())


def test_privileges_count_from_the_grant_on(functional_portal, time_machine, admin):
    time_machine.move_to("2027-01-05 10:00:00+00:00", tick=False)
    transaction.begin()
    audit.record("note.added", "before", actor="ahmed")
    transaction.commit()
    time_machine.move_to("2027-01-10 10:00:00+00:00", tick=False)
    roles = ["Company Representative", "Moderator"]
    admin.post("/@tremplin-roles", json={"user": "ahmed", "roles": roles})
    time_machine.move_to("2027-01-12 10:00:00+00:00", tick=False)
    transaction.begin()
    audit.record("note.added", "after", actor="ahmed")
    transaction.commit()
    body = admin.get("/@tremplin-audit-privileges", params=SINCE).json()
    ahmed = next(row for row in body["items"] if row["actor"] == "ahmed")
    assert ahmed["roles"] == ["Moderator"]
    assert ahmed["actions"] == 1
    assert ahmed["last"] == "2027-01-12T10:00:00+00:00"
