"""The ``claimcheck`` command: parse options, call the library, render. No logic lives here.

Exit codes (the one place they are defined; the README repeats this table):

    0    everything done
    1    some input skipped, or an error (the message says what to do next)
    2    usage error: a bad option or argument (Click's convention)
    130  interrupted with Ctrl-C; everything stored before it is kept
"""
from __future__ import annotations

import datetime as dt
import functools
import sqlite3
import sys
from typing import Any, Callable, NoReturn, Optional

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from . import __version__, render
from .compare import compare as run_compare
from .compare import list_events
from .errors import ClaimcheckError
from .ingest import IngestInterrupted, default_workers, ingest_files
from .models import CLAIM_KINDS, STANCES
from .read import discover
from .render_compare import events_table, print_comparison
from .retrieve import article_with_claims, filter_claims
from .sources import iter_entries, load_registry
from .store import Store, resolve_path

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

# a table piped to a file or another program is not cut to 80 columns: its dates and names
# must stay whole (a terminal still gets its own width)
PIPED_WIDTH = 160
out = Console(highlight=False, width=None if sys.stdout.isatty() else PIPED_WIDTH)
err = Console(stderr=True, highlight=False)


def _fail(exc: ClaimcheckError) -> click.ClickException:
    return click.ClickException(str(exc))


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become one-line messages; Ctrl-C exits 130 without a traceback. So do a
    store SQLite cannot read and output that cannot be written (a full disk)."""
    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = command(*args, **kwargs)
            sys.stdout.flush()   # a full disk shows here, while a message can still say so
            return result
        except ClaimcheckError as exc:
            raise _fail(exc) from None
        except KeyboardInterrupt:
            _interrupted()
        except sqlite3.DatabaseError as exc:
            raise click.ClickException(
                f"the store cannot be read ({exc}); it may be damaged: ingest the articles again into "
                "a new store with --db") from None
        except BrokenPipeError:
            raise   # "| head" closed the pipe: Click ends quietly
        except OSError as exc:
            raise click.ClickException(f"cannot write the output: {exc.strerror or exc}") from None
    return wrapper


class IsoDate(click.ParamType):
    """A calendar date, as YYYY-MM-DD (or YYYYMMDD); given back as YYYY-MM-DD."""
    name = "date"

    def convert(self, value: Any, param: Optional[click.Parameter], ctx: Optional[click.Context]) -> str:
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            self.fail(f"{value!r} is not a date like 2017-03-09", param, ctx)


ISO_DATE = IsoDate()


def _has_words(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[str]:
    """A name to match must have a letter or digit: "%" or "" would match every claim, or none."""
    if value is not None and not any(ch.isalnum() for ch in value):
        raise click.BadParameter(f"{value!r} has no letters or digits to match; give a name, e.g. SANA")
    return value


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db", "db", metavar="PATH", default=None,
        help="SQLite store to use, e.g. --db war.db. Default: $CLAIMCHECK_DB, else ./claimcheck.db.",
    )(command)


def sources_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--sources", "sources", metavar="FILE", default=None,
        help="sources.toml to use, e.g. --sources my-sources.toml. Default: $CLAIMCHECK_SOURCES, else "
             "./sources.toml, else the packaged one.",
    )(command)


def output_options(jsonl: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--json (and --jsonl) on every command that prints records; the two exclude each other."""
    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        command = click.option("--json", "as_json", is_flag=True,
                               help="Print JSON on stdout instead of a table, e.g. --json | jq length.")(command)
        if jsonl:
            command = click.option("--jsonl", "as_jsonl", is_flag=True,
                                   help="Print one JSON record per line, e.g. --jsonl | jq -c .source.")(command)

        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("as_json") and kwargs.get("as_jsonl"):
                raise click.UsageError("--json and --jsonl cannot be used together; choose one.")
            return command(*args, **kwargs)
        return wrapper
    return decorate


def _open_store(db: Optional[str], *, create: bool = False, quiet: bool = False) -> Store:
    # the commands that only read open the store read-only, so a store on read-only media works
    path = resolve_path(db)

    def tell_wait() -> None:
        if not quiet:
            err.print(f"waiting for another process writing to {path} (another ingest?) to finish ...",
                      markup=False)
    return Store(path, create=create, readonly=not create, on_wait=tell_wait)


