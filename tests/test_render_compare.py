from __future__ import annotations

from rich.console import Console

from claimcheck.compare import Comparison, decide, summarise
from claimcheck.models import ArticleRef, Attribution, Claim
from claimcheck.render_compare import print_comparison


def claim(cid: str, text: str, source: str, stance: str, denies: str | None = None) -> Claim:
    return Claim(
        id=cid, article=ArticleRef("art", "art.txt", "t", "Outlet", "2017-03-09"),
        kind="indirect", text=text, span=(0, len(text)), cue="denied" if denies else "said",
        source=Attribution(source, None, stance, "sources.toml"), denies=denies,
        quantities=(), places=("dorsa",), event_date="2017-03-09",
    )


def rendered(claims: list[Claim], width: int) -> str:
    findings = tuple(decide(claims))
    result = Comparison("Dorsa", None, None, tuple(claims), findings, summarise(claims, findings))
    console = Console(record=True, width=width, color_system=None)
    print_comparison(console, result)
    return console.export_text()


def test_a_narrow_table_keeps_the_verdict_whole_and_drops_empty_stances():
    claims = [
        claim("a", "rebels fired first at the checkpoint in Dorsa", "Example Daily", "pro-regime"),
        claim("b", "the claim that rebels fired first is a pretext", "Activists of Dorsa", "opposition", denies="a"),
    ]
    text = rendered(claims, 80)
    assert "pro-regime" in text and "opposition" in text
    # no source of these stances among the points shown: no columns for them
    assert "independent" not in text.split("\n1 contradict")[0] and "unknown" not in text.split("\n1 contradict")[0]
    assert "contradict" in text   # not broken inside the word on an 80-column terminal
    verdict_words = " ".join(line.split("│")[-2].strip() for line in text.splitlines() if line.count("│") > 2)
    assert "Activists of Dorsa (opposition) denies what Example Daily (pro-regime) said" in " ".join(verdict_words.split())


def test_every_stance_column_when_every_stance_speaks():
    claims = [
        claim("a", "40 people were killed in the raid on Dorsa", "State TV", "pro-regime"),
        claim("b", "the claim that 40 people were killed is a lie", "Activists", "opposition", denies="a"),
        claim("c", "a monitor counted the dead of the raid on Dorsa", "Monitor", "independent"),
        claim("d", "a resident said the raid on Dorsa went on all night", "A resident", "unknown"),
    ]
    header = rendered(claims, 160).split("┡")[0]
    assert all(stance in header for stance in ("pro-regime", "opposition", "independent", "unknown"))
