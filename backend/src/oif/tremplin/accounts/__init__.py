"""Accounts: self-registration with e-mail confirmation (spec §4.1.1, §6.1.1)."""
