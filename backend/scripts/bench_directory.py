"""Benchmark the directory: `@tremplin-directory` and stock `@search`.

For each size N (arguments, else $BENCH_N, else 1000 10000 100000) it fills
the bench instance var/bench-N/ (generate_directory_data.py, idempotent),
starts it on 127.0.0.1 on a free port, signs a verified member in through
POST @login (JWT: HTTP Basic is off for members), and measures each scenario
sequentially and with 8 concurrent clients (threads, keep-alive
http.client). It prints p50/p95 latency and throughput per line and always
stops the instance it started (also on error or Ctrl-C). The directory's
lines come twice: as members repeat them (answers reused, directory/answers.py)
and "fresh" (`Cache-Control: no-cache`: every answer computed anew).

    .venv/bin/python scripts/bench_directory.py 1000 10000   # from backend/
    make bench BENCH_N="1000 10000"                            # the same

BENCH_AS_IS=1 measures the data as it is, without completing it (the first
line gives how many profiles there are).
$BENCH_REQUESTS (default 200) sets the requests per line, after 20 warm-up
requests that are not counted; $BENCH_REQUESTS_FULLOBJECTS (default 50) those
of `@search` with `fullobjects`, 20 to 50 times slower than the rest.
docs/developer/benchmark.md gives figures.
"""

from pathlib import Path
from urllib.parse import urlencode

import contextlib
import ctypes
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time


sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import instance


SITE = "Plone"
MEMBER = "awa"  # a verified company representative of the demo content
DEMO_PASSWORD = "Demo-Tremplin-2026"  # noqa: S105 - oif.tremplin.demo.DEMO_PASSWORD
WARM_UP = 20
CONCURRENCY = 8
READY_TIMEOUT = 300
BUSY = 2.5  # load average above which the figures are flagged
PR_SET_PDEATHSIG = 1  # linux/prctl.h
SEARCH_FILTERS = {"portal_type": "Company", "Language": "fr", "b_size": 20}
CARD_COLUMNS = ["Title", "Description", "Subject", "review_state", "sector", "city"]

FRESH = {"Cache-Control": "no-cache"}  # the directory computes it anew
TWO_FACETS = {"sector": "agrifood", "country": "CI"}
TEXT_AND_FACET = {"q": "cacao", "sector": "agrifood"}

# (line label, path under the site, query, headers): the directory's typical
# requests, reused answers then fresh ones, then stock @search with the same
# text and facet.
SCENARIOS = (
    ("directory, no filter", "/fr/@tremplin-directory", {}, {}),
    ("directory, 2 facets", "/fr/@tremplin-directory", TWO_FACETS, {}),
    ("directory, text+facet", "/fr/@tremplin-directory", TEXT_AND_FACET, {}),
    ("fresh, no filter", "/fr/@tremplin-directory", {}, FRESH),
    ("fresh, 2 facets", "/fr/@tremplin-directory", TWO_FACETS, FRESH),
    ("fresh, text+facet", "/fr/@tremplin-directory", TEXT_AND_FACET, FRESH),
    (
        "@search fullobjects",
        "/fr/@search",
        {
            **SEARCH_FILTERS,
            "SearchableText": "cacao",
            "sector": "agrifood",
            "fullobjects": 1,
        },
        {},
    ),
    (
        "@search metadata_fields",
        "/fr/@search",
        {
            **SEARCH_FILTERS,
            "SearchableText": "cacao",
            "sector": "agrifood",
            "metadata_fields": CARD_COLUMNS,
        },
        {},
    ),
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _die_with_parent() -> None:
    """The server gets SIGTERM if the bench dies, even by SIGKILL (Linux)."""
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6").prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def start_server(total: int, port: int) -> subprocess.Popen:
    folder = instance.prepare(total, port)  # zope.ini with this port
    log = (folder / "var" / "log" / "bench-server.log").open("ab")
    return subprocess.Popen(  # noqa: S603 - our own instance, no shell
        [str(instance.BIN / "runwsgi"), str(folder / "etc" / "zope.ini")],
        cwd=instance.BACKEND,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        preexec_fn=_die_with_parent,
    )


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def request(
    connection, path: str, token: str = "", body: dict | None = None, extra=None
):
    headers = {"Accept": "application/json", **(extra or {})}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json"
    connection.request(
        "POST" if body is not None else "GET",
        path,
        body=json.dumps(body) if body is not None else None,
        headers=headers,
    )
    response = connection.getresponse()
    return response.status, response.read()


def wait_ready(server: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"The bench instance stopped (exit {server.returncode})")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            status, _ = request(connection, f"/{SITE}/@site")
            connection.close()
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(1)
    raise SystemExit(f"The bench instance was not ready in {READY_TIMEOUT} s")


def sign_in(port: int) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    credentials = {"login": MEMBER, "password": DEMO_PASSWORD}
    status, body = request(connection, f"/{SITE}/@login", body=credentials)
    connection.close()
    if status != 200:
        raise SystemExit(f"@login as {MEMBER} answered {status}: {body[:200]!r}")
    return json.loads(body)["token"]


def run_client(port, path, token, headers, count, latencies, errors) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for _ in range(count):
        started = time.perf_counter()
        try:
            status, _ = request(connection, path, token, extra=headers)
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            status = 0
        latencies.append((time.perf_counter() - started) * 1000)
        if status != 200:
            errors.append(status)
    connection.close()


def measure(port, path, token, headers, total: int, clients: int) -> dict:
    latencies, errors = [], []
    shares = [total // clients + (i < total % clients) for i in range(clients)]
    threads = [
        threading.Thread(
            target=run_client,
            args=(port, path, token, headers, share, latencies, errors),
        )
        for share in shares
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "p50": latencies[len(latencies) // 2],
        "p95": latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))],
        "rate": len(latencies) / wall,
        "errors": errors,
    }


