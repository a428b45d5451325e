from oif.tremplin.access.audit_report import VIEW_AUDIT_LOG
from oif.tremplin.access.audit_report import privileges_report
from oif.tremplin.access.services import read_period
from oif.tremplin.core.services import require
from plone.restapi.services import Service


class AuditPrivilegesGet(Service):
    """Use of elevated privileges over a period, per actor."""

    def reply(self):
        require(VIEW_AUDIT_LOG, self.context)
        period = read_period(self.request)
        return {
            "@id": f"{self.context.absolute_url()}/@tremplin-audit-privileges",
            "start": period["start"] and period["start"].isoformat(),
            "end": period["end"] and period["end"].isoformat(),
            "items": privileges_report(period),
        }
