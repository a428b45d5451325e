"""Account security: sessions."""