def results_total(port: int, target: str, token: str) -> int:
    """How many profiles the request finds (shown: a line on 0 results
    would measure nothing)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    _, body = request(connection, target, token)
    connection.close()
    return json.loads(body)["items_total"]


def url(path: str, query: dict) -> str:
    return f"/{SITE}{path}" + (f"?{urlencode(query, doseq=True)}" if query else "")


def load_average() -> float:
    """The machine's 1-minute load average: the figures depend on it (the
    bench's own load included: about 1 sequentially, more with 8 clients)."""
    return os.getloadavg()[0]


def bench_size(total: int, count: int, slow_count: int, loads: dict) -> list[tuple]:
    """Lines of (N, scenario, clients, result or None) for one data size;
    loads[N] = the load average before and after its measures."""
    if not os.environ.get("BENCH_AS_IS"):  # else an interrupted generation
        instance.ensure_data(total)
    port = free_port()
    server = start_server(total, port)
    lines = []
    try:
        wait_ready(server, port)
        token = sign_in(port)
        loads[total] = [load_average(), None]
        print(f"  load average (1 min) at the start: {loads[total][0]:.2f}", flush=True)
        for label, path, query, headers in SCENARIOS:
            target = url(path, query)
            requests = slow_count if "fullobjects" in query else count
            probe = measure(port, target, token, headers, WARM_UP, 1)
            if probe["errors"]:
                print(f"  {label}: answers {probe['errors'][0]}, skipped", flush=True)
                lines.append((total, label, "-", None))
                continue
            print(
                f"  {label}: {results_total(port, target, token)} results", flush=True
            )
            for clients in (1, CONCURRENCY):
                result = measure(port, target, token, headers, requests, clients)
                lines.append((total, label, clients, result))
                print_line(lines[-1])
        loads[total][1] = load_average()
        print(f"  load average (1 min) at the end: {loads[total][1]:.2f}", flush=True)
        rss = server_memory(server.pid)
        print(f"  N={total}: server memory after the run {rss}", flush=True)
    finally:
        stop_server(server)
    return lines


def server_memory(pid: int) -> str:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "unknown"
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return f"{int(line.split()[1]) // 1024} MB RSS"
    return "unknown"


HEADER = (
    f"{'N':>7}  {'scenario':<25} {'clients':>7} {'p50 ms':>8} {'p95 ms':>8}"
    f" {'req/s':>7}"
)


def print_line(line: tuple) -> None:
    total, label, clients, result = line
    if result is None:
        print(f"{total:>7}  {label:<25} {clients:>7} {'n/a':>8} {'n/a':>8} {'n/a':>7}")
        return
    errors = f"  ({len(result['errors'])} errors)" if result["errors"] else ""
    print(
        f"{total:>7}  {label:<25} {clients:>7} {result['p50']:>8.1f}"
        f" {result['p95']:>8.1f} {result['rate']:>7.1f}{errors}",
        flush=True,
    )


def stop_on_sigterm(signum, frame):
    raise KeyboardInterrupt  # runs the `finally` that stops the instance


def main(argv: list[str]) -> None:
    sizes = [
        int(n)
        for n in (argv[1:] or os.environ.get("BENCH_N", "1000 10000 100000").split())
    ]
    count = int(os.environ.get("BENCH_REQUESTS", "200"))
    slow_count = int(os.environ.get("BENCH_REQUESTS_FULLOBJECTS", "50"))
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    lines, loads = [], {}
    for total in sizes:
        print(f"== N = {total} ==", flush=True)
        lines += bench_size(total, count, slow_count, loads)
    print(
        f"\n{count} requests per line ({slow_count} with fullobjects),"
        f" after {WARM_UP} warm-up requests; {os.cpu_count()} CPUs"
    )
    print(HEADER)
    for line in lines:
        print_line(line)
    for total, (start, end) in loads.items():
        busy = max(start, end or 0) > BUSY
        print(
            f"N={total}: load average (1 min) {start:.2f} at the start,"
            f" {end or 0:.2f} at the end"
            + ("  (busy machine: figures pessimistic)" if busy else "")
        )


if __name__ == "__main__":
    main(sys.argv)
