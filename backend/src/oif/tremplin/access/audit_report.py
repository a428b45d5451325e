"""Reading the audit log: filters, CSV export and the elevated-privileges
report (spec §6.2.5). Only reads: the log (core/audit.py) is append-only and
nothing here, nor any service, edits or removes an entry."""

from collections import defaultdict
from datetime import datetime
from datetime import timedelta
from oif.tremplin import _
from oif.tremplin.access.temporary import parse_moment
from oif.tremplin.core import audit
from plone import api

import csv
import io
import json


VIEW_AUDIT_LOG = "oif.tremplin: View audit log"
ELEVATED_ROLES = ("Manager", "Site Administrator", "Moderator")
CSV_COLUMNS = ("id", "when", "actor", "action", "target", "address", "details")
# Spreadsheets run a cell that starts with one of these as a formula (OWASP
# "CSV injection"); a leading quote makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NOT_ACTORS = ("system", "Anonymous User")


def parse_period(form: dict) -> tuple[dict, dict]:
    """({"start", "end"}, errors) from ISO dates or date-times in a query.

    A date alone for ``end`` covers that whole day: the period ends at the
    following midnight (UTC), as people read "until 30 November"."""
    period, errors = {"start": None, "end": None}, {}
    for name in ("start", "end"):
        value = form.get(name)
        if not value:
            continue
        moment = parse_moment(value)
        if moment is None:
            errors[name] = _("error_iso_date", default="Give an ISO date (YYYY-MM-DD).")
            continue
        if name == "end" and len(value) == 10:
            moment += timedelta(days=1)
        period[name] = moment
    if period["start"] and period["end"] and period["end"] <= period["start"]:
        errors["end"] = _(
            "error_end_before_start", default="The end must follow the start."
        )
    return period, errors


def filtered_entries(form: dict, period: dict) -> list[dict]:
    return list(
        audit.entries(
            actor=form.get("actor") or None,
            action=form.get("action") or None,
            target=form.get("target") or None,
            **period,
        )
    )


def _safe_cell(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def entries_as_csv(entries: list[dict]) -> str:
    """One header line, then one line per entry; details as JSON."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        writer.writerow([_safe_cell(entry[column]) for column in CSV_COLUMNS])
    return out.getvalue()


def _global_roles(actor: str) -> set[str]:
    """Roles the actor holds site-wide now (Zope administrators included)."""
    portal = api.portal.get()
    user = portal.acl_users.getUserById(actor)
    if user is None:
        user = portal.getPhysicalRoot().acl_users.getUserById(actor)
    return set(user.getRoles()) if user is not None else set()


def _grant_windows(entries: list[dict]) -> dict[str, list[tuple]]:
    """user -> [(start, end, role)] of her temporary grants, cut at revocation."""
    ended = {
        e["details"].get("grant"): datetime.fromisoformat(e["when"])
        for e in entries
        if e["action"] == "access.revoked"
    }
    windows = defaultdict(list)
    for entry in entries:
        if entry["action"] != "access.granted":
            continue
        details = entry["details"]
        start = datetime.fromisoformat(details["start"])
        end = min(
            datetime.fromisoformat(details["end"]),
            ended.get(details["grant"], datetime.max.replace(tzinfo=start.tzinfo)),
        )
        windows[details["user"]].append((start, end, details["role"]))
    return windows


def _role_changes(entries: list[dict]) -> dict[str, list[tuple]]:
    """actor -> [(when, role, granted?)] from @tremplin-roles, oldest first."""
    changes = defaultdict(list)
    for entry in reversed(entries):
        if entry["action"] in ("role.granted", "role.revoked"):
            changes[entry["target"]].append((
                datetime.fromisoformat(entry["when"]),
                entry["details"].get("role"),
                entry["action"] == "role.granted",
            ))
    return changes


def _held_at(role: str, when: datetime, held_now: bool, changes: list) -> bool:
    """Whether the role was held at ``when``: the last change before it says
    so; without one, the first change after it tells the opposite; without
    any change, the member holds it as she does now."""
    before = [granted for moment, r, granted in changes if r == role and moment <= when]
    if before:
        return before[-1]
    after = [granted for moment, r, granted in changes if r == role and moment > when]
    return not after[0] if after else held_now


def _elevated_roles(entry: dict, roles_now: set, changes: list, windows) -> set:
    when = datetime.fromisoformat(entry["when"])
    temporary = {
        f"{role} (temporary)"
        for start, end, role in windows.get(entry["actor"], ())
        if start <= when < end
    }
    held = {
        role
        for role in ELEVATED_ROLES
        if _held_at(role, when, role in roles_now, changes)
    }
    return held | temporary


def privileges_report(period: dict) -> list[dict]:
    """Per actor, the entries she wrote in the period while holding an
    elevated role (Manager, Site Administrator, Moderator) or a temporary
    grant; most active first."""
    everything = list(audit.entries())
    windows = _grant_windows(everything)
    changes = _role_changes(everything)
    report: dict[str, dict] = {}
    roles_now: dict[str, set] = {}
    for entry in audit.entries(**period):
        actor = entry["actor"]
        if actor in NOT_ACTORS:
            continue
        if actor not in roles_now:
            roles_now[actor] = _global_roles(actor)
        roles = _elevated_roles(entry, roles_now[actor], changes[actor], windows)
        if not roles:
            continue
        row = report.setdefault(
            actor,
            {
                "actor": actor,
                "roles": set(),
                "actions": 0,
                "last": entry["when"],
                "by_action": defaultdict(int),
            },
        )
        row["roles"] |= roles
        row["actions"] += 1
        row["by_action"][entry["action"]] += 1
    return sorted(
        (
            {**row, "roles": sorted(row["roles"]), "by_action": dict(row["by_action"])}
            for row in report.values()
        ),
        key=lambda row: (-row["actions"], row["actor"]),
    )
