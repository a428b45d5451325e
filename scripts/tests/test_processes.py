"""scripts/lib/processes.sh: readiness checks end, and stopping never leaves
a server behind (start.sh relies on both)."""

from pathlib import Path

import os
import pytest
import signal
import socket
import subprocess


LIB = Path(__file__).parents[1] / "lib" / "processes.sh"


def run(script: str, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", "-c", f"source {LIB}\n{script}"],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def silent_server():
    """Accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield f"http://127.0.0.1:{server.getsockname()[1]}/"


# As in start.sh: `set -m` gives each background job its own process group,
# and the shell that started them reaps them.
# It says when it ignores SIGTERM (a file): the test must not signal it before.
STUBBORN_SERVER = (
    "python3 -c 'import signal, sys, time;"
    ' signal.signal(signal.SIGTERM, signal.SIG_IGN); open(sys.argv[1], "w");'
    ' time.sleep(600)\' "$READY" &'
    '\nwhile [ ! -e "$READY" ]; do sleep 0.05; done'
)
POLITE_SERVER = "sleep 600 &"


def stop_after_start(server: str, grace: int, tmp_path) -> tuple:
    ready = tmp_path / "ready"
    script = f"READY={ready}\nset -m\n{server}\npid=$!\necho $pid\n"
    result = run(script + f"stop_groups {grace} $pid\nwait", timeout=30)
    return result, int(result.stdout.split()[0])


def is_gone(pid: int) -> bool:
    try:
        os.killpg(pid, 0)
    except ProcessLookupError:
        return True
    os.killpg(pid, signal.SIGKILL)  # do not leave it behind when the test fails
    return False


def test_wait_for_gives_up_on_a_server_that_never_answers(silent_server):
    # Without a time limit per try, curl would wait for ever and so would we.
    result = run(f"wait_for {silent_server} 3", timeout=30)
    assert result.returncode == 1
    assert "did not answer within 3 s" in result.stderr


def test_wait_for_returns_once_the_server_answers(tmp_path):
    (tmp_path / "ok").write_text("ok")
    with subprocess.Popen(
        ["python3", "-m", "http.server", "0", "--bind", "127.0.0.1"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        text=True,
    ) as server:
        # "Serving HTTP on 127.0.0.1 port N ..."
        port = server.stdout.readline().split(" port ")[1].split()[0]
        result = run(f"wait_for http://127.0.0.1:{port}/ok 30", timeout=40)
        server.terminate()
    assert result.returncode == 0, result.stderr


def test_stop_groups_kills_what_ignores_sigterm(tmp_path):
    result, pid = stop_after_start(STUBBORN_SERVER, grace=1, tmp_path=tmp_path)
    assert result.returncode == 0
    assert "killing" in result.stderr
    assert is_gone(pid)


def test_stop_groups_ends_quietly_what_stops_on_sigterm(tmp_path):
    result, pid = stop_after_start(POLITE_SERVER, grace=10, tmp_path=tmp_path)
    assert result.returncode == 0
    assert "killing" not in result.stderr
    assert is_gone(pid)
