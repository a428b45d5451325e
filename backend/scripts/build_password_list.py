"""Build the common/leaked password lists that the password policy ships.

Usage: .venv/bin/python scripts/build_password_list.py  (from backend/; needs
npm and apt-get, run as root for apt-get download's cache, or anyone if the
.deb is already in the working folder).

Each source keeps its own file (and so its own licence) in
src/oif/tremplin/security/passwords/data/, one password a line, in the
source's order; the policy lower-cases and merges them when it loads them.
The script also writes data/NOTICE.md (sources, versions, counts, licences)
and copies the licence texts into data/LICENSES/.

Sources, all from package registries and compatible with GPL-2.0-only:
- zxcvbn (PyPI, MIT): the "passwords" frequency list of the installed package;
- fxa-common-password-list (npm, MPL-2.0): Mozilla's list for Firefox
  Accounts (its src/encoded-passwords.js, front-coded; NOT its source_data/
  folder, which is CC BY-SA 3.0 and not GPL-compatible);
- john-data (Debian, GPL-2 / "assumed to be in the public domain"):
  John the Ripper's password.lst.
"""

from importlib.metadata import version
from pathlib import Path

import shutil
import subprocess
import sys
import tarfile
import tempfile


BACKEND = Path(__file__).resolve().parent.parent
DATA = BACKEND / "src/oif/tremplin/security/passwords/data"
FXA_PACKAGE = "fxa-common-password-list@0.0.4"
COMMON_LICENSES = Path("/usr/share/common-licenses")
MIN_LENGTH = 12  # the policy's MIN_PASSWORD_LENGTH: only those can ever match


def run(*command: str, cwd: Path) -> str:
    return subprocess.run(  # noqa: S603 - fixed commands, no shell
        command, cwd=cwd, check=True, capture_output=True, text=True
    ).stdout


def zxcvbn_passwords(work: Path) -> tuple[list[str], str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return list(FREQUENCY_LISTS["passwords"]), f"zxcvbn {version('zxcvbn')} (PyPI)"


def decode_front_coded(lines: list[str]) -> list[str]:
    """incremental-encoder's format: the first character (base 36) says how
    many leading characters a word shares with the previous one."""
    words: list[str] = []
    for line in lines:
        if not line:
            continue
        shared = int(line[0], 36)
        words.append((words[-1][:shared] if shared else "") + line[1:])
    return words


def fxa_passwords(work: Path) -> tuple[list[str], str]:
    tarball = run("npm", "pack", "--silent", FXA_PACKAGE, cwd=work).split()[-1]
    with tarfile.open(work / tarball) as archive:
        member = archive.extractfile("package/src/encoded-passwords.js")
        module = member.read().decode("utf-8")
    # module.exports = `<one encoded word a line>`;
    encoded = module.split("`")[1].split("\n")
    return decode_front_coded(encoded), f"{FXA_PACKAGE} (npm)"


def john_passwords(work: Path) -> tuple[list[str], str]:
    run("apt-get", "download", "john-data", cwd=work)
    [deb] = work.glob("john-data_*.deb")
    run("dpkg-deb", "-x", deb.name, "john", cwd=work)
    text = (work / "john/usr/share/john/password.lst").read_text("latin-1")
    words = [w for w in text.splitlines() if w and not w.startswith("#!comment")]
    return words, f"Debian {deb.stem.replace('_all', '').replace('_', ' ')}"


SOURCES = (
    (
        "zxcvbn-passwords.txt",
        zxcvbn_passwords,
        "MIT (zxcvbn-python, © Daniel Wolf; lists from Dropbox's zxcvbn, © Dropbox)",
    ),
    (
        "fxa-common-passwords.txt",
        fxa_passwords,
        "MPL-2.0 (© Mozilla); the Secondary License clause (§3.3) lets it "
        "ship with GPL-2.0 code",
    ),
    (
        "john-password-list.txt",
        john_passwords,
        "GPL-2 per Debian's copyright file; the list itself says it is "
        "'assumed to be in the public domain' (© Solar Designer, Openwall)",
    ),
)


def write_licences() -> None:
    folder = DATA / "LICENSES"
    folder.mkdir(exist_ok=True)
    shutil.copy(COMMON_LICENSES / "MPL-2.0", folder / "MPL-2.0.txt")
    shutil.copy(COMMON_LICENSES / "GPL-2", folder / "GPL-2.0.txt")
    zxcvbn_licence = Path(sys.modules["zxcvbn"].__file__).parent.parent / (
        f"zxcvbn-{version('zxcvbn')}.dist-info/LICENSE.txt"
    )
    shutil.copy(zxcvbn_licence, folder / "MIT-zxcvbn.txt")


def notice(rows: list[tuple[str, str, int, int, str]], union: int, long: int) -> str:
    lines = [
        "# Common and leaked password lists",
        "",
        "Read by `oif.tremplin.security.passwords.common`; built by",
        "`backend/scripts/build_password_list.py` (do not edit by hand).",
        "Each file keeps its source's licence; the policy lower-cases and",
        "merges them at load time.",
        "",
        "| file | source | entries | ≥ 12 characters | licence |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| `{f}` | {s} | {n} | {n12} | {lic} |" for f, s, n, n12, lic in rows]
    lines += [
        "",
        f"Together, lower-cased and without duplicates: **{union}** passwords,",
        f"**{long}** of them at least 12 characters long. Only those can refuse",
        "a password (a shorter one is refused for its length first), so only",
        "those are kept in memory.",
        "",
        "Licence texts: `LICENSES/`. Mozilla's list is, per its README, a",
        'filtered selection of the SecLists "10 million passwords" data; we',
        "ship only Mozilla's MPL-2.0 file, not that package's `source_data/`",
        "folder (CC BY-SA 3.0, not compatible with GPL-2.0).",
        "",
        "MPL-2.0 notice for `fxa-common-passwords.txt`: This Source Code Form",
        "is subject to the terms of the Mozilla Public License, v. 2.0. If a",
        "copy of the MPL was not distributed with this file, You can obtain",
        "one at https://mozilla.org/MPL/2.0/.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    DATA.mkdir(exist_ok=True)
    rows, everything = [], set()
    with tempfile.TemporaryDirectory() as folder:
        for filename, fetch, licence in SOURCES:
            words, source = fetch(Path(folder))
            words = [w for w in words if "\n" not in w and "\r" not in w]
            (DATA / filename).write_text("\n".join(words) + "\n", "utf-8")
            lowered = {w.lower() for w in words}
            everything |= lowered
            long = sum(1 for w in lowered if len(w) >= MIN_LENGTH)
            rows.append((filename, source, len(words), long, licence))
            print(f"{filename}: {len(words)} entries from {source}")
    long = sum(1 for w in everything if len(w) >= MIN_LENGTH)
    write_licences()
    (DATA / "NOTICE.md").write_text(notice(rows, len(everything), long), "utf-8")
    print(f"merged: {len(everything)} unique, {long} of at least {MIN_LENGTH} chars")


if __name__ == "__main__":
    main()
