"""Account security: abuse."""
