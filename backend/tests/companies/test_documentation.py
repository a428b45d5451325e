"""docs/developer/data-model.md lists exactly the Company's fields."""

from oif.tremplin.companies.content import ICompany
from pathlib import Path
from plone.app.multilingual.dx.interfaces import ILanguageIndependentField

import re


DATA_MODEL = Path(__file__).parents[3] / "docs" / "developer" / "data-model.md"


def field_rows() -> list[tuple[str, list[str]]]:
    """(field, cells) of the Company table: the rows before "### Vocabularies"."""
    section = DATA_MODEL.read_text("utf-8").split("### Vocabularies")[0]
    rows = re.findall(r"^\| `(\w+)` \|(.*)$", section, re.MULTILINE)
    return [(name, [cell.strip() for cell in rest.split("|")]) for name, rest in rows]


def test_every_field_is_documented_once():
    assert sorted(name for name, _cells in field_rows()) == sorted(ICompany.names())


def test_required_fields_are_marked():
    marked = {name for name, cells in field_rows() if cells[3] == "yes"}
    assert marked == {name for name in ICompany.names() if ICompany[name].required}


def test_shared_fields_are_the_language_independent_ones(portal):
    # `portal`: the layer finalizes the schema, marking language-independent fields.
    shared = {name for name, cells in field_rows() if cells[4] == "yes"}
    assert shared == {
        name
        for name in ICompany.names()
        if ILanguageIndependentField.providedBy(ICompany[name])
    }
