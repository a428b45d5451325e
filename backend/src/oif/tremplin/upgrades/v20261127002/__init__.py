"""Close the access-control holes of the Company slice (issue 5)."""
