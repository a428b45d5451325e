"""Account security: captcha."""
