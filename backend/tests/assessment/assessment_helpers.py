"""Answers to the seed questionnaire, and reading the store from a test."""

from oif.tremplin.assessment import store
from plone import api

import transaction


AWA = "/fr/entreprises/delices-tropicaux-du-senegal"
AWA_EN = "/en/companies/delices-tropicaux-du-senegal"
AHMED = "/fr/entreprises/edunova-maroc"


def best_answers(version: dict) -> dict:
    """The answer worth the most points to every question."""
    answers = {}
    for dimension in version["dimensions"]:
        for question in dimension["questions"]:
            options = [o for o in question["options"] if not o.get("exclusive")]
            if question["type"] == "multiple":
                answers[question["id"]] = [o["id"] for o in options]
            else:
                best = max(options, key=lambda o: o["points"])
                answers[question["id"]] = best["id"]
    return answers


def current_version() -> dict:
    transaction.begin()  # read what the HTTP thread committed
    return store.current_version()


def record_of(path: str):
    transaction.begin()
    company = api.portal.get().unrestrictedTraverse(path.lstrip("/"))
    return store.company_record(company)


def submit(session, path: str, answers: dict) -> dict:
    """Save `answers` as the draft and submit it; the submission's answer."""
    version = current_version()["version"]
    saved = session.patch(
        f"{path}/@tremplin-assessment-draft",
        json={"questionnaire_version": version, "answers": answers},
    )
    assert saved.status_code == 200, saved.text
    revision = saved.json()["draft"]["revision"]
    response = session.post(
        f"{path}/@tremplin-assessment-submissions",
        json={"revision": revision, "questionnaire_version": version},
    )
    assert response.status_code == 201, response.text
    return response.json()
