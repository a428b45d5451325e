"""Render instance/etc/{zope.conf,zope.ini,site.zcml} from instance.yaml.

Our own small replacement for cookiecutter-zope-instance, which cannot be
fetched here. Usage: python scripts/render_instance.py [settings.yaml] [instance folder]
(the settings default to $INSTANCE_YAML, then instance.yaml).
"""

from pathlib import Path

import os
import sys
import yaml


BACKEND = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "instance_templates"


def load_settings(path: Path) -> dict:
    settings = yaml.safe_load(path.read_text("utf-8"))
    password = os.environ.get("TREMPLIN_ADMIN_PASSWORD")
    if password:
        settings["admin"]["password"] = password
    return settings


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


def render(settings: dict, instance: Path) -> None:
    etc = instance / "etc"
    for folder in ("etc", "var/log", "var/cache", "var/filestorage"):
        (instance / folder).mkdir(parents=True, exist_ok=True)
    values = {
        "instance": instance,
        "storage": storage_section(settings["storage"], instance),
        **settings["listen"],
    }
    for name in ("zope.conf", "zope.ini", "site.zcml"):
        text = (TEMPLATES / name).read_text("utf-8")
        (etc / name).write_text(text.format(**values) if name != "site.zcml" else text)


def main(argv: list[str]) -> None:
    default = os.environ.get("INSTANCE_YAML", BACKEND / "instance.yaml")
    config = Path(argv[1]) if len(argv) > 1 else Path(default)
    instance = Path(argv[2]) if len(argv) > 2 else BACKEND / "instance"
    render(load_settings(config), instance.resolve())
    print(f"Rendered {instance}/etc from {config}")


if __name__ == "__main__":
    main(sys.argv)
