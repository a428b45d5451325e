"""Scores of a self-assessment, computed exactly (plan of issue 9, section 3).

A question scores the points of its answer over its maximum: the chosen option
(single choice, scale) or the chosen options added up and capped by
`max_points` (multiple choice). A dimension scores 100 · Σ(w · ratio) / Σ w over
its scored questions, the overall score Σ(W · score) / Σ W over the scored
dimensions. An unanswered question, or one whose maximum is 0, is left out of
both sums; a dimension without a scored question is not assessed (None). Every
value stays a Fraction until `round_score` rounds it half up, and the level is
read from the rounded overall, the figure the reader sees. Pure: stdlib only.
"""

from fractions import Fraction

import math


READY = "ready"  # strengths reach this level's threshold, priorities fall below it
MAX_LISTED = 3


def _answered_points(question: dict, answer) -> int | None:
    """Points of the chosen options; None when no option of the question is chosen."""
    options = question.get("options", [])
    if question["type"] == "multiple":
        # Answers are validated elsewhere: unknown ids and other shapes choose nothing.
        chosen = answer if isinstance(answer, list | tuple) else ()
        points = [option["points"] for option in options if option["id"] in chosen]
    else:
        points = [option["points"] for option in options if option["id"] == answer]
    return sum(points) if points else None


def question_maximum(question: dict) -> Fraction:
    """The points the best answer to the question earns."""
    points = [option["points"] for option in question.get("options", [])]
    if question["type"] != "multiple":
        return Fraction(max(points, default=0))
    total = sum(p for p in points if p > 0)
    cap = question.get("max_points")
    return Fraction(total if cap is None else min(cap, total))


def question_ratio(question: dict, answer) -> Fraction | None:
    """Share of the maximum the answer earns; None when informational or unanswered."""
    maximum = question_maximum(question)
    points = _answered_points(question, answer)
    if maximum == 0 or points is None:
        return None
    return min(Fraction(points), maximum) / maximum


def dimension_score(dimension: dict, answers: dict) -> Fraction | None:
    """100 · Σ(w · ratio) / Σ w over the scored questions; None when none is scored."""
    scored = [
        (question["weight"], ratio)
        for question in dimension["questions"]
        if (ratio := question_ratio(question, answers.get(question["id"]))) is not None
    ]
    if not scored:
        return None
    return 100 * Fraction(sum(w * r for w, r in scored), sum(w for w, _ in scored))


def overall_score(
    dimension_scores: dict[str, Fraction | None], weights: dict[str, int]
) -> Fraction | None:
    """Σ(W · score) / Σ W over the scored dimensions; None when none is scored."""
    scored = [(weights[d], s) for d, s in dimension_scores.items() if s is not None]
    if not scored:
        return None
    return Fraction(sum(w * s for w, s in scored), sum(w for w, _ in scored))


def round_score(x: Fraction) -> int:
    """The nearest integer, halves rounded up (39.5 → 40)."""
    return math.floor(x + Fraction(1, 2))


def maturity_level(overall: int | None, levels: list[dict]) -> str | None:
    """Id of the last level whose `min` the overall score reaches; None without one."""
    if overall is None:
        return None
    reached = [level["id"] for level in levels if level["min"] <= overall]
    return reached[-1] if reached else None


def strengths_and_priorities(
    scores: dict[str, Fraction | None], weights: dict[str, int], levels: list[dict]
) -> tuple[list[str], list[str]]:
    """Best dimensions at or above "ready", and those below it with most to gain."""
    ready = {level["id"]: level["min"] for level in levels}[READY]
    scored = [(d, s) for d, s in scores.items() if s is not None]
    # sorted() is stable: equal keys keep the questionnaire order.
    strengths = sorted((i for i in scored if i[1] >= ready), key=lambda i: -i[1])
    priorities = sorted(
        (i for i in scored if i[1] < ready),
        key=lambda i: -weights[i[0]] * (100 - i[1]),
    )
    return (
        [d for d, _ in strengths[:MAX_LISTED]],
        [d for d, _ in priorities[:MAX_LISTED]],
    )


def _rounded(x: Fraction | None) -> int | None:
    return None if x is None else round_score(x)


def score_assessment(version: dict, answers: dict) -> dict:
    """Rounded scores, overall and level, with strengths and priorities, of answers."""
    dimensions = version["dimensions"]
    exact = {d["id"]: dimension_score(d, answers) for d in dimensions}
    weights = {d["id"]: d["weight"] for d in dimensions}
    overall = _rounded(overall_score(exact, weights))
    scores = {d: _rounded(s) for d, s in exact.items()}
    # Strengths and priorities read the scores the report shows, like the
    # level: a dimension shown at 60 is "ready", whatever its decimals.
    shown = {d: None if s is None else Fraction(s) for d, s in scores.items()}
    strengths, priorities = strengths_and_priorities(shown, weights, version["levels"])
    return {
        "scores": scores,
        "overall": overall,
        "level": maturity_level(overall, version["levels"]),
        "strengths": strengths,
        "priorities": priorities,
    }
