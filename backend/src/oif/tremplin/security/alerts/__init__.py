"""Account security: alerts."""
