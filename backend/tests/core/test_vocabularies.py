"""Controlled vocabularies carry stable tokens and French + English titles."""

from zope.i18n import translate

import pytest


VOCABULARIES = {
    "oif.tremplin.vocabularies.sectors": {
        "agrifood",
        "textile_fashion",
        "digital_edtech",
        "tourism",
        "crafts",
        "energy",
        "health",
        "services",
        "manufacturing",
        "other",
    },
    "oif.tremplin.vocabularies.company_sizes": {"micro", "small", "medium", "large"},
    "oif.tremplin.vocabularies.turnover_bands": {
        "under_100k",
        "100k_to_500k",
        "500k_to_2m",
        "2m_to_10m",
        "over_10m",
    },
    "oif.tremplin.vocabularies.experience_levels": {
        "primo_exporter",
        "growing",
        "experienced",
    },
}


@pytest.mark.parametrize("name,tokens", VOCABULARIES.items())
def test_vocabulary_tokens(portal, get_vocabulary, name, tokens):
    assert {term.token for term in get_vocabulary(name, portal)} == tokens


@pytest.mark.parametrize(
    "name,token,french,english",
    [
        (
            "oif.tremplin.vocabularies.sectors",
            "agrifood",
            "Agroalimentaire",
            "Agrifood",
        ),
        (
            "oif.tremplin.vocabularies.sectors",
            "digital_edtech",
            "Numérique et EdTech",
            "Digital & EdTech",
        ),
        (
            "oif.tremplin.vocabularies.experience_levels",
            "primo_exporter",
            "Primo-exportateur",
            "First-time exporter",
        ),
        (
            "oif.tremplin.vocabularies.experience_levels",
            "growing",
            "En croissance internationale",
            "Growing internationally",
        ),
        (
            "oif.tremplin.vocabularies.company_sizes",
            "small",
            "Petite entreprise (10 à 49 salariés)",
            "Small enterprise (10 to 49 employees)",
        ),
        (
            "oif.tremplin.vocabularies.turnover_bands",
            "under_100k",
            "Moins de 100 000 €",
            "Under €100,000",
        ),
    ],
)
def test_titles_in_french_and_english(
    portal, get_vocabulary, name, token, french, english
):
    title = get_vocabulary(name, portal).getTermByToken(token).title
    assert translate(title, target_language="fr") == french
    assert translate(title, target_language="en") == english


class TestCountries:
    name = "oif.tremplin.vocabularies.countries"

    def test_every_iso_3166_country(self, portal, get_vocabulary):
        vocabulary = get_vocabulary(self.name, portal)
        assert len(vocabulary) == 249
        assert {"SN", "MA", "CI", "FR", "CA", "VN"} <= {t.token for t in vocabulary}

    @pytest.mark.parametrize(
        "code,french,english",
        [
            ("SN", "Sénégal", "Senegal"),
            ("MA", "Maroc", "Morocco"),
            ("CI", "Côte d'Ivoire", "Côte d'Ivoire"),
            (
                "CD",
                "République démocratique du Congo",
                "Congo, The Democratic Republic of the",
            ),
        ],
    )
    def test_names_in_french_and_english(
        self, portal, get_vocabulary, code, french, english
    ):
        title = get_vocabulary(self.name, portal).getTermByToken(code).title
        assert translate(title, target_language="fr") == french
        assert translate(title, target_language="en") == english

    def test_sorted_in_the_readers_language(self, portal, get_vocabulary, http_request):
        http_request["LANGUAGE"] = "fr"
        http_request.environ["HTTP_ACCEPT_LANGUAGE"] = "fr"
        titles = [
            translate(term.title, context=http_request)
            for term in get_vocabulary(self.name, portal)
        ]
        # Accents do not push "Égypte" after "Zimbabwe".
        assert (
            titles.index("Égypte") < titles.index("Espagne") < titles.index("Zimbabwe")
        )
