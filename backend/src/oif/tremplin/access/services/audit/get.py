from oif.tremplin.access.audit_report import VIEW_AUDIT_LOG
from oif.tremplin.access.audit_report import entries_as_csv
from oif.tremplin.access.audit_report import filtered_entries
from oif.tremplin.access.services import batched
from oif.tremplin.access.services import read_period
from oif.tremplin.core import clock
from oif.tremplin.core.services import require
from plone.restapi.services import Service


class AuditGet(Service):
    """The audit log, newest first; ``?format=csv`` downloads it."""

    def render(self):
        if self.request.form.get("format") != "csv":
            return super().render()
        self.check_permission()
        require(VIEW_AUDIT_LOG, self.context)
        entries = filtered_entries(self.request.form, read_period(self.request))
        filename = f"tremplin-audit-{clock.now():%Y%m%d-%H%M}.csv"
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        return entries_as_csv(entries)

    def reply(self):
        require(VIEW_AUDIT_LOG, self.context)
        entries = filtered_entries(self.request.form, read_period(self.request))
        return batched(self.request, entries, lambda items: items)
