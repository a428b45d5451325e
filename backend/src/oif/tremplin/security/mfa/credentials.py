"""A login and password in a JSON body are credentials on ``@login`` only.

plone.restapi's JWT plugin reads ``{"login", "password"}`` from the JSON
body of *any* request and authenticates it: every endpoint would answer
whether a password is right, outside ``@login`` and so outside the login
guard (no failure counted, no CAPTCHA, no lockout). The patched extractor
keeps the stock behaviour for ``@login`` and for Bearer tokens, and ignores
body credentials elsewhere (the request is then simply anonymous).
"""

LOGIN_SERVICE = "@login"


def is_login_request(request) -> bool:
    path = (request.get("PATH_INFO") or "").rstrip("/")
    return path.rsplit("/", 1)[-1] == LOGIN_SERVICE


def extract_credentials(self, request):
    """``JWTAuthenticationPlugin.extractCredentials``, with body credentials
    accepted on ``@login`` only."""
    credentials = self._old_extractCredentials(request)
    if not credentials:
        # Plain links to the API (the audit CSV) carry Volto's auth_token
        # cookie only; reads may use it, the sessions hook ties it to a session.
        if request.get("REQUEST_METHOD", "GET").upper() in ("GET", "HEAD"):
            token = request.cookies.get("auth_token")
            return {"token": token} if token else None
        return None
    if "token" in credentials or is_login_request(request):
        return credentials
    auth = request._auth or ""
    if auth[:7].lower() == "bearer ":
        return {"token": auth.split()[-1]}
    return None
