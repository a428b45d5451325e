"""Fill a bench site's directory with N generated companies and N/10 experts.

Never run it on the development site: `make demo-data N=10000` prepares a
separate instance under var/bench-10000/ (scripts/bench/instance.py), creates
its site, then runs this script there through zconsole with
TREMPLIN_DATA_N=10000 (zconsole passes scripts no arguments).

Every profile is French, verified (set directly: demo/verified_state.py),
with a verification date in the last eleven months; about 5 % are featured.
Profile number i is always the same (one seeded random generator per
profile), so running again adds only what is missing. Batches of 1 000 are
committed with a progress line (count, rate, ETA).

Profiles are added the quick way (add_profile: no events, one catalog
entry written directly, lookups remembered while generating), 4 to 5 times
faster than the normal way and indexed the same: the test
tests/scripts/test_directory_data.py compares both.
"""

from AccessControl.SecurityManagement import newSecurityManager
from Acquisition import aq_base
from contextlib import contextmanager
from copy import copy
from datetime import date
from datetime import timedelta
from oif.tremplin.companies.structure import company_folder
from oif.tremplin.demo.verified_state import WORKFLOW
from oif.tremplin.demo.verified_state import set_verified
from oif.tremplin.experts.structure import expert_folder
from oif.tremplin.experts.vocabularies import AVAILABILITIES
from oif.tremplin.experts.vocabularies import EXPERTISE_AREAS
from oif.tremplin.experts.vocabularies import RATES_BANDS
from plone.app.multilingual.itg import addAttributeTG
from plone.dexterity.content import ASSIGNABLE_CACHE_KEY
from plone.dexterity.content import DexterityContent
from plone.dexterity.utils import createContent
from plone.indexer import wrapper
from Products.CMFCore.utils import getToolByName
from zope.component.hooks import setSite
from zope.globalrequest import getRequest

import os
import random
import sys
import time
import transaction


if "scripts" not in sys.path:  # zconsole runs from backend/ without __file__
    sys.path.insert(0, "scripts")

from bench import words

import create_site


SEED = 20261128
BATCH = 1000
FEATURED_SHARE = 0.05
SIZES = (("micro", 40), ("small", 33), ("medium", 20), ("large", 7))
TURNOVER_BY_SIZE = {
    "micro": ("under_100k", "100k_to_500k"),
    "small": ("100k_to_500k", "500k_to_2m"),
    "medium": ("500k_to_2m", "2m_to_10m"),
    "large": ("2m_to_10m", "over_10m"),
}
EXPERIENCE = (("primo_exporter", 35), ("growing", 40), ("experienced", 25))
GENERATED_TYPES = ("Company", "Expert")
LANGUAGES = (("en", 50), ("ar", 12), ("es", 6), ("pt", 5), ("wo", 6), ("sw", 4))


def pick(rng: random.Random, weighted) -> str:
    """One token of ((token, weight), …)."""
    tokens, weights = zip(*weighted, strict=True)
    return rng.choices(tokens, weights)[0]


def company_id(index: int) -> str:
    return f"entreprise-generee-{index:06d}"


def expert_id(index: int) -> str:
    return f"expert-genere-{index:05d}"


def company_name(rng: random.Random, sector: dict) -> str:
    word, place = rng.choice(words.NAME_WORDS), rng.choice(words.NAME_PLACES)
    pattern = rng.randrange(3)
    name = (
        f"{rng.choice(sector['names'])} {place}",
        f"{word} {rng.choice(sector['names'])}",
        f"{rng.choice(sector['names'])} {word} {place}",
    )[pattern]
    return f"{name} {rng.choice(words.LEGAL_FORMS)}".strip()


