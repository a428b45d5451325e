"""The footer's links are site_actions, in the reader's language."""

import pytest


@pytest.mark.parametrize(
    "path,language,expected",
    [
        (
            "/fr/entreprises",
            "fr",
            [
                ("legal-notice", "Mentions légales", "/fr/mentions-legales"),
                ("accessibility", "Accessibilité", "/fr/accessibilite"),
                ("contact", "Contact", "/fr/contact-form"),
            ],
        ),
        (
            "/en",
            "en",
            [
                ("legal-notice", "Legal notice", "/en/legal-notice"),
                ("accessibility", "Accessibility", "/en/accessibility"),
                ("contact", "Contact", "/en/contact-form"),
            ],
        ),
        (
            "",  # the site root (login, search) reads French
            "fr",
            [
                ("legal-notice", "Mentions légales", "/fr/mentions-legales"),
                ("accessibility", "Accessibilité", "/fr/accessibilite"),
                ("contact", "Contact", "/fr/contact-form"),
            ],
        ),
    ],
)
def test_footer_links(functional_portal, anon_request, path, language, expected):
    anon_request.headers["Accept-Language"] = language
    actions = anon_request.get(f"{path}/@actions").json()["site_actions"]
    base = functional_portal.absolute_url()
    assert [(a["id"], a["title"], a["url"].replace(base, "")) for a in actions] == (
        expected
    )


@pytest.mark.parametrize("path", ["/fr/mentions-legales", "/en/accessibility"])
def test_footer_pages_exist_for_everyone(functional_portal, anon_request, path):
    assert anon_request.get(path).status_code == 200
