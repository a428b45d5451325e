import copy
import pytest


def texts(fr: str, en: str) -> dict:
    return {"fr": fr, "en": en}


def option(option_id: str, points: int) -> dict:
    return {"id": option_id, "points": points, "label": texts(option_id, option_id)}


SMALL_VERSION = {
    "id": "maturity",
    "version": 2,
    "title": texts("Maturité à l'international", "International maturity"),
    "levels": [
        {"id": "beginner", "min": 0, "title": texts("Débutant", "Beginner")},
        {"id": "preparing", "min": 40, "title": texts("En préparation", "Preparing")},
        {"id": "ready", "min": 60, "title": texts("Prêt", "Ready")},
        {"id": "confirmed", "min": 80, "title": texts("Confirmé", "Confirmed")},
    ],
    "dimensions": [
        {
            "id": "strategy",
            "weight": 2,
            "title": texts("Stratégie", "Strategy"),
            "questions": [
                {
                    "id": "strategy-plan",
                    "type": "single",
                    "weight": 2,
                    "required": True,
                    "text": texts(
                        "Disposez-vous d'un plan export écrit ?",
                        "Do you have a written export plan?",
                    ),
                    "options": [
                        option("none", 0),
                        option("partial", 5),
                        option("written", 10),
                    ],
                },
                {
                    "id": "strategy-means",
                    "type": "multiple",
                    "weight": 1,
                    "required": True,
                    "max_points": None,
                    "text": texts("Quels moyens ?", "Which means?"),
                    "options": [
                        option("budget", 2),
                        option("staff", 3),
                        {**option("nothing", 0), "exclusive": True},
                    ],
                },
            ],
        },
        {
            "id": "logistics",
            "weight": 1,
            "title": texts("Logistique", "Logistics"),
            "questions": [
                {
                    "id": "logistics-warehouse",
                    "type": "scale",
                    "weight": 1,
                    "required": False,
                    "text": texts("Entrepôt ?", "Warehouse?"),
                    "options": [option(str(n), n - 1) for n in range(1, 6)],
                }
            ],
        },
    ],
}


@pytest.fixture
def version() -> dict:
    """A small valid questionnaire version (two dimensions), to change at will."""
    return copy.deepcopy(SMALL_VERSION)
