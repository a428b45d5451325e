"""The Company through plone.restapi: serialised for members, validated on write."""

from plone import api

import json
import pytest
import transaction


AWA = "/fr/entreprises/delices-tropicaux-du-senegal"

VALID = {
    "@type": "Company",
    "id": "sahel-solaire",
    "title": "Sahel Solaire",
    "registration_number": "BF-OUA-2019-B-0042",
    "country": "BF",
    "city": "Ouagadougou",
    "sectors": ["energy"],
    "size": "micro",
    "experience_level": "primo_exporter",
    "export_share": 5,
    "products": [{"name": "Kit solaire", "description": "Kit pour habitat rural."}],
    "target_markets": ["CI", "SN"],
    "missions": [
        {"year": 2025, "name": "Mission Afrique de l'Ouest", "destination": "Abidjan"}
    ],
}


def errors_of(response) -> dict[str, str]:
    """A 400 body's message is JSON text: [{"field", "message"}] (core/errors.py)."""
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


def company_ids(portal) -> set[str]:
    transaction.begin()  # see what the HTTP thread committed
    return set(portal["fr"]["entreprises"].objectIds())


class TestRead:
    def test_member_reads_all_fields(self, functional_portal, member_session):
        response = member_session("ahmed").get(AWA)
        assert response.status_code == 200
        data = response.json()
        assert data["@type"] == "Company"
        assert data["title"] == "Délices Tropicaux du Sénégal"
        assert data["registration_number"] == "SN-DKR-2014-B-10234"
        assert data["city"] == "Dakar"
        assert data["export_share"] == 30
        assert data["products"][0]["name"] == "Mangue séchée"
        assert data["missions"][0] == {
            "year": 2022,
            "name": "Mission économique de la Francophonie",
            "destination": "Vietnam",
        }
        assert data["subjects"] == ["mangue", "fruits tropicaux", "bio"]

    @pytest.mark.parametrize(
        "path,language,country,sector,experience",
        [
            (AWA, "fr", "Sénégal", "Agroalimentaire", "Expérimenté"),
            (
                "/en/companies/delices-tropicaux-du-senegal",
                "en",
                "Senegal",
                "Agrifood",
                "Experienced exporter",
            ),
        ],
    )
    def test_vocabulary_titles_in_the_page_language(
        self,
        functional_portal,
        member_session,
        path,
        language,
        country,
        sector,
        experience,
    ):
        session = member_session("awa")
        session.headers["Accept-Language"] = language
        data = session.get(path).json()
        assert data["country"] == {"token": "SN", "title": country}
        assert data["sectors"] == [{"token": "agrifood", "title": sector}]
        assert data["experience_level"]["title"] == experience

    def test_english_translation_shares_the_identity_fields(
        self, functional_portal, member_session
    ):
        data = (
            member_session("awa")
            .get("/en/companies/delices-tropicaux-du-senegal")
            .json()
        )
        assert data["registration_number"] == "SN-DKR-2014-B-10234"
        assert data["goals"].startswith("Open two new francophone markets")

    def test_anonymous_is_refused(self, functional_portal, anon_request):
        assert anon_request.get(AWA).status_code == 401


