"""Workflow events of profiles: refuse a step without its reason, then carry
out the step once for all languages (verification/cycle.py)."""

from oif.tremplin.core.errors import field_errors
from oif.tremplin.verification import cycle

import transaction


def _comment(event) -> str:
    return str((event.kwargs or {}).get("comment") or "").strip()


def before_step(profile, event):
    """Reject, request_documents and appeal need a reason (400 field `comment`)."""
    if event.transition is None:
        return
    transition = event.transition.id
    if transition in cycle.COMMENT_REQUIRED and not _comment(event):
        # plone.restapi's @workflow turns the error into a 400 it *returns*,
        # after setting the effective date: dooming the transaction makes the
        # publisher abort it, so a refused step writes nothing.
        transaction.doom()
        raise field_errors({"comment": cycle.COMMENT_REQUIRED_MESSAGE})
    cycle.note_step(profile, transition)


def after_step(profile, event):
    if event.transition is None:  # creation, not a transition
        return
    transition = event.transition.id
    if cycle.is_step_origin(profile, transition):
        cycle.carry_out_step(profile, transition, _comment(event), event.new_state.id)
