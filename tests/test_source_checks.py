"""Source-list checks beyond the rule cases: the language model stays offline and in the package, domain lists and their config."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint.config import ConfigError, config_from_mapping
from lint.nlp import language_id
from lint.rules.sources import default_trusted_domains, domain_listed, normalise_domain
from tests.conftest import run_text

RUSSIAN = "Как справиться с побочными эффектами иммунотерапии"

ARTICLE = f"""# Nerve pain during cancer treatment

Some cancer medicines can damage the nerves in the hands and feet, causing numbness and
tingling. [1] Symptoms usually start in the toes and fingers and can spread slowly upwards. [2]

## Sources

1. [{RUSSIAN}](https://www.mskcc.org/ru/immunotherapy)
2. [Efectos secundarios de la quimioterapia](https://www.example.org/es/quimioterapia)
"""

# run medlint with every socket refused, so a download attempt fails loudly instead of going out
NO_NETWORK = """
import socket, sys

def refuse(*args, **kwargs):
    raise OSError("medlint tried to open a network connection")

socket.socket.connect = refuse
socket.create_connection = refuse
sys.argv = ["medlint", *sys.argv[1:]]
from lint.cli import main
main()
"""


def test_language_check_writes_no_file_and_needs_no_network(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(home),
        "FTLANG_CACHE": str(home / "ftlang"),
    }
    command = [sys.executable, "-c", NO_NETWORK, "check", "--select", "source-language-mismatch"]
    result = subprocess.run(
        [*command, str(article)], env=env, cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert "title is in Russian (ru)" in result.stdout, result.stderr
    assert "title is in Spanish (es)" in result.stdout, result.stderr
    assert list(home.rglob("*")) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md", "home"]


def test_titles_are_identified_by_the_bundled_model() -> None:
    russian = language_id.identify_title(RUSSIAN)
    assert (russian.code, russian.name) == ("ru", "Russian") and russian.confidence > 0.9
    assert language_id.identify("Was tun bei Bluthochdruck im Alter").code == "de"
    # the library cuts input at 80 characters unless told otherwise; an article sample is longer
    english_then_spanish = "Numbness in the hands and feet is common after chemotherapy. " * 2 + (
        "El entumecimiento de las manos y los pies es frecuente después de la quimioterapia. " * 8
    )
    assert language_id.identify(english_then_spanish).code == "es"


def test_shipped_domain_list_covers_subdomains_but_not_lookalikes() -> None:
    trusted = default_trusted_domains()
    assert "nhs.uk" in trusted and "who.int" in trusted
    assert domain_listed("pubmed.ncbi.nlm.nih.gov", trusted) == "gov"
    assert domain_listed("eviq.org.au", trusted) == "eviq.org.au"
    assert domain_listed("fakenhs.uk", trusted) is None
    assert domain_listed("nhs.uk.example.com", trusted) is None


@pytest.mark.parametrize(
    ("written", "domain"),
    [("https://www.NHS.uk/conditions/", "nhs.uk"), ("WWW.Cancer.GOV", "cancer.gov"), (" cdc.gov. ", "cdc.gov")],
)
def test_a_shipped_list_entry_is_read_as_a_bare_lower_case_domain(written: str, domain: str) -> None:
    # the shipped list is read through normalise_domain, so an entry written as a URL or in capitals still trusts its site
    assert normalise_domain(written) == domain


def test_site_articles_cite_only_trusted_domains() -> None:
    root = Path(__file__).resolve().parent.parent / "articles"
    for path in sorted(root.glob("*.md")):
        report = run_text(path.read_text(encoding="utf-8"), select=["source-domain"], path=path.name)
        assert not report.findings, (path.name, [f.message for f in report.findings])


def test_domain_config_is_normalised() -> None:
    config = config_from_mapping(
        {"trusted-domains": ["https://www.NHS.uk/conditions"], "denied_domains": ["Spam.Example."]}
    )
    assert config.trusted_domains == ["nhs.uk"]
    assert config.denied_domains == ["spam.example"]


@pytest.mark.parametrize(
    ("table", "complaint"),
    [
        ({"denied_domains": ["not a domain"]}, "not a domain: 'not a domain'"),
        ({"accepted_source_languages": ["Spanish"]}, "not an ISO 639-1 language code"),
        ({"trusted_domain": ["nhs.uk"]}, "unknown key 'trusted_domain'"),
    ],
)
def test_bad_source_config_names_the_key(table: dict[str, list[str]], complaint: str) -> None:
    with pytest.raises(ConfigError) as err:
        config_from_mapping(table, source="medlint.toml")
    assert complaint in str(err.value)
    assert str(err.value).startswith("medlint.toml: ")


def test_a_link_that_is_no_url_is_compared_as_written() -> None:
    # parsers drop such links, but an API caller's Source may carry one: comparing must not raise
    from lint.nlp.source_identity import normalise_url

    assert normalise_url("http://[oops/nerve") == normalise_url(" HTTP://[oops/nerve ")
    assert normalise_url("http://[oops/nerve") != normalise_url("http://[oops/other")
