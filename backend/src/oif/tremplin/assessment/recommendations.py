"""What the report recommends: rules, edited by the OIF team, that turn a
low dimension score into advice and into resources of the platform found by
kind, tag, expertise, sector and country. Computed when the report is read,
so resources published since (guides, country sheets, events of the
resource centre to come) appear in old reports too.

A rule (assessment/defaults/rules.json) applies when its dimension's score
`s` satisfies `at_least <= s < below`.
"""

from oif.tremplin.assessment.questionnaire import localised
from plone import api
from urllib.parse import urlencode


# Logical kinds of resources -> portal types. Types that do not exist yet on
# the site (the resource centre's) are left out of the queries.
KIND_TYPES = {
    "guide": "Guide",
    "country_profile": "CountryProfile",
    "market_study": "MarketStudy",
    "event": "Event",
    "expert": "Expert",
}
DIRECTORY_PAGES = {"fr": "/fr/annuaire", "en": "/en/directory"}


def matching_rules(rules: list[dict], scores: dict, priorities: list[str]) -> list:
    """The rules that apply to `scores`, the priorities' first, then by the
    lower score, then by the rules' own order."""
    rank = {dimension: index for index, dimension in enumerate(priorities)}

    def applies(rule) -> bool:
        score = scores.get(rule["dimension"])
        return score is not None and rule["at_least"] <= score < rule["below"]

    return sorted(
        (rule for rule in rules if applies(rule)),
        key=lambda rule: (
            rank.get(rule["dimension"], len(rank)),
            scores[rule["dimension"]],
            rule["order"],
        ),
    )


def resource_queries(rule: dict, facts: dict, language: str) -> list[dict]:
    """Catalog queries for a rule, the most precise first: with the
    company's sectors and country when the rule asks for them, then
    without (so that a rule always finds what exists)."""
    types = [KIND_TYPES[kind] for kind in rule.get("kinds", ()) if kind in KIND_TYPES]
    base = {"portal_type": types, "Language": language, "sort_on": "effective"}
    if rule.get("expertise"):
        # Experts are found by expertise, the other resources by tag.
        base["expertise"] = rule["expertise"]
    elif rule.get("tags"):
        base["Subject"] = rule["tags"]
    precise = dict(base)
    if rule.get("match_sector") and facts.get("sectors"):
        precise["sector"] = facts["sectors"]
    if rule.get("match_countries") == "company" and facts.get("country"):
        precise["profile_country"] = [facts["country"]]
    return [precise, base] if precise != base else [base]


def _existing_types(types: list[str]) -> list[str]:
    portal_types = api.portal.get_tool("portal_types")
    return [name for name in types if name in portal_types.objectIds()]


def find_resources(rule: dict, facts: dict, language: str) -> list[dict]:
    """Up to `limit` resources the reader may see (the catalog applies her
    rights), metadata only."""
    found, seen = [], set()
    for query in resource_queries(rule, facts, language):
        types = _existing_types(query["portal_type"])
        if not types:
            return []
        for brain in api.content.find(**{**query, "portal_type": types}):
            if brain.getPath() in seen:
                continue
            seen.add(brain.getPath())
            found.append({
                "@id": brain.getURL(),
                "@type": brain.portal_type,
                "title": brain.Title,
            })
            if len(found) >= rule["limit"]:
                return found
    return found


def more_link(rule: dict, language: str) -> str:
    """Where to look further: the directory's experts for an expertise,
    else the site search for the rule's first tag."""
    if rule.get("expertise"):
        query = [("kind", "expert")] + [("expertise", e) for e in rule["expertise"]]
        return f"{DIRECTORY_PAGES.get(language, '/fr/annuaire')}?{urlencode(query)}"
    tags = rule.get("tags") or []
    if tags:
        return f"/{language}/search?{urlencode({'SearchableText': tags[0]})}"
    return ""


def recommendations(
    rules: list[dict], submitted: dict, titles: dict, language: str
) -> list[dict]:
    """The report's recommendations for one submission."""
    return [
        {
            "rule": rule["id"],
            "dimension": rule["dimension"],
            "dimension_title": titles.get(rule["dimension"], rule["dimension"]),
            "title": localised(rule["title"], language),
            "advice": localised(rule["advice"], language),
            "items": find_resources(rule, submitted.get("facts", {}), language),
            "more": more_link(rule, language),
        }
        for rule in matching_rules(
            rules, submitted["scores"], submitted.get("priorities", [])
        )
        if rule["dimension"] in titles
    ]
