"""What the directory's indexes hold for profiles, and for nothing else."""

from oif.tremplin.directory.regions import CONTINENT_OF
from oif.tremplin.directory.regions import regions_of
from plone import api
from plone.namedfile.file import NamedBlobImage

import Missing
import pycountry


def test_every_country_but_antarctica_has_a_continent():
    codes = {country.alpha_2 for country in pycountry.countries}
    assert codes - set(CONTINENT_OF) == {"AQ"}
    assert set(CONTINENT_OF) <= codes


def test_regions_of_countries():
    assert regions_of(["CI", "FR", "SN", "AQ", "??"]) == ("africa", "europe")


def brain_of(obj):
    catalog = api.portal.get_tool("portal_catalog")
    (brain,) = catalog.unrestrictedSearchResults(UID=obj.UID())
    return brain


def test_a_company_and_an_expert(only_these_profiles):
    company = only_these_profiles("ci", country="CI", featured=True)
    expert = only_these_profiles(
        "expert", kind="Expert", countries=["CA", "FR"], expertise_areas=["legal"]
    )
    catalog = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
    assert [b.UID for b in catalog(profile_region="americas")] == [expert.UID()]
    assert [b.UID for b in catalog(expertise="legal")] == [expert.UID()]
    assert [b.UID for b in catalog(featured=True)] == [company.UID()]
    assert brain_of(company).profile_country == ("CI",)
    assert brain_of(expert).profile_country == ("CA", "FR")


def test_images_inside_a_profile_do_not_take_its_values(only_these_profiles):
    company = only_these_profiles("ci", country="CI", featured=True)
    with api.env.adopt_roles(["Manager"]):
        image = api.content.create(
            container=company,
            type="Image",
            id="photo",
            image=NamedBlobImage(b"GIF89a", filename="photo.gif"),
        )
    brain = brain_of(image)
    for column in ("profile_country", "featured", "verified_on", "city"):
        assert getattr(brain, column) in (None, Missing.Value), column
    catalog = api.portal.get_tool("portal_catalog")
    assert not len(
        catalog.unrestrictedSearchResults(profile_country="CI", portal_type="Image")
    )
