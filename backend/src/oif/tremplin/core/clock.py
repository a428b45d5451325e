"""The platform's "now", in UTC: jobs and expiry checks read it from here.

Tests move it with time-machine; jobs also accept an explicit ``now`` so a
run can be replayed for a given day.
"""

from datetime import datetime
from datetime import UTC


def now() -> datetime:
    return datetime.now(UTC)
