"""Checks of a company's answers, and how a draft follows a new version."""

from oif.tremplin.assessment.answers import carry_over
from oif.tremplin.assessment.answers import missing_required
from oif.tremplin.assessment.answers import validate_answers

import copy
import pytest


def test_partial_answers_of_the_right_shape_are_valid(version):
    answers = {"strategy-plan": "partial", "strategy-means": ["budget", "staff"]}

    assert validate_answers(version, answers, "fr") == {}
    # Unanswered is not an error while the draft is saved.
    assert validate_answers(version, {"strategy-means": []}, "fr") == {}
    assert validate_answers(version, {"strategy-plan": None}, "fr") == {}


CASES = {
    "a question of another version": (
        {"market-size": "big"},
        "answers.market-size",
        "assessment_answer_not_in_version",
    ),
    "an option the question does not offer": (
        {"strategy-plan": "maybe"},
        "answers.strategy-plan",
        "assessment_answer_unknown",
    ),
    "a list for a single choice": (
        {"strategy-plan": ["partial"]},
        "answers.strategy-plan",
        "assessment_answer_one",
    ),
    "a number for a scale": (
        {"logistics-warehouse": 3},
        "answers.logistics-warehouse",
        "assessment_answer_one",
    ),
    "a text for a multiple choice": (
        {"strategy-means": "budget"},
        "answers.strategy-means",
        "assessment_answer_several",
    ),
    "the same option twice": (
        {"strategy-means": ["budget", "budget"]},
        "answers.strategy-means",
        "assessment_answer_twice",
    ),
    "“none” with another answer": (
        {"strategy-means": ["nothing", "staff"]},
        "answers.strategy-means",
        "assessment_answer_exclusive",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_wrong_answer_names_its_question(version, case):
    answers, path, message_id = CASES[case]

    errors = validate_answers(version, answers, "fr")

    assert list(errors) == [path]
    assert errors[path] == message_id


def test_the_question_is_named_in_the_readers_language(version):
    answers = {"strategy-plan": "maybe"}

    french = validate_answers(version, answers, "fr")["answers.strategy-plan"]
    english = validate_answers(version, answers, "en")["answers.strategy-plan"]

    assert french.mapping == {
        "question": "Disposez-vous d'un plan export écrit ?",
        "answer": "maybe",
    }
    assert english.mapping["question"] == "Do you have a written export plan?"


def test_an_exclusive_answer_is_named_by_its_label(version):
    errors = validate_answers(version, {"strategy-means": ["staff", "nothing"]}, "en")

    assert errors["answers.strategy-means"].mapping["answer"] == "nothing"


def test_at_submission_every_required_question_needs_an_answer(version):
    answers = {"strategy-plan": "written", "strategy-means": []}

    errors = validate_answers(version, answers, "en", complete=True)

    assert list(errors) == ["answers.strategy-means"]
    assert errors["answers.strategy-means"] == "assessment_answer_required"
    assert errors["answers.strategy-means"].mapping == {"question": "Which means?"}
    # The optional scale may stay unanswered.
    assert missing_required(version, answers) == ["strategy-means"]


def test_answers_that_are_not_an_object_are_refused(version):
    assert list(validate_answers(version, ["written"], "fr")) == ["answers"]


def newer(version, change):
    document = copy.deepcopy(version)
    document["version"] += 1
    change(document)
    return document


def test_a_draft_keeps_the_answers_that_still_fit_a_new_version(version):
    def change(document):
        plan, means = document["dimensions"][0]["questions"]
        plan["options"][1]["points"] = 6  # other points: same meaning
        plan["text"]["fr"] = "Avez-vous un plan export ?"
        means["options"].pop(1)  # "staff" is no longer offered
        document["dimensions"][1]["questions"][0]["type"] = "single"

    answers = {
        "strategy-plan": "partial",
        "strategy-means": ["budget", "staff"],
        "logistics-warehouse": "4",
        "gone-question": "yes",
        "strategy-other": None,
    }

    kept, dropped = carry_over(version, newer(version, change), answers)

    assert kept == {"strategy-plan": "partial"}
    assert dropped == ["strategy-means", "logistics-warehouse", "gone-question"]


def test_a_draft_on_an_unchanged_version_keeps_everything(version):
    answers = {"strategy-plan": "partial", "strategy-means": ["nothing"]}

    assert carry_over(version, newer(version, lambda d: None), answers) == (
        answers,
        [],
    )
