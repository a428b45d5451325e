"""Local role changes made through Plone's classic sharing page are audited
like those of @sharing (tested through REST in test_audit_services.py)."""

from oif.tremplin.access.subscribers import record_sharing_change
from oif.tremplin.core import audit
from plone.app.workflow.events import LocalrolesModifiedEvent
from ZPublisher.HTTPRequest import record

import pytest


AWA_COMPANY = "fr/entreprises/delices-tropicaux-du-senegal"


def form_entry(**fields):
    entry = record()
    for name, value in fields.items():
        setattr(entry, name, value)
    return entry


@pytest.mark.parametrize("inherit", [None, False])
def test_classic_form(portal, http_request, inherit):
    company = portal.unrestrictedTraverse(AWA_COMPANY)
    http_request.form["entries"] = [
        form_entry(id="ahmed", type="user", role_Reader=True, role_Editor=False)
    ]
    if inherit is not None:
        http_request.form["inherit"] = inherit
    record_sharing_change(company, LocalrolesModifiedEvent(company, http_request))
    entry = next(audit.entries(action="sharing.changed"))
    expected = {"entries": [{"id": "ahmed", "type": "user", "roles": ["Reader"]}]}
    if inherit is not None:
        expected["inherit"] = False
    assert entry["details"] == expected
    assert entry["target"] == "/plone/" + AWA_COMPANY
