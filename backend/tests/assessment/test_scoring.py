"""Scoring rules of the self-assessment (plan of issue 9, section 3). Pure."""

from fractions import Fraction
from oif.tremplin.assessment.scoring import dimension_score
from oif.tremplin.assessment.scoring import maturity_level
from oif.tremplin.assessment.scoring import overall_score
from oif.tremplin.assessment.scoring import question_maximum
from oif.tremplin.assessment.scoring import question_ratio
from oif.tremplin.assessment.scoring import round_score
from oif.tremplin.assessment.scoring import score_assessment
from oif.tremplin.assessment.scoring import strengths_and_priorities

import pytest


LEVELS = [
    {"id": "beginner", "min": 0},
    {"id": "preparing", "min": 40},
    {"id": "ready", "min": 60},
    {"id": "confirmed", "min": 80},
]
SCALE = {"1": 0, "2": 1, "3": 2, "4": 3, "5": 4}  # five steps worth 0…4 points
MEANS = {"budget": 2, "staff": 3, "board": 5, "nothing": 0}


def question(qid, kind, points, weight=1, required=True, **extra):
    """A question whose options are `{option id: points}`; `exclusive` names some."""
    exclusive = extra.pop("exclusive", ())
    options = [
        {"id": oid, "points": p, "exclusive": oid in exclusive}
        for oid, p in points.items()
    ]
    return {
        "id": qid,
        "type": kind,
        "weight": weight,
        "required": required,
        "options": options,
        **extra,
    }


def dimension(did, weight, *questions):
    return {"id": did, "weight": weight, "questions": list(questions)}


def questionnaire(*dimensions):
    return {"id": "maturity", "version": 1, "levels": LEVELS, "dimensions": dimensions}


def single(qid, top, weight=1):
    """A single choice worth 0…`top` points, whose option ids are the points."""
    return question(qid, "single", {str(p): p for p in range(top + 1)}, weight)


def worked_example():
    """The questionnaire of the plan's worked example."""
    return questionnaire(
        dimension(
            "strategy",
            2,
            question("plan", "single", {"none": 0, "partial": 5, "written": 10}, 2),
            question(
                "means", "multiple", MEANS, exclusive={"nothing"}, max_points=None
            ),
            question("priority", "scale", SCALE, required=False),
        ),
        dimension(
            "logistics",
            1,
            question("incoterms", "single", {"no": 0, "yes": 4}),
            question("warehouse", "scale", SCALE, required=False),
        ),
        dimension("digital", 1, question("website", "single", {"no": 0, "yes": 0})),
    )


EXAMPLE_ANSWERS = {
    "plan": "partial",
    "means": ["budget", "board"],
    "priority": "4",  # 3 points out of 4
    "incoterms": "no",
    "website": "yes",
}


def test_worked_example_exact_scores():
    version = worked_example()
    strategy, logistics, digital = version["dimensions"]
    assert dimension_score(strategy, EXAMPLE_ANSWERS) == Fraction(245, 4)  # 61.25
    assert dimension_score(logistics, EXAMPLE_ANSWERS) == 0
    assert dimension_score(digital, EXAMPLE_ANSWERS) is None
    exact = {"strategy": Fraction(245, 4), "logistics": Fraction(0), "digital": None}
    weights = {"strategy": 2, "logistics": 1, "digital": 1}
    assert overall_score(exact, weights) == Fraction(245, 6)  # 122.5 / 3


def test_worked_example_report():
    assert score_assessment(worked_example(), EXAMPLE_ANSWERS) == {
        "scores": {"strategy": 61, "logistics": 0, "digital": None},
        "overall": 41,
        "level": "preparing",
        "strengths": ["strategy"],
        "priorities": ["logistics"],
    }


def test_everything_at_max_is_confirmed():
    answers = {
        "plan": "written",
        "means": ["budget", "staff", "board"],
        "priority": "5",
        "incoterms": "yes",
        "warehouse": "5",
    }
    result = score_assessment(worked_example(), answers)
    assert result["scores"] == {"strategy": 100, "logistics": 100, "digital": None}
    assert (result["overall"], result["level"]) == (100, "confirmed")
    assert (result["strengths"], result["priorities"]) == (
        ["strategy", "logistics"],
        [],
    )


