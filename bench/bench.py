#!/usr/bin/env python3
"""Measures ambito against the other ways of making the same documents, in
one run on one generated set, and writes docs/performance.md.

Run it through scripts/bench.sh, which installs the peers and builds ambito.

What runs, on the same documents (the first --peers-ambiti Ambiti of the
generated national set), interleaved, --reps times each, medians reported:
  - ambito build, --jobs 1 and --jobs 2 (fresh output folder, validation,
    hashing, manifest: everything);
  - raw in-process Typst (examples/raw_typst) on the sources that
    `ambito build --emit-typst` wrote, 1 and 2 threads;
  - one `typst compile` process per document, one after the other, and two
    at a time (xargs -P 2);
  - Python: Jinja2 + the `typst` package, one `typst.compile` per document,
    and with one `typst.Compiler` reused.
On the whole national set: ambito build --jobs 2 (time, peak RSS), a no-op
rebuild, and `check`.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AMBITO = os.path.join(ROOT, "target", "release", "ambito")
NATIONAL = os.path.join(ROOT, "target", "release", "examples", "national")
RAW = os.path.join(ROOT, "target", "release", "examples", "raw_typst")
FONTS = os.path.join(ROOT, "fonts")
TEMPLATES = os.path.join(ROOT, "templates")


def run(cmd, cwd=None):
    """Runs a command; returns (wall seconds, its standard output)."""
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"bench: `{' '.join(cmd)}` failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return wall, proc.stdout


def timed_rss(cmd):
    """Runs a command, its output discarded: (wall seconds, peak RSS in KiB)."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execv(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: `{' '.join(cmd)}` failed")
    return wall, usage.ru_maxrss