class TestCreate:
    def test_administrator_creates_a_company(self, functional_portal, member_session):
        response = member_session("administrateur").post("/fr/entreprises", json=VALID)
        assert response.status_code == 201, response.text
        assert response.json()["country"]["token"] == "BF"
        assert "sahel-solaire" in company_ids(functional_portal)
        brains = api.content.find(
            context=functional_portal, country_code="BF", unrestricted=True
        )
        assert [b.getId for b in brains] == ["sahel-solaire"]

    @pytest.mark.parametrize("username", ["awa", "moderateur"])
    def test_members_cannot_create_companies_directly(
        self, functional_portal, member_session, username
    ):
        response = member_session(username).post("/fr/entreprises", json=VALID)
        assert response.status_code == 401
        assert "sahel-solaire" not in company_ids(functional_portal)

    @pytest.mark.parametrize(
        "change,field",
        [
            ({"city": None}, "city"),
            ({"title": ""}, "title"),
            ({"sectors": ["agrifood", "space_mining"]}, "sectors"),
            ({"sectors": []}, "sectors"),
            ({"country": "XX"}, "country"),
            ({"country": "Senegal"}, "country"),
            ({"target_markets": ["FR", "ZZ"]}, "target_markets"),
            ({"size": "huge"}, "size"),
            ({"export_share": 140}, "export_share"),
            ({"missions": [{"year": 1800, "name": "Trop tôt"}]}, "missions"),
        ],
    )
    def test_bad_input_is_refused_and_nothing_is_created(
        self, functional_portal, member_session, change, field
    ):
        payload = {**VALID, **change}
        if change.get(field) is None:
            del payload[field]
        session = member_session("administrateur")
        session.headers["Accept-Language"] = "fr"
        response = session.post("/fr/entreprises", json=payload)
        assert response.status_code == 400, response.text
        assert field in errors_of(response)
        assert "sahel-solaire" not in company_ids(functional_portal)

    def test_error_messages_are_in_french(self, functional_portal, member_session):
        session = member_session("administrateur")
        session.headers["Accept-Language"] = "fr"
        payload = {k: v for k, v in VALID.items() if k != "city"}
        response = session.post("/fr/entreprises", json=payload)
        assert errors_of(response)["city"] == "Champ obligatoire"


class TestEdit:
    def test_owner_edits_her_profile(self, functional_portal, member_session):
        response = member_session("awa").patch(AWA, json={"city": "Thiès"})
        assert response.status_code == 204
        assert member_session("awa").get(AWA).json()["city"] == "Thiès"

    def test_owner_change_reaches_the_translation(
        self, functional_portal, member_session
    ):
        member_session("awa").patch(AWA, json={"export_share": 35})
        english = member_session("awa").get(
            "/en/companies/delices-tropicaux-du-senegal"
        )
        assert english.json()["export_share"] == 35

    def test_other_members_cannot_edit(self, functional_portal, member_session):
        response = member_session("ahmed").patch(AWA, json={"city": "Rabat"})
        assert response.status_code == 401
        assert member_session("awa").get(AWA).json()["city"] == "Dakar"

    @pytest.mark.parametrize(
        "change,field",
        [({"country": "XX"}, "country"), ({"sectors": ["nope"]}, "sectors")],
    )
    def test_bad_edit_changes_nothing(
        self, functional_portal, member_session, change, field
    ):
        response = member_session("awa").patch(AWA, json={"city": "Thiès", **change})
        assert response.status_code == 400
        assert field in errors_of(response)
        data = member_session("awa").get(AWA).json()
        assert (data["city"], data["country"]["token"]) == ("Dakar", "SN")


class TestEditForm:
    """What Volto's edit form learns from @types/Company."""

    @pytest.mark.parametrize(
        "field,widget",
        [("products", "company_products"), ("missions", "company_missions")],
    )
    def test_row_fields_ask_for_the_addon_widgets(
        self, functional_portal, member_session, field, widget
    ):
        schema = member_session("awa").get("/@types/Company").json()
        assert schema["properties"][field]["widgetOptions"] == {
            "frontendOptions": {"widget": widget}
        }

    def test_labels_in_french(self, functional_portal, member_session):
        session = member_session("administrateur")
        session.headers["Accept-Language"] = "fr"
        schema = session.get("/fr/entreprises/@types/Company").json()
        assert schema["properties"]["title"]["title"] == "Raison sociale"
        assert schema["properties"]["country"]["title"] == "Pays"
        assert [f["title"] for f in schema["fieldsets"]][1:4] == [
            "Activité",
            "International",
            "Médias",
        ]


