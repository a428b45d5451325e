"""@navigation with the Home tab in the reader's language.

plone.restapi 10.0.4 means to translate the tabs that come from portal
actions but tests the wrong dict, so /fr shows "Home". Re-registered on our
layer for the service and for `?expand=navigation`.
"""

from plone.restapi.services import Service
from plone.restapi.services.navigation.get import Navigation
from zope.i18n import translate


ACTION_TABS = {"index_html"}  # tabs from portal_actions; the others are content titles


class TranslatedTabsNavigation(Navigation):
    @property
    def portal_tabs(self):
        return [
            {
                **tab,
                "name": translate(tab["name"], domain="plone", context=self.request),
            }
            if tab["id"] in ACTION_TABS
            else tab
            for tab in super().portal_tabs
        ]


class NavigationGet(Service):
    def reply(self):
        navigation = TranslatedTabsNavigation(self.context, self.request)
        return navigation(expand=True)["navigation"]
