from __future__ import annotations

import pytest

from claimcheck.errors import SourcesError
from claimcheck.sources import find_sources_file, is_person_kind, parse_registry, with_initialisms

GOOD = '''
[sources.one]
name = "One News"
aliases = ["One", "1 News"]
stance = "pro-regime"
kind = "outlet"
note = "test"

[sources.reporter]
name = "Jane Q. Example"
aliases = []
stance = "unknown"
kind = "person"
affiliation = "one"
'''


def test_good_file_loads(registry):
    parsed = parse_registry(GOOD, "good.toml")
    assert set(parsed.entries) == {"one", "reporter"}
    assert parsed.lookup("1 news").name == "One News"
    # a person with no stance of their own takes their affiliation's
    assert parsed.stance_of(parsed.entries["reporter"]) == "pro-regime"


@pytest.mark.parametrize("raw, message", [
    (GOOD.replace('stance = "pro-regime"', 'stance = "neutral"'),
     "bad.toml:5: [sources.one] stance 'neutral' is not one of pro-regime, opposition, independent, unknown"),
    (GOOD.replace('aliases = []', 'aliases = ["one"]'),
     "bad.toml:11: alias 'one' of [sources.reporter] is already used by [sources.one]"),
    (GOOD.replace('affiliation = "one"', 'affiliation = "nobody"'),
     "bad.toml:14: [sources.reporter] affiliation 'nobody' is not a source key"),
    (GOOD.replace('kind = "outlet"', ''), "bad.toml:2: [sources.one] needs a text field 'kind'"),
    ("[sources.x]\nname = ", "bad.toml: not valid TOML"),
    ("title = 'no sources here'", "bad.toml: no [sources.<name>] tables found"),
    # a table opening the file is on line 1; a misspelt field is named, not dropped
    ('[sources.x]\nname = "X"\nstance = "unknown"\n', "bad.toml:1: [sources.x] needs a text field 'kind'"),
    (GOOD.replace('aliases = []', 'alias = ["One TV"]'),
     "bad.toml:11: [sources.reporter] has unknown field 'alias'; the fields are affiliation, aliases, domains, kind, "
     "name, note, stance"),
])
def test_validation_errors_name_the_line(raw, message):
    with pytest.raises(SourcesError) as caught:
        parse_registry(raw, "bad.toml")
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize("written, canonical", [
    ("Bebers al-Talawi", "Bebars al-Talawy"),       # transliteration
    ("Barrazi", "Talal al-Barazi"),                 # doubled consonant, surname only
    ("Al Masdar", "Al-Masdar News"),
    ("the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
])
def test_fuzzy_lookup_in_packaged_registry(registry, written, canonical):
    assert registry.lookup(written).name == canonical


@pytest.mark.parametrize("written", ["Examplia's defence ministry", "Examplia’s defence ministry",
                                     "Examplias defence ministry", "the Examplian defence ministry"])
def test_a_possessive_name_finds_the_entry_of_its_demonym(written):
    # "Examplia's" and the scraped "Examplias" are one spelling, a letter from "Examplian"
    registry = parse_registry('[sources.mod]\nname = "Ministry of Defence of Examplia"\n'
                              'aliases = ["Examplian defence ministry"]\nstance = "pro-regime"\n'
                              'kind = "government"\n', "war.toml")
    assert registry.lookup(written).name == "Ministry of Defence of Examplia"


@pytest.mark.parametrize("written, canonical", [
    ("Civil Shield", "Example Civil Shield"), ("the Civil Shield", "Example Civil Shield"),
    # two bodies so shortened: the one the text named before, else none
    ("Red Crescent", None),
    # an office any state has, and words that open no name, are no shortened name
    ("Health Ministry", None), ("for Human Rights", None),
])
def test_a_name_shortened_from_the_front(written, canonical):
    registry = parse_registry(
        '[sources.a]\nname = "Example Civil Shield"\naliases = []\nstance = "opposition"\nkind = "rescue group"\n'
        '[sources.b]\nname = "Examplian Red Crescent"\naliases = []\nstance = "independent"\nkind = "NGO"\n'
        '[sources.c]\nname = "Otherland Red Crescent"\naliases = []\nstance = "independent"\nkind = "NGO"\n'
        '[sources.d]\nname = "Examplian Health Ministry"\naliases = []\nstance = "pro-regime"\nkind = "government"\n'
        '[sources.e]\nname = "Example Network for Human Rights"\naliases = []\nstance = "independent"\nkind = "monitor"\n',
        "war.toml")
    found = registry.shortened(written)
    assert (found.name if found else None) == canonical
    assert registry.shortened("Red Crescent", "Aid from the Otherland Red Crescent arrived.").name == "Otherland Red Crescent"


WAR_BODIES = parse_registry(
    '[sources.a]\nname = "Drovask Free Army"\naliases = []\nstance = "opposition"\nkind = "armed group"\n'
    '[sources.b]\nname = "Dornish Farmers Association"\naliases = []\nstance = "independent"\nkind = "union"\n'
    '[sources.c]\nname = "Kessing Medical Relief"\naliases = []\nstance = "independent"\nkind = "NGO"\n', "war.toml")


@pytest.mark.parametrize("text, acronym, canonical", [
    # a text that names a body in full may call it by its initials, in capitals
    ("The Drovask Free Army took the bridge. The DFA said so.", "DFA", "Drovask Free Army"),
    ("Kessing Medical Relief teams arrived. KMR said 40 were treated.", "KMR", "Kessing Medical Relief"),
    # not where the text names no such body, nor in lower case
    ("The DFA said so.", "DFA", None),
    ("The Drovask Free Army took the bridge. The dfa said so.", "dfa", None),
])
def test_a_text_may_call_a_body_it_names_by_its_initials(text, acronym, canonical):
    found = with_initialisms(WAR_BODIES, text).lookup(acronym)
    assert (found.name if found else None) == canonical
    # only within that text: the registry itself learns nothing
    assert WAR_BODIES.lookup(acronym) is None


def test_initials_two_named_bodies_share_name_neither():
    text = "The Drovask Free Army and the Dornish Farmers Association met. The DFA said so."
    assert with_initialisms(WAR_BODIES, text).lookup("DFA") is None


def test_short_upper_case_aliases_are_case_sensitive(registry):
    assert registry.lookup("us") is None
    assert registry.lookup("US") is not None
    assert [e.name for _, _, e in registry.mentions("let us go, said IS")] == [registry.lookup("IS").name]


def test_packaged_registry_covers_every_fakes_outlet(registry):
    outlets = ["SANA", "Sputnik", "TASS", "Al-Manar", "Al-Alam", "Al-Ahram", "Syrian Coalition (Etilaf)",
               "Al Arabiya", "Asharq Al-Awsat", "The New Arab (Al-Araby Al-Jadeed)", "Daily Sabah",
               "TRT World", "Reuters", "Jordan Times", "National News Agency (Lebanon)"]
    assert all(registry.lookup(o) is not None for o in outlets)


def test_lookup_order_prefers_explicit_then_env_then_local(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_SOURCES", raising=False)
    assert find_sources_file().name == "sources.toml" and find_sources_file().parent.name == "data"
    (tmp_path / "sources.toml").write_text(GOOD)
    assert find_sources_file() == tmp_path.joinpath("sources.toml").relative_to(tmp_path)
    env_file = tmp_path / "env.toml"
    env_file.write_text(GOOD)
    monkeypatch.setenv("CLAIMCHECK_SOURCES", str(env_file))
    assert find_sources_file() == env_file
    assert find_sources_file(str(tmp_path / "sources.toml")) == tmp_path / "sources.toml"
    with pytest.raises(SourcesError, match="not found"):
        find_sources_file(str(tmp_path / "missing.toml"))


@pytest.mark.parametrize("written", ["Kurdish officials", "Austrian government"])
def test_fuzzy_lookup_keeps_the_initials(registry, written):
    # one letter apart, but another people: not a spelling variant
    assert registry.lookup(written) is None


@pytest.mark.parametrize("kind, person", [
    ("person", True), ("politician", True), ("NGO official", True), ("field commander", True),
    ("armed group", False), ("state media", False), ("government", False), ("", False),
])
def test_a_kind_is_one_persons_by_its_last_word(kind, person):
    assert is_person_kind(kind) is person
