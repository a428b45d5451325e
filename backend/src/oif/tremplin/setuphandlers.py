from oif.tremplin.assessment.store import ensure_store
from oif.tremplin.companies.structure import ensure_company_folders
from oif.tremplin.core.groups import ensure_role_groups
from oif.tremplin.directory.pages import ensure_directory_pages
from oif.tremplin.experts.structure import ensure_expert_folders
from oif.tremplin.pages import ensure_home_pages
from oif.tremplin.pages import ensure_service_pages
from oif.tremplin.security.setup import install_security
from plone import api
from plone.app.multilingual.browser.setup import SetupMultilingualSite
from plone.base.interfaces import ILanguage
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
    # Volto takes the language of pages outside /fr and /en (login, search…)
    # from the site root: French first.
    ILanguage(portal).set_language(api.portal.get_default_language())
    ensure_home_pages(portal)
    ensure_service_pages(portal)
    ensure_company_folders(portal)
    ensure_expert_folders(portal)
    ensure_directory_pages(portal)
    ensure_role_groups()
    install_security(portal)
    ensure_store()
