"""The "Account security" control panel (group Security): the settings of
``ISecuritySettings``, for Volto's generic control-panel form
(``@controlpanels/tremplin-security``) and as a classic form.

plone.restapi's ``@controlpanels`` services only ask for "Plone Site Setup:
Overview"; reading or changing this panel asks for "Plone Site Setup: Security", like
its configlet.
"""

from AccessControl import getSecurityManager
from oif.tremplin import _
from oif.tremplin.core.interfaces import ITremplinLayer
from oif.tremplin.security.settings import ISecuritySettings
from oif.tremplin.security.settings import REGISTRY_PREFIX
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.restapi.controlpanels.interfaces import IControlpanel
from plone.restapi.deserializer.controlpanels import ControlpanelDeserializeFromJson
from plone.restapi.interfaces import IDeserializeFromJson
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.controlpanels import ControlpanelSerializeToJson
from zExceptions import Unauthorized
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


# Plone's own security panel: Manager and Site Administrator.
SETUP_SECURITY = "Plone Site Setup: Security"


CONFIGLET_ID = "tremplin-security"


class ISecurityControlpanel(IControlpanel):
    """Marker of the Tremplin security panel."""


@implementer(ISecurityControlpanel)
@adapter(Interface, ITremplinLayer)
class SecurityControlpanel(RegistryConfigletPanel):
    schema = ISecuritySettings
    schema_prefix = REGISTRY_PREFIX
    configlet_id = CONFIGLET_ID
    configlet_category_id = "plone-security"
    title = _("title_security_controlpanel", default="Account security")
    group = ""


def _check_setup_security(panel) -> None:
    if not getSecurityManager().checkPermission(SETUP_SECURITY, panel.context):
        raise Unauthorized("Plone Site Setup: Security is needed for this panel")


@implementer(ISerializeToJson)
@adapter(ISecurityControlpanel)
class SecurityControlpanelSerializer(ControlpanelSerializeToJson):
    def __call__(self):
        _check_setup_security(self.controlpanel)
        return super().__call__()


@implementer(IDeserializeFromJson)
@adapter(ISecurityControlpanel)
class SecurityControlpanelDeserializer(ControlpanelDeserializeFromJson):
    def __call__(self, mask_validation_errors=True):
        _check_setup_security(self.controlpanel)
        return super().__call__(mask_validation_errors=mask_validation_errors)


class SecurityEditForm(RegistryEditForm):
    schema = ISecuritySettings
    schema_prefix = REGISTRY_PREFIX
    label = _("title_security_controlpanel", default="Account security")


class SecurityControlpanelView(ControlPanelFormWrapper):
    form = SecurityEditForm
