"""Every translation of a profile follows its review state."""

from plone import api
from plone.app.multilingual.interfaces import ITranslationManager


def follow_translations(obj, event):
    """Carry a transition to the other translations, in the same transaction.

    If one of them cannot follow, the error aborts the whole request: no
    language is left verified while another was withdrawn.
    """
    if event.transition is None:  # creation, not a transition
        return
    state = event.new_state.id
    comment = (event.kwargs or {}).get("comment", "")
    own_uid = api.content.get_uuid(obj)
    # No loop: when another language fires this again, both are in the state.
    for other in ITranslationManager(obj).get_translations().values():
        if api.content.get_uuid(other) == own_uid:
            continue
        if api.content.get_state(other) == state:
            continue
        # The reviewer may not see every language (a draft translation).
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=other, to_state=state, comment=comment)
