"""Print the current authenticator code of a demo account (development only).

The demo moderator and administrator must sign in with a second factor; their
secrets are in src/oif/tremplin/demo/demo.yaml. Usage: demo_totp.py LOGIN
"""

from pathlib import Path

import pyotp
import sys
import time
import yaml


DEMO_FILE = Path(__file__).parent.parent / "src/oif/tremplin/demo/demo.yaml"


def main(login: str) -> int:
    accounts = yaml.safe_load(DEMO_FILE.read_text("utf-8"))["accounts"]
    secrets = {a["username"]: a["totp_secret"] for a in accounts if "totp_secret" in a}
    if login not in secrets:
        print(f"No demo authenticator for {login!r}; try: {', '.join(secrets)}")
        return 1
    totp = pyotp.TOTP(secrets[login])
    left = totp.interval - int(time.time()) % totp.interval
    print(f"{login}: {totp.now()} (valid {left} s more)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "moderateur"))