def test_everything_at_zero_is_beginner():
    answers = {
        "plan": "none",
        "means": ["nothing"],
        "priority": "1",
        "incoterms": "no",
        "warehouse": "1",
    }
    result = score_assessment(worked_example(), answers)
    assert result["scores"] == {"strategy": 0, "logistics": 0, "digital": None}
    assert (result["overall"], result["level"]) == (0, "beginner")
    # Weight * gap: strategy 2 * 100 before logistics 1 * 100.
    assert (result["strengths"], result["priorities"]) == (
        [],
        ["strategy", "logistics"],
    )


def test_no_dimension_scored_gives_no_overall_nor_level():
    assert score_assessment(worked_example(), {}) == {
        "scores": {"strategy": None, "logistics": None, "digital": None},
        "overall": None,
        "level": None,
        "strengths": [],
        "priorities": [],
    }


def test_exact_half_rounds_up_to_the_next_level():
    version = questionnaire(
        dimension("markets", 1, single("reach", 100)),
        dimension("offer", 1, single("adapted", 100)),
    )
    answers = {"reach": "79", "adapted": "0"}
    exact = {d["id"]: dimension_score(d, answers) for d in version["dimensions"]}
    assert overall_score(exact, {"markets": 1, "offer": 1}) == Fraction(79, 2)
    result = score_assessment(version, answers)
    assert (result["overall"], result["level"]) == (40, "preparing")


@pytest.mark.parametrize(
    "x,expected",
    [
        (Fraction(0), 0),
        (Fraction(1, 2), 1),
        (Fraction(79, 2), 40),
        (Fraction(81, 2), 41),  # half-even would give 40
        (Fraction(5, 2), 3),  # half-even would give 2
        (Fraction(245, 6), 41),
        (Fraction(100, 3), 33),
        (Fraction(200, 3), 67),
        (Fraction(199, 2), 100),
        (Fraction(100), 100),
    ],
)
def test_round_score_rounds_halves_up(x, expected):
    assert round_score(x) == expected


def test_thirds_stay_exact():
    thirds = dimension("people", 1, single("a", 3), single("b", 3), single("c", 3))
    assert dimension_score(thirds, {"a": "3", "b": "0", "c": "0"}) == Fraction(100, 3)
    assert dimension_score(thirds, {"a": "1", "b": "0", "c": "0"}) == Fraction(100, 9)
    scores = {"finance": Fraction(100), "legal": Fraction(0)}
    assert overall_score(scores, {"finance": 1, "legal": 2}) == Fraction(100, 3)
    assert overall_score(scores, {"finance": 2, "legal": 1}) == Fraction(200, 3)
    # Three thirds add up to exactly 100: no float drift.
    assert overall_score(
        {"a": Fraction(100), "b": Fraction(100), "c": Fraction(100)},
        {"a": 1, "b": 1, "c": 1},
    ) == Fraction(100)


@pytest.mark.parametrize(
    "q,maximum",
    [
        (question("plan", "single", {"none": 0, "partial": 5, "written": 10}), 10),
        (question("priority", "scale", SCALE), 4),
        (question("means", "multiple", MEANS, max_points=None), 10),
        (question("means", "multiple", MEANS, max_points=6), 6),
        (question("means", "multiple", MEANS, max_points=50), 10),
        (question("website", "single", {"no": 0, "yes": 0}), 0),
    ],
)
def test_question_maximum(q, maximum):
    assert question_maximum(q) == maximum


@pytest.mark.parametrize(
    "answer,ratio",
    [
        (["budget"], Fraction(2, 6)),
        (["budget", "staff"], Fraction(5, 6)),
        (["staff", "board"], Fraction(1)),  # 8 points capped at 6
        (["budget", "staff", "board"], Fraction(1)),
    ],
)
def test_multiple_choice_is_capped_by_max_points(answer, ratio):
    means = question("means", "multiple", MEANS, max_points=6)
    assert question_ratio(means, answer) == ratio


def test_exclusive_option_alone_scores_its_own_points():
    means = question("means", "multiple", MEANS, exclusive={"nothing"})
    assert question_ratio(means, ["nothing"]) == 0  # answered: it counts, as zero
    export = question(
        "export",
        "multiple",
        {"agent": 2, "office": 3, "handled": 5},
        exclusive={"handled"},
    )
    assert question_ratio(export, ["handled"]) == Fraction(1, 2)


