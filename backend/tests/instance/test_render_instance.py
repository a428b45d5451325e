"""instance.yaml renders into a Zope configuration; the storage is a setting."""

from pathlib import Path
from Zope2.Startup.options import ZopeWSGIOptions

import copy
import importlib.util
import pytest
import yaml


BACKEND = Path(__file__).parents[2]


def load_renderer():
    spec = importlib.util.spec_from_file_location(
        "render_instance", BACKEND / "scripts" / "render_instance.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


renderer = load_renderer()


@pytest.fixture
def settings():
    return copy.deepcopy(yaml.safe_load((BACKEND / "instance.yaml").read_text("utf-8")))


def render(settings, tmp_path):
    renderer.render(settings, tmp_path)
    # Parsed with Zope's own schema, as runwsgi does; no storage is opened.
    options = ZopeWSGIOptions(configfile=str(tmp_path / "etc" / "zope.conf"))()
    return options.configroot.databases[0].config.storage.config


def test_development_uses_filestorage_with_blobs(settings, tmp_path):
    storage = render(settings, tmp_path)
    assert storage.blob_dir == str(tmp_path / "var" / "blobstorage")
    assert storage.base.config.path == str(tmp_path / "var" / "filestorage" / "Data.fs")


def test_relstorage_is_one_setting_away(settings, tmp_path):
    settings["storage"]["kind"] = "relstorage"
    storage = render(settings, tmp_path)
    assert storage.keep_history is False
    assert storage.shared_blob_dir is False
    assert storage.adapter.config.dsn == "dbname=tremplin user=tremplin host=127.0.0.1"


def test_listens_on_loopback_only(settings, tmp_path):
    renderer.render(settings, tmp_path)
    assert "listen = 127.0.0.1:8080" in (tmp_path / "etc" / "zope.ini").read_text()


def test_unknown_storage_is_refused(settings, tmp_path):
    settings["storage"]["kind"] = "mysql"
    with pytest.raises(SystemExit, match=r"storage\.kind must be one of"):
        renderer.render(settings, tmp_path)


def test_admin_password_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TREMPLIN_ADMIN_PASSWORD", "s3cret-from-env")
    assert renderer.load_settings(BACKEND / "instance.yaml")["admin"]["password"] == (
        "s3cret-from-env"
    )
