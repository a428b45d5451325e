"""Where questionnaires and companies' assessments are kept: BTrees in the
site's annotations, behind the functions below (DESIGN.md: records that are
not pages). Nothing else reads or writes them.

- A questionnaire is a series of **frozen versions** (JSON text, never
  changed once published) and one working copy that administrators edit.
  An assessment keeps the number of the version it answered (ET20).
- A company's record is keyed by its **translation group**: /fr and /en of
  a company share one assessment. It holds the draft (replaced whole on
  each save) and the submissions (frozen JSON text).
"""

from BTrees.IOBTree import IOBTree
from BTrees.OOBTree import OOBTree
from oif.tremplin.core import clock
from pathlib import Path
from persistent import Persistent
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from zope.annotation.interfaces import IAnnotations

import json


STORE_KEY = "oif.tremplin.assessment"
MATURITY = "maturity"
DEFAULTS = Path(__file__).parent / "defaults"


def _frozen(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


class QuestionnaireHistory(Persistent):
    """The published versions of one questionnaire and its working copy."""

    def __init__(self, working_copy: dict):
        self.versions = IOBTree()
        self.working_copy = _frozen(working_copy)
        self.working_revision = 1

    @property
    def current(self) -> int:
        return self.versions.maxKey() if len(self.versions) else 0


class RuleBook(Persistent):
    """The recommendation rules, replaced whole when edited."""

    def __init__(self, rules: list[dict]):
        self.text = _frozen(rules)
        self.revision = 1


class CompanyAssessments(Persistent):
    """One company's draft and submitted assessments."""

    draft = None
    shared_with_oif = False
    level_in_directory = False

    def __init__(self):
        self.submissions = IOBTree()


def _store(create: bool = False) -> OOBTree | None:
    annotations = IAnnotations(api.portal.get())
    if STORE_KEY not in annotations and create:
        store = OOBTree()
        store["questionnaires"] = OOBTree()
        store["companies"] = OOBTree()
        annotations[STORE_KEY] = store
    return annotations.get(STORE_KEY)


def ensure_store() -> None:
    """Create the store with version 1 of the seed questionnaire and the seed
    recommendation rules; running again changes nothing."""
    store = _store(create=True)
    if "rules" not in store:
        seed = json.loads((DEFAULTS / "rules.json").read_text(encoding="utf-8"))
        store["rules"] = RuleBook(seed["rules"])
    if MATURITY not in store["questionnaires"]:
        seed = json.loads((DEFAULTS / "maturity.json").read_text(encoding="utf-8"))
        store["questionnaires"][MATURITY] = QuestionnaireHistory(seed)
        publish(MATURITY, actor="oif.tremplin")


def history(questionnaire_id: str = MATURITY) -> QuestionnaireHistory:
    return _store()["questionnaires"][questionnaire_id]


def published_version(number: int, questionnaire_id: str = MATURITY) -> dict | None:
    """Version `number` as it was published, or None."""
    text = history(questionnaire_id).versions.get(number)
    return json.loads(text) if text is not None else None


def current_version(questionnaire_id: str = MATURITY) -> dict:
    questionnaire = history(questionnaire_id)
    return published_version(questionnaire.current, questionnaire_id)


def publish(questionnaire_id: str = MATURITY, actor: str = "") -> int:
    """Freeze the working copy as the next version; return its number."""
    questionnaire = history(questionnaire_id)
    number = questionnaire.current + 1
    document = json.loads(questionnaire.working_copy)
    document.update(
        id=questionnaire_id,
        version=number,
        published_at=clock.now().isoformat(timespec="seconds"),
        published_by=actor,
    )
    questionnaire.versions[number] = _frozen(document)
    return number


def rules() -> list[dict]:
    """The recommendation rules in force."""
    return json.loads(_store()["rules"].text)


def company_key(company) -> str:
    """The translation group: the same for every language of a company."""
    return ITranslationManager(company).tg


def company_record(company, create: bool = False) -> CompanyAssessments | None:
    companies = _store()["companies"]
    key = company_key(company)
    if key not in companies and create:
        companies[key] = CompanyAssessments()
    return companies.get(key)


def submissions(record: CompanyAssessments) -> list[dict]:
    """Every submission of a company, oldest first."""
    return [json.loads(text) for text in record.submissions.values()]


def submission(record: CompanyAssessments, number: int) -> dict | None:
    text = record.submissions.get(number)
    return json.loads(text) if text is not None else None


def add_submission(record: CompanyAssessments, submitted: dict) -> dict:
    """Freeze `submitted` as the company's next submission, drop its draft."""
    number = (record.submissions.maxKey() + 1) if len(record.submissions) else 1
    submitted = {**submitted, "id": number}
    record.submissions[number] = _frozen(submitted)
    record.draft = None
    return submitted
