"""Spec §6.2.1: the Tremplin roles exist and each has its group."""

from plone import api

import pytest


@pytest.mark.parametrize("role", ["Moderator", "Company Representative", "Expert"])
def test_role_registered(portal, role):
    assert role in portal.validRoles()


@pytest.mark.parametrize(
    "group,role",
    [
        ("moderators", "Moderator"),
        ("representatives", "Company Representative"),
        ("experts", "Expert"),
    ],
)
def test_group_grants_its_role(portal, group, role):
    assert role in api.group.get_roles(groupname=group)


@pytest.mark.parametrize(
    "permission,roles",
    [
        ("oif.tremplin: Add Company", {"Manager", "Site Administrator"}),
        (
            "oif.tremplin: Review profiles",
            {"Manager", "Site Administrator", "Moderator"},
        ),
    ],
)
def test_permission_granted_to_least_roles(portal, permission, roles):
    granted = {r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]}
    assert granted == roles
