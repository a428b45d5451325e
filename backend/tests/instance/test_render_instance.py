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


class TestDefaultCredentialsStayOnLoopback:
    STRONG = "a-long-production-password"

    @pytest.fixture
    def exposed(self, settings):
        settings["listen"]["host"] = "0.0.0.0"  # noqa: S104 - what is refused
        settings["admin"]["password"] = self.STRONG
        settings["site"]["demo_content"] = False
        return settings

    @pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
    def test_development_settings_are_fine_on_loopback(self, settings, tmp_path, host):
        settings["listen"]["host"] = host
        renderer.render(settings, tmp_path)
        assert (tmp_path / "etc" / "zope.ini").exists()

    @pytest.mark.parametrize("password", ["admin", "short", ""])
    def test_a_weak_admin_password_is_refused(self, exposed, tmp_path, password):
        exposed["admin"]["password"] = password
        with pytest.raises(SystemExit, match=r"Refusing to listen on 0\.0\.0\.0: set "):
            renderer.render(exposed, tmp_path)
        assert not (tmp_path / "etc" / "zope.ini").exists()

    def test_demo_content_is_refused(self, exposed, tmp_path):
        exposed["site"]["demo_content"] = True
        with pytest.raises(SystemExit, match=r"set site\.demo_content to false"):
            renderer.render(exposed, tmp_path)

    def test_a_production_setting_renders(self, exposed, tmp_path):
        renderer.render(exposed, tmp_path)
        assert "listen = 0.0.0.0:8080" in (tmp_path / "etc" / "zope.ini").read_text()

    def test_the_refusal_is_one_line_naming_each_change(self, settings):
        settings["listen"]["host"] = "192.0.2.10"
        message = str(renderer.exposure_problems(settings))
        assert "TREMPLIN_ADMIN_PASSWORD" in message
        assert "site.demo_content" in message


class TestPasswordSource:
    def test_from_the_settings_file(self, monkeypatch):
        monkeypatch.delenv("TREMPLIN_ADMIN_PASSWORD", raising=False)
        settings = renderer.load_settings(BACKEND / "instance.yaml")
        description = renderer.describe_admin(settings)
        assert description.startswith("Zope emergency user: admin, password from ")
        assert "admin.password in " in description
        assert "development default" in description

    def test_from_the_environment_never_printed(self, monkeypatch):
        monkeypatch.setenv("TREMPLIN_ADMIN_PASSWORD", "s3cret-from-env")
        settings = renderer.load_settings(BACKEND / "instance.yaml")
        description = renderer.describe_admin(settings)
        assert "$TREMPLIN_ADMIN_PASSWORD" in description
        assert "s3cret" not in description


def test_volto_is_a_trusted_proxy(settings, tmp_path):
    renderer.render(settings, tmp_path)
    options = ZopeWSGIOptions(configfile=str(tmp_path / "etc" / "zope.conf"))()
    assert options.configroot.trusted_proxies == ["127.0.0.1"]


def test_no_trusted_proxy_when_none_is_listed(settings, tmp_path):
    settings["listen"]["trusted_proxies"] = []
    renderer.render(settings, tmp_path)
    options = ZopeWSGIOptions(configfile=str(tmp_path / "etc" / "zope.conf"))()
    assert not options.configroot.trusted_proxies
