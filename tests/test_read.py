from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import ArticleError
from claimcheck.read import decode, discover, infer_title, read_file, split_front_matter

from .conftest import ARTICLES, FAKES, FIXTURES, write


def read(path: Path, registry):
    return read_file(path, path.read_bytes(), registry)


def test_toml_front_matter_gives_metadata(registry):
    (article,) = read(FIXTURES / "front_matter_toml.md", registry).articles
    assert (article.title, article.outlet, article.date, article.url) == (
        "Shelling hits market in Idlib", "Example Wire", "2016-05-04", "https://example.org/idlib-market")
    assert article.body.startswith("At least 12 people")
    assert article.provenance["title"] == "front matter"


def test_yaml_like_front_matter_gives_metadata(registry):
    (article,) = read(FIXTURES / "front_matter_yaml.md", registry).articles
    assert (article.title, article.outlet, article.date, article.author) == (
        "Convoy reaches besieged town", "Example Wire", "2016-02-17", "A. Reporter")


def test_news_please_fields(registry):
    (article,) = read(FIXTURES / "news_please.json", registry).articles
    assert (article.title, article.date, article.outlet) == ("Clashes near the airport", "2016-08-05", "example-news.com")
    assert article.body.startswith("Fighting broke out")


def test_trafilatura_list_skips_record_without_text(registry):
    result = read(FIXTURES / "trafilatura.json", registry)
    assert [a.outlet for a in result.articles] == ["Example Daily"]
    assert len(result.skipped) == 1
    assert result.skipped[0].path.endswith("trafilatura.json#1")
    assert "has no text" in result.skipped[0].reason


@pytest.mark.parametrize("value", ["5", "true", '["Fighting broke out."]', "null"])
def test_a_body_that_is_not_text_is_no_article(registry, tmp_path, value):
    path = write(tmp_path / "r.jsonl", '{"title": "Report", "text": %s}\n' % value)
    result = read(path, registry)
    assert (list(result.articles), [s.reason for s in result.skipped]) == (
        [], ["line 1 has no text (looked for maintext, text, content, body, article, article_text)"])


def test_jsonl_keeps_good_lines_and_names_the_bad_line(registry):
    result = read(FIXTURES / "records.jsonl", registry)
    assert [a.key for a in result.articles] == ["records.jsonl#r1", "records.jsonl#r3"]
    assert result.articles[1].outlet == "Reuters"
    (bad,) = result.skipped
    assert bad.path.endswith("records.jsonl:2")
    assert bad.reason.startswith("JSON does not parse on line 2")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
])
def test_unusable_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(ArticleError, match=reason):
        decode(data)


@pytest.mark.parametrize("data, text, encoding", [
    ("Homs – “quoted”".encode("utf-8"), "Homs – “quoted”", "utf-8"),
    ("\ufeffHoms".encode("utf-8"), "Homs", "utf-8-sig"),
    ("caf\xe9 \u2013 \u201cquoted\u201d".encode("cp1252"), "café – “quoted”", "cp1252"),
])
def test_decoding_order(data, text, encoding):
    assert decode(data) == (text, encoding)


def test_undecodable_bytes_are_refused():
    # 0x81 is undefined in cp1252 and invalid as UTF-8
    with pytest.raises(ArticleError, match="undecodable"):
        decode(b"abc \x81\x81 def")


def test_bad_json_names_the_line(tmp_path, registry):
    path = write(tmp_path / "bad.json", '[\n{"text": "ok"},\n{"text": oops}\n]')
    with pytest.raises(ArticleError, match="line 3"):
        read(path, registry)


def test_front_matter_only_is_an_error(tmp_path, registry):
    path = write(tmp_path / "only.md", "---\ntitle: x\n---\n\n")
    with pytest.raises(ArticleError, match="no article text"):
        read(path, registry)


def test_unclosed_front_matter_is_body(registry):
    meta, body, how = split_front_matter("---\ntitle: x\nno end")
    assert (meta, how) == ({}, "")
    assert body == "---\ntitle: x\nno end"


@pytest.mark.parametrize("name, title, date, outlet", [
    ("000_412e8a489ef0d1c4.txt",
     "After 2 months of reprieve, regime bombards rebel-held Homs district without explanation", None, "Syria Direct"),
    ("001_9b752c38f4deff4f.txt", "Surrender talks fall apart in last rebel-held district of Homs city", None, "Syria Direct"),
    ("003_d5be41ca56558eab.txt",
     "Assad Regime Intensifies Assault on Alwaer District in Homs as Russia Fails to Restrain Assad",
     "2017-03-07", "Syrian Coalition (Etilaf)"),
    # no outlet is named anywhere in 004: a careful reader leaves it unknown
    ("004_cfcad681c5472e10.txt", "Homs has not yet fallen, say activists", "2013-07-31", None),
])
def test_metadata_inferred_from_sample_articles(registry, name, title, date, outlet):
    (article,) = read(ARTICLES / name, registry).articles
    assert (article.title, article.date, article.outlet) == (title, date, outlet)
    if date:
        assert article.provenance["date"].startswith("text: ")
    if outlet:
        assert article.provenance["outlet"].startswith("text: ")


@pytest.mark.parametrize("body, title", [
    ("4 min read\n\nReal headline here\n\nBody.", "Real headline here"),
    ("Share this article\nBy Jane Doe\nHeadline after byline\n", "Headline after byline"),
])
def test_title_skips_boilerplate(body, title):
    assert infer_title(body) == title


@pytest.mark.parametrize("body", [
    # the report's first sentence is no headline, nor is an article's only paragraph
    "The army said 5 people were killed in Homs on Monday, according to the state news agency.\n\nMore.",
    "Activists said 10 civilians were killed in Daraya on Monday.",
    "Homs\n\nThe army said 5 people were killed in Homs.\n",
])
def test_no_title_from_a_sentence_of_the_report(body):
    assert infer_title(body) is None


def test_the_first_sentence_of_an_untitled_article_is_read_for_claims(registry, tmp_path):
    from claimcheck.extract import extract_claims
    path = tmp_path / "two.txt"
    write(path, "The army said 5 people were killed in Homs on Monday, according to the state agency.\n\n"
                "Activists told reporters that 20 civilians were killed in Homs on Monday.\n")
    (article,) = read(path, registry).articles
    assert [c.source.name for c in extract_claims(article, registry)] == ["The army", "Activists"]


def test_discover_recurses_and_filters(tmp_path):
    write(tmp_path / "a" / "one.txt", "x")
    write(tmp_path / "a" / "b" / "two.jsonl", "x")
    write(tmp_path / "a" / "image.png", b"x")
    # sorted by path, so a folder's order is the same on every run
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path / "a"])] == ["a/b/two.jsonl", "a/one.txt"]


def test_discover_lists_a_file_reached_twice_once(tmp_path):
    write(tmp_path / "a" / "one.txt", "x")
    write(tmp_path / "a" / "b" / "two.txt", "x")
    given = [tmp_path / "a", tmp_path / "a" / "one.txt", tmp_path / "a" / "b" / ".." / "b", str(tmp_path / "a") + "/"]
    assert [p.relative_to(tmp_path).as_posix() for p in discover(given)] == ["a/b/two.txt", "a/one.txt"]


@pytest.mark.skipif(not FAKES.exists(), reason="shared data not present")
def test_fakes_dev_reads_as_is(registry):
    result = read(FAKES, registry)
    assert len(result.articles) == 642
    assert not result.skipped
    assert all(a.outlet and a.date and a.title for a in result.articles)
