"""Profile verification: the documents a company sends the OIF (spec §6.1.2)."""
