#!/usr/bin/env python3
"""Query latency of a store, per filter kind: the HTTP API (`sitrep serve`) and the command line (`sitrep query`).

Starts `./sitrep serve --db DB --port 0`, sends each route WARMUP requests and then REQUESTS timed ones, one at
a time from one client on this machine, and prints p50/p99 in ms as a Markdown table; then runs `./sitrep query`
with each filter RUNS times (wall time, JVM start included) and does the same. Send only to 127.0.0.1.

    python3 scripts/store-bench-queries.py --db /tmp/bench/s.db --requests 100
"""
import argparse
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
# filter kind -> API query string; the CLI gets the same filters as options
FILTERS = [
    ("none", ""),
    ("type", "type=ATTACK"),
    ("actor", "actor=police"),
    ("country", "country=NG"),
    ("near", "near=36.34,43.13,50"),
    ("place", "place=Kidal"),
    ("dates", "from=2024-03-01&to=2024-03-31"),
    ("text", "text=worshippers church"),
    ("modality", "modality=reported"),
    ("type+country+dates", "type=ATTACK&country=NG&from=2024-01-01&to=2024-12-31"),
    ("deep page", "offset=9000&limit=100"),
]
OTHER_ROUTES = [
    ("incidents", "/api/incidents?"),
    ("incidents+country", "/api/incidents?country=NG"),
    ("incidents deep page", "/api/incidents?offset=3000"),
    ("search", "/api/search?q=market%20bomb"),
    ("counts by week", "/api/counts?by=week"),
    ("counts by type", "/api/counts?by=type"),
    ("network", "/api/network?"),
]


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values) + 0.5) - 1))]


def timed(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as answer:
        answer.read()
        if answer.status != 200:
            raise SystemExit(f"{url}: {answer.status}")
    return (time.perf_counter() - started) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--runs", type=int, default=10, help="runs of `sitrep query` per filter")
    args = parser.parse_args()
    log = open(Path(args.db).with_suffix(".serve.log"), "w")
    serve = subprocess.Popen([str(HERE / "sitrep"), "serve", "--db", args.db, "--port", "0"],
                             stderr=subprocess.PIPE, stdout=log, text=True)
    port = None
    for line in serve.stderr:
        log.write(line)
        m = re.search(r"on http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    if port is None:
        raise SystemExit("serve did not start")
    base = f"http://127.0.0.1:{port}"
    routes = [(kind, "/api/events?" + q) for kind, q in FILTERS] + OTHER_ROUTES
    print("| API route | filter | p50 ms | p99 ms |\n|---|---|---|---|")
    try:
        for kind, path in routes:
            url = base + urllib.parse.quote(path, safe="/?=&,%")
            for _ in range(args.warmup):
                timed(url)
            ms = [timed(url) for _ in range(args.requests)]
            print(f"| `{path}` | {kind} | {statistics.median(ms):.1f} | {percentile(ms, 99):.1f} |", flush=True)
    finally:
        serve.terminate()
        serve.wait(timeout=60)
    print(f"\nserve exited with {serve.returncode} on SIGTERM\n")
    print("| `sitrep query` | p50 ms | p99 ms |\n|---|---|---|")
    for kind, q in FILTERS:
        options = []
        for pair in filter(None, q.split("&")):
            name, value = pair.split("=", 1)
            options += [f"--{name}", value]
        ms = []
        for _ in range(args.runs):
            started = time.perf_counter()
            subprocess.run([str(HERE / "sitrep"), "query", "--db", args.db] + options, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ms.append((time.perf_counter() - started) * 1000)
        print(f"| {kind}: `{' '.join(options) or '(none)'}` | {statistics.median(ms):.0f} | {percentile(ms, 99):.0f} |",
              flush=True)


if __name__ == "__main__":
    sys.exit(main())
