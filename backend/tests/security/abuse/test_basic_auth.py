"""HTTP Basic authentication of members is off on a real site: a password
sent that way would escape the CAPTCHA and the lockout of @login. (The test
fixture turns it on, because the other tests sign in with it.)"""

from oif.tremplin.security.abuse.basic_auth import basic_auth_active
from oif.tremplin.security.settings import ISecuritySettings
from oif.tremplin.demo import DEMO_PASSWORD
from plone import api

import pytest
import transaction


RECORD = "oif.tremplin.security.basic_auth_enabled"


@pytest.fixture
def basic_auth_off(functional_portal):
    api.portal.set_registry_record(RECORD, False)
    transaction.commit()
    yield functional_portal
    api.portal.set_registry_record(RECORD, True)
    transaction.commit()


def whoami(session) -> tuple[int, str]:
    """The answer to a member-only question: who am I?"""
    response = session.get("@users/awa")
    return response.status_code, response.headers.get("Content-Type", "")


def test_off_by_default():
    assert ISecuritySettings["basic_auth_enabled"].default is False


def test_the_setting_switches_the_plugin(basic_auth_off):
    assert not basic_auth_active(basic_auth_off)
    api.portal.set_registry_record(RECORD, True)
    assert basic_auth_active(basic_auth_off)


def test_right_and_wrong_passwords_get_the_same_answer(basic_auth_off, request_factory):
    right = whoami(request_factory(basic_auth=("awa", DEMO_PASSWORD)))
    wrong = whoami(request_factory(basic_auth=("awa", "Not-Her-Password-42")))
    anonymous = whoami(request_factory())
    assert right == wrong == anonymous
    assert right[0] == 401


def test_when_on_a_script_may_use_it(functional_portal, request_factory):
    assert whoami(request_factory(basic_auth=("awa", DEMO_PASSWORD)))[0] == 200


def test_sign_in_still_works_when_off(basic_auth_off, request_factory):
    response = request_factory().post(
        "@login", json={"login": "awa", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200, response.text
    token = response.json()["token"]
    session = request_factory()
    session.headers["Authorization"] = f"Bearer {token}"
    assert whoami(session)[0] == 200
