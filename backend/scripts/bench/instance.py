"""The bench instances: one Zope instance per data size, never the dev site.

var/bench-<N>/ holds its own instance.yaml (the development settings with
another data directory and port), its rendered etc/ and its Data.fs.

    python scripts/bench/instance.py data N   # prepare, create the site, generate
    python scripts/bench/instance.py prepare N [PORT]

Run from backend/ (the Makefile does).
"""

from pathlib import Path

import os
import subprocess
import sys
import yaml


BACKEND = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BACKEND / "scripts"))

import render_instance  # noqa: E402


BIN = BACKEND / ".venv" / "bin"
DEFAULT_PORT = 8090
COMPLETE = "data-complete"  # written once every profile exists


def bench_dir(total: int) -> Path:
    return BACKEND / "var" / f"bench-{total}"


def prepare(total: int, port: int = DEFAULT_PORT) -> Path:
    """Write var/bench-N/instance.yaml and render its etc/ (loopback only)."""
    folder = bench_dir(total)
    folder.mkdir(parents=True, exist_ok=True)
    # The raw development file: the emergency password of the environment,
    # if any, is applied when read (render_instance.load_settings), never
    # written into var/.
    settings = yaml.safe_load((BACKEND / "instance.yaml").read_text("utf-8"))
    settings["listen"].update(host="127.0.0.1", port=port)
    settings["storage"]["kind"] = "filestorage"
    settings["site"]["demo_content"] = True  # the bench signs in as a persona
    config = folder / "instance.yaml"
    config.write_text(
        "# Bench instance (scripts/bench/instance.py), not for development.\n"
        + yaml.safe_dump(settings, allow_unicode=True, sort_keys=False),
        "utf-8",
    )
    render_instance.render(render_instance.load_settings(config), folder)
    return folder


def zconsole(total: int, script: str, **environment: str) -> None:
    folder = bench_dir(total)
    env = {**os.environ, "INSTANCE_YAML": str(folder / "instance.yaml"), **environment}
    subprocess.run(  # noqa: S603 - our own scripts, no shell
        [str(BIN / "zconsole"), "run", str(folder / "etc" / "zope.conf"), script],
        cwd=BACKEND,
        env=env,
        check=True,
    )


def generate(total: int) -> Path:
    """The bench site of this size, with its N companies and N/10 experts."""
    folder = prepare(total)
    zconsole(total, "scripts/create_site.py")
    zconsole(total, "scripts/generate_directory_data.py", TREMPLIN_DATA_N=str(total))
    (folder / COMPLETE).write_text(f"{total}\n")
    return folder


def ensure_data(total: int) -> Path:
    """Like generate(), without the minute it takes to find that nothing is
    missing once a generation has completed (`make demo-data` still checks)."""
    folder = bench_dir(total)
    return folder if (folder / COMPLETE).exists() else generate(total)


def main(argv: list[str]) -> None:
    command, total = argv[1], int(argv[2])
    if command == "data":
        generate(total)
    elif command == "prepare":
        print(prepare(total, int(argv[3]) if len(argv) > 3 else DEFAULT_PORT))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
