"""Every message of the package is translated in French and in English."""

from pathlib import Path

import oif.tremplin
import pytest
import re


LOCALES = Path(oif.tremplin.__file__).parent / "locales"
ENTRY = re.compile(r'^msgid "(.+)"\nmsgstr "(.*)"$', re.MULTILINE)


def entries(path: Path) -> dict[str, str]:
    return dict(ENTRY.findall(path.read_text("utf-8")))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_catalog_is_complete(language):
    template = entries(LOCALES / "oif.tremplin.pot")
    catalog = entries(LOCALES / language / "LC_MESSAGES" / "oif.tremplin.po")
    assert set(catalog) == set(template), "run `make i18n`"
    assert [msgid for msgid, text in catalog.items() if not text] == []
