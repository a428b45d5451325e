"""Account security (spec §4.2.1, §6.3): passwords, MFA, CAPTCHA, recovery,
sessions and security headers. Each concern is one sub-package."""
