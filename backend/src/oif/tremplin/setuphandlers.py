from oif.tremplin.companies.structure import ensure_company_folders
from oif.tremplin.core.groups import ensure_role_groups
from oif.tremplin.home import ensure_home_pages
from plone import api
from plone.app.multilingual.browser.setup import SetupMultilingualSite
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Hide the uninstall profile from the site creation form."""
        return ["oif.tremplin:uninstall"]


def post_install(context):
    """Language root folders, then the folders the features need."""
    portal = api.portal.get()
    # plone.app.multilingual (a dependency) ran its setup while the site had one
    # language; now that our registry.xml has set fr + en, create /fr and /en.
    SetupMultilingualSite().setupSite(portal)
    ensure_home_pages(portal)
    ensure_company_folders(portal)
    ensure_role_groups()
