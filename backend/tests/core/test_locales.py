"""Every message of the package is translated in French and in English."""

from pathlib import Path

import oif.tremplin
import pytest
import re
import subprocess
import sys


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


def test_template_matches_the_source(tmp_path):
    """A message added in the code without `make i18n` fails here."""
    package = LOCALES.parent
    fresh = tmp_path / "fresh.pot"
    i18ndude = Path(sys.executable).parent / "i18ndude"
    subprocess.run(  # noqa: S603 - our own tool on our own files
        [i18ndude, "rebuild-pot", "--pot", fresh, "--create", "oif.tremplin", "."],
        cwd=package,
        check=True,
        capture_output=True,
    )
    assert set(entries(fresh)) == set(entries(LOCALES / "oif.tremplin.pot")), (
        "run `make i18n`"
    )
