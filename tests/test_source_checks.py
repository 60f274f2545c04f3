"""Source-list checks beyond the rule cases: the language model's cache, domain lists and their config."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.config import ConfigError, config_from_mapping
from lint.nlp import language_id
from lint.rules.sources import default_trusted_domains, domain_listed
from tests.conftest import run_text

RUSSIAN = "Как справиться с побочными эффектами иммунотерапии"


@pytest.fixture
def fresh_model(monkeypatch: pytest.MonkeyPatch):
    """Forget the loaded model before and after, so each test loads it its own way."""
    language_id._identifier.cache_clear()
    language_id.identify_title.cache_clear()
    yield monkeypatch
    language_id._identifier.cache_clear()
    language_id.identify_title.cache_clear()


def test_model_is_cached_uncompressed_and_read_back(fresh_model: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fresh_model.setenv("MEDLINT_CACHE_DIR", str(tmp_path / "cache"))
    first = language_id.identify(RUSSIAN)
    cached = list((tmp_path / "cache").glob("py3langid-*.npz"))
    assert len(cached) == 1 and not list((tmp_path / "cache").glob("*.tmp"))
    language_id._identifier.cache_clear()
    assert language_id.identify(RUSSIAN) == first
    assert first.code == "ru" and first.confidence > 0.9


def test_unusable_cache_folder_falls_back_to_the_packaged_model(
    fresh_model: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    fresh_model.setenv("MEDLINT_CACHE_DIR", str(blocker))
    assert language_id.identify(RUSSIAN).code == "ru"


def test_shipped_domain_list_covers_subdomains_but_not_lookalikes() -> None:
    trusted = default_trusted_domains()
    assert "nhs.uk" in trusted and "who.int" in trusted
    assert domain_listed("pubmed.ncbi.nlm.nih.gov", trusted) == "gov"
    assert domain_listed("eviq.org.au", trusted) == "eviq.org.au"
    assert domain_listed("fakenhs.uk", trusted) is None
    assert domain_listed("nhs.uk.example.com", trusted) is None


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
