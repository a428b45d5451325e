from oif.tremplin.assessment import store
from oif.tremplin.assessment.drafts import draft_state
from oif.tremplin.assessment.drafts import save_draft
from oif.tremplin.assessment.questionnaire import localised
from oif.tremplin.assessment.services import TAKE
from oif.tremplin.assessment.services import language_of
from oif.tremplin.assessment.services import raise_if_errors
from oif.tremplin.core.services import read_json_object
from oif.tremplin.core.services import require
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.interface import alsoProvides


def localised_version(version: dict, language: str) -> dict:
    """The questionnaire as the form shows it: texts in one language."""

    def options(question):
        return [
            {
                "id": option["id"],
                "label": localised(option["label"], language),
                "exclusive": bool(option.get("exclusive")),
            }
            for option in question["options"]
        ]

    return {
        "version": version["version"],
        "title": localised(version["title"], language),
        "dimensions": [
            {
                "id": dimension["id"],
                "title": localised(dimension["title"], language),
                "description": localised(dimension.get("description") or {}, language),
                "questions": [
                    {
                        "id": question["id"],
                        "type": question["type"],
                        "required": bool(question.get("required")),
                        "text": localised(question["text"], language),
                        "help": localised(question.get("help") or {}, language),
                        "options": options(question),
                    }
                    for question in dimension["questions"]
                ],
            }
            for dimension in version["dimensions"]
        ],
    }


def serialize(company, draft: dict | None, language: str) -> dict:
    return {
        "@id": f"{company.absolute_url()}/@tremplin-assessment-draft",
        "draft": draft,
        "questionnaire": localised_version(store.current_version(), language),
    }


class DraftGet(Service):
    """GET @tremplin-assessment-draft: the answers saved so far (null when
    none) and the questionnaire they answer, in the reader's language."""

    def reply(self):
        require(TAKE, self.context)
        language = language_of(self.request, self.context)
        return serialize(self.context, draft_state(self.context), language)


class DraftPatch(Service):
    """PATCH @tremplin-assessment-draft: save the answers of a step
    ({revision, questionnaire_version, current_step, answers})."""

    def reply(self):
        require(TAKE, self.context)
        data = read_json_object(self.request)
        language = language_of(self.request, self.context)
        outcome = save_draft(self.context, data, language)
        raise_if_errors(outcome)
        alsoProvides(self.request, IDisableCSRFProtection)
        return serialize(self.context, outcome["draft"], language)


class DraftDelete(Service):
    """DELETE @tremplin-assessment-draft: start again from scratch."""

    def reply(self):
        require(TAKE, self.context)
        record = store.company_record(self.context)
        if record is None or record.draft is None:
            raise NotFound("No draft")
        alsoProvides(self.request, IDisableCSRFProtection)
        record.draft = None
        self.request.response.setStatus(204)
