"""One sub-package per profile version bump (vYYYYMMDDNNN)."""
