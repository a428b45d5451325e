from oif.tremplin.assessment.drafts import submit_draft
from oif.tremplin.assessment.services import TAKE
from oif.tremplin.assessment.services import language_of
from oif.tremplin.assessment.services import raise_if_errors
from oif.tremplin.core.services import read_json_object
from oif.tremplin.core.services import require
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


class SubmissionsPost(Service):
    """POST @tremplin-assessment-submissions: submit the reviewed draft
    ({revision, questionnaire_version}); 201 with its report's address."""

    def reply(self):
        require(TAKE, self.context)
        data = read_json_object(self.request)
        outcome = submit_draft(
            self.context, data, language_of(self.request, self.context)
        )
        raise_if_errors(outcome)
        alsoProvides(self.request, IDisableCSRFProtection)
        submitted = outcome["submission"]
        report = (
            f"{self.context.absolute_url()}/@tremplin-assessment-report/"
            f"{submitted['id']}"
        )
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", report)
        return {
            "@id": report,
            "id": submitted["id"],
            "overall": submitted["overall"],
            "level": submitted["level"],
        }
