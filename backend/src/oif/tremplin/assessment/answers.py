"""A company's answers to one version of the questionnaire: their checks
(`{"answers.<question id>": message}`, the question named in the reader's
language) and how a draft follows a newer version. Pure: no Plone import but
the message factory.

An answer is an option id (single choice, scale), a list of option ids
(multiple choice), or None / an empty list when the question is unanswered.
"""

from oif.tremplin import _
from oif.tremplin.assessment.questionnaire import localised
from oif.tremplin.assessment.questionnaire import questions_of


def is_answered(answer) -> bool:
    return answer not in (None, "", [])


def _shape_error(question: dict, answer, language: str):
    """The message for an answer of the wrong shape or option, or None."""
    name = localised(question["text"], language)
    options = {option["id"]: option for option in question["options"]}
    if question["type"] == "multiple":
        if not isinstance(answer, list) or not all(isinstance(a, str) for a in answer):
            return _(
                "assessment_answer_several",
                default="“${question}”: choose one or more answers.",
                mapping={"question": name},
            )
        chosen = answer
        if len(set(chosen)) != len(chosen):
            return _(
                "assessment_answer_twice",
                default="“${question}”: an answer is chosen twice.",
                mapping={"question": name},
            )
    else:
        if not isinstance(answer, str):
            return _(
                "assessment_answer_one",
                default="“${question}”: choose one answer.",
                mapping={"question": name},
            )
        chosen = [answer]
    for option_id in chosen:
        if option_id not in options:
            return _(
                "assessment_answer_unknown",
                default="“${question}”: “${answer}” is not one of the proposed "
                "answers.",
                mapping={"question": name, "answer": option_id[:40]},
            )
    exclusive = [o for o in chosen if options[o].get("exclusive")]
    if exclusive and len(chosen) > 1:
        return _(
            "assessment_answer_exclusive",
            default="“${question}”: “${answer}” cannot be combined with other answers.",
            mapping={
                "question": name,
                "answer": localised(options[exclusive[0]]["label"], language),
            },
        )
    return None


def validate_answers(
    version: dict, answers, language: str, complete: bool = False
) -> dict:
    """The errors of `answers` to `version`; with `complete`, an unanswered
    required question is one too (at submission)."""
    if not isinstance(answers, dict):
        return {
            "answers": _(
                "assessment_answers_malformed",
                default="Send the answers as an object: question → answer.",
            )
        }
    questions = questions_of(version)
    errors = {}
    for question_id, answer in answers.items():
        path = f"answers.{str(question_id)[:60]}"
        question = questions.get(question_id)
        if question is None:
            errors[path] = _(
                "assessment_answer_not_in_version",
                default="This question is not in version ${version} of the "
                "questionnaire.",
                mapping={"version": version.get("version")},
            )
        elif is_answered(answer):
            error = _shape_error(question, answer, language)
            if error is not None:
                errors[path] = error
    if complete:
        for question_id in missing_required(version, answers):
            errors.setdefault(
                f"answers.{question_id}",
                _(
                    "assessment_answer_required",
                    default="“${question}”: choose an answer.",
                    mapping={
                        "question": localised(questions[question_id]["text"], language)
                    },
                ),
            )
    return errors


def missing_required(version: dict, answers: dict) -> list[str]:
    """Required questions without an answer, in questionnaire order."""
    return [
        question_id
        for question_id, question in questions_of(version).items()
        if question.get("required") and not is_answered(answers.get(question_id))
    ]


def carry_over(old: dict, new: dict, answers: dict) -> tuple[dict, list[str]]:
    """The answers to `old` that still fit `new`, and the ids of the answered
    questions dropped: gone, of another type, or no longer offering the
    answer chosen. Points and texts may change: the answer keeps its
    meaning."""
    old_questions = questions_of(old)
    new_questions = questions_of(new)
    kept, dropped = {}, []
    for question_id, answer in answers.items():
        if not is_answered(answer):
            continue
        before = old_questions.get(question_id)
        after = new_questions.get(question_id)
        chosen = answer if isinstance(answer, list) else [answer]
        if (
            before is not None
            and after is not None
            and before["type"] == after["type"]
            and set(chosen) <= {o["id"] for o in after["options"]}
        ):
            kept[question_id] = answer
        else:
            dropped.append(question_id)
    return kept, dropped
