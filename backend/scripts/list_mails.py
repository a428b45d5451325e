"""List the mails the development SMTP catcher stored, or print one of them.

Usage: python scripts/list_mails.py MAILDIR [NUMBER]
"""

from email import policy
from email.parser import BytesParser

import mailbox
import sys


def oldest_first(maildir: mailbox.Maildir) -> list:
    parser = BytesParser(policy=policy.default)
    messages = [parser.parsebytes(maildir.get_bytes(key)) for key in maildir.iterkeys()]
    return sorted(messages, key=lambda m: m["Date"].datetime if m["Date"] else 0)


def body_of(message) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part else ""


def main(argv: list[str]) -> None:
    messages = oldest_first(mailbox.Maildir(argv[1], create=True))
    if not messages:
        print("No mail yet.")
        return
    if len(argv) > 2:
        message = messages[int(argv[2]) - 1]
        for header in ("Date", "From", "To", "Subject"):
            print(f"{header}: {message[header]}")
        print()
        print(body_of(message))
        return
    for number, message in enumerate(messages, start=1):
        print(f"{number:3}  {message['Date']}  {message['To']}  {message['Subject']}")
    print("\nmake mails MAIL=<number> prints one mail.")


if __name__ == "__main__":
    main(sys.argv)
