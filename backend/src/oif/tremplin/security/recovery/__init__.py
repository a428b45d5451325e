"""Account security: password reset by a code sent by e-mail (spec §6.3.5)."""
