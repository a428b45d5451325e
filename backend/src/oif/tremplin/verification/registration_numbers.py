"""What a company registration number looks like, country by country.

A small table, not a registry lookup: it catches typing mistakes and numbers
from another country, and the moderator checks the rest against the trade
register extract. Countries not listed are "unknown" (the check says so).
"""

from collections.abc import Callable
from dataclasses import dataclass

import re


SEP = r"[-. /]?"  # people write RCCM numbers with dashes, dots, spaces or slashes
OHADA_COUNTRIES = (
    "BF",
    "BJ",
    "CD",
    "CF",
    "CG",
    "CI",
    "CM",
    "GA",
    "GN",
    "GQ",
    "GW",
    "KM",
    "ML",
    "NE",
    "SN",
    "TD",
    "TG",
)


def _rccm(country: str) -> str:
    """OHADA trade register: SN-DKR-2014-B-10234, CI-ABJ-03-2023-B12-01234."""
    return (
        rf"(RCCM{SEP})?{country}{SEP}[A-Z]{{3,4}}{SEP}(\d{{2}}{SEP})?\d{{4}}{SEP}"
        rf"[A-Z]\d{{0,2}}{SEP}\d{{1,6}}"
    )


def _luhn(digits: str) -> bool:
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def _belgian_checksum(number: str) -> bool:
    digits = _digits(number)
    return 97 - int(digits[:8]) % 97 == int(digits[8:])


@dataclass(frozen=True)
class NumberFormat:
    name: str  # shown to moderators: "RCCM", "SIREN"
    pattern: str  # matched against the whole number, upper case
    checksum: Callable[[str], bool] | None = None


FORMATS: dict[str, tuple[NumberFormat, ...]] = {
    **{country: (NumberFormat("RCCM", _rccm(country)),) for country in OHADA_COUNTRIES},
    "SN": (
        NumberFormat("RCCM", _rccm("SN")),
        NumberFormat("NINEA", rf"\d{{7,9}}({SEP}\d[A-Z]\d)?"),
    ),
    "CM": (
        NumberFormat("RCCM", _rccm("CM")),
        NumberFormat("NIU", r"[A-Z]\d{12}[A-Z]"),
    ),
    "MA": (
        NumberFormat("RC", rf"(MA{SEP})?([A-Z]+{SEP})?(RC{SEP})?\d{{1,7}}"),
        NumberFormat("ICE", r"\d{15}"),
    ),
    "TN": (
        # Matricule fiscal / RNE identifier: 1234567A, 1234567/A/M/000.
        NumberFormat(
            "Matricule fiscal / RNE",
            rf"\d{{7}}{SEP}[A-Z]({SEP}[A-Z]){{0,2}}({SEP}\d{{3}})?",
        ),
    ),
    "FR": (
        NumberFormat(
            "SIREN",
            r"(RCS [A-Z' -]+ )?\d{3} ?\d{3} ?\d{3}",
            lambda n: _luhn(_digits(n)),
        ),
        NumberFormat(
            "SIRET", r"\d{3} ?\d{3} ?\d{3} ?\d{5}", lambda n: _luhn(_digits(n))
        ),
    ),
    "BE": (
        NumberFormat(
            "BCE/KBO",
            rf"(BE{SEP})?[01]\d{{3}}{SEP}\d{{3}}{SEP}\d{{3}}",
            _belgian_checksum,
        ),
    ),
    "CA": (
        NumberFormat("BN", rf"\d{{9}}({SEP}[A-Z]{{2}}{SEP}\d{{4}})?"),
        NumberFormat("NEQ", r"(11|22|33|88)\d{8}"),
    ),
    "CH": (NumberFormat("IDE/UID", rf"CHE{SEP}\d{{3}}{SEP}\d{{3}}{SEP}\d{{3}}"),),
}


@dataclass(frozen=True)
class Plausibility:
    known: bool  # the country has formats in the table
    matched: NumberFormat | None = None  # the format the number has
    checksum_ok: bool = True  # False when it has the format but a wrong key


def check_registration_number(country: str, number: str) -> Plausibility:
    formats = FORMATS.get((country or "").upper())
    if not formats:
        return Plausibility(known=False)
    normalized = " ".join((number or "").upper().split())
    for number_format in formats:
        if re.fullmatch(number_format.pattern, normalized):
            checksum = number_format.checksum
            return Plausibility(
                True, number_format, not checksum or checksum(normalized)
            )
    return Plausibility(known=True)


def format_names(country: str) -> str:
    return ", ".join(f.name for f in FORMATS.get((country or "").upper(), ()))
