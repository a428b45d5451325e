"""Who may fire each step of the verification cycle through @workflow.

Refusals first: 401 for whoever cannot see the profile in that state, 400
(WorkflowException) for whoever sees it but may not take the step.
"""

from plone import api

import json
import pytest
import transaction


FRENCH = "/fr/entreprises/delices-tropicaux-du-senegal"
ENGLISH = "/en/companies/delices-tropicaux-du-senegal"

# How a test brings Awa's verified profile into a state, as the Manager.
PATHS = {
    "draft": [("retract", "")],
    "submitted": [("retract", ""), ("submit", "")],
    "in_review": [("retract", ""), ("submit", ""), ("start_review", "")],
    "rejected": [
        ("retract", ""),
        ("submit", ""),
        ("start_review", ""),
        ("reject", "Extrait illisible"),
    ],
    "verified": [],
}


def bring_to(portal, state: str, path: str = FRENCH):
    profile = portal.unrestrictedTraverse(path.lstrip("/"))
    with api.env.adopt_roles(["Manager"]):
        for transition, comment in PATHS[state]:
            api.content.transition(obj=profile, transition=transition, comment=comment)
    transaction.commit()
    return profile


def state_of(portal, path: str = FRENCH) -> str:
    transaction.begin()  # see what the HTTP thread committed
    return api.content.get_state(portal.unrestrictedTraverse(path.lstrip("/")))


OWNER, OTHER_REPRESENTATIVE, GUEST, ANONYMOUS = "awa", "ahmed", "guest", None
MODERATOR, ADMIN = "moderateur", "administrateur"

# (state, transition, target state, {username: expected status})
MATRIX = [
    (
        "draft",
        "submit",
        "submitted",
        {
            OTHER_REPRESENTATIVE: 401,
            GUEST: 401,
            ANONYMOUS: 401,
            MODERATOR: 400,
            OWNER: 200,
            ADMIN: 200,
        },
    ),
    (
        "submitted",
        "start_review",
        "in_review",
        {
            OWNER: 400,
            OTHER_REPRESENTATIVE: 401,
            GUEST: 401,
            ANONYMOUS: 401,
            MODERATOR: 200,
            ADMIN: 200,
        },
    ),
    (
        "in_review",
        "verify",
        "verified",
        {
            OWNER: 400,
            OTHER_REPRESENTATIVE: 401,
            GUEST: 401,
            ANONYMOUS: 401,
            MODERATOR: 200,
            ADMIN: 200,
        },
    ),
    (
        "in_review",
        "reject",
        "rejected",
        {
            OWNER: 400,
            OTHER_REPRESENTATIVE: 401,
            GUEST: 401,
            ANONYMOUS: 401,
            MODERATOR: 200,
            ADMIN: 200,
        },
    ),
    (
        "in_review",
        "request_documents",
        "draft",
        {
            OWNER: 400,
            OTHER_REPRESENTATIVE: 401,
            GUEST: 401,
            ANONYMOUS: 401,
            MODERATOR: 200,
            ADMIN: 200,
        },
    ),
    (
        "rejected",
        "appeal",
        "appealed",
        {
            OTHER_REPRESENTATIVE: 401,
            GUEST: 401,
            ANONYMOUS: 401,
            MODERATOR: 400,
            OWNER: 200,
            ADMIN: 200,
        },
    ),
    (
        "verified",
        "retract",
        "draft",
        {
            OWNER: 400,
            OTHER_REPRESENTATIVE: 400,  # sees a verified profile, may not withdraw it
            GUEST: 401,
            ANONYMOUS: 401,
            MODERATOR: 200,
            ADMIN: 200,
        },
    ),
    (
        "verified",
        "expire",
        "expired",
        {
            # Only the job expires a profile (as Manager).
            OWNER: 400,
            OTHER_REPRESENTATIVE: 400,
            GUEST: 401,
            ANONYMOUS: 401,
            MODERATOR: 400,
            ADMIN: 400,
        },
    ),
]
CASES = [
    pytest.param(
        state, transition, target, username, status, id=f"{transition}-{username}"
    )
    for state, transition, target, expected in MATRIX
    for username, status in expected.items()
]


@pytest.mark.parametrize("state,transition,target,username,status", CASES)
def test_who_fires_each_transition(
    functional_portal, session_of, state, transition, target, username, status
):
    bring_to(functional_portal, state)
    response = session_of(username).post(
        f"{FRENCH}/@workflow/{transition}", json={"comment": "Motif"}
    )
    assert response.status_code == status, response.text
    expected_state = target if status == 200 else state
    assert state_of(functional_portal) == expected_state
    # Every language follows (core/translations.py), or none moves.
    assert state_of(functional_portal, ENGLISH) == expected_state


@pytest.mark.parametrize(
    "state,transition,username",
    [
        ("in_review", "reject", MODERATOR),
        ("in_review", "request_documents", MODERATOR),
        ("rejected", "appeal", OWNER),
    ],
)
@pytest.mark.parametrize("comment", [None, "", "   "])
class TestCommentRequired:
    def test_refused_with_a_400_naming_the_comment(
        self, functional_portal, session_of, state, transition, username, comment
    ):
        bring_to(functional_portal, state)
        body = {} if comment is None else {"comment": comment}
        # Under /en the message is in English (path negotiation).
        response = session_of(username).post(
            f"{ENGLISH}/@workflow/{transition}", json=body
        )
        assert response.status_code == 400, response.text
        [error] = json.loads(response.json()["error"]["message"])
        assert error["field"] == "comment"
        assert error["message"].startswith("Give a reason")

    def test_nothing_is_written(
        self, functional_portal, session_of, state, transition, username, comment
    ):
        profile = bring_to(functional_portal, state)
        effective = profile.EffectiveDate()
        history = len(profile.workflow_history["tremplin_profile_workflow"])
        body = {} if comment is None else {"comment": comment}
        session_of(username).post(f"{FRENCH}/@workflow/{transition}", json=body)
        transaction.begin()
        assert api.content.get_state(profile) == state
        assert profile.EffectiveDate() == effective
        assert len(profile.workflow_history["tremplin_profile_workflow"]) == history


def test_the_whole_cycle_with_an_appeal(functional_portal, member_session):
    """Spec §6.1.4-§6.1.6: rejected, appealed, reviewed again, verified."""
    bring_to(functional_portal, "draft")
    owner, moderator = member_session(OWNER), member_session(MODERATOR)
    steps = [
        (owner, "submit", "Dossier complet", "submitted"),
        (moderator, "start_review", "", "in_review"),
        (moderator, "reject", "Le RCCM est illisible", "rejected"),
        (owner, "appeal", "Voici un extrait lisible", "appealed"),
        (moderator, "start_review", "", "in_review"),
        (moderator, "verify", "", "verified"),
    ]
    for session, transition, comment, state in steps:
        response = session.post(
            f"{FRENCH}/@workflow/{transition}", json={"comment": comment}
        )
        assert response.status_code == 200, (transition, response.text)
        assert response.json()["review_state"] == state
    assert member_session(OTHER_REPRESENTATIVE).get(ENGLISH).status_code == 200


def test_an_expired_profile_is_submitted_again(functional_portal, member_session):
    profile = bring_to(functional_portal, "verified")
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=profile, transition="expire")
    transaction.commit()
    assert member_session(OTHER_REPRESENTATIVE).get(FRENCH).status_code == 401
    response = member_session(OWNER).post(f"{FRENCH}/@workflow/submit")
    assert response.status_code == 200, response.text
    assert state_of(functional_portal, ENGLISH) == "submitted"
