"""Result cards of the directory, read from catalog metadata only."""

from oif.tremplin.directory.facets import title_of
from oif.tremplin.directory.regions import regions_of

import Missing


def _value(brain, name):
    value = getattr(brain, name, None)
    return None if value is Missing.Value else value


def _terms(facet: str, tokens, language: str) -> list[dict]:
    return [
        {"token": token, "title": title_of(facet, token, language)}
        for token in tokens or ()
    ]


def _term(facet: str, token, language: str) -> dict | None:
    return _terms(facet, [token], language)[0] if token else None


def card(brain, language: str) -> dict:
    """What a result shows: name, badges, place, activity, tags, logo."""
    url = brain.getURL()
    countries = _value(brain, "profile_country") or ()
    verified_on = _value(brain, "verified_on")
    has_logo = "logo" in (_value(brain, "image_scales") or {})
    return {
        "@id": url,
        "@type": brain.portal_type,
        "UID": brain.UID,
        "title": brain.Title,
        "description": _value(brain, "Description") or "",
        "review_state": brain.review_state,
        "featured": bool(_value(brain, "featured")),
        "verified_on": verified_on.isoformat() if verified_on else None,
        "city": _value(brain, "city") or None,
        "countries": _terms("country", countries, language),
        "regions": _terms("region", regions_of(countries), language),
        "sectors": _terms("sector", _value(brain, "sector"), language),
        "expertise": _terms("expertise", _value(brain, "expertise"), language),
        "size": _term("size", _value(brain, "size_band"), language),
        "experience": _term("experience", _value(brain, "experience"), language),
        "tags": list(_value(brain, "Subject") or ()),
        "logo": f"{url}/@@images/logo/thumb" if has_logo else None,
    }
