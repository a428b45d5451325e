"""Account security: server-side sessions behind the JWT (spec §6.3).

``issue_token`` opens a session and returns its token; ``end_session`` and
``end_all_sessions`` close them. A publication hook refuses tokens whose
session is unknown, idle or too old (see ``hook``).
"""

from oif.tremplin.security.sessions.tokens import end_all_sessions
from oif.tremplin.security.sessions.tokens import end_session
from oif.tremplin.security.sessions.tokens import issue_token


__all__ = ["end_all_sessions", "end_session", "issue_token"]
