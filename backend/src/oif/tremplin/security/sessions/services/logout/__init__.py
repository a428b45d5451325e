"""One REST endpoint of the sessions."""
