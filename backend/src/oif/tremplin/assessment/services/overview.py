from oif.tremplin.assessment import store
from oif.tremplin.assessment.report import overview
from oif.tremplin.assessment.services import may_take
from oif.tremplin.assessment.services import require_reader
from plone.restapi.services import Service


class AssessmentGet(Service):
    """GET @tremplin-assessment: the company's level, its submissions in
    short and whether a draft is waiting."""

    def reply(self):
        require_reader(self.context)
        record = store.company_record(self.context)
        return overview(self.context, record, may_take(self.context))