class _Interruptible(click.Group):
    """Ctrl-C while Click reads the command line (or loads a subcommand) exits 130 as during a
    command, not 1 with Click's "Aborted!"."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            _interrupted()

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _interrupted()


def _interrupted() -> NoReturn:
    click.echo("interrupted", err=True)
    sys.exit(EXIT_INTERRUPTED)


@click.group(cls=_Interruptible, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="claimcheck")
def main() -> None:
    """Cross-check what each side of a war reports.

    claimcheck reads saved articles, attributes every claim to the outlet or person who made
    it and to their stance (pro-regime, opposition, independent), and shows where the sides
    agree and where they contradict each other.

    \b
    Start with:
      claimcheck ingest articles
      claimcheck compare "Waer"

    Exit codes: 0 ok, 1 some input skipped or an error, 2 usage error, 130 interrupted.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=str))
@db_option
@sources_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for reading and extraction, e.g. --workers 2. Default: one per core.")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bar and no summary table (errors still shown), e.g. in scripts: -q.")
@output_options(jsonl=False)
@handle_errors
def ingest(paths: tuple[str, ...], db: Optional[str], sources: Optional[str], workers: Optional[int],
           quiet: bool, as_json: bool) -> None:
    """Read articles into the store and extract their claims.

    PATHS are files or folders (searched recursively) of .txt, .md (optional +++ TOML or
    --- key: value front matter), .json (one article or a list) and .jsonl (one per line).
    Unchanged files are skipped by hash; a changed file replaces its old version. Files
    that cannot be read are skipped with a reason and the exit status is 1.

    \b
    Example:
      claimcheck ingest articles ../shared/data/fakes-dev.jsonl --db war.db
    """
    registry = load_registry(sources)
    files = discover(paths)
    if not files:
        raise click.ClickException(
            f"no .txt, .md, .json or .jsonl files in {', '.join(paths)}; nothing was ingested")
    show_progress = not quiet and not as_json and err.is_terminal
    with _open_store(db, create=True, quiet=quiet) as store:
        try:
            if show_progress:
                with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                              TextColumn("{task.description}"), console=err, transient=True) as bar:
                    task = bar.add_task("", total=len(files))
                    summary = ingest_files(files, store, registry, workers=workers or default_workers(),
                                         on_progress=lambda done, total, path: bar.update(task, completed=done))
            else:
                summary = ingest_files(files, store, registry, workers=workers or default_workers())
        except IngestInterrupted as stop:
            summary = stop.summary
            click.echo(f"interrupted: {summary.articles_new} new articles from {summary.files_read} files are stored; "
                       "run the same command again to continue.", err=True)
            sys.exit(EXIT_INTERRUPTED)
    if as_json:
        render.write_json(summary, sys.stdout)
    elif not quiet:
        out.print(render.ingest_table(summary))
    notes = render.ingest_notes(summary)
    if notes is not None and not as_json:
        err.print(notes)
    skipped = render.skipped_table(summary)
    if skipped is not None and not as_json:
        err.print(skipped)
    if summary.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.option("--article", "article_ref", metavar="ID",
              help="Only claims of this article (id, id prefix, or path), e.g. --article 000_412e.")
@click.option("--source", "source_name", metavar="NAME", callback=_has_words,
              help="Only claims whose source or outlet contains NAME, e.g. --source SANA.")
@click.option("--stance", type=click.Choice(STANCES), help="Only claims of this stance, e.g. --stance opposition.")
@click.option("--kind", type=click.Choice(CLAIM_KINDS), help="Only claims of this kind, e.g. --kind direct.")
@db_option
@output_options()
@handle_errors
def claims(article_ref: Optional[str], source_name: Optional[str], stance: Optional[str], kind: Optional[str],
           db: Optional[str], as_json: bool, as_jsonl: bool) -> None:
    """List extracted claims with their source, stance and numbers.

    \b
    Examples:
      claimcheck claims --stance pro-regime
      claimcheck claims --source "Observatory" --jsonl | jq .text
    """
    with _open_store(db) as store:
        records = filter_claims(store, article_ref=article_ref, source=source_name, stance=stance, kind=kind)
    if as_json:
        render.write_json(records, sys.stdout)
    elif as_jsonl:
        render.write_jsonl(records, sys.stdout)
    else:
        out.print(render.claims_table(records))


