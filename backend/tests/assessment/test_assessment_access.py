"""Who reaches a company's self-assessment: its representative, through
either language of the company, and nobody else — another member, a guest,
a visitor, a moderator, a site administrator, a temporary grant."""

from assessment_helpers import AHMED
from assessment_helpers import AWA
from assessment_helpers import AWA_EN
from assessment_helpers import best_answers
from assessment_helpers import current_version
from assessment_helpers import record_of
from assessment_helpers import submit
from plone import api

import pytest
import transaction


ENDPOINTS = {
    "overview": ("get", "@tremplin-assessment", None),
    "draft": ("get", "@tremplin-assessment-draft", None),
    "save": ("patch", "@tremplin-assessment-draft", {"answers": {}}),
    "discard": ("delete", "@tremplin-assessment-draft", None),
    "submit": (
        "post",
        "@tremplin-assessment-submissions",
        {"revision": 1, "questionnaire_version": 1},
    ),
    "latest report": ("get", "@tremplin-assessment-report", None),
    "report 1": ("get", "@tremplin-assessment-report/1", None),
    "report as PDF": ("get", "@tremplin-assessment-report/1?format=pdf", None),
}
OUTSIDERS = [None, "guest", "ahmed", "aminata", "moderateur", "administrateur"]


@pytest.fixture
def awa_assessed(member_session):
    """Awa submitted one assessment and keeps a draft of the next one."""
    awa = member_session("awa")
    answers = best_answers(current_version())
    submit(awa, AWA, answers)
    first = next(iter(answers))
    saved = awa.patch(
        f"{AWA}/@tremplin-assessment-draft",
        json={"questionnaire_version": 1, "answers": {first: answers[first]}},
    )
    assert saved.status_code == 200
    return awa


def call(session, path, endpoint):
    method, name, body = ENDPOINTS[endpoint]
    kwargs = {"json": body} if body is not None else {}
    return getattr(session, method)(f"{path}/{name}", **kwargs)


@pytest.mark.parametrize("username", OUTSIDERS, ids=str)
def test_nobody_else_reaches_it_nor_learns_whether_it_exists(
    awa_assessed, session_of, username
):
    session = session_of(username)
    for endpoint in ENDPOINTS:
        assessed = call(session, AWA, endpoint)
        # Ahmed's company has no assessment: the refusal must look the same.
        if username != "ahmed":
            blank = call(session, AHMED, endpoint)
            assert blank.status_code == assessed.status_code, endpoint
        assert assessed.status_code in (401, 403), (endpoint, assessed.text)
        assert "strategy" not in assessed.text
    record = record_of(AWA)
    assert len(record.submissions) == 1
    assert record.draft["revision"] == 1


def test_a_temporary_reader_or_editor_does_not_reach_it(awa_assessed, session_of):
    transaction.begin()
    company = api.portal.get().unrestrictedTraverse(AWA.lstrip("/"))
    company.manage_setLocalRoles("ahmed", ["Reader", "Editor", "Contributor"])
    company.reindexObjectSecurity()
    transaction.commit()

    ahmed = session_of("ahmed")
    for endpoint in ENDPOINTS:
        assert call(ahmed, AWA, endpoint).status_code in (401, 403), endpoint


def test_both_languages_of_the_company_reach_one_assessment(awa_assessed):
    french = awa_assessed.get(f"{AWA}/@tremplin-assessment").json()
    english = awa_assessed.get(f"{AWA_EN}/@tremplin-assessment").json()

    assert french["history"] == english["history"]
    assert len(french["history"]) == 1
    assert french["draft"]["revision"] == english["draft"]["revision"] == 1
    report = awa_assessed.get(f"{AWA_EN}/@tremplin-assessment-report/1")
    assert report.status_code == 200
    assert report.json()["level"]["title"] == "Confirmed"
