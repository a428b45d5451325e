"""Companies are members-only; drafts are seen by their owner and the OIF team."""

from plone import api

import pytest


AWA = "fr/entreprises/delices-tropicaux-du-senegal"


def can_view(portal, username, path=AWA):
    obj = portal.unrestrictedTraverse(path)
    with api.env.adopt_user(username=username):
        return api.user.has_permission("View", obj=obj)


@pytest.fixture
def draft(portal):
    """Awa's profile sent back to draft by a moderator."""
    with api.env.adopt_user(username="moderateur"):
        api.content.transition(
            obj=portal.unrestrictedTraverse(AWA), transition="retract"
        )
    return AWA


@pytest.fixture
def guest(portal):
    """An authenticated member who holds no Tremplin role yet."""
    api.user.create(
        username="guest",
        email="guest@example.org",
        password="Baobab-Pirogue-Tamarin-42",
    )
    return "guest"


class TestVerifiedProfile:
    @pytest.mark.parametrize(
        "username", ["awa", "ahmed", "aminata", "moderateur", "administrateur"]
    )
    def test_members_see_it(self, portal, username):
        assert can_view(portal, username) is True

    def test_guest_does_not(self, portal, guest):
        assert can_view(portal, guest) is False

    def test_anonymous_does_not(self, portal):
        obj = portal.unrestrictedTraverse(AWA)
        with api.env.adopt_roles(["Anonymous"]):
            assert api.user.has_permission("View", obj=obj) is False

    @pytest.mark.parametrize(
        "username,can_edit",
        [
            ("awa", True),
            ("ahmed", False),
            ("moderateur", False),
            ("administrateur", True),
        ],
    )
    def test_only_the_owner_and_admins_edit(self, portal, username, can_edit):
        obj = portal.unrestrictedTraverse(AWA)
        with api.env.adopt_user(username=username):
            assert api.user.has_permission("Modify portal content", obj=obj) is can_edit


class TestDraftProfile:
    @pytest.mark.parametrize(
        "username,visible",
        [
            ("awa", True),
            ("moderateur", True),
            ("administrateur", True),
            ("ahmed", False),
            ("aminata", False),
        ],
    )
    def test_visibility(self, portal, draft, username, visible):
        assert can_view(portal, username, draft) is visible

    def test_representatives_cannot_verify_their_own_profile(self, portal, draft):
        obj = portal.unrestrictedTraverse(draft)
        with api.env.adopt_user(username="awa"):
            assert "verify" not in {
                t["id"]
                for t in api.portal.get_tool("portal_workflow").getTransitionsFor(obj)
            }

    def test_moderator_verifies(self, portal, draft):
        obj = portal.unrestrictedTraverse(draft)
        with api.env.adopt_user(username="awa"):
            api.content.transition(obj=obj, transition="submit")
        with api.env.adopt_user(username="moderateur"):
            api.content.transition(obj=obj, transition="start_review")
            api.content.transition(obj=obj, transition="verify")
        assert api.content.get_state(obj) == "verified"
