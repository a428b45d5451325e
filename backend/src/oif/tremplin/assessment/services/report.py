from oif.tremplin import logger
from oif.tremplin.assessment import store
from oif.tremplin.assessment.pdf import PDFUnavailable
from oif.tremplin.assessment.pdf import report_pdf
from oif.tremplin.assessment.report import build_report
from oif.tremplin.assessment.services import language_of
from oif.tremplin.assessment.services import require_reader
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse

import json


@implementer(IPublishTraverse)
class ReportGet(Service):
    """GET @tremplin-assessment-report[/<number>]: the report of one
    submission (the latest without a number)."""

    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

    def render(self):
        """`?format=pdf`: the same report as a PDF download."""
        if self.request.form.get("format") != "pdf":
            return super().render()
        self.check_permission()
        report = self.reply()
        response = self.request.response
        try:
            pdf = report_pdf(report, report["language"])
        except PDFUnavailable as error:
            logger.error("Maturity report PDF unavailable: install %s", error)
            response.setStatus(503)
            response.setHeader("Content-Type", "application/json")
            return json.dumps({"message": "PDF unavailable"})
        filename = f"maturite-{self.context.getId()}-{report['submitted_at'][:10]}.pdf"
        response.setHeader("Content-Type", "application/pdf")
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        response.setHeader("Cache-Control", "private, no-store")
        return pdf

    def reply(self):
        require_reader(self.context)
        record = store.company_record(self.context)
        number = self._number(record)
        submitted = store.submission(record, number) if number else None
        if submitted is None:
            raise NotFound("No such assessment")
        language = language_of(self.request, self.context)
        return build_report(self.context, record, submitted, language)

    def _number(self, record) -> int | None:
        if len(self.params) > 1:
            return None
        if self.params:
            return int(self.params[0]) if self.params[0].isdigit() else None
        if record is None or not len(record.submissions):
            return None
        return record.submissions.maxKey()
