from oif.tremplin.assessment.store import ensure_store


def install_assessment(setup_tool):
    """The self-assessment's store, with version 1 of the questionnaire."""
    ensure_store()
