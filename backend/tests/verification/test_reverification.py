"""Annual re-verification (spec §6.1.7): reminders 30 and 7 days before the
expiry date, expiry on the date, each once, however often the job runs."""

from datetime import date
from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.core.jobs import run_jobs
from oif.tremplin.verification.reverification import remind_and_expire
from plone import api

import pytest
import transaction


AWA = (
    "fr/entreprises/delices-tropicaux-du-senegal",
    "en/companies/delices-tropicaux-du-senegal",
)
OTHERS = (
    "fr/entreprises/edunova-maroc",
    "en/companies/edunova-maroc",
    "fr/entreprises/akwaba-mode-ethique",
    "en/companies/akwaba-mode-ethique",
)
JOB = "oif.tremplin.jobs.reverification"


def set_expiry(portal, paths, day: date):
    for path in paths:
        portal.unrestrictedTraverse(path).verification_expires = day


@pytest.fixture
def expiring(portal):
    """Awa's verification ends on 31 March 2027; the others much later."""
    set_expiry(portal, AWA, date(2027, 3, 31))
    set_expiry(portal, OTHERS, date(2099, 1, 1))
    return portal.unrestrictedTraverse(AWA[0])


def run_on(portal, time_machine, day: str) -> dict:
    time_machine.move_to(f"{day} 06:00:00+00:00", tick=False)
    return remind_and_expire(portal, clock.now())


@pytest.mark.parametrize(
    "day,reminded",
    [
        ("2027-02-01", 0),  # 58 days left
        ("2027-03-01", 1),  # 30 days left
        ("2027-03-10", 1),  # 21 days: the 30-day reminder, never sent yet
        ("2027-03-24", 1),  # 7 days left
        ("2027-03-30", 1),
    ],
)
def test_a_reminder_is_due(expiring, time_machine, day, reminded):
    summary = run_on(expiring, time_machine, day)
    assert summary == {"reminded": reminded, "expired": 0}


def test_each_reminder_is_sent_once(expiring, time_machine):
    runs = [
        ("2027-03-01", 1),
        ("2027-03-01", 0),  # the same day again
        ("2027-03-10", 0),  # the 30-day reminder was sent
        ("2027-03-24", 1),
        ("2027-03-25", 0),
        ("2027-03-30", 0),
    ]
    for day, reminded in runs:
        assert run_on(expiring, time_machine, day)["reminded"] == reminded, day


def test_expired_on_the_date_once(expiring, time_machine):
    assert run_on(expiring, time_machine, "2027-03-31") == {"reminded": 0, "expired": 1}
    for path in AWA:
        assert api.content.get_state(expiring.unrestrictedTraverse(path)) == "expired"
    assert "representatives" not in {
        g.getId() for g in api.group.get_groups(username="awa")
    }
    [entry] = list(audit.entries(action="profile.expire"))
    assert entry["target"] == "/" + AWA[0]
    assert run_on(expiring, time_machine, "2027-04-01") == {"reminded": 0, "expired": 0}


def test_a_new_verification_starts_the_reminders_afresh(expiring, time_machine):
    run_on(expiring, time_machine, "2027-03-24")
    run_on(expiring, time_machine, "2027-03-31")
    time_machine.move_to("2027-04-02 10:00:00+00:00", tick=False)
    with api.env.adopt_roles(["Manager"]):
        for transition in ("submit", "start_review", "verify"):
            api.content.transition(obj=expiring, transition=transition)
    assert expiring.verification_expires == date(2028, 4, 2)
    assert run_on(expiring, time_machine, "2028-03-03")["reminded"] == 1


def test_run_jobs_runs_it(expiring, time_machine):
    time_machine.move_to("2027-03-01 06:00:00+00:00", tick=False)
    assert run_jobs(expiring)[JOB] == {"reminded": 1, "expired": 0}
    assert run_jobs(expiring)[JOB] == {"reminded": 0, "expired": 0}


def test_the_reminder_mail(functional_portal, inbox, time_machine):
    set_expiry(functional_portal, AWA, date(2027, 3, 31))
    set_expiry(functional_portal, OTHERS, date(2099, 1, 1))
    transaction.commit()
    time_machine.move_to("2027-03-24 06:00:00+00:00", tick=False)
    run_jobs(functional_portal)
    transaction.commit()
    [mail] = inbox.to("awa.ndiaye@demo.tremplin.test")
    assert mail["Subject"] == (
        "Tremplin : votre profil « Délices Tropicaux du Sénégal » est à revérifier "
        "avant le 31/03/2027"
    )
    assert "expire dans 7 jours" in mail.get_content()
    run_jobs(functional_portal)
    transaction.commit()
    assert len(inbox.messages) == 1
