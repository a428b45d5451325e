"""Put a demo or load-test profile straight into the verified state.

Profiles that no member owns (the directory's demo companies, generated
load data) need none of what the verify step does besides the state: no
owner joins a group, nobody is mailed, nothing is audited. Setting the
workflow status directly is also what makes generating 100 000 profiles
affordable (a transition costs three events, mails and an audit entry).
"""

from DateTime import DateTime
from dateutil.relativedelta import relativedelta
from oif.tremplin.verification.cycle import REVERIFICATION_MONTHS
from plone import api


WORKFLOW = "tremplin_profile_workflow"
VERIFIED = "verified"


def set_verified(
    profile, verified_on, actor: str = "admin", role_mappings: bool = True
) -> None:
    """State, permissions and verification dates of a verified profile.

    The caller reindexes (once, after its own changes): the catalog's
    indexing queue merges that with the indexing of the creation.
    `role_mappings=False` leaves the permissions to a caller that sets the
    ones of the state itself (the load-test generator copies them).
    """
    workflow_tool = api.portal.get_tool("portal_workflow")
    months = api.portal.get_registry_record(REVERIFICATION_MONTHS, default=12)
    workflow_tool.setStatusOf(
        WORKFLOW,
        profile,
        {
            "action": "verify",
            "actor": actor,
            "comments": "",
            "review_state": VERIFIED,
            "time": DateTime(),
        },
    )
    if role_mappings:
        workflow_tool[WORKFLOW].updateRoleMappingsFor(profile)
    profile.verified_on = verified_on
    profile.verification_expires = verified_on + relativedelta(months=months)
