"""REST services of the password reset (``@tremplin-password-reset*``)."""
