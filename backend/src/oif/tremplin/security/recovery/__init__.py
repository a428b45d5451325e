"""Account security: recovery."""
