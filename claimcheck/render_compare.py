"""Rich views of a comparison and of the event list. Text goes in as ``Text``, never markup."""
from __future__ import annotations

from typing import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .compare import Comparison, Event
from .models import STANCES, Claim, Finding
from .render import STANCE_STYLES, shorten

VERDICT_STYLES = {"contradiction": "bold red", "agreement": "bold green", "unconfirmed": "dim"}
VERDICT_WORDS = {"contradiction": "contradict", "agreement": "agree", "unconfirmed": "unconfirmed"}
CELL_QUOTE_CHARS = 90
UNCONFIRMED_ROWS = 12          # single-source points shown in the table; --json has them all


def comparison_table(result: Comparison, unconfirmed_rows: int) -> Table:
    by_id = {c.id: c for c in result.claims}
    rows = [(finding, _stance_cells(finding, by_id)) for finding in _shown_findings(result, unconfirmed_rows)]
    # a stance none of the shown points has a source of gets no column: on a narrow terminal
    # the columns that do hold quotes keep their words whole
    stances = [s for s in STANCES if any(cells[s] for _, cells in rows)] or list(STANCES)
    table = Table(title=Text(f"compare: {result.query}"), show_lines=True, expand=True)
    table.add_column("point", ratio=2, overflow="fold")
    for stance in stances:
        table.add_column(Text(stance, style=STANCE_STYLES[stance]), ratio=3, overflow="fold")
    # the widest share: the verdict is never cut, and on an 80-column terminal it should still
    # not break inside "contradict" or an outlet's name (Rich ignores min_width beside ratios)
    table.add_column("verdict", ratio=4, no_wrap=False, overflow="fold")
    for finding, cells in rows:
        verdict = Text(VERDICT_WORDS[finding.relation], style=VERDICT_STYLES[finding.relation])
        verdict.append(f" ({finding.basis})\n")
        verdict.append(finding.explanation, style="italic")
        table.add_row(Text(finding.topic), *(cells[s] for s in stances), verdict)
    return table


def _stance_cells(finding: Finding, by_id: dict[str, Claim]) -> dict[str, Text]:
    """Each stance's quotes for one point, numbered by side when the point has several."""
    cells = {s: Text() for s in STANCES}
    for side_number, side in enumerate(finding.sides, 1):
        for claim_id in side:
            claim = by_id.get(claim_id)
            if claim is None:
                continue
            cell = cells[claim.source.stance]
            if cell:
                cell.append("\n")
            if len(finding.sides) > 1:
                cell.append(f"[{side_number}] ", style="bold")
            who = claim.source.name + (f" ({claim.source.outlet})" if claim.source.outlet and claim.source.outlet != claim.source.name else "")
            cell.append(who, style=STANCE_STYLES[claim.source.stance])
            cell.append(": “" + shorten(claim.text, CELL_QUOTE_CHARS) + "”")
    return cells


def _shown_findings(result: Comparison, unconfirmed_rows: int) -> list[Finding]:
    """Every contradiction and agreement, and the first ``unconfirmed_rows`` unconfirmed points."""
    shown, unconfirmed = [], 0
    for finding in result.findings:
        if finding.relation == "unconfirmed":
            unconfirmed += 1
            if unconfirmed > unconfirmed_rows:
                continue
        shown.append(finding)
    return shown


def summary_line(result: Comparison) -> Text:
    s = result.summary
    line = Text()
    line.append(f"{s['contradict']} contradict", style=VERDICT_STYLES["contradiction"])
    line.append(" · ")
    line.append(f"{s['agree']} agree", style=VERDICT_STYLES["agreement"])
    line.append(f" · {s['unconfirmed']} unconfirmed · outlets: ")
    for stance in STANCES:
        line.append(f"{stance} {s['outlets'].get(stance, 0)} ", style=STANCE_STYLES[stance])
    return line


def print_comparison(console: Console, result: Comparison, unconfirmed_rows: int = UNCONFIRMED_ROWS) -> None:
    if result.findings:
        console.print(comparison_table(result, unconfirmed_rows))
    hidden = result.summary["unconfirmed"] - unconfirmed_rows
    line = summary_line(result)
    if hidden > 0:
        line.append(f"\n{hidden} more unconfirmed points not shown: --json lists every finding")
    console.print(line)


def events_table(events: Sequence[Event]) -> Table:
    table = Table(title=f"{len(events)} events")
    table.add_column("place")
    table.add_column("from")
    table.add_column("to")
    table.add_column("claims", justify="right")
    table.add_column("articles", justify="right")
    for stance in STANCES:
        table.add_column(Text(stance, style=STANCE_STYLES[stance]), justify="right")
    for event in events:
        table.add_row(Text(event.place), event.first_date or "?", event.last_date or "?", str(event.claims),
                      str(event.articles), *(str(event.outlets.get(s, 0)) for s in STANCES))
    return table
