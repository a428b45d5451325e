"""Profiles in known states for the directory tests, without the mail and
review steps of the real workflow."""

from datetime import date
from oif.tremplin.companies.structure import company_folder
from oif.tremplin.core.ownership import hand_over
from oif.tremplin.experts.structure import expert_folder
from plone import api
from plone.base.interfaces import ILanguage
from Products.CMFCore.utils import getToolByName

import pytest


def put_in_state(obj, state: str) -> None:
    """Set the review state as the workflow would leave it."""
    workflow_tool = getToolByName(obj, "portal_workflow")
    (workflow,) = workflow_tool.getWorkflowsFor(obj)
    status = dict(workflow_tool.getStatusOf(workflow.id, obj))
    status.update(review_state=state, action=None, comments="directory test")
    workflow_tool.setStatusOf(workflow.id, obj, status)
    workflow.updateRoleMappingsFor(obj)
    obj.reindexObject()


COMPANY = {
    "country": "SN",
    "city": "Dakar",
    "sectors": ["agrifood"],
    "size": "small",
    "experience_level": "growing",
    "registration_number": "SN-DKR-2020-B-00001",
}
EXPERT = {
    "countries": ["CI"],
    "expertise_areas": ["customs"],
    "languages": ["fr"],
    "availability": "available",
    "bio": "Douane et logistique.",
}


def make_profile(
    object_id,
    *,
    kind="Company",
    language="fr",
    owner=None,
    state="verified",
    tags=(),
    verified_on=date(2026, 3, 1),
    featured=False,
    **fields,
):
    """A profile in `state`, in the folder of `language`."""
    folder = (company_folder if kind == "Company" else expert_folder)(language)
    values = {**(COMPANY if kind == "Company" else EXPERT), **fields}
    values.setdefault("title", object_id.replace("-", " ").title())
    with api.env.adopt_roles(["Manager"]):
        profile = api.content.create(
            container=folder, type=kind, id=object_id, **values
        )
        ILanguage(profile).set_language(language)
        profile.setSubject(tuple(tags))
        profile.featured = featured
        profile.verified_on = verified_on if state == "verified" else None
        if owner:
            hand_over(profile, owner)
        put_in_state(profile, state)
    return profile


@pytest.fixture
def new_profile():
    """make_profile: a profile of the test, in a known state."""
    return make_profile


@pytest.fixture
def only_these_profiles(portal):
    """The demo's profiles out of the catalog (rolled back after the test):
    counts then depend on the test's own profiles only."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=["Company", "Expert"]):
        catalog.uncatalog_object(brain.getPath())
    return make_profile
