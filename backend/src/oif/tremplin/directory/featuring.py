"""Recommending a profile: the flag is shared by all its translations."""

from plone.app.multilingual.interfaces import ITranslationManager


def set_featured(profile, featured: bool) -> None:
    """Set the flag on the profile and on each of its translations, and
    reindex what the directory reads."""
    translations = ITranslationManager(profile).get_translations().values()
    for obj in {id(o): o for o in (profile, *translations)}.values():
        obj.featured = featured
        obj.reindexObject(idxs=["featured"])
