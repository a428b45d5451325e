"""Changing a field one may not write is an error, not a silent no-op."""

from oif.tremplin import _
from oif.tremplin.core.errors import field_errors
from plone import api
from plone.autoform.interfaces import WRITE_PERMISSIONS_KEY
from plone.dexterity.utils import iterSchemata
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.interfaces import IFieldDeserializer
from plone.supermodel.utils import mergedTaggedValueDict
from z3c.form.interfaces import IDataManager
from zope.component import queryMultiAdapter
from zope.schema import getFields
from zope.schema.interfaces import ValidationError


PROTECTED_FIELD = _(
    "error_protected_field",
    default="Only the OIF team can change this field; ask a moderator.",
)


class ProtectedFieldsDeserializer(DeserializeFromJson):
    """plone.restapi skips a field whose write permission the user lacks and
    still answers 204: the owner of a profile would believe her change was
    saved. Here such a change is refused with a 400 naming the field, and
    nothing is written. Sending the current value back is not a change."""

    def get_schema_data(self, data, validate_all, create=False):
        refused = dict.fromkeys(self.protected_changes_in(data), PROTECTED_FIELD)
        if self.changes_layout(data):
            refused["layout"] = PROTECTED_FIELD
        if refused:
            raise field_errors(refused)
        return super().get_schema_data(data, validate_all, create)

    def protected_changes_in(self, data) -> list[str]:
        names = []
        for schema in iterSchemata(self.context):
            permissions = mergedTaggedValueDict(schema, WRITE_PERMISSIONS_KEY)
            for name, field in getFields(schema).items():
                if name not in data or self.check_permission(permissions.get(name)):
                    continue
                if self.would_change(field, data[name]):
                    names.append(name)
        return names

    def changes_layout(self, data) -> bool:
        """plone.restapi sets `layout` without asking for Modify view
        template, and Volto renders a page by its layout first."""
        if "layout" not in data or data["layout"] == self.context.getLayout():
            return False
        return not api.user.has_permission("Modify view template", obj=self.context)

    def would_change(self, field, value) -> bool:
        current = queryMultiAdapter((self.context, field), IDataManager).get()
        deserializer = queryMultiAdapter(
            (field, self.context, self.request), IFieldDeserializer
        )
        if value is None:
            return current != field.missing_value
        try:
            return deserializer(value) != current
        except (ValueError, ValidationError):
            return True
