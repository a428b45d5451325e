"""Account security: headers."""