def company_values(index: int, today: date) -> dict:
    rng = random.Random(SEED * 1_000_003 + index)  # noqa: S311 - test data
    token = pick(rng, [(t, s["weight"]) for t, s in words.SECTORS.items()])
    sector = words.SECTORS[token]
    sectors = [token]
    if rng.random() < 0.15:
        sectors.append(rng.choice([t for t in words.SECTORS if t != token]))
    country = pick(rng, [(c, w) for c, (w, _) in words.COUNTRIES.items()])
    city = rng.choice(words.COUNTRIES[country][1])
    size = pick(rng, SIZES)
    year = rng.randint(1985, 2024)
    name = company_name(rng, sector)
    markets = rng.sample(
        [c for c in words.COUNTRIES if c != country], rng.randint(0, 4)
    )
    description = " ".join((
        rng.choice(words.COMPANY_OPENINGS).format(
            year=year, city=city, name=name, activity=rng.choice(sector["activities"])
        ),
        rng.choice(words.COMPANY_FOLLOW_UPS).format(
            partners=rng.randint(5, 400), markets=rng.randint(1, 12)
        ),
    ))
    products = [
        {
            "name": product,
            "description": rng.choice(words.PRODUCT_DESCRIPTIONS),
            "hs_code": code,
        }
        for product, code in rng.sample(
            sector["products"], min(len(sector["products"]), rng.randint(1, 3))
        )
    ]
    return {
        "title": name,
        "description": description,
        "registration_number": f"{country}-{city[:3].upper()}-{year}-B-{index:06d}",
        "country": country,
        "city": city,
        "sectors": sectors,
        "size": size,
        "turnover": rng.choice(TURNOVER_BY_SIZE[size]),
        "export_share": rng.randint(0, 90),
        "experience_level": pick(rng, EXPERIENCE),
        "target_markets": markets,
        "goals": rng.choice(words.GOALS).format(
            market=rng.choice(["France", "Belgique", "Canada", "Suisse", "Maroc"]),
            count=rng.randint(2, 5),
        ),
        "products": products,
        "missions": [],
        "subjects": tuple(rng.sample(sector["tags"], rng.randint(1, 3))),
        "featured": rng.random() < FEATURED_SHARE,
        "verified_on": today - timedelta(days=rng.randint(0, 330)),
    }


def expert_values(index: int, today: date) -> dict:
    rng = random.Random(SEED * 2_000_003 + index)  # noqa: S311 - test data
    areas = rng.sample([token for token, _ in EXPERTISE_AREAS], rng.randint(1, 3))
    country_weights = [(c, w) for c, (w, _) in words.COUNTRIES.items()]
    countries = sorted({pick(rng, country_weights) for _ in range(rng.randint(1, 3))})
    field = words.EXPERTISE_WORDS[areas[0]]
    bio = " ".join((
        rng.choice(words.EXPERT_BIOS).format(
            field=field, years=rng.randint(5, 30), missions=rng.randint(10, 200)
        ),
        rng.choice(words.EXPERT_FOLLOW_UPS),
    ))
    languages = sorted({
        "fr",
        *(pick(rng, LANGUAGES) for _ in range(rng.randint(0, 2))),
    })
    return {
        "title": f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.LAST_NAMES)}",
        "bio": bio,
        "expertise_areas": areas,
        "countries": countries,
        "languages": languages,
        "rates_band": rng.choice(RATES_BANDS)[0],
        "availability": rng.choice(AVAILABILITIES)[0],
        "subjects": (field,),
        "featured": rng.random() < FEATURED_SHARE,
        "verified_on": today - timedelta(days=rng.randint(0, 330)),
    }


# The permissions of the verified state, per type, as the workflow sets them
# on a new profile (copied: updateRoleMappingsFor costs a tenth of the time).
STATE_PERMISSIONS: dict[str, dict] = {}


def set_state_permissions(profile) -> None:
    known = STATE_PERMISSIONS.get(profile.portal_type)
    if known is None:
        portal_workflow = getToolByName(profile, "portal_workflow")
        portal_workflow[WORKFLOW].updateRoleMappingsFor(profile)
        STATE_PERMISSIONS[profile.portal_type] = {
            name: value
            for name, value in vars(profile).items()
            if name.endswith("_Permission")
        }
    else:
        for name, value in known.items():
            setattr(profile, name, copy(value))


def add_profile(folder, portal_type: str, profile_id: str, values: dict) -> None:
    """A verified French profile, added without events, indexed once.

    The events of an addition (workflow, translation group, container
    modified, queued indexing, …) cost much and change little: what they
    leave in the catalog is set here — the owner (`_setObject` does it), the
    language and a translation group, the verified state with its
    permissions, the creator — and the catalog entry is written once,
    directly. tests/scripts/test_directory_data.py checks that the indexes,
    metadata and cards are those of a profile added the normal way.
    """
    values = dict(values)
    subjects, verified_on = values.pop("subjects"), values.pop("verified_on")
    profile = createContent(portal_type, id=profile_id, **values)  # with its UID
    # An object id now rather than at the commit: Dexterity then caches
    # the profile's behaviours on the request while it is indexed.
    folder._p_jar.add(profile)
    folder._setObject(profile_id, profile, suppress_events=True)
    profile = folder._getOb(profile_id)
    # ILanguage(profile).set_language("fr") without its queued reindexing
    # (the Language index and all the metadata a second time, at the commit).
    profile.language = "fr"
    addAttributeTG(profile, None)  # its own translation group, no translation
    profile.setSubject(subjects)
    set_verified(profile, verified_on, role_mappings=False)
    set_state_permissions(profile)
    profile.notifyModified()  # creator and modification date, as on an edit
    catalog = getToolByName(folder, "portal_catalog")
    catalog.catalog_object(profile, "/".join(profile.getPhysicalPath()))


