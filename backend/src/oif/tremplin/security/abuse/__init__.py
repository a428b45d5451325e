"""Account security: abuse (the login guard: failure counters and lockouts)."""
