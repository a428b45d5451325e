"""The answer to a refused session: 401 and a JSON body, for every client."""

from oif.tremplin.security.sessions.hook import error_body
from plone.rest.interfaces import ICORSPolicy
from zope.component import queryMultiAdapter

import json


class SessionRefusedView:
    def __init__(self, context, request):
        self.context = context
        self.request = request
        self.__parent__ = None

    def __call__(self):
        request = self.request
        response = request.response
        policy = queryMultiAdapter((self.__parent__, request), ICORSPolicy)
        if policy is not None:
            policy.process_simple_request()
        response.setHeader("Content-Type", "application/json")
        response.setStatus(401, lock=1)
        response.setBody(json.dumps(error_body(self.context, request)), lock=1)
        # Like plone.rest: PAS must not turn the 401 into a login redirect.
        response._has_challenged = True
        return ""
