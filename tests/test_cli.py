"""The commands, run through CliRunner in an empty folder: exact JSON, exit codes, messages."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from claimcheck.cli import main

from .conftest import ARTICLES, FIXTURES, write


def ingest_json(runner, *args: str):
    result = runner.invoke(main, ["ingest", "--json", *args])
    return result, json.loads(result.stdout) if result.stdout.strip() else None


def test_ingest_summary_json_and_idempotent_reingest(runner):
    shutil.copytree(ARTICLES, "articles")
    result, summary = ingest_json(runner, "articles")
    assert result.exit_code == 0, result.output
    assert {k: summary[k] for k in ("files_read", "articles_new", "articles_unchanged", "articles_replaced", "skipped")} == {
        "files_read": 5, "articles_new": 5, "articles_unchanged": 0, "articles_replaced": 0, "skipped": []}
    assert summary["claims"] > 50
    again, summary2 = ingest_json(runner, "articles")
    assert again.exit_code == 0
    assert {k: summary2[k] for k in ("files_read", "articles_new", "articles_unchanged", "claims")} == {
        "files_read": 5, "articles_new": 0, "articles_unchanged": 5, "claims": 0}
    assert Path("claimcheck.db").exists()


def test_changed_file_replaces_its_old_version(runner):
    path = write(Path("in/a.txt"), "Old title\n\nAt least 5 people were killed in Idlib on Monday, the monitor said.\n")
    ingest_json(runner, "in")
    path.write_text("Old title\n\nAt least 9 people were killed in Idlib on Monday, the monitor said.\n")
    result, summary = ingest_json(runner, "in")
    assert (summary["articles_new"], summary["articles_replaced"]) == (1, 1)
    claims = json.loads(runner.invoke(main, ["claims", "--json"]).stdout)
    assert [q["value"] for c in claims for q in c["quantities"]] == [9]


def test_bad_files_are_skipped_with_reasons_and_exit_1(runner):
    write(Path("in/good.txt"), "Headline\n\nTwo shells hit the market on Monday, killing 4 people, residents said.\n")
    write(Path("in/empty.txt"), "")
    write(Path("in/binary.txt"), b"\x00\x01\x02PNG")
    write(Path("in/broken.json"), '{"text": ')
    result, summary = ingest_json(runner, "in")
    assert result.exit_code == 1
    reasons = {Path(s["path"]).name: s["reason"] for s in summary["skipped"]}
    assert reasons == {
        "binary.txt": "binary file (contains NUL bytes)",
        "broken.json": "JSON does not parse on line 1: Expecting value",
        "empty.txt": "empty file",
    }
    assert summary["articles_new"] == 1
    assert "Traceback" not in result.output


def test_table_output_goes_to_stdout_and_skips_to_stderr(runner):
    write(Path("in/empty.md"), "")
    result = runner.invoke(main, ["ingest", "in"])
    assert result.exit_code == 1
    assert "files read" in result.stdout
    assert "empty file" in result.stderr


def test_missing_path_is_a_usage_error(runner):
    result = runner.invoke(main, ["ingest", "nowhere"])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_json_and_jsonl_conflict(runner):
    result = runner.invoke(main, ["claims", "--json", "--jsonl"])
    assert result.exit_code == 2
    assert "--json and --jsonl cannot be used together" in result.stderr


def test_commands_without_a_store_say_what_to_do(runner):
    result = runner.invoke(main, ["claims"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no store at claimcheck.db: run `claimcheck ingest FOLDER` first, or pass --db"


def test_db_option_and_environment(runner, monkeypatch):
    write(Path("in/a.txt"), "Headline\n\nAt least 3 people were killed in Hama on Friday, activists said.\n")
    assert runner.invoke(main, ["ingest", "-q", "in", "--db", "custom.db"]).exit_code == 0
    assert Path("custom.db").exists() and not Path("claimcheck.db").exists()
    monkeypatch.setenv("CLAIMCHECK_DB", "custom.db")
    claims = json.loads(runner.invoke(main, ["claims", "--json"]).stdout)
    assert len(claims) == 1


def test_claims_json_follows_the_contract(runner):
    write(Path("in/a.md"), "---\ntitle: Market shelled\noutlet: SANA\ndate: 2016-05-05\n---\n"
          "At least 12 people were killed when shells hit a market in Idlib on Tuesday, a local official said.\n")
    runner.invoke(main, ["ingest", "-q", "in"])
    (claim,) = json.loads(runner.invoke(main, ["claims", "--json"]).stdout)
    assert set(claim) == {"id", "article", "kind", "text", "span", "cue", "source", "denies", "quantities", "places", "event_date"}
    assert claim["kind"] == "indirect"
    assert claim["text"] == "At least 12 people were killed when shells hit a market in Idlib on Tuesday"
    # an unnamed official quoted by a pro-regime outlet is taken to speak for its side
    assert claim["source"] == {"name": "a local official", "outlet": None, "stance": "pro-regime", "basis": "publisher"}
    assert claim["quantities"] == [{"value": 12, "low": 12, "high": None, "unit": "people", "text": "At least 12", "measure": "deaths"}]
    assert claim["places"] == ["idlib"]
    assert claim["event_date"] == "2016-05-03"
    assert claim["article"]["outlet"] == "SANA" and claim["article"]["date"] == "2016-05-05"
    body = Path("in/a.md").read_text().split("---\n", 2)[2]
    assert body[claim["span"][0]:claim["span"][1]] == claim["text"]
    lines = runner.invoke(main, ["claims", "--jsonl"]).stdout.splitlines()
    assert [json.loads(line) for line in lines] == [claim]


def test_claims_filters(runner):
    shutil.copytree(ARTICLES, "articles")
    runner.invoke(main, ["ingest", "-q", "articles"])
    everything = json.loads(runner.invoke(main, ["claims", "--json"]).stdout)
    regime = json.loads(runner.invoke(main, ["claims", "--json", "--stance", "pro-regime"]).stdout)
    assert regime and all(c["source"]["stance"] == "pro-regime" for c in regime)
    assert len(regime) < len(everything)
    sana = json.loads(runner.invoke(main, ["claims", "--json", "--source", "sana"]).stdout)
    assert sana and all("sana" in (c["source"]["name"] + str(c["source"]["outlet"])).lower() for c in sana)
    bad = runner.invoke(main, ["claims", "--stance", "neutral"])
    assert bad.exit_code == 2


def test_show_prints_article_and_never_interprets_markup(runner):
    write(Path("in/a.txt"), "Headline\n\n\"This was a pretext for [the regime] to bomb [bold]us[/bold],\" a resident said on Monday.\n")
    runner.invoke(main, ["ingest", "-q", "in"])
    (claim,) = json.loads(runner.invoke(main, ["claims", "--json"]).stdout)
    result = runner.invoke(main, ["show", claim["article"]["id"][:8]])
    assert result.exit_code == 0
    assert "[the regime]" in result.stdout and "[bold]us[/bold]" in result.stdout
    missing = runner.invoke(main, ["show", "nope"])
    assert missing.exit_code == 1 and "no single article matches 'nope'" in missing.stderr
    assert runner.invoke(main, ["show", "a.txt"]).exit_code == 0  # the file name is enough


def test_compare_survives_query_syntax(runner):
    shutil.copytree(ARTICLES, "articles")
    runner.invoke(main, ["ingest", "-q", "articles"])
    for query in ['Aleppo AND (', '"', "Waer*", "NEAR(x y)", "'; DROP TABLE claims; --", "-", "^"]:
        result = runner.invoke(main, ["compare", query, "--json"])
        assert result.exit_code == 0, (query, result.output)
        assert json.loads(result.stdout)["query"] == query


def test_compare_no_match_is_empty_not_an_error(runner):
    shutil.copytree(ARTICLES, "articles")
    runner.invoke(main, ["ingest", "-q", "articles"])
    result = runner.invoke(main, ["compare", "Zzyzx", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "query": "Zzyzx", "since": None, "until": None, "claims": [], "findings": [],
        "summary": {"agree": 0, "contradict": 0, "unconfirmed": 0, "claims": 0,
                    "outlets": {"pro-regime": 0, "opposition": 0, "independent": 0, "unknown": 0},
                    "matching_claims": 0, "compared_claims": 0}}
    table = runner.invoke(main, ["compare", "Zzyzx"])
    assert table.exit_code == 0 and "no claims match 'Zzyzx'" in table.stderr


def test_compare_reads_the_answers_of_an_article_that_names_the_event_once(runner):
    # the denial names neither the town nor the day; only the first claim of its article does
    write(Path("in/report.md"), "---\ntitle: Market hit\noutlet: Orient News\ndate: 2019-05-14\n---\n"
          "Helicopters dropped barrel bombs on the market of Dorsa on Monday, killing 18 civilians, "
          "the Syrian Civil Defence said.\n\nThe shelling went on all night, residents said.\n")
    write(Path("in/denial.md"), "---\ntitle: Army statement\noutlet: SANA\ndate: 2019-05-14\n---\n"
          "Army units destroyed terrorist positions in Dorsa on Monday, a military source said.\n\n"
          "The source denied reports that civilians were killed at the market, describing them as fabricated.\n\n"
          "The weather was calm across the province, the source added.\n")
    runner.invoke(main, ["ingest", "-q", "in"])
    document = json.loads(runner.invoke(main, ["compare", "Dorsa market", "--json"]).stdout)
    text = {c["id"]: c["text"] for c in document["claims"]}
    denials = [[[text[i] for i in side] for side in f["sides"]] for f in document["findings"] if f["basis"] == "denial"]
    assert denials == [[["Helicopters dropped barrel bombs on the market of Dorsa on Monday, killing 18 civilians"],
                        ["reports that civilians were killed at the market"]]]
    assert "The weather was calm across the province" not in text.values()


def test_compare_rejects_bad_dates_and_an_empty_query_as_usage_errors(runner):
    shutil.copytree(ARTICLES, "articles")
    runner.invoke(main, ["ingest", "-q", "articles"])
    for args, message in (
            (["Waer", "--since", "last week"], "Invalid value for '--since': 'last week' is not a date like 2017-03-09"),
            (["Waer", "--since", "2017-01-01", "--until", "2013-01-01"],
             "Invalid value for --since: 2017-01-01 is after --until 2013-01-01"),
            ([" "], 'QUERY is empty: name the event, for example  claimcheck compare "Waer"')):
        result = runner.invoke(main, ["compare", *args])
        assert result.exit_code == 2
        assert result.stderr.splitlines()[-1] == f"Error: {message}"


def test_compare_gives_dates_back_as_written_in_iso(runner):
    shutil.copytree(ARTICLES, "articles")
    runner.invoke(main, ["ingest", "-q", "articles"])
    document = json.loads(runner.invoke(main, ["compare", "Waer", "--since", "20130724", "--json"]).stdout)
    assert document["since"] == "2013-07-24"


def test_compare_says_when_it_compared_only_the_most_relevant_claims(runner, monkeypatch):
    shutil.copytree(ARTICLES, "articles")
    runner.invoke(main, ["ingest", "-q", "articles"])
    monkeypatch.setattr("claimcheck.compare.MAX_CLAIMS", 5)
    result = runner.invoke(main, ["compare", "Waer", "--json"])
    summary = json.loads(result.stdout)["summary"]
    assert summary["compared_claims"] == 5 and summary["matching_claims"] > 5
    assert result.stderr == (
        f"compared the 5 claims most relevant to the query of {summary['matching_claims']} that match; narrow it "
        "with --since, --until or --place\n")


def test_sources_list_and_check(runner):
    listed = json.loads(runner.invoke(main, ["sources", "--json"]).stdout)
    assert {"key", "name", "aliases", "stance", "kind", "note", "domains", "affiliation"} == set(listed[0])
    assert any(s["name"] == "SANA" and s["stance"] == "pro-regime" for s in listed)
    write(Path("mine.toml"), '[sources.a]\nname = "A"\naliases = []\nstance = "sideways"\nkind = "outlet"\n')
    bad = runner.invoke(main, ["sources", "--check", "mine.toml"])
    assert bad.exit_code == 1
    assert bad.stderr.strip() == ("Error: mine.toml:4: [sources.a] stance 'sideways' is not one of "
                                  "pro-regime, opposition, independent, unknown")
    write(Path("mine.toml"), '[sources.a]\nname = "A"\naliases = []\nstance = "independent"\nkind = "outlet"\n')
    good = runner.invoke(main, ["sources", "--check", "mine.toml"])
    assert good.exit_code == 0 and "mine.toml: ok, 1 sources" in good.stderr


def test_fixture_formats_ingest_together(runner):
    shutil.copytree(FIXTURES, "fx")
    result, summary = ingest_json(runner, "fx")
    # trafilatura.json#1 has no text and records.jsonl line 2 does not parse: both reported
    assert result.exit_code == 1
    assert sorted(Path(s["path"]).name for s in summary["skipped"]) == ["records.jsonl:2", "trafilatura.json#1"]
    assert summary["articles_new"] == 8


def test_the_lines_of_one_file_skipped_for_one_reason_are_one_row(runner):
    write(Path("in/pairs.jsonl"), "".join(f'{{"a": "x#{i}", "b": "y#{i}"}}\n' for i in range(1, 4)))
    result = runner.invoke(main, ["ingest", "--db", "table.db", "in"])
    assert result.exit_code == 1
    assert "lines 1 to 3 (3): has no text" in " ".join(result.stderr.split())
    # the JSON keeps one record per line
    _, summary = ingest_json(runner, "--db", "json.db", "in")
    assert [s["reason"][:18] for s in summary["skipped"]] == ["line 1 has no text", "line 2 has no text",
                                                             "line 3 has no text"]
    assert [(Path(s["path"]).name, s["line"]) for s in summary["skipped"]] == [
        ("pairs.jsonl:1", 1), ("pairs.jsonl:2", 2), ("pairs.jsonl:3", 3)]


def test_help_has_examples(runner):
    for command in ("ingest", "claims", "show", "compare", "events", "sources"):
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.stdout, command


def test_events_lists_places_with_dates_and_stances(runner):
    write(Path("in/a.md"), "---\ntitle: Old city shelled\noutlet: SANA\ndate: 2016-05-05\n---\n"
          "Shells killed 4 people in Old Homs on Tuesday, a military source said.\n\n"
          "Rebels fired 12 mortars at Old Homs on Wednesday, the army said.\n")
    write(Path("in/b.md"), "---\ntitle: Old Homs bombed\noutlet: Reuters\ndate: 2016-05-06\n---\n"
          "Air strikes killed 9 people in Old Homs on Thursday, activists said.\n")
    assert runner.invoke(main, ["ingest", "-q", "in"]).exit_code == 0
    result = runner.invoke(main, ["events", "--json"])
    assert result.exit_code == 0, result.output
    (event,) = [e for e in json.loads(result.stdout) if e["place"] == "old homs"]
    assert event == {"place": "old homs", "first_date": "2016-05-03", "last_date": "2016-05-05", "claims": 3,
                     "articles": 2, "outlets": {"pro-regime": 2, "opposition": 1, "independent": 0, "unknown": 0}}


def test_events_count_a_place_with_its_article_glued_on_as_that_place(runner):
    write(Path("in/a.md"), "---\ntitle: Siege\noutlet: SANA\ndate: 2017-03-06\n---\n"
          "Shells killed 4 people in Alwaer on Monday, a military source said.\n")
    write(Path("in/b.md"), "---\ntitle: Siege\noutlet: Reuters\ndate: 2017-03-07\n---\n"
          "Air strikes killed 9 people in al-Waer on Monday, activists said.\n")
    assert runner.invoke(main, ["ingest", "-q", "in"]).exit_code == 0
    result = runner.invoke(main, ["events", "--json"])
    assert result.exit_code == 0, result.output
    assert [(e["place"], e["claims"], e["articles"]) for e in json.loads(result.stdout)] == [("waer", 2, 2)]


def test_events_limit_keeps_the_head_of_the_whole_list(runner):
    # Alpha is named most, in three bursts of two; Beta in bursts of three and two; Gamma in one of four
    bursts = {"Alpha": ["2016-01-05", "2016-01-05", "2016-03-05", "2016-03-05", "2016-05-05", "2016-05-05"],
              "Beta": ["2016-01-10", "2016-01-10", "2016-01-10", "2016-04-10", "2016-04-10"],
              "Gamma": ["2016-02-01", "2016-02-01", "2016-02-01", "2016-02-01"]}
    for place, days in bursts.items():
        for index, day in enumerate(days):
            write(Path(f"in/{place}{index}.md"), f"---\ntitle: {place} report {index}\ndate: {day}\n---\n"
                  f"Shells killed {index + 2} people in {place} on that day, activists said.\n")
    assert runner.invoke(main, ["ingest", "-q", "in"]).exit_code == 0
    heads = [[(e["place"], e["claims"]) for e in json.loads(runner.invoke(main, ["events", "--json", "--limit", n]).stdout)]
             for n in ("1", "2", "3")]
    assert heads == [[("gamma", 4)], [("gamma", 4), ("beta", 3)], [("gamma", 4), ("beta", 3), ("alpha", 2)]]


def test_a_damaged_store_is_a_message_not_a_traceback(runner):
    import sqlite3
    shutil.copytree(ARTICLES, "articles")
    runner.invoke(main, ["ingest", "-q", "articles"])
    conn = sqlite3.connect("claimcheck.db")
    conn.execute("DROP TABLE claims_fts")
    conn.commit()
    conn.close()
    result = runner.invoke(main, ["compare", "Waer"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: the store cannot be read (no such table: claims_fts); it may be damaged: ingest "
                             "the articles again into a new store with --db\n")


def test_output_that_cannot_be_written_is_a_message(runner, monkeypatch):
    import errno
    shutil.copytree(ARTICLES, "articles")
    runner.invoke(main, ["ingest", "-q", "articles"])

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr("claimcheck.render.write_jsonl", full)
    result = runner.invoke(main, ["claims", "--jsonl"])
    assert result.exit_code == 1
    assert result.stderr == "Error: cannot write the output: No space left on device\n"


def test_ctrl_c_while_the_command_line_loads_exits_130(monkeypatch, capsys):
    import sys

    from claimcheck.__main__ import run

    class Loading:
        def __getattr__(self, name: str) -> object:
            raise KeyboardInterrupt
    monkeypatch.setitem(sys.modules, "claimcheck.cli", Loading())
    with pytest.raises(SystemExit) as exit_:
        run()
    assert (exit_.value.code, capsys.readouterr().err) == (130, "interrupted\n")


def test_a_name_to_match_needs_letters_or_digits(runner):
    shutil.copytree(ARTICLES, "articles")
    runner.invoke(main, ["ingest", "-q", "articles"])
    for args, option, value in ((["claims", "--source", "%"], "--source", "%"),
                                (["compare", "Waer", "--place", ""], "--place", "")):
        result = runner.invoke(main, args)
        assert result.exit_code == 2
        assert result.stderr.splitlines()[-1] == (
            f"Error: Invalid value for '{option}': {value!r} has no letters or digits to match; give a name, e.g. SANA")


def test_a_repeated_record_is_stored_once_and_said_so(runner):
    record = '{"title": "Homs toll", "text": "Homs report\\n\\nActivists said 10 civilians were killed in Homs on Monday."}'
    write(Path("dd.jsonl"), f"{record}\n{record}\n")
    result, summary = ingest_json(runner, "dd.jsonl")
    assert (summary["articles_new"], summary["claims"], summary["notes"]) == (
        1, 1, ["dd.jsonl: dd.jsonl#line2 repeats dd.jsonl#line1 word for word; stored once"])
    assert len(json.loads(runner.invoke(main, ["claims", "--json"]).stdout)) == 1
    table = runner.invoke(main, ["ingest", "-q", "--db", "other.db", "dd.jsonl"])
    assert table.stderr == "note: dd.jsonl: dd.jsonl#line2 repeats dd.jsonl#line1 word for word; stored once\n"


def test_a_folder_with_no_articles_is_an_error(runner):
    Path("empty").mkdir()
    write(Path("other/table.csv"), "a,b\n")
    result = runner.invoke(main, ["ingest", "empty", "other"])
    assert result.exit_code == 1
    assert result.stderr == "Error: no .txt, .md, .json or .jsonl files in empty, other; nothing was ingested\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes to read-only folders: the store would not be read-only")
def test_a_read_only_store_can_be_read_and_says_so_when_written(runner):
    shutil.copytree(ARTICLES, "articles")
    Path("ro").mkdir()
    runner.invoke(main, ["ingest", "-q", "--db", "ro/claims.db", "articles"])
    Path("ro/claims.db").chmod(0o444)
    Path("ro").chmod(0o555)
    try:
        listed = runner.invoke(main, ["claims", "--db", "ro/claims.db", "--json"])
        assert listed.exit_code == 0 and len(json.loads(listed.stdout)) > 50
        written = runner.invoke(main, ["ingest", "--db", "ro/claims.db", "articles"])
        assert written.exit_code == 1
        assert written.stderr == ("Error: cannot write to the store ro/claims.db: it or its folder is read-only; "
                                  "choose a writable --db\n")
    finally:
        Path("ro").chmod(0o755)


def test_a_store_in_a_folder_that_does_not_exist_is_a_clear_error(runner):
    shutil.copytree(ARTICLES, "articles")
    result = runner.invoke(main, ["ingest", "--db", "nodir/claims.db", "articles"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: the folder nodir for the store nodir/claims.db does not exist: create it or "
                             "choose another --db\n")


def test_show_finds_an_article_by_its_absolute_path_and_refuses_an_ambiguous_name(runner):
    write(Path("a/x.txt"), "Report\n\nActivists said 4 people were killed in Hama on Monday.\n")
    write(Path("b/x.txt"), "Other report\n\nActivists said 3 people were killed in Homs on Monday.\n")
    runner.invoke(main, ["ingest", "-q", "a", "b"])
    shown = runner.invoke(main, ["show", "--json", str(Path("a/x.txt").resolve())])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["article"]["path"] == "a/x.txt"
    ambiguous = runner.invoke(main, ["show", "x.txt"])
    assert ambiguous.exit_code == 1
    assert ambiguous.stderr == ("Error: no single article matches 'x.txt' in claimcheck.db; give its file name, "
                                "path or id as `claimcheck claims` shows them\n")


def test_a_table_piped_away_keeps_its_dates_whole(runner):
    write(Path("in/a.md"), "---\ntitle: Old city shelled\noutlet: SANA\ndate: 2016-05-05\n---\n"
          "Shells killed 4 people in Old Homs on Tuesday, a military source said.\n\n"
          "Rebels fired 12 mortars at Old Homs on Wednesday, the army said.\n")
    runner.invoke(main, ["ingest", "-q", "in"])
    table = runner.invoke(main, ["events"]).stdout
    assert "2016-05-03" in table and "2016-05-04" in table and "independent" in table


@pytest.mark.parametrize("quiet, told", [(False, True), (True, False)])
def test_ingest_says_it_waits_for_another_writer_unless_quiet(runner, monkeypatch, quiet, told):
    import sqlite3

    import claimcheck.store as store_module
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(store_module, "WAIT_NOTICE_MS", 50)
    write(Path("in/a.md"), "---\ntitle: Shelling\n---\nShells killed 4 people in Dorsa, activists said.\n")
    assert runner.invoke(main, ["ingest", "-q", "--db", "s.db", "in"]).exit_code == 0
    write(Path("in/b.md"), "---\ntitle: Raid\n---\nA raid killed 2 people in Dorsa, activists said.\n")
    holder = sqlite3.connect("s.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    result = runner.invoke(main, ["ingest", "--db", "s.db", "in"] + (["-q"] if quiet else []))
    holder.close()
    assert result.exit_code == 1
    waiting = "waiting for another process writing to s.db (another ingest?) to finish ...\n"
    assert result.stderr.startswith(waiting) is told
    assert "another process held the store for over 0.3 s" in result.stderr


@pytest.mark.parametrize("where", ["make_context", "parse_args"])
def test_ctrl_c_while_click_reads_the_command_line_exits_130(runner, monkeypatch, where):
    # the group's own parsing, and a subcommand's
    import click

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(click.Command if where == "parse_args" else click.Group, where, interrupt)
    result = runner.invoke(main, ["claims"])
    assert (result.exit_code, result.stderr) == (130, "interrupted\n")
