"""Roles, contextual access and the audit services (spec §6.2.3 to §6.2.5)."""
