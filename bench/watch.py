#!/usr/bin/env python3
"""Save-to-PDF latency of `ambito watch`, side by side with `typst watch`.

What it measures: the time from the moment a one-line edit is written to a
file until the watched PDF has been replaced by the new one. For ambito the
edit is to the YAML of the convenzione of an Ambito with 13 Comuni
(`carate-brianza/atti/convenzione.yaml`: its expiry date); for Typst it is
the same edit to the emitted Typst source of the same document (the line
that prints that date) (`ambito build --emit-typst`), watched by `typst watch`. The edits
alternate between the two, so that a machine busy with other work slows both
alike; each side's first, cold build is not counted.

A PDF counts as replaced when its size or modification time changed and it
ends with `%%EOF` (ambito renames a complete file into place; Typst writes in
place). The clock is this script's: both watchers are given the same chance.

    python3 bench/watch.py --ambito target/release/ambito --typst typst --edits 20
    python3 bench/watch.py ... --json     # one JSON object on the last line
"""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AMBITO = "carate-brianza"
TIMEOUT = 30.0


def stamp(path):
    """Size and modification time of a complete PDF, or None."""
    try:
        st = os.stat(path)
        with open(path, "rb") as f:
            f.seek(max(0, st.st_size - 32))
            tail = f.read()
    except OSError:
        return None
    if b"%%EOF" not in tail:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def wait_change(path, before, timeout=TIMEOUT):
    """Seconds until `path` is a complete PDF different from `before`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        now = stamp(path)
        if now is not None and now != before:
            return now
        time.sleep(0.0005)
    return None


def settle(path):
    """Waits until the PDF stops changing (a watcher's last write is done)."""
    last = stamp(path)
    while True:
        time.sleep(0.3)
        now = stamp(path)
        if now == last and now is not None:
            return now
        last = now


def edit(path, pattern, make):
    """Rewrites the one line that matches `pattern`; returns the time just
    before the write."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    new, n = re.subn(pattern, make, text, count=1, flags=re.M)
    assert n == 1, f"{pattern} not found in {path}"
    t0 = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    return t0


class Side:
    """One watcher, its file to edit and the PDF it writes."""

    def __init__(self, name, cmd, cwd, source, pattern, make, pdf, log):
        self.name, self.source, self.pattern, self.make, self.pdf = name, source, pattern, make, pdf
        self.log = open(log, "w")
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.latencies, self.timeouts = [], 0

    def ready(self):
        if wait_change(self.pdf, None, timeout=120) is None:
            raise SystemExit(f"{self.name}: no first PDF at {self.pdf}")
        self.last = settle(self.pdf)

    def one(self, i):
        t0 = edit(self.source, self.pattern, lambda m: self.make(m, i))
        now = wait_change(self.pdf, self.last)
        if now is None:
            self.timeouts += 1
        else:
            self.latencies.append((time.perf_counter() - t0) * 1000)
        self.last = settle(self.pdf)

    def stop(self):
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        self.proc.wait()
        self.log.close()

    def summary(self):
        xs = sorted(self.latencies)
        if not xs:
            return {"n": 0, "timeouts": self.timeouts}
        return {
            "n": len(xs), "timeouts": self.timeouts,
            "median": statistics.median(xs), "min": xs[0], "max": xs[-1],
            "p90": xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))],
            "all": [round(x, 1) for x in self.latencies],
        }


def day(m, i):
    """A new expiry date for edit `i` (always valid, always different)."""
    return f"{m.group(1)}2028-{1 + i % 12:02d}-{10 + i // 12:02d}"


MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]


def giorno(m, i):
    """The same date as `day`, as the Typst source prints it: the same line
    of the same document changes on both sides."""
    return f"{m.group(1)}{10 + i // 12} {MESI[i % 12]} 2028\\."


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ambito", default=os.path.join(ROOT, "target", "release", "ambito"))
    ap.add_argument("--typst", default=shutil.which("typst") or "typst")
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--json", action="store_true", help="print the results as JSON on the last line")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="ambito-watch-")
    for d in ("content", "templates"):
        shutil.copytree(os.path.join(ROOT, d), os.path.join(work, d))
    ambito = os.path.join(work, "ambito")
    shutil.copy2(args.ambito, ambito)
    check = subprocess.run([ambito, "check"], cwd=work, capture_output=True)
    if check.returncode != 0:
        raise SystemExit(check.stderr.decode())
    emitted = os.path.join(work, "typst")
    subprocess.run([ambito, "build", "--emit-typst", "--out", emitted], cwd=work,
                   check=True, capture_output=True)
    typ = os.path.join(emitted, AMBITO, "convenzione.typ")
    sides = [
        Side("ambito watch", [ambito, "watch", "--out", "out"], work,
             os.path.join(work, "content", AMBITO, "atti", "convenzione.yaml"),
             r"^(  scadenza: ).*$", day,
             os.path.join(work, "out", AMBITO, "convenzione.pdf"),
             os.path.join(work, "ambito-watch.log")),
        Side("typst watch", [args.typst, "watch", "--root", emitted, typ, os.path.join(work, "typst.pdf")],
             work, typ, r"^(\+ La convenzione ha effetto .* fino al ).*$", giorno,
             os.path.join(work, "typst.pdf"), os.path.join(work, "typst-watch.log")),
    ]
    try:
        for s in sides:
            s.ready()
        for i in range(args.edits):
            for s in sides:
                s.one(i)
    finally:
        for s in sides:
            s.stop()

    results = {s.name: s.summary() for s in sides}
    a, t = results["ambito watch"], results["typst watch"]
    results["ratio"] = a["median"] / t["median"] if a.get("median") and t.get("median") else None
    results["typst_version"] = subprocess.run([args.typst, "--version"], capture_output=True,
                                              text=True).stdout.strip()
    print("| watcher | median ms | min | p90 | max | edits | timeouts |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        if isinstance(r, dict) and r.get("n"):
            print(f"| {name} | {r['median']:.0f} | {r['min']:.0f} | {r['p90']:.0f} | {r['max']:.0f} "
                  f"| {r['n']} | {r['timeouts']} |")
    if results["ratio"]:
        print(f"ambito / typst (medians): {results['ratio']:.2f}")
    with open(os.path.join(work, "ambito-watch.log")) as f:
        tail = [l for l in f.read().splitlines() if "after the save" in l][-3:]
    print("ambito's own account: " + " | ".join(tail))
    shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    sys.exit(main())
