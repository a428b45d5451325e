"""Render instance/etc/{zope.conf,zope.ini,site.zcml} from instance.yaml.

Our own small replacement for cookiecutter-zope-instance, which cannot be
fetched here. Usage: python scripts/render_instance.py [settings.yaml] [instance folder]
(the settings default to $INSTANCE_YAML, then instance.yaml), or
--describe-admin to say where the emergency user's password comes from.
It refuses development settings (the default admin password, demo content)
when the listen address is not loopback.
"""

from pathlib import Path

import ipaddress
import os
import sys
import yaml


BACKEND = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "instance_templates"
PASSWORD_VARIABLE = "TREMPLIN_ADMIN_PASSWORD"  # noqa: S105 - a variable's name
# instance.yaml's value, public in the repository.
DEVELOPMENT_PASSWORD = "admin"  # noqa: S105
MIN_PASSWORD_LENGTH = 12


def load_settings(path: Path) -> dict:
    settings = yaml.safe_load(path.read_text("utf-8"))
    password = os.environ.get(PASSWORD_VARIABLE)
    if password:
        settings["admin"]["password"] = password
        settings["admin"]["password_source"] = f"${PASSWORD_VARIABLE}"
    else:
        settings["admin"]["password_source"] = f"admin.password in {path}"
    return settings


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def exposure_problems(settings: dict) -> list[str]:
    """What must change before the instance listens beyond this machine."""
    if is_loopback(str(settings["listen"]["host"])):
        return []
    problems = []
    password = str(settings["admin"].get("password") or "")
    if password == DEVELOPMENT_PASSWORD or len(password) < MIN_PASSWORD_LENGTH:
        problems.append(
            f"set ${PASSWORD_VARIABLE} (or admin.password) to a password of "
            f"{MIN_PASSWORD_LENGTH} characters or more, not the development one"
        )
    if settings["site"].get("demo_content"):
        problems.append(
            "set site.demo_content to false (the demo accounts' password is public)"
        )
    return problems


def refuse_exposure(settings: dict) -> None:
    """Stop, in one line, when a development setting would face the network."""
    if problems := exposure_problems(settings):
        host = settings["listen"]["host"]
        raise SystemExit(f"Refusing to listen on {host}: " + "; ".join(problems) + ".")


def describe_admin(settings: dict) -> str:
    """Where the emergency user's password comes from, never the password."""
    admin = settings["admin"]
    source = admin["password_source"]
    text = f"Zope emergency user: {admin['user']}, password from {source}"
    if admin["password"] == DEVELOPMENT_PASSWORD:
        text += " (the development default; refused off 127.0.0.1)"
    return text


def filestorage_section(storage: dict, instance: Path) -> str:
    config = storage["filestorage"]
    return f"""<zodb_db main>
  cache-size {storage["cache_size"]}
  mount-point /
  <blobstorage>
    blob-dir {instance / config["blobs"]}
    <filestorage>
      path {instance / config["path"]}
    </filestorage>
  </blobstorage>
</zodb_db>"""


def relstorage_section(storage: dict, instance: Path) -> str:
    config = storage["relstorage"]
    keep_history = "true" if config.get("keep_history") else "false"
    return f"""%import relstorage
<zodb_db main>
  cache-size {storage["cache_size"]}
  mount-point /
  <relstorage>
    keep-history {keep_history}
    blob-dir {instance / config["blob_cache"]}
    shared-blob-dir false
    blob-cache-size {config["blob_cache_size"]}
    <postgresql>
      dsn {config["dsn"]}
    </postgresql>
  </relstorage>
</zodb_db>"""


STORAGES = {"filestorage": filestorage_section, "relstorage": relstorage_section}


def storage_section(storage: dict, instance: Path) -> str:
    kind = storage["kind"]
    if kind not in STORAGES:
        raise SystemExit(
            f"storage.kind must be one of {sorted(STORAGES)}, not {kind!r}"
        )
    return STORAGES[kind](storage, instance)


def trusted_proxies_lines(listen: dict) -> str:
    """zope.conf lines for the proxies whose X-Forwarded-For Zope believes."""
    return "\n".join(
        f"trusted-proxy {address}" for address in listen.get("trusted_proxies", [])
    )


def render(settings: dict, instance: Path) -> None:
    refuse_exposure(settings)
    etc = instance / "etc"
    for folder in ("etc", "var/log", "var/cache", "var/filestorage"):
        (instance / folder).mkdir(parents=True, exist_ok=True)
    values = {
        "instance": instance,
        "storage": storage_section(settings["storage"], instance),
        **settings["listen"],
        "trusted_proxies": trusted_proxies_lines(settings["listen"]),
    }
    for name in ("zope.conf", "zope.ini", "site.zcml"):
        text = (TEMPLATES / name).read_text("utf-8")
        (etc / name).write_text(text.format(**values) if name != "site.zcml" else text)


def main(argv: list[str]) -> None:
    default = os.environ.get("INSTANCE_YAML", BACKEND / "instance.yaml")
    if argv[1:] == ["--describe-admin"]:
        print(describe_admin(load_settings(Path(default))))
        return
    config = Path(argv[1]) if len(argv) > 1 else Path(default)
    instance = Path(argv[2]) if len(argv) > 2 else BACKEND / "instance"
    render(load_settings(config), instance.resolve())
    print(f"Rendered {instance}/etc from {config}")


if __name__ == "__main__":
    main(sys.argv)
