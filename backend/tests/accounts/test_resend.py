"""POST @tremplin-registration-resend: a new link, at most one a minute and
five a day, with the same answer for addresses nobody registered."""

from oif.tremplin.accounts import pending

import json
import pytest
import transaction


EMAIL = "mariama.sow@example.org"


def resend(session, email=EMAIL):
    return session.post("/@tremplin-registration-resend", json={"email": email})


@pytest.fixture
def registered(register, company_body, time_machine):
    time_machine.move_to("2026-11-27 10:00:00+00:00", tick=False)
    response, token = register(company_body())
    assert response.status_code == 201
    return token


def test_new_link_replaces_the_old_one(
    registered, anon_request, inbox, time_machine, confirmation_link
):
    time_machine.move_to("2026-11-27 10:01:00+00:00", tick=False)
    response = resend(anon_request)
    assert response.status_code == 202, response.text
    _first, second = inbox.to(EMAIL)
    new_token = confirmation_link(second)[2]
    assert new_token != registered
    old = anon_request.post(
        "/@tremplin-registration-confirm", json={"token": registered}
    )
    assert old.status_code == 400
    new = anon_request.post(
        "/@tremplin-registration-confirm", json={"token": new_token}
    )
    assert new.status_code == 200, new.text


def test_new_link_gets_a_new_expiry(registered, anon_request, time_machine, inbox):
    time_machine.move_to("2026-11-28 10:00:00+00:00", tick=False)
    assert resend(anon_request).status_code == 202
    transaction.begin()
    expires = pending.pending_registration(EMAIL)["expires"]
    assert expires.isoformat() == "2026-11-30T10:00:00+00:00"


def test_an_expired_request_can_get_a_new_link(
    registered, anon_request, time_machine, inbox, confirmation_link
):
    time_machine.move_to("2026-11-30 10:00:00+00:00", tick=False)
    assert resend(anon_request).status_code == 202
    token = confirmation_link(inbox.to(EMAIL)[-1])[2]
    response = anon_request.post(
        "/@tremplin-registration-confirm", json={"token": token}
    )
    assert response.status_code == 200


def test_too_soon(registered, anon_request, time_machine, inbox):
    time_machine.move_to("2026-11-27 10:00:20+00:00", tick=False)
    response = resend(anon_request)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "41"
    assert response.json()["message"]
    assert len(inbox.to(EMAIL)) == 1


def test_five_mails_a_day(registered, anon_request, time_machine, inbox):
    for minute in range(1, 5):
        time_machine.move_to(f"2026-11-27 10:0{minute}:00+00:00", tick=False)
        assert resend(anon_request).status_code == 202
    time_machine.move_to("2026-11-27 12:00:00+00:00", tick=False)
    response = resend(anon_request)
    assert response.status_code == 429
    # The first of the five leaves the 24-hour window at 10:00 tomorrow.
    assert int(response.headers["Retry-After"]) == 22 * 3600 + 1
    assert len(inbox.to(EMAIL)) == 5
    time_machine.move_to("2026-11-28 10:00:01+00:00", tick=False)
    assert resend(anon_request).status_code == 202


def test_unknown_address_gets_the_same_answers(anon_request, inbox, time_machine):
    time_machine.move_to("2026-11-27 10:00:00+00:00", tick=False)
    response = resend(anon_request, "nobody@example.org")
    assert (response.status_code, response.json()) == (
        202,
        {"email": "nobody@example.org"},
    )
    time_machine.move_to("2026-11-27 10:00:20+00:00", tick=False)
    assert resend(anon_request, "nobody@example.org").status_code == 429
    assert inbox.messages == []


def test_member_address_gets_the_same_answer(anon_request, inbox):
    response = resend(anon_request, "awa.ndiaye@demo.tremplin.test")
    assert response.status_code == 202
    assert inbox.messages == []


@pytest.mark.parametrize("email", ["", "not-an-address", None, 12])
def test_malformed_address(anon_request, email):
    response = resend(anon_request, email)
    assert response.status_code == 400
    [error] = json.loads(response.json()["message"])
    assert error["field"] == "email"


def test_job_forgets_expired_requests(registered, functional_portal):
    from datetime import UTC
    from datetime import datetime
    from oif.tremplin.core.jobs import run_jobs

    transaction.begin()
    job = "oif.tremplin.jobs.purge_expired_registrations"
    assert run_jobs(functional_portal, datetime(2026, 11, 28, tzinfo=UTC))[job] == {
        "purged": 0
    }
    summary = run_jobs(functional_portal, datetime(2026, 11, 30, tzinfo=UTC))
    assert summary[job] == {"purged": 1}
    assert pending.pending_registration(EMAIL) is None
    again = run_jobs(functional_portal, datetime(2026, 11, 30, tzinfo=UTC))
    assert again[job] == {"purged": 0}
    transaction.abort()


@pytest.mark.parametrize("username", ["guest", "awa"])
def test_signed_in_members_get_the_same_answer(registered, session_of, username):
    response = resend(session_of(username), "nobody@example.org")
    assert response.status_code == 202
