"""Start-up, throughput and scaling of `newslint check`, side by side with proselint, in one run.

    python bench/speed.py [DATA] [--runs 5] [--quick] [--no-write]

Inputs (the same for both tools): the seed article (start-up dominated), the BBC corpus
written out as one file per article, and one ~1 MB article made of BBC paragraphs.
Each command runs as a fresh process; wall time is the median of the runs, CPU time
(user+sys of the process and its children) and peak memory (largest resident set of
the process or a child it waited for) come from wait4. A warm-up run of each command
first fills the OS file cache, Python's bytecode cache and newslint's rule cache;
"first run" rows measure newslint with an empty rule cache.

Then each check kind is timed in-process on article-sized text and on 4x and 16x as much
(distinct BBC paragraphs, not repeats), and the growth exponent log(t16/t1)/log(16) is
reported: 1.0 is linear, 2.0 quadratic. Results and method go to docs/performance.md
(the generated section; hand-written notes around it are kept).
"""
from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _data as D  # noqa: E402

DOC = D.ROOT / "docs" / "performance.md"
SEED = D.ROOT / "examples" / "prisoner-exchange.txt"
MB = 1_000_000
SCALES = (1, 4, 16)
BASE_CHARS = 2_500  # about one BBC article (the corpus averages 2.4 KB)
SUPERLINEAR = 1.2  # exponent above which a kind grows faster than n log n in practice
INTRO = """# Performance: start-up, throughput and scaling, side by side with proselint

The figures in the generated section come from `bench/speed.py`, which runs both tools as fresh
processes on the same files in one run. Rerun it with the command shown on a quiet machine: on a
shared machine wall times are noisy (CPU times less so).
"""


@dataclass
class Run:
    """One timed process: wall seconds, CPU seconds (user+sys), peak RSS in MB, exit code."""

    wall: float
    cpu: float
    rss_mb: float
    code: int


def timed_run(cmd: list[str], env: dict, stdout=subprocess.DEVNULL) -> Run:
    """Run a command once, as a fresh process, measuring it with wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env, cwd=D.ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KB on Linux
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / scale, proc.returncode)


@dataclass
class Stats:
    """Median wall and CPU time and the peak memory over several runs."""

    wall: float
    cpu: float
    rss_mb: float
    runs: int
    codes: tuple[int, ...]

    @classmethod
    def of(cls, runs: list[Run]) -> "Stats":
        return cls(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
                   max(r.rss_mb for r in runs), len(runs), tuple(sorted({r.code for r in runs})))


def measure(commands: dict[str, list[str]], envs: dict[str, dict], runs: int) -> dict[str, Stats]:
    """Interleave the commands' runs (A B A B ...) so that load changes hit both alike."""
    results: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            results[name].append(timed_run(cmd, envs[name]))
    return {name: Stats.of(r) for name, r in results.items()}


# ---------------------------------------------------------------- inputs and commands


