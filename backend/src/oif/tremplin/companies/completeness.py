"""What makes a company profile complete, and how much each field counts.

The identity (name, number, country, city) is required and verified, so it
is left out; tags are the OIF team's to set, so they are too.
"""

from oif.tremplin.companies.content import ICompany
from oif.tremplin.core.completeness import profile_completeness


COMPANY_WEIGHTS = {
    "description": 15,
    "website": 5,
    "sectors": 5,
    "size": 5,
    "turnover": 5,
    "export_share": 5,
    "products": 15,
    "experience_level": 5,
    "target_markets": 10,
    "goals": 10,
    "missions": 5,
    "logo": 5,
    "video_links": 5,
    "brochure": 5,
}


def company_completeness(company) -> dict:
    return profile_completeness(company, ICompany, COMPANY_WEIGHTS)
