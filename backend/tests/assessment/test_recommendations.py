"""Which rules a report follows, and the resources they look for."""

from oif.tremplin.assessment.recommendations import DIRECTORY_PAGES
from oif.tremplin.assessment.recommendations import KIND_TYPES
from oif.tremplin.assessment.recommendations import matching_rules
from oif.tremplin.assessment.recommendations import more_link
from oif.tremplin.assessment.recommendations import resource_queries
from pathlib import Path

import json
import oif.tremplin.assessment


DEFAULTS = Path(oif.tremplin.assessment.__file__).parent / "defaults"


def rule(rule_id, dimension, at_least, below, order=10, **extra):
    return {
        "id": rule_id,
        "dimension": dimension,
        "at_least": at_least,
        "below": below,
        "order": order,
        **extra,
    }


RULES = [
    rule("strategy-low", "strategy", 0, 40),
    rule("strategy-mid", "strategy", 40, 60),
    rule("logistics-low", "logistics", 0, 50),
    rule("digital-low", "digital", 0, 50),
    rule("logistics-extra", "logistics", 0, 50, order=5),
]


def ids(rules):
    return [r["id"] for r in rules]


def test_a_rule_applies_from_at_least_up_to_below():
    assert ids(matching_rules(RULES, {"strategy": 39}, [])) == ["strategy-low"]
    assert ids(matching_rules(RULES, {"strategy": 40}, [])) == ["strategy-mid"]
    assert ids(matching_rules(RULES, {"strategy": 60}, [])) == []
    # Not assessed: no advice about it.
    assert ids(matching_rules(RULES, {"digital": None}, [])) == []


def test_the_priorities_come_first_then_lower_scores_then_order():
    scores = {"strategy": 45, "logistics": 30, "digital": 10}

    ordered = matching_rules(RULES, scores, ["strategy"])

    assert ids(ordered) == [
        "strategy-mid",
        "digital-low",
        "logistics-extra",
        "logistics-low",
    ]


def test_queries_ask_for_the_sector_and_country_first_then_without():
    expert_rule = rule(
        "markets-low",
        "markets",
        0,
        40,
        kinds=["expert", "event"],
        expertise=["market_research"],
        tags=["étude de marché"],
        match_sector=True,
        match_countries="company",
        limit=3,
    )
    facts = {"sectors": ["agrifood"], "country": "SN"}

    precise, broad = resource_queries(expert_rule, facts, "fr")

    assert precise == {
        "portal_type": ["Expert", "Event"],
        "Language": "fr",
        "sort_on": "effective",
        "expertise": ["market_research"],
        "sector": ["agrifood"],
        "profile_country": ["SN"],
    }
    assert broad == {
        "portal_type": ["Expert", "Event"],
        "Language": "fr",
        "sort_on": "effective",
        "expertise": ["market_research"],
    }


def test_a_rule_without_expertise_looks_by_tag_only_once_without_facts():
    guide_rule = rule("digital-low", "digital", 0, 50, kinds=["guide"], tags=["site"])

    assert resource_queries(guide_rule, {}, "en") == [
        {
            "portal_type": ["Guide"],
            "Language": "en",
            "sort_on": "effective",
            "Subject": ["site"],
        }
    ]


def test_where_to_look_further():
    assert (
        more_link({"expertise": ["logistics", "customs"]}, "en")
        == "/en/directory?kind=expert&expertise=logistics&expertise=customs"
    )
    assert (
        more_link({"tags": ["incoterms", "transport"]}, "fr")
        == "/fr/search?SearchableText=incoterms"
    )
    assert more_link({}, "fr") == ""


def test_the_seed_rules_name_known_dimensions_kinds_and_bounds():
    rules = json.loads((DEFAULTS / "rules.json").read_text(encoding="utf-8"))["rules"]
    questionnaire = json.loads((DEFAULTS / "maturity.json").read_text("utf-8"))
    dimensions = {d["id"] for d in questionnaire["dimensions"]}

    assert {r["dimension"] for r in rules} == dimensions
    for seed in rules:
        assert set(seed["kinds"]) <= set(KIND_TYPES), seed["id"]
        assert 0 <= seed["at_least"] < seed["below"] <= 100, seed["id"]
        assert seed["title"]["fr"] and seed["title"]["en"], seed["id"]
        assert seed["advice"]["fr"] and seed["advice"]["en"], seed["id"]
    assert set(DIRECTORY_PAGES) == {"fr", "en"}