def write_inputs(data: Path, work: Path) -> dict[str, object]:
    """The BBC articles as files, and one ~1 MB article; returns sizes for the report."""
    rows = list(D.read_jsonl(data / "bbc" / "articles.jsonl"))
    bbc = work / "bbc"
    bbc.mkdir()
    total = 0
    for row in rows:
        text = D.bbc_text(row)
        (bbc / f"{row['id']}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    big, size = ["One megabyte of BBC paragraphs", ""], 0
    for row in rows:
        for para in row["body"].split("\n\n"):
            if para.strip():
                big += [para.strip(), ""]
                size += len(para.encode("utf-8")) + 2
        if size >= MB:
            break
    (work / "one-megabyte.txt").write_text("\n".join(big), encoding="utf-8")
    return {"bbc_dir": bbc, "bbc_files": len(rows), "bbc_bytes": total, "big": work / "one-megabyte.txt",
            "big_bytes": (work / "one-megabyte.txt").stat().st_size, "seed_bytes": SEED.stat().st_size}


def environments(cache: Path) -> dict[str, dict]:
    """Child environments: bytecode caching on (as users have it), newslint's rule cache in `cache`."""
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    newslint = {**base, "NEWSLINT_CACHE_DIR": str(cache), "PYTHONPATH": str(D.ROOT)}
    return {"newslint": newslint, "proselint": base}


def proselint_command() -> list[str] | None:
    """proselint's CLI, from this interpreter's environment."""
    exe = Path(sys.executable).parent / "proselint"
    if exe.exists():
        return [str(exe), "check"]
    found = shutil.which("proselint")
    return [found, "check"] if found else None


def newslint_command(jobs: int | None = None) -> list[str]:
    """`newslint check` from this checkout, plain output, never failing on findings."""
    cmd = [sys.executable, "-m", "newslint", "check", "--format", "plain", "--fail-on", "never"]
    return cmd + (["--jobs", str(jobs)] if jobs else [])


def has_jobs_option(env: dict) -> bool:
    """True when this newslint's `check` takes --jobs (added on another branch)."""
    out = subprocess.run([sys.executable, "-m", "newslint", "check", "--help"], capture_output=True, text=True, env=env, cwd=D.ROOT)
    return "--jobs" in out.stdout


def count_findings(cmd: list[str], env: dict, paths: list[str]) -> int:
    """Finding lines a command prints (path:line:col: ...)."""
    out = subprocess.run(cmd + paths, capture_output=True, text=True, env=env, cwd=D.ROOT)
    return sum(1 for line in out.stdout.splitlines() if re.match(r".+:\d+:\d+: ", line))


# ---------------------------------------------------------------- sections


def tool_rows(label: str, stats: dict[str, Stats], size: int, files: int) -> list[tuple]:
    """Table rows for one input: both tools, and the newslint/proselint ratios."""
    rows = []
    for name, s in stats.items():
        rows.append((label, name, f"{s.wall:.3f}", f"{s.cpu:.3f}", f"{files / s.wall:,.1f}", f"{size / MB / s.wall:.2f}",
                     f"{s.rss_mb:.0f}", s.runs))
    return rows


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "–"


def startup_section(seed_stats: dict[str, Stats], first: Stats, env: dict) -> str:
    """Start-up: medians on the seed article, the first run's cost, and where import time goes."""
    imports = import_breakdown(env)
    loading = rule_loading(env)
    lines = [
        "### Start-up (the seed article)\n",
        f"Medians, wall (CPU): newslint with a warm rule cache {_ms(seed_stats['newslint'])}; with an empty "
        f"rule cache (the first run after installing or editing rules) {_ms(first)}; proselint "
        f"{_ms(seed_stats['proselint'])}.",
        "",
        f"Loading the built-in rules in-process: {loading}.",
        "",
        "Largest imports (`python -X importtime -m newslint check examples/prisoner-exchange.txt`, cumulative µs, "
        "one run):\n",
        D.table(["module", "cumulative µs"], imports),
    ]
    return "\n".join(lines)


def _ms(s: Stats) -> str:
    return f"{s.wall * 1000:.0f} ms ({s.cpu * 1000:.0f} ms)"


def import_breakdown(env: dict, top: int = 10) -> list[tuple[str, str]]:
    """Top-level modules by cumulative import time."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "newslint", "check", "--fail-on", "never", str(SEED)],
                         capture_output=True, text=True, env=env, cwd=D.ROOT)
    rows = []
    for line in out.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)", line)
        if m and len(m.group(3)) <= 1:  # top-level imports only (one space of indent)
            rows.append((int(m.group(2)), m.group(4)))
    rows.sort(reverse=True)
    total = sum(us for us, _ in rows)
    return [(name, f"{us:,}") for us, name in rows[:top]] + [("**all top-level imports**", f"{total:,}")]


def rule_loading(env: dict, runs: int = 5) -> str:
    """In-process time of builtin_rules(): rule cache hit vs no cache (fresh interpreters)."""
    snippet = ("import time; t=time.perf_counter(); from newslint.config import builtin_rules; r=builtin_rules(); "
               "print(time.perf_counter()-t, len(r))")
    result = {}
    for label, cache in (("cache hit", env["NEWSLINT_CACHE_DIR"]), ("no cache", "")):
        times, n = [], 0
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True,
                                 env={**env, "NEWSLINT_CACHE_DIR": cache}, cwd=D.ROOT)
            value, n = out.stdout.split()
            times.append(float(value))
        result[label] = statistics.median(times)
    return (f"{n} rules, {result['cache hit'] * 1000:.1f} ms from the rule cache vs {result['no cache'] * 1000:.1f} ms "
            f"parsing the YAML (imports of the modules involved included; median of {runs})")


def scaling_section(data: Path, repeats: int) -> tuple[str, float, str]:
    """Per-kind time at 1x, 4x, 16x an article; returns the section, the worst exponent and its kind."""
    from newslint.config import Config, rules_for
    from newslint.engine import lint
    from newslint.readers import read_text

    rules = rules_for(Config(select=("all",)))
    kinds = sorted({r.kind for r in rules})
    texts = _scaled_texts(data)
    rows, worst, worst_kind, slow_rules = [], 0.0, "", {}
    doc_times = [_best(lambda t=t: _prepare(read_text(t)), repeats) for t in texts.values()]
    rows.append(("document (read, segment, quotes)", "–", *[f"{x * 1000:.2f}" for x in doc_times], _exponent(doc_times)))
    for kind in kinds:
        chosen = [r for r in rules if r.kind == kind]
        times = []
        for scale, text in texts.items():
            doc = _prepare(read_text(text))
            times.append(_best(lambda d=doc: lint(d, chosen), repeats))
            if scale == SCALES[-1]:
                for rule in chosen:
                    slow_rules[rule.id] = _best(lambda d=doc, r=rule: lint(d, [r]), repeats)
        exp = _exponent(times)
        if exp != "–" and float(exp) > worst:
            worst, worst_kind = float(exp), kind
        rows.append((kind, len(chosen), *[f"{x * 1000:.2f}" for x in times], exp))
    sizes = [f"{len(t) / 1000:.0f} K chars" for t in texts.values()]
    slowest = sorted(slow_rules.items(), key=lambda kv: -kv[1])[:10]
    section = "\n".join([
        "### Scaling of each check kind with input size\n",
        f"All built-in rules (including those off by default), grouped by kind, timed in-process on one article of "
        f"{', '.join(sizes)} (distinct BBC paragraphs); best of {repeats} timings, in ms. Exponent = "
        f"log(t16/t1)/log(16): 1.0 is linear, 2.0 quadratic; above {SUPERLINEAR} is flagged as worse than n log n.\n",
        D.table(["kind", "rules", *[f"{s}x ms" for s in SCALES], "exponent"], rows),
        "",
        f"Slowest rules at {SCALES[-1]}x ({sizes[-1]}):\n",
        D.table(["rule", "ms"], [(r, f"{t * 1000:.2f}") for r, t in slowest]),
    ])
    return section, worst, worst_kind


def _prepare(doc):
    """Compute the document's lazily derived views, so kinds are timed without them."""
    doc.prose  # noqa: B018
    try:
        doc.attributions  # noqa: B018
    except (AttributeError, ImportError):
        pass
    return doc


def _scaled_texts(data: Path) -> dict[int, str]:
    paras = [p.strip() for row in D.read_jsonl(data / "bbc" / "articles.jsonl") for p in row["body"].split("\n\n") if p.strip()]
    out, i = {}, 0
    for scale in SCALES:
        chunk, size = [], 0
        while size < BASE_CHARS * scale and i < len(paras):
            chunk.append(paras[i])
            size += len(paras[i]) + 2
            i += 1
        out[scale] = "Scaling test headline\n\n" + "\n\n".join(chunk) + "\n"
    return out


def _best(fn, repeats: int) -> float:
    """Best per-call time over `repeats` batches, each batch long enough to time reliably."""
    calls, start = 1, time.perf_counter()
    fn()
    once = time.perf_counter() - start
    calls = max(1, int(0.05 / once)) if once > 0 else 100
    best = math.inf
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        best = min(best, (time.perf_counter() - start) / calls)
    return best


def _exponent(times: list[float]) -> str:
    if times[0] <= 0 or times[-1] <= 0:
        return "–"
    return f"{math.log(times[-1] / times[0]) / math.log(SCALES[-1] / SCALES[0]):.2f}"


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Prepare inputs, time both tools, time the kinds, write the report."""
    args = _parser().parse_args(argv)
    data = Path(args.data)
    pro = proselint_command()
    if not (data / "bbc" / "articles.jsonl").exists():
        print(f"{data}: no bbc/articles.jsonl here (expected the development data folder)", file=sys.stderr)
        return 2
    runs_small, runs_big = (3, 1) if args.quick else (args.runs * 2, args.runs)
    with tempfile.TemporaryDirectory(prefix="newslint-speed-") as tmp:
        work = Path(tmp)
        D.progress("writing inputs ...")
        inputs = write_inputs(data, work)
        envs = environments(work / "cache")
        commands = {"newslint": newslint_command(), "proselint": pro}
        if pro is None:
            print("proselint not found: pip install proselint (into this environment)", file=sys.stderr)
            return 2
        jobs = has_jobs_option(envs["newslint"])
        seed, big, bbc_dir = [str(SEED)], [str(inputs["big"])], [str(inputs["bbc_dir"])]
        D.progress("warming up ...")
        for name, cmd in commands.items():
            timed_run(cmd + seed, envs[name])
        D.progress("seed article ...")
        seed_stats = measure({n: c + seed for n, c in commands.items()}, envs, runs_small)
        first = _first_runs(work, envs["newslint"], seed, runs_small)
        D.progress("BBC corpus ...")
        bbc_stats = measure({n: c + bbc_dir for n, c in commands.items()}, envs, runs_big)
        D.progress("1 MB file ...")
        big_stats = measure({n: c + big for n, c in commands.items()}, envs, runs_big)
        job_stats = None
        if jobs:
            D.progress("--jobs 1 vs --jobs 2 ...")
            job_stats = measure({f"newslint --jobs {j}": newslint_command(j) + bbc_dir for j in (1, 2)},
                                {f"newslint --jobs {j}": envs["newslint"] for j in (1, 2)}, runs_big)
        D.progress("counting findings ...")
        found = {n: count_findings(c, envs[n], bbc_dir) for n, c in commands.items()}
        D.progress("start-up breakdown ...")
        startup = startup_section(seed_stats, first, envs["newslint"])
    D.progress("scaling per kind ...")
    scaling, worst, worst_kind = scaling_section(data, 3 if args.quick else 5)
    argv_shown = ["python", "bench/speed.py", *(argv if argv is not None else sys.argv[1:])]
    body = _report(D.run_info(argv_shown), inputs, seed_stats, first, bbc_stats, big_stats, job_stats, found,
                   startup, scaling, worst, worst_kind)
    print(body)
    if not args.no_write:
        D.write_section(DOC, "speed", body, INTRO)
        D.progress(f"wrote {DOC}")
    return 0


def _first_runs(work: Path, env: dict, seed: list[str], runs: int) -> Stats:
    """newslint on the seed article with an empty rule cache each time."""
    out = []
    for i in range(runs):
        cold = work / f"cold-cache-{i}"
        out.append(timed_run(newslint_command() + seed, {**env, "NEWSLINT_CACHE_DIR": str(cold)}))
    return Stats.of(out)


def _report(info, inputs, seed_stats, first, bbc_stats, big_stats, job_stats, found, startup, scaling, worst, worst_kind) -> str:
    rows = (tool_rows("seed article", seed_stats, inputs["seed_bytes"], 1)
            + tool_rows(f"BBC, {inputs['bbc_files']:,} files", bbc_stats, inputs["bbc_bytes"], inputs["bbc_files"])
            + tool_rows("one 1 MB file", big_stats, inputs["big_bytes"], 1))
    n, p = "newslint", "proselint"
    ratios = [
        ("seed article wall time", ratio(seed_stats[n].wall, seed_stats[p].wall)),
        ("BBC throughput (articles/s)", ratio(bbc_stats[p].wall, bbc_stats[n].wall)),
        ("BBC CPU time", ratio(bbc_stats[n].cpu, bbc_stats[p].cpu)),
        ("1 MB throughput (MB/s)", ratio(big_stats[p].wall, big_stats[n].wall)),
        ("BBC peak memory", ratio(bbc_stats[n].rss_mb, bbc_stats[p].rss_mb)),
    ]
    speedup = None
    if job_stats:
        j1, j2 = job_stats["newslint --jobs 1"], job_stats["newslint --jobs 2"]
        speedup = j1.wall / j2.wall
    targets = [
        ("cold start on the seed article no slower than proselint",
         f"{seed_stats[n].wall * 1000:.0f} ms vs {seed_stats[p].wall * 1000:.0f} ms wall "
         f"(CPU {seed_stats[n].cpu * 1000:.0f} vs {seed_stats[p].cpu * 1000:.0f} ms)",
         _ok(seed_stats[n].wall <= seed_stats[p].wall)),
        ("BBC throughput at least 3x proselint's", f"{bbc_stats[p].wall / bbc_stats[n].wall:.2f}x", _ok(bbc_stats[p].wall >= 3 * bbc_stats[n].wall)),
        ("--jobs 2 at least 1.7x --jobs 1", f"{speedup:.2f}x" if speedup else "no --jobs option in this newslint",
         _ok(speedup >= 1.7) if speedup else "–"),
        (f"no kind worse than n log n (exponent ≤ {SUPERLINEAR})", f"worst: {worst_kind} {worst:.2f}", _ok(worst <= SUPERLINEAR)),
    ]
    failed = [f"{k} on {label} exited {s.codes}" for label, st in (("the seed", seed_stats), ("BBC", bbc_stats), ("1 MB", big_stats))
              for k, s in st.items() if k == n and s.codes != (0,)]
    parts = [
        D.info_block(info) + f"\n- Rules: {_rule_count()}",
        *(["", f"**Warning: {'; '.join(failed)}: these timings are not of a complete run.**"] if failed else []),
        "### Targets (issue 8)\n",
        D.table(["target", "measured", "met"], targets),
        "",
        "### Side by side\n",
        f"Wall and CPU time are medians of the runs (CPU = user+sys of the process and its children); articles/s and "
        f"MB/s are from the wall-time median; peak memory is the largest resident set. Both tools write their "
        f"findings to /dev/null (newslint: `--format plain`). BBC: {inputs['bbc_files']:,} files, "
        f"{inputs['bbc_bytes'] / MB:.2f} MB; 1 MB file: {inputs['big_bytes'] / MB:.2f} MB.\n",
        D.table(["input", "tool", "wall s", "CPU s", "articles/s", "MB/s", "peak MB", "runs"], rows),
        "",
        "Ratios (newslint / proselint; above 1 means newslint is faster for throughput rows, heavier for time, "
        "CPU and memory rows):\n",
        D.table(["measure", "ratio"], ratios),
        "",
        f"Findings on the BBC corpus: newslint {found[n]:,}, proselint {found[p]:,} (different rule sets: a count, not a score).",
    ]
    if job_stats:
        parts += ["", D.table(["BBC corpus", "wall s", "CPU s", "peak MB"],
                              [(k, f"{s.wall:.2f}", f"{s.cpu:.2f}", f"{s.rss_mb:.0f}") for k, s in job_stats.items()])]
    parts += ["", startup, "", scaling]
    return "\n".join(parts)


def _rule_count() -> str:
    from collections import Counter

    run = [(rid, kind) for rid, kind, chosen in D.rules_info() if chosen]
    groups = Counter(D.group_of(rid) for rid, _ in run)
    return f"{len(run)} default rules ({', '.join(f'{g} {k}' for g, k in sorted(groups.items()))})"


def _ok(flag: bool) -> str:
    return "yes" if flag else "**no**"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("data", nargs="?", default=str(D.default_data_dir()), help="development data folder")
    p.add_argument("--runs", type=int, default=5, help="runs per measurement of the corpora (seed article: twice as many)")
    p.add_argument("--quick", action="store_true", help="one run per corpus measurement: to check the script, not for figures")
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/performance.md alone")
    return p


if __name__ == "__main__":
    sys.exit(main())
