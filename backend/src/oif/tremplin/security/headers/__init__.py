"""Account security: HTTP security headers on every backend response."""
