"""REST services of the sessions: renew, logout, keep-alive."""