def median(xs):
    return statistics.median(xs)


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    version = lambda cmd: subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
    import typst as typst_py
    import jinja2
    return {
        "cpu": f"{model}, {os.cpu_count()} cores",
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "rustc": version(["rustc", "--version"]),
        "ambito": version([AMBITO, "--version"]),
        "typst-cli": version(["typst", "--version"]),
        "python": f"Python {platform.python_version()}, typst {typst_py.__version__}, Jinja2 {jinja2.__version__}",
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ambiti", type=int, default=600, help="Ambiti in the national set")
    ap.add_argument("--peers-ambiti", type=int, default=100,
                    help="the first N Ambiti, on which every way is timed")
    ap.add_argument("--reps", type=int, default=5, help="repetitions of each timing (medians)")
    ap.add_argument("--work", default="/tmp/ambito-bench", help="scratch folder (emptied)")
    ap.add_argument("--report", default=os.path.join(ROOT, "docs", "performance.md"))
    ap.add_argument("--from-results", help="write the report from a results.json, measuring nothing")
    args = ap.parse_args()
    if args.from_results:
        with open(args.from_results) as f:
            report(json.load(f), args.report)
        return

    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    full = os.path.join(work, "national")
    print(f"generating {args.ambiti} Ambiti ...", flush=True)
    run([NATIONAL, "--ambiti", str(args.ambiti), "--out", full])
    full_content = os.path.join(full, "content")
    ambiti = sorted(d for d in os.listdir(full_content) if not d.startswith(("_", ".")))
    peers_content = os.path.join(work, "peers", "content")
    os.makedirs(peers_content)
    shutil.copytree(os.path.join(full_content, "_riferimenti"), os.path.join(peers_content, "_riferimenti"))
    for a in ambiti[: args.peers_ambiti]:
        shutil.copytree(os.path.join(full_content, a), os.path.join(peers_content, a))

    emitted = os.path.join(work, "typst")
    run([AMBITO, "--content", peers_content, "--templates", TEMPLATES, "build",
         "--emit-typst", "--out", emitted])
    sources = sorted(os.path.relpath(os.path.join(d, f), emitted)
                     for d, _, fs in os.walk(emitted) for f in fs
                     if f.endswith(".typ") and os.path.basename(d) != "lib")
    docs = len(sources)
    with open(os.path.join(work, "sources.txt"), "w") as f:
        f.write("\n".join(sources) + "\n")
    print(f"{docs} documents from {args.peers_ambiti} Ambiti; {args.reps} repetitions", flush=True)

    # Is the Python peer making the same documents? (not timed)
    _, out = run([sys.executable, os.path.join(ROOT, "bench", "python_build.py"), "--emitted", emitted,
                  "--content", peers_content, "--templates", TEMPLATES, "--fonts", FONTS,
                  "--out", os.path.join(work, "py-check"), "--check-sources"])
    same_sources = json.loads(out.strip().splitlines()[-1])

    typst_cmd = (f"typst compile --root {emitted} --font-path {FONTS} --ignore-system-fonts "
                 f"--pdf-standard a-2a,ua-1 --creation-timestamp 1767225600")
    ambito_out = os.path.join(work, "out")
    py_out = os.path.join(work, "py")

    def ambito_build(jobs):
        shutil.rmtree(ambito_out, ignore_errors=True)
        return timed_rss([AMBITO, "--content", peers_content, "--templates", TEMPLATES, "build",
                          "--out", ambito_out, "--jobs", str(jobs)])

    def raw(jobs):
        # The whole command's wall time, as for every other way.
        return timed_rss([RAW, "--sources", emitted, "--jobs", str(jobs)])

    def cli_loop(parallel):
        for d, _, fs in os.walk(emitted):
            for f in fs:
                if f.endswith(".pdf"):
                    os.remove(os.path.join(d, f))
        if parallel == 1:
            script = f"while read f; do {typst_cmd} \"$f\" \"$f.pdf\"; done < {work}/sources.txt"
        else:
            script = f"xargs -P {parallel} -I{{}} {typst_cmd} {{}} {{}}.pdf < {work}/sources.txt"
        wall, _ = run(["bash", "-c", f"set -e; {script}"], cwd=emitted)
        return wall, None

    def python(reuse):
        shutil.rmtree(py_out, ignore_errors=True)
        cmd = [sys.executable, os.path.join(ROOT, "bench", "python_build.py"), "--emitted", emitted,
               "--content", peers_content, "--templates", TEMPLATES, "--fonts", FONTS, "--out", py_out]
        if reuse:
            cmd.append("--reuse-compiler")
        wall, _ = run(cmd)
        return wall, None

    # Each comparison's two sides run one right after the other.
    ways = {
        "ambito build --jobs 1": lambda: ambito_build(1),
        "raw Typst in-process, 1 thread": lambda: raw(1),
        "ambito build --jobs 2": lambda: ambito_build(2),
        "raw Typst in-process, 2 threads": lambda: raw(2),
        "typst compile per document, sequential": lambda: cli_loop(1),
        "typst compile per document, xargs -P 2": lambda: cli_loop(2),
        "Python + Jinja2 + typst.compile per document": lambda: python(False),
        "Python + Jinja2 + one typst.Compiler reused": lambda: python(True),
    }
    times = {k: [] for k in ways}
    rss = {k: [] for k in ways}
    for rep in range(args.reps):
        for name, way in ways.items():
            t, r = way()
            times[name].append(t)
            if r is not None:
                rss[name].append(r)
            print(f"  [{rep + 1}/{args.reps}] {name}: {t:.2f} s", flush=True)

    # The whole national set.
    print(f"whole set: {len(ambiti)} Ambiti ...", flush=True)
    nat_out = os.path.join(work, "national-out")
    full_build, full_rss = timed_rss([AMBITO, "--content", full_content, "--templates", TEMPLATES,
                                      "build", "--out", nat_out, "--jobs", "2"])
    with open(os.path.join(nat_out, "manifest.json")) as f:
        full_docs = len(json.load(f)["documenti"])
    noop, check = [], []
    for _ in range(max(3, args.reps)):
        noop.append(timed_rss([AMBITO, "--content", full_content, "--templates", TEMPLATES,
                               "build", "--out", nat_out])[0])
        check.append(timed_rss([AMBITO, "--content", full_content, "--templates", TEMPLATES,
                                "check"])[0])

    # Save to PDF in watch, against `typst watch` (bench/watch.py).
    print("watch: 20 one-line edits each side ...", flush=True)
    _, out = run([sys.executable, os.path.join(ROOT, "bench", "watch.py"), "--ambito", AMBITO,
                  "--edits", "20", "--json"])
    watch = json.loads(out.strip().splitlines()[-1])

    results = {
        "watch": watch,
        "ambiti": len(ambiti), "peers_ambiti": args.peers_ambiti, "reps": args.reps,
        "documents": docs, "full_documents": full_docs, "times": times, "rss": rss,
        "full_build": full_build, "full_rss": full_rss, "noop": noop, "check": check,
        "same_sources": same_sources, "typst_cmd": typst_cmd.replace(emitted, "SRC").replace(FONTS, "fonts"),
        "date": datetime.date.today().isoformat(), "machine": machine(),
    }
    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    report(results, args.report)


def report(r, path):
    """Writes the report from the measured results."""
    times, rss, docs = r["times"], r["rss"], r["documents"]
    full_build, full_rss, noop, check = r["full_build"], r["full_rss"], r["noop"], r["check"]
    same_sources, typst_cmd, n_ambiti = r["same_sources"], r["typst_cmd"], r["ambiti"]
    ways = list(times)
    m = {k: median(v) for k, v in times.items()}
    a1, a2 = m["ambito build --jobs 1"], m["ambito build --jobs 2"]
    r1, r2 = m["raw Typst in-process, 1 thread"], m["raw Typst in-process, 2 threads"]
    seq, par = m["typst compile per document, sequential"], m["typst compile per document, xargs -P 2"]
    py, pyr = (m["Python + Jinja2 + typst.compile per document"],
               m["Python + Jinja2 + one typst.Compiler reused"])
    # A ratio is taken within each repetition, between timings run side by
    # side, and the median of those is reported: a machine shared with other
    # work slows whole stretches of the run, and so both sides of a pair alike.
    def paired(f):
        per_rep = [f({k: v[i] for k, v in times.items()}) for i in range(len(times[ways[0]]))]
        return median(per_rep), per_rep

    A1, A2 = "ambito build --jobs 1", "ambito build --jobs 2"
    R1, R2 = "raw Typst in-process, 1 thread", "raw Typst in-process, 2 threads"
    SEQ, PAR = "typst compile per document, sequential", "typst compile per document, xargs -P 2"
    PY = "Python + Jinja2 + typst.compile per document"
    ratios = [
        ("`ambito build --jobs 2` vs sequential `typst compile` loop", paired(lambda t: t[SEQ] / t[A2]), "≥ 2.2×", lambda v: v >= 2.2),
        ("`ambito build --jobs 2` vs `typst compile` loop, 2 at a time", paired(lambda t: t[PAR] / t[A2]), "≥ 1.1×", lambda v: v >= 1.1),
        ("`ambito build --jobs 2` vs sequential Python script", paired(lambda t: t[PY] / t[A2]), "≥ 2.5×", lambda v: v >= 2.5),
        ("ambito's own cost over raw Typst, 1 job", paired(lambda t: t[A1] / t[R1] - 1), "≤ 10%", lambda v: v <= 0.10),
        ("ambito's own cost over raw Typst, 2 jobs", paired(lambda t: t[A2] / t[R2] - 1), "≤ 10%", lambda v: v <= 0.10),
        ("parallel efficiency, 1 → 2 jobs", paired(lambda t: t[A1] / (2 * t[A2])), "≥ 90%", lambda v: v >= 0.90),
        ("raw Typst's own parallel efficiency, 1 → 2 threads (for comparison)", paired(lambda t: t[R1] / (2 * t[R2])), "", None),
        (f"no-op rebuild, {n_ambiti} Ambiti", (median(noop), noop), "< 1 s", lambda v: v < 1),
        (f"`check`, {n_ambiti} Ambiti", (median(check), check), "< 2 s", lambda v: v < 2),
        (f"peak RSS, build of {n_ambiti} Ambiti, 2 jobs", (full_rss / 1024, [full_rss / 1024]), "≤ 1024 MiB", lambda v: v <= 1024),
    ]
    watch = r.get("watch")
    if watch:
        aw, tw = watch["ambito watch"], watch["typst watch"]
        ratios += [
            ("`watch`: save to PDF, convenzione of 13 Comuni, median of 20 edits (issue #15)",
             (aw["median"], aw["all"]), "≤ 150 ms", lambda v: v <= 150),
            ("`watch` vs `typst watch` on its emitted source, medians (issue #15)",
             (aw["median"] / tw["median"], [a / t for a, t in zip(aw["all"], tw["all"])]), "≤ 1.00×",
             lambda v: v <= 1.0),
        ]
    checks = [(name, value, target, ok(value) if ok else None, runs) for name, (value, runs), target, ok in ratios]

    def fmt(name, value):
        if "save to PDF" in name:
            return f"{value:.0f} ms"
        if "`typst watch`" in name:
            return f"{value:.2f}×"
        if "efficiency" in name or "own cost" in name:
            return f"{value * 100:+.1f}%" if "own cost" in name else f"{value * 100:.0f}%"
        if "RSS" in name:
            return f"{value:.0f} MiB"
        if "no-op" in name or "`check`" in name:
            return f"{value:.2f} s"
        return f"{value:.2f}×"

    info = r["machine"]
    lines = []
    w = lines.append
    w("# Performance")
    w("")
    w("Written by `scripts/bench.sh` (do not edit by hand: run it again). Every figure below comes")
    w("from one run of it, on one machine; the ratios compare timings taken side by side in that run,")
    w("interleaved, so that a machine shared with other work drifts for all of them alike.")
    w("")
    w(f"- Run: {r['date']}, {r['reps']} repetitions")
    if r.get("note"):
        w(f"- Note: {r['note']}")
    for k, v in info.items():
        w(f"- {k}: {v}")
    w(f"- Documents: the first {r['peers_ambiti']} Ambiti of the synthetic national set "
      f"(`examples/national.rs`): {docs} documents, all four kinds; the whole set has "
      f"{n_ambiti} Ambiti and {r['full_documents']} documents.")
    w("")
    w("## Targets (issue #6)")
    w("")
    w("Each ratio is the median of the ratios taken within each repetition, whose two sides ran")
    w("one right after the other; the last column has them all.")
    w("")
    w("| measure | value | target | met | per repetition |")
    w("|---|---:|---:|:-:|---|")
    for name, value, target, ok, runs in checks:
        met = "" if ok is None else ("yes" if ok else "**no**")
        w(f"| {name} | {fmt(name, value)} | {target} | {met} | {', '.join(fmt(name, x) for x in runs)} |")
    w("")
    w(f"## The same {docs} documents, made each way")
    w("")
    w("| way | median s | ms per document | fastest s | each repetition (s) |")
    w("|---|---:|---:|---:|---|")
    for name in ways:
        runs = ", ".join(f"{t:.2f}" for t in times[name])
        w(f"| {name} | {m[name]:.2f} | {m[name] / docs * 1000:.1f} | {min(times[name]):.2f} | {runs} |")
    w("")
    if rss["ambito build --jobs 2"]:
        w(f"Peak RSS of `ambito build` on these documents: {median(rss['ambito build --jobs 1']) / 1024:.0f} MiB "
          f"with 1 job, {median(rss['ambito build --jobs 2']) / 1024:.0f} MiB with 2.")
        w("")
    full_docs = r["full_documents"]
    w(f"## The whole national set ({n_ambiti} Ambiti, {full_docs} documents)")
    w("")
    w(f"- `ambito build --jobs 2` from an empty output folder: {full_build:.1f} s "
      f"({full_build / full_docs * 1000:.1f} ms per document), peak RSS {full_rss / 1024:.0f} MiB.")
    w(f"- No-op rebuild (nothing changed): {', '.join(f'{t:.2f}' for t in noop)} s.")
    w(f"- `ambito check`: {', '.join(f'{t:.2f}' for t in check)} s.")
    w("")
    if watch:
        w("## Save to PDF in `watch` (issue #15)")
        w("")
        w("The time from the write of a one-line edit to the moment the new PDF is complete on disk,")
        w("for the convenzione of Carate Brianza (13 Comuni, 6 pages, 13 signature fields): ambito watching the content,")
        w("its YAML edited (the expiry date); `typst watch` on the Typst source ambito emits for the")
        w("same document, the line that prints that date edited the same way. The edits alternate")
        w("between the two; the first, cold build of each is not counted (`bench/watch.py`).")
        w("")
        w("| watcher | median ms | fastest | 90th percentile | slowest | edits |")
        w("|---|---:|---:|---:|---:|---:|")
        for name in ("ambito watch", "typst watch"):
            x = watch[name]
            w(f"| {name} | {x['median']:.0f} | {x['min']:.0f} | {x['p90']:.0f} | {x['max']:.0f} | {x['n']} |")
        w("")
        w(f"Every edit, ms: ambito {', '.join(f'{v:.0f}' for v in watch['ambito watch']['all'])};")
        w(f"typst {', '.join(f'{v:.0f}' for v in watch['typst watch']['all'])} ({watch['typst_version']}).")
        w("")
        w("Where ambito's time goes: a 30 ms wait for more changes (an editor's save is often a write")
        w("and a rename; `--debounce`), then reading and checking the one Ambito that changed, rendering")
        w("its documents, and typesetting only the one whose source changed, in the Typst world it")
        w("kept from the last save, so that Typst's memoization and incremental parsing apply.")
        w("`typst watch` waits 100 ms for more changes before it compiles.")
        w("")
    w("## How each way is run")
    w("")
    w("```sh")
    w(f"cargo run --release --example national -- --ambiti {n_ambiti} --out NATIONAL")
    w(f"# the first {r['peers_ambiti']} Ambiti (and _riferimenti) copied to PEERS/content")
    w("ambito --content PEERS/content build --out OUT --jobs 1     # and --jobs 2; OUT emptied first")
    w("ambito --content PEERS/content build --emit-typst --out SRC")
    w("target/release/examples/raw_typst --sources SRC --jobs 1    # and --jobs 2")
    w(f"while read f; do {typst_cmd} \"$f\" \"$f.pdf\"; done < sources.txt")
    w(f"xargs -P 2 -I{{}} {typst_cmd} {{}} {{}}.pdf < sources.txt")
    w("python3 bench/python_build.py --emitted SRC --content PEERS/content --templates templates --fonts fonts --out PY")
    w("python3 bench/python_build.py ... --reuse-compiler")
    w("ambito --content NATIONAL/content build --out NOUT --jobs 2   # then again: the no-op rebuild")
    w("ambito --content NATIONAL/content check")
    w("python3 bench/watch.py --ambito target/release/ambito --edits 20")
    w("```")
    w("")
    w("Notes:")
    w("")
    w("- Every way makes PDF/A-2a + PDF/UA-1 with the same fonts (`fonts/` and Typst's own, no")
    w("  system fonts) from the same Typst sources. The `typst` CLI runs with its defaults")
    w("  otherwise (its own threads included).")
    w(f"- The Python script renders ambito's own templates with Jinja2 and a port of its filters and")
    w(f"  escaping; its Typst sources were byte-identical to ambito's for "
      f"{same_sources['documents'] - same_sources['different_sources']} of {same_sources['documents']} documents.")
    w("  It parses each Ambito's YAML but validates nothing and takes each template's context")
    w("  ready-made from `--emit-typst`'s `.json`, so it does less work than ambito.")
    w("- `raw_typst` typesets the emitted sources with the same `Typesetter` (library and fonts")
    w("  loaded once, the same worker threads), and does nothing else: ambito's own cost is its")
    w("  build time over this.")
    w("- Timings are wall-clock times of whole commands, process start included (`raw_typst`")
    w("  too, though it also reads the sources before it starts). Absolute times")
    w("  drift on a shared machine; compare the ratios.")
    w("")
    w(f"The raw timings of the run are in `results.json` of the scratch folder; `python3")
    w("bench/bench.py --from-results FILE` writes this page again from such a file.")
    w("")
    with open(path, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines[lines.index("## Targets (issue #6)"):lines.index(f"## The same {docs} documents, made each way")]))
    print(f"wrote {path}")
    if not all(ok for _, _, _, ok, _ in checks if ok is not None):
        print("some targets are not met", file=sys.stderr)


if __name__ == "__main__":
    main()
