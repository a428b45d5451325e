"""Checks of a questionnaire document before it is saved or published."""

from oif.tremplin.assessment.questionnaire import validate_questionnaire
from pathlib import Path

import json
import oif.tremplin.assessment
import pytest


SEED = Path(oif.tremplin.assessment.__file__).parent / "defaults" / "maturity.json"


def test_a_valid_document_has_no_error(version):
    assert validate_questionnaire(version) == {}


def test_the_seed_questionnaire_is_valid():
    document = json.loads(SEED.read_text(encoding="utf-8"))

    assert validate_questionnaire(document) == {}
    assert [d["id"] for d in document["dimensions"]] == [
        "strategy",
        "markets",
        "offer",
        "finance",
        "legal",
        "marketing",
        "logistics",
        "digital",
        "people",
        "networks",
    ]


def first_question(document):
    return document["dimensions"][0]["questions"][0]


def first_option(document):
    return first_question(document)["options"][0]


# Each case breaks one thing; the error is on the control that holds it.
CASES = {
    "question id with capitals": (
        lambda d: first_question(d).update(id="Plan"),
        "dimensions.0.questions.0.id",
        "assessment_id_invalid",
    ),
    "question id used in another dimension": (
        lambda d: d["dimensions"][1]["questions"][0].update(id="strategy-plan"),
        "dimensions.1.questions.0.id",
        "assessment_id_duplicate",
    ),
    "option id twice in a question": (
        lambda d: first_question(d)["options"][1].update(id="none"),
        "dimensions.0.questions.0.options.1.id",
        "assessment_id_duplicate",
    ),
    "unknown question type": (
        lambda d: first_question(d).update(type="ranking"),
        "dimensions.0.questions.0.type",
        "assessment_question_type",
    ),
    "question weight 0": (
        lambda d: first_question(d).update(weight=0),
        "dimensions.0.questions.0.weight",
        "assessment_number_range",
    ),
    "dimension weight 11": (
        lambda d: d["dimensions"][0].update(weight=11),
        "dimensions.0.weight",
        "assessment_number_range",
    ),
    "weight true (a bool is not a number)": (
        lambda d: first_question(d).update(weight=True),
        "dimensions.0.questions.0.weight",
        "assessment_number_range",
    ),
    "points above 100": (
        lambda d: first_option(d).update(points=101),
        "dimensions.0.questions.0.options.0.points",
        "assessment_number_range",
    ),
    "negative points": (
        lambda d: first_option(d).update(points=-1),
        "dimensions.0.questions.0.options.0.points",
        "assessment_number_range",
    ),
    "points as text": (
        lambda d: first_option(d).update(points="5"),
        "dimensions.0.questions.0.options.0.points",
        "assessment_number_range",
    ),
    "question without English": (
        lambda d: first_question(d)["text"].pop("en"),
        "dimensions.0.questions.0.text.en",
        "assessment_text_empty",
    ),
    "blank French label": (
        lambda d: first_option(d)["label"].update(fr="  "),
        "dimensions.0.questions.0.options.0.label.fr",
        "assessment_text_empty",
    ),
    "dimension without title": (
        lambda d: d["dimensions"][1].pop("title"),
        "dimensions.1.title",
        "assessment_text_missing",
    ),
    "a single choice with one answer": (
        lambda d: first_question(d).update(options=[first_option(d)]),
        "dimensions.0.questions.0.options",
        "assessment_options_count",
    ),
    "a scale of two steps": (
        lambda d: d["dimensions"][1]["questions"][0]["options"].__delitem__(
            slice(2, None)
        ),
        "dimensions.1.questions.0.options",
        "assessment_options_count",
    ),
    "an exclusive answer in a single choice": (
        lambda d: first_option(d).update(exclusive=True),
        "dimensions.0.questions.0.options.0.exclusive",
        "assessment_exclusive_multiple",
    ),
    "required as text": (
        lambda d: first_question(d).update(required="yes"),
        "dimensions.0.questions.0.required",
        "assessment_yes_no",
    ),
    "a cap of 0 points": (
        lambda d: d["dimensions"][0]["questions"][1].update(max_points=0),
        "dimensions.0.questions.1.max_points",
        "assessment_number_range",
    ),
    "a dimension without questions": (
        lambda d: d["dimensions"][1].update(questions=[]),
        "dimensions.1.questions",
        "assessment_questions_missing",
    ),
    "levels in another order": (
        lambda d: d["levels"].reverse(),
        "levels",
        "assessment_levels_fixed",
    ),
    "a fifth level": (
        lambda d: d["levels"].append({"id": "expert", "min": 90}),
        "levels",
        "assessment_levels_fixed",
    ),
    "first level above 0": (
        lambda d: d["levels"][0].update(min=10),
        "levels.0.min",
        "assessment_level_first",
    ),
    "a level not above the previous one": (
        lambda d: d["levels"][2].update(min=40),
        "levels.2.min",
        "assessment_level_order",
    ),
    "a level above 100": (
        lambda d: d["levels"][3].update(min=101),
        "levels.3.min",
        "assessment_level_order",
    ),
    "no dimension": (
        lambda d: d.update(dimensions=[]),
        "dimensions",
        "assessment_dimensions_missing",
    ),
    "no answer gives points": (
        lambda d: [
            o.update(points=0)
            for dim in d["dimensions"]
            for q in dim["questions"]
            for o in q["options"]
        ],
        "dimensions",
        "assessment_nothing_scored",
    ),
    "a question that is not an object": (
        lambda d: d["dimensions"][1]["questions"].append("question?"),
        "dimensions.1.questions.1",
        "assessment_malformed",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_broken_document_names_the_faulty_control(version, case):
    breaks, path, message_id = CASES[case]
    breaks(version)

    errors = validate_questionnaire(version)

    assert path in errors, errors
    assert errors[path] == message_id  # a Message compares as its id


def test_every_error_is_reported_at_once(version):
    first_question(version).update(weight=0, type="ranking")
    first_option(version).update(points=500)

    assert set(validate_questionnaire(version)) == {
        "dimensions.0.questions.0.weight",
        "dimensions.0.questions.0.type",
        "dimensions.0.questions.0.options.0.points",
    }


def test_messages_carry_the_limits_and_languages(version):
    first_question(version).update(weight=12)
    first_question(version)["text"]["en"] = ""

    errors = validate_questionnaire(version)

    assert errors["dimensions.0.questions.0.weight"].mapping == {"low": 1, "high": 10}
    assert errors["dimensions.0.questions.0.text.en"].mapping == {"language": "EN"}


def test_something_else_than_a_document_is_refused():
    assert list(validate_questionnaire(["not", "a", "document"])) == ["document"]
