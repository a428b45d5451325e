"""What makes an expert profile complete, and how much each field counts."""

from oif.tremplin.core.completeness import profile_completeness
from oif.tremplin.experts.content import IExpert


EXPERT_WEIGHTS = {
    "bio": 30,
    "expertise_areas": 20,
    "countries": 15,
    "languages": 15,
    "availability": 10,
    "rates_band": 10,
}


def expert_completeness(expert) -> dict:
    return profile_completeness(expert, IExpert, EXPERT_WEIGHTS)
