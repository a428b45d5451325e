"""Account security: passwords."""