@main.command()
@click.argument("article_ref", metavar="ARTICLE")
@db_option
@output_options(jsonl=False)
@handle_errors
def show(article_ref: str, db: Optional[str], as_json: bool) -> None:
    """Print one article with its claims highlighted in place, coloured by stance.

    ARTICLE is an article id (or a unique prefix of one), its key, or its file path,
    as `claimcheck claims` shows them.

    \b
    Example:
      claimcheck show articles/000_412e8a489ef0d1c4.txt
    """
    with _open_store(db) as store:
        article, records = article_with_claims(store, article_ref)
    if as_json:
        render.write_json({"article": render.as_dict(article), "claims": [render.as_dict(c) for c in records]}, sys.stdout)
        return
    out.print(render.article_header(article, records))
    out.print(render.article_text(article, records))


@main.command()
@click.argument("query")
@click.option("--since", metavar="DATE", type=ISO_DATE,
              help="Only claims about events on or after DATE, e.g. --since 2016-07-01.")
@click.option("--until", metavar="DATE", type=ISO_DATE,
              help="Only claims about events on or before DATE, e.g. --until 2016-12-31.")
@click.option("--place", metavar="NAME", callback=_has_words,
              help="Only claims that mention this place, in any spelling, e.g. --place Qasr (also al-Qasr, Alqasr).")
@db_option
@output_options()
@handle_errors
def compare(query: str, since: Optional[str], until: Optional[str], place: Optional[str], db: Optional[str],
            as_json: bool, as_jsonl: bool) -> None:
    """Show where pro-regime, opposition and independent sources agree and contradict.

    QUERY names the event as you would: a place, an incident, or both. Each row is one point
    (a death toll, who fired first, a population figure) with every side's claims and a
    verdict: agree, contradict, or unconfirmed (only one source).

    \b
    Examples:
      claimcheck compare "Waer bombardment"
      claimcheck compare "chemical attack" --place Ghouta --since 2013-08-01 --json | jq '.findings[]'
    """
    if not query.strip():
        raise click.UsageError('QUERY is empty: name the event, for example  claimcheck compare "Waer"')
    if since and until and since > until:
        raise click.BadParameter(f"{since} is after --until {until}", param_hint="--since")
    with _open_store(db) as store:
        result = run_compare(store, query, since=since, until=until, place=place)
    matching, compared = result.summary["matching_claims"], result.summary["compared_claims"]
    if matching > compared:
        click.echo(f"compared the {compared} claims most relevant to the query of {matching} that match; "
                   "narrow it with --since, --until or --place", err=True)
    if as_json:
        render.write_json(result, sys.stdout)
    elif as_jsonl:
        render.write_jsonl(result.findings, sys.stdout)
    else:
        print_comparison(out, result)
        if not result.findings:
            click.echo(f"no claims match {query!r}; try `claimcheck events` to see what the store holds.", err=True)


@main.command()
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="Show at most this many events, e.g. --limit 10.")
@db_option
@output_options()
@handle_errors
def events(limit: int, db: Optional[str], as_json: bool, as_jsonl: bool) -> None:
    """List the events the store holds: place, dates, claims and outlets by stance.

    An event is a place and a run of its reports no more than a week apart; a place's spellings
    with an article glued on ("Alwaer" and "al-Waer") count as one place. The largest events
    come first.

    \b
    Example:
      claimcheck events --limit 20
    """
    with _open_store(db) as store:
        records = list_events(store, limit=limit)
    if as_json:
        render.write_json(records, sys.stdout)
    elif as_jsonl:
        render.write_jsonl(records, sys.stdout)
    else:
        out.print(events_table(records))


@main.command()
@click.option("--check", "check_file", metavar="FILE", type=click.Path(path_type=str),
              help="Validate FILE as a sources.toml and report the first problem with its line, "
                   "e.g. --check my-sources.toml.")
@sources_option
@output_options()
@handle_errors
def sources(check_file: Optional[str], sources: Optional[str], as_json: bool, as_jsonl: bool) -> None:
    """List the known outlets, organisations and people with their stance.

    The list comes from --sources FILE, $CLAIMCHECK_SOURCES, ./sources.toml or the packaged
    copy, in that order. Edit a copy to add outlets; `--check` validates it.

    \b
    Examples:
      claimcheck sources --json | jq '.[] | select(.stance == "pro-regime") | .name'
      claimcheck sources --check my-sources.toml
    """
    registry = load_registry(check_file or sources)
    if check_file:
        click.echo(f"{check_file}: ok, {len(registry.entries)} sources", err=True)
        return
    entries = list(iter_entries(registry))
    if as_json:
        render.write_json(entries, sys.stdout)
    elif as_jsonl:
        render.write_jsonl(entries, sys.stdout)
    else:
        out.print(render.sources_table(entries, registry.path))


if __name__ == "__main__":  # pragma: no cover
    main()