@contextmanager
def quick_lookups():
    """Remember what a type lacks, while generating.

    Indexing asks a profile for ~90 names (indexes and metadata columns of
    every type), first for an indexer adapter, then for an attribute; most
    are neither. Each time, the adapter registry is searched with the
    profile's interfaces (recomputed by Dexterity on every call) and
    Dexterity looks the name up in every schema of the type and its
    behaviours: most of the time of the indexing. The answers depend on the
    type only (generated profiles provide no interface of their own): the
    first lookup of a name is the normal one, a miss is then remembered.
    """
    lookup, query_indexer = DexterityContent.__getattr__, wrapper.queryMultiAdapter
    no_attribute, no_indexer = set(), set()

    def __getattr__(self, name):
        key = (self.__dict__.get("portal_type"), name)
        if key in no_attribute:
            raise AttributeError(name)
        try:
            return lookup(self, name)
        except AttributeError:
            if key[0] in GENERATED_TYPES:
                no_attribute.add(key)
            raise

    def queryMultiAdapter(objects, interface, name="", default=None):
        key = (getattr(aq_base(objects[0]), "portal_type", None), interface, name)
        if key in no_indexer:
            return default
        found = query_indexer(objects, interface, name=name, default=default)
        if found is default and key[0] in GENERATED_TYPES:
            no_indexer.add(key)
        return found

    DexterityContent.__getattr__ = __getattr__
    wrapper.queryMultiAdapter = queryMultiAdapter
    try:
        yield
    finally:
        DexterityContent.__getattr__ = lookup
        wrapper.queryMultiAdapter = query_indexer


def forget_behaviours_cache() -> None:
    """Dexterity's cache on the request would keep every profile in memory."""
    request = getRequest()
    if request is not None and ASSIGNABLE_CACHE_KEY in request.__dict__:
        del request.__dict__[ASSIGNABLE_CACHE_KEY]


def fill(app, folder, portal_type, make_id, make_values, total: int) -> None:
    """Add the missing profiles 0…total-1, committing every BATCH."""
    missing = [index for index in range(total) if make_id(index) not in folder]
    print(
        f"{portal_type}: {total - len(missing)} of {total} exist, adding {len(missing)}"
    )
    # The catalog's data in memory between batches, not read again each time.
    app._p_jar._cache.cache_size = max(app._p_jar._cache.cache_size, 400_000)
    today, started = date.today(), time.monotonic()
    for done, index in enumerate(missing, start=1):
        add_profile(folder, portal_type, make_id(index), make_values(index, today))
        if done % BATCH == 0 or done == len(missing):
            transaction.commit()
            forget_behaviours_cache()
            app._p_jar.cacheGC()
            elapsed = time.monotonic() - started
            rate = done / elapsed
            eta = (len(missing) - done) / rate
            print(
                f"  {portal_type}: {done}/{len(missing)} added, {rate:.0f}/s,"
                f" {elapsed:.0f} s elapsed, ETA {eta:.0f} s",
                flush=True,
            )


def main(app) -> None:
    total = int(os.environ["TREMPLIN_DATA_N"])
    settings = create_site.load_settings()  # of $INSTANCE_YAML
    newSecurityManager(None, create_site.ensure_emergency_user(app, settings["admin"]))
    site = app[settings["site"]["id"]]
    setSite(site)
    started = time.monotonic()
    with quick_lookups():
        fill(app, company_folder("fr"), "Company", company_id, company_values, total)
        fill(app, expert_folder("fr"), "Expert", expert_id, expert_values, total // 10)
    elapsed = time.monotonic() - started
    print(f"Directory data ready ({total} companies) in {elapsed:.0f} s")
    # Closed, FileStorage writes its index: without it the bench instance
    # reads all of Data.fs (1.7 GB for N = 100 000) at every start.
    transaction.commit()
    connection = app._p_jar
    connection.close()
    connection.db().close()


if __name__ == "__main__":  # zconsole runs it as __main__
    main(app)  # noqa: F821 - `app` comes from zconsole
