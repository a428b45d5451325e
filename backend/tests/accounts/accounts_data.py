"""Valid profile parts of a sign-up request, shared by the accounts tests."""

COMPANY = {
    "title": "Saveurs du Sahel",
    "country": "SN",
    "registration_number": "SN-DKR-2025-B-77001",
    "city": "Thiès",
    "sectors": ["agrifood"],
    "size_band": "micro",
    "experience_level": "primo_exporter",
}

EXPERT = {
    "expertise_areas": ["customs", "logistics"],
    "countries": ["SN", "CI"],
    "languages": ["fr", "wo"],
    "bio": "Vingt ans de transit et de dédouanement au port de Dakar.",
    "availability": "limited",
}