@pytest.mark.parametrize("answer", [None, []])
def test_multiple_choice_without_option_is_unanswered(answer):
    means = question("means", "multiple", MEANS)
    assert question_ratio(means, answer) is None
    assert dimension_score(dimension("strategy", 1, means), {"means": answer}) is None


@pytest.mark.parametrize("answer", [None, "maybe", ["partial"]])
def test_single_choice_without_known_option_is_unanswered(answer):
    plan = question("plan", "single", {"none": 0, "partial": 5, "written": 10})
    assert question_ratio(plan, answer) is None


def test_unknown_option_ids_are_ignored():
    means = question("means", "multiple", MEANS)
    assert question_ratio(means, ["board", "grants"]) == Fraction(1, 2)
    assert question_ratio(means, ["grants"]) is None


def test_informational_question_is_not_scored_whatever_the_answer():
    website = question("website", "single", {"no": 0, "yes": 0})
    assert question_ratio(website, "yes") is None
    assert question_ratio(website, None) is None


def test_optional_unanswered_question_is_left_out():
    plan = question("plan", "single", {"none": 0, "partial": 5, "written": 10}, 2)
    priority = question("priority", "scale", SCALE, 1, required=False)
    answers = {"plan": "partial"}
    with_optional = dimension_score(dimension("strategy", 1, plan, priority), answers)
    without = dimension_score(dimension("strategy", 1, plan), answers)
    assert with_optional == without == 50
    # Answered, it counts: (2 · 1/2 + 1 · 0) / 3.
    answered = dimension_score(
        dimension("strategy", 1, plan, priority), {**answers, "priority": "1"}
    )
    assert answered == Fraction(100, 3)


def test_one_dimension_questionnaire():
    version = questionnaire(
        dimension("networks", 3, single("chamber", 4, weight=2), single("fairs", 4))
    )
    result = score_assessment(version, {"chamber": "3", "fairs": "2"})
    # 100 · (2 · 3/4 + 1 · 1/2) / 3 = 200/3 = 66.67
    assert result == {
        "scores": {"networks": 67},
        "overall": 67,
        "level": "ready",
        "strengths": ["networks"],
        "priorities": [],
    }


@pytest.mark.parametrize(
    "overall,level",
    [
        (0, "beginner"),
        (39, "beginner"),
        (40, "preparing"),
        (59, "preparing"),
        (60, "ready"),
        (79, "ready"),
        (80, "confirmed"),
        (100, "confirmed"),
        (None, None),
    ],
)
def test_maturity_level_thresholds(overall, level):
    assert maturity_level(overall, LEVELS) == level


def test_priorities_by_weight_times_gap_at_most_three():
    scores = {
        "markets": Fraction(0),  # 1 * 100
        "offer": Fraction(50),  # 3 * 50 = 150
        "finance": Fraction(50),  # 2 * 50 = 100, ties markets, comes after it
        "legal": Fraction(119, 2),  # 1 * 40.5, fourth: left out
        "digital": Fraction(60),  # at "ready": a strength, not a priority
        "people": None,
    }
    weights = {
        "markets": 1,
        "offer": 3,
        "finance": 2,
        "legal": 1,
        "digital": 5,
        "people": 10,  # not assessed: its weight plays no part
    }
    strengths, priorities = strengths_and_priorities(scores, weights, LEVELS)
    assert priorities == ["offer", "markets", "finance"]
    assert strengths == ["digital"]


def test_strengths_best_first_at_most_three():
    scores = {
        "strategy": Fraction(90),
        "markets": Fraction(60),  # qualifies, fourth: left out
        "offer": Fraction(100),
        "finance": Fraction(90),  # ties strategy, comes after it
        "legal": Fraction(1199, 20),  # 59.95 shows as 60 but stays below "ready"
        "digital": None,
    }
    weights = dict.fromkeys(scores, 1)
    strengths, priorities = strengths_and_priorities(scores, weights, LEVELS)
    assert strengths == ["offer", "strategy", "finance"]
    assert priorities == ["legal"]


def test_a_dimension_shown_at_the_threshold_is_a_strength():
    # (100 + 19) / 2 = 59.5: shown as 60, the "ready" threshold.
    version = questionnaire(dimension("offer", 1, single("o1", 1), single("o2", 100)))

    result = score_assessment(version, {"o1": "1", "o2": "19"})

    assert result["scores"] == {"offer": 60}
    assert (result["strengths"], result["priorities"]) == (["offer"], [])