class TestWebAddresses:
    """Only http(s) links, whatever the client: a javascript: or data: link
    would run script in the browser of whoever follows it."""

    @pytest.mark.parametrize(
        "change,field",
        [
            ({"website": "javascript:alert(document.cookie)"}, "website"),
            ({"website": "JavaScript://example.org/%0Aalert(1)"}, "website"),
            ({"website": "data:text/html,<script>alert(1)</script>"}, "website"),
            ({"website": "ftp://files.example.org"}, "website"),
            ({"website": "https://"}, "website"),
            (
                {"video_links": ["https://video.example.org/a", "javascript:x"]},
                "video_links",
            ),
        ],
    )
    def test_other_schemes_are_refused(
        self, functional_portal, member_session, change, field
    ):
        session = member_session("awa")
        session.headers["Accept-Language"] = "fr"
        response = session.patch(AWA, json={"city": "Thiès", **change})
        assert response.status_code == 400, response.text
        assert errors_of(response)[field] == (
            "Saisissez une adresse web qui commence par http:// ou https://."
        )
        assert session.get(AWA).json()["city"] == "Dakar"

    def test_creation_is_checked_too(self, functional_portal, member_session):
        payload = {**VALID, "website": "javascript:alert(1)"}
        response = member_session("administrateur").post(
            "/fr/entreprises", json=payload
        )
        assert response.status_code == 400
        assert "website" in errors_of(response)
        assert "sahel-solaire" not in company_ids(functional_portal)

    def test_web_addresses_are_accepted_and_shared(
        self, functional_portal, member_session
    ):
        session = member_session("awa")
        links = ["http://video.example.org/v/1", "https://video.example.org/v/2"]
        response = session.patch(
            AWA, json={"website": "https://delices.example.sn", "video_links": links}
        )
        assert response.status_code == 204, response.text
        english = session.get("/en/companies/delices-tropicaux-du-senegal").json()
        assert english["website"] == "https://delices.example.sn"
        assert english["video_links"] == links


class TestPlacement:
    """Companies live in the company folders, which hold nothing else."""

    @pytest.mark.parametrize("container", ["", "/fr", "/en", "/fr/mentions-legales"])
    def test_no_company_outside_the_company_folders(
        self, functional_portal, member_session, container
    ):
        response = member_session("administrateur").post(container or "/", json=VALID)
        assert response.status_code in (400, 403), response.text
        brains = api.content.find(
            context=functional_portal,
            portal_type="Company",
            id="sahel-solaire",
            unrestricted=True,
        )
        assert list(brains) == []

    def test_the_company_folder_holds_only_companies(
        self, functional_portal, member_session
    ):
        response = member_session("administrateur").post(
            "/fr/entreprises", json={"@type": "Document", "title": "Une page"}
        )
        assert response.status_code in (400, 403), response.text
        assert "une-page" not in company_ids(functional_portal)


class TestFullText:
    """A member finds a company by what she remembers of it."""

    @pytest.mark.parametrize(
        "text",
        [
            "Dakar",  # city
            "SN-DKR-2014-B-10234",  # registration number
            "bissap",  # a product
            "confitures",  # the presentation
            "Québec",  # the goals
            "Cambodge",  # a mission's destination
            "Sénégal",  # the country, in French
            "Senegal",  # and in English
            "Agroalimentaire",  # the sector
        ],
    )
    def test_search_finds_the_company(self, functional_portal, member_session, text):
        response = member_session("ahmed").get(
            "/@search", params={"SearchableText": text, "portal_type": "Company"}
        )
        found = {item["@id"].rsplit("/", 1)[1] for item in response.json()["items"]}
        assert "delices-tropicaux-du-senegal" in found

    def test_search_leaves_out_what_does_not_match(
        self, functional_portal, member_session
    ):
        response = member_session("ahmed").get(
            "/@search",
            params={"SearchableText": "Casablanca", "portal_type": "Company"},
        )
        found = {item["@id"].rsplit("/", 1)[1] for item in response.json()["items"]}
        assert found == {"edunova-maroc"}
