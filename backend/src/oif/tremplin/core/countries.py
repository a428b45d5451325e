"""ISO 3166-1 countries, named in the reader's language.

pycountry ships the ISO names and their Debian iso-codes translations; we
expose its French catalogue as the `iso3166-1` translation domain so country
titles translate like every other message id.
"""

from pathlib import Path
from zope.component import getUtility
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.i18n.gettextmessagecatalog import GettextMessageCatalog
from zope.i18n.interfaces import INegotiator
from zope.i18n.translationdomain import TranslationDomain
from zope.i18nmessageid import MessageFactory
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

import pycountry
import unicodedata


DOMAIN = "iso3166-1"
SOURCE_LANGUAGE = "en"  # pycountry's names are the msgids
TRANSLATED_LANGUAGES = ("fr",)

_country = MessageFactory(DOMAIN)


class SourceLanguageDomain(TranslationDomain):
    """A domain whose msgids are already the English text.

    English has no catalogue, so the stock negotiation (among catalogue
    languages only) would answer an English reader in French.
    """

    def translate(
        self, msgid, mapping=None, context=None, target_language=None, *args, **kw
    ):
        if target_language is None and context is not None:
            languages = [*self._catalogs, SOURCE_LANGUAGE]
            target_language = getUtility(INegotiator).getLanguage(languages, context)
        return super().translate(msgid, mapping, context, target_language, *args, **kw)


def _build_domain() -> TranslationDomain:
    # No fallbacks: a language we lack reads the English names, not French.
    domain = SourceLanguageDomain(DOMAIN, fallbacks=())
    for language in TRANSLATED_LANGUAGES:
        mo_file = (
            Path(pycountry.LOCALES_DIR) / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
        )
        domain.addCatalog(GettextMessageCatalog(language, DOMAIN, str(mo_file)))
    return domain


country_names = _build_domain()

COUNTRY_TERMS = tuple(
    SimpleTerm(country.alpha_2, country.alpha_2, _country(country.name))
    for country in pycountry.countries
)


def _collation_key(text: str) -> str:
    """Sort "Égypte" next to "Equateur", not after "Zimbabwe"."""
    return (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    )


@provider(IVocabularyFactory)
def countries_vocabulary(context) -> SimpleVocabulary:
    """Every ISO 3166-1 country (token: alpha-2), sorted in the reader's language."""
    request = getRequest()
    terms = sorted(
        COUNTRY_TERMS,
        key=lambda term: _collation_key(translate(term.title, context=request)),
    )
    return SimpleVocabulary(terms)
