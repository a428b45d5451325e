"""Checks of a questionnaire document (one version, see
docs/developer/assessment-scoring.md) before administrators may save or
publish it. Pure: a document in, `{path: message}` out, empty when valid.

Paths name the faulty control with list indexes, as the editor lays them
out: `dimensions.0.questions.1.options.2.points`.
"""

from oif.tremplin import _

import re


LANGUAGES = ("fr", "en")
LEVEL_IDS = ("beginner", "preparing", "ready", "confirmed")
QUESTION_TYPES = ("single", "multiple", "scale")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")
MAX_POINTS = 100
MAX_WEIGHT = 10
SCALE_STEPS = (3, 11)


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _Checker:
    """Collects the errors of one document, the first per path."""

    def __init__(self):
        self.errors = {}

    def add(self, path: str, message):
        self.errors.setdefault(path, message)

    def texts(self, item: dict, key: str, path: str, required: bool = True):
        value = item.get(key)
        if value is None and not required:
            return
        if not isinstance(value, dict):
            self.add(
                f"{path}.{key}",
                _("assessment_text_missing", default="Write it in French and English."),
            )
            return
        for language in LANGUAGES:
            text = value.get(language)
            if not isinstance(text, str) or (required and not text.strip()):
                self.add(
                    f"{path}.{key}.{language}",
                    _(
                        "assessment_text_empty",
                        default="Write this text in ${language}.",
                        mapping={"language": language.upper()},
                    ),
                )

    def identifier(self, item: dict, path: str, seen: set):
        value = item.get("id")
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.add(
                f"{path}.id",
                _(
                    "assessment_id_invalid",
                    default="Use 1 to 41 lowercase letters, digits or hyphens, "
                    "starting with a letter or a digit.",
                ),
            )
        elif value in seen:
            self.add(
                f"{path}.id",
                _(
                    "assessment_id_duplicate",
                    default="“${id}” is used twice.",
                    mapping={"id": value},
                ),
            )
        else:
            seen.add(value)

    def bounded(self, item: dict, key: str, path: str, low: int, high: int):
        value = item.get(key)
        if not _is_int(value) or not low <= value <= high:
            self.add(
                f"{path}.{key}",
                _(
                    "assessment_number_range",
                    default="Enter a whole number from ${low} to ${high}.",
                    mapping={"low": low, "high": high},
                ),
            )


def _check_levels(checker: _Checker, levels) -> None:
    ids = [level.get("id") for level in levels or [] if isinstance(level, dict)]
    if not isinstance(levels, list) or tuple(ids) != LEVEL_IDS:
        checker.add(
            "levels",
            _(
                "assessment_levels_fixed",
                default="The four levels are beginner, preparing, ready and "
                "confirmed, in that order.",
            ),
        )
        return
    previous = None
    for index, level in enumerate(levels):
        path = f"levels.{index}"
        checker.texts(level, "title", path)
        minimum = level.get("min")
        if index == 0 and minimum != 0:
            checker.add(
                f"{path}.min",
                _("assessment_level_first", default="The first level starts at 0."),
            )
        elif (
            not _is_int(minimum)
            or minimum > MAX_POINTS
            or (previous is not None and minimum <= previous)
        ):
            checker.add(
                f"{path}.min",
                _(
                    "assessment_level_order",
                    default="Each level starts above the previous one, at 100 at most.",
                ),
            )
        previous = minimum if _is_int(minimum) else previous


def _check_options(checker: _Checker, question: dict, path: str) -> int:
    """Check the options of a question; return the best points it can give."""
    options = question.get("options")
    kind = question.get("type")
    low, high = SCALE_STEPS if kind == "scale" else (2, 20)
    if not isinstance(options, list) or not low <= len(options) <= high:
        checker.add(
            f"{path}.options",
            _(
                "assessment_options_count",
                default="Give ${low} to ${high} answers.",
                mapping={"low": low, "high": high},
            ),
        )
        return 0
    seen = set()
    best = 0
    for index, option in enumerate(options):
        option_path = f"{path}.options.{index}"
        if not isinstance(option, dict):
            checker.add(option_path, _("assessment_malformed", default="Malformed."))
            continue
        checker.identifier(option, option_path, seen)
        checker.texts(option, "label", option_path)
        checker.bounded(option, "points", option_path, 0, MAX_POINTS)
        if option.get("exclusive") and kind != "multiple":
            checker.add(
                f"{option_path}.exclusive",
                _(
                    "assessment_exclusive_multiple",
                    default="Only an answer of a multiple-choice question can "
                    "exclude the others.",
                ),
            )
        points = option.get("points")
        best = max(best, points if _is_int(points) else 0)
    return best


def _check_question(checker: _Checker, question, path: str, seen: set) -> int:
    if not isinstance(question, dict):
        checker.add(path, _("assessment_malformed", default="Malformed."))
        return 0
    checker.identifier(question, path, seen)
    checker.texts(question, "text", path)
    checker.texts(question, "help", path, required=False)
    if question.get("type") not in QUESTION_TYPES:
        checker.add(
            f"{path}.type",
            _(
                "assessment_question_type",
                default="Choose single choice, multiple choice or scale.",
            ),
        )
    checker.bounded(question, "weight", path, 1, MAX_WEIGHT)
    if not isinstance(question.get("required", False), bool):
        checker.add(
            f"{path}.required",
            _("assessment_yes_no", default="Answer yes or no."),
        )
    cap = question.get("max_points")
    if cap is not None and question.get("type") == "multiple":
        checker.bounded(question, "max_points", path, 1, 20 * MAX_POINTS)
    return _check_options(checker, question, path)


def validate_questionnaire(document) -> dict:
    """The errors of a questionnaire document: `{path: message}`."""
    checker = _Checker()
    if not isinstance(document, dict):
        checker.add("document", _("assessment_malformed", default="Malformed."))
        return checker.errors
    checker.texts(document, "title", "")
    _check_levels(checker, document.get("levels"))
    dimensions = document.get("dimensions")
    if not isinstance(dimensions, list) or not dimensions:
        checker.add(
            "dimensions",
            _("assessment_dimensions_missing", default="Add at least one dimension."),
        )
        return {path.lstrip("."): message for path, message in checker.errors.items()}
    dimension_ids = set()
    question_ids = set()
    scored = False
    for index, dimension in enumerate(dimensions):
        path = f"dimensions.{index}"
        if not isinstance(dimension, dict):
            checker.add(path, _("assessment_malformed", default="Malformed."))
            continue
        checker.identifier(dimension, path, dimension_ids)
        checker.texts(dimension, "title", path)
        checker.texts(dimension, "description", path, required=False)
        checker.bounded(dimension, "weight", path, 1, MAX_WEIGHT)
        questions = dimension.get("questions")
        if not isinstance(questions, list) or not questions:
            checker.add(
                f"{path}.questions",
                _("assessment_questions_missing", default="Add at least one question."),
            )
            continue
        for number, question in enumerate(questions):
            best = _check_question(
                checker, question, f"{path}.questions.{number}", question_ids
            )
            scored = scored or best > 0
    if not scored:
        checker.add(
            "dimensions",
            _(
                "assessment_nothing_scored",
                default="At least one answer must give points.",
            ),
        )
    return {path.lstrip("."): message for path, message in checker.errors.items()}


def questions_of(document: dict) -> dict:
    """`{question id: question}` of a valid document, in questionnaire order."""
    return {
        question["id"]: question
        for dimension in document["dimensions"]
        for question in dimension["questions"]
    }


def localised(text: dict, language: str) -> str:
    """The text in `language`, French when it has none."""
    return text.get(language) or text.get("fr", "")
