"""Account security: mfa."""
