"""Developer sessions: tests, lint, typecheck, articles, schemas; `nox` runs them all but the slow ones."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "articles", "schemas"]
nox.options.reuse_existing_virtualenvs = True
nox.options.default_venv_backend = "venv"

PYTHON = "3.11"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite (the README's test command runs the same)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install("ruff>=0.17,<0.18")
    session.run("ruff", "check", "lint", "tests", "bench", "noxfile.py")
    session.run("ruff", "format", "--check", "lint", "tests", "bench", "noxfile.py")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy over the package."""
    session.install("-e", ".[dev]")
    session.run("mypy")


@nox.session(python=PYTHON)
def articles(session: nox.Session) -> None:
    """The site's own articles lint clean."""
    session.install("-e", ".")
    session.run("medlint", "check", "articles/", "--fail-on", "info")


@nox.session(python=PYTHON)
def schemas(session: nox.Session) -> None:
    """Fails when schemas/ or docs/rules.md differ from what the code generates; `-- --write` regenerates."""
    session.install("-e", ".")
    session.run("python", "-m", "lint.generated", *(session.posargs or ["--check"]))


@nox.session(python=PYTHON)
def claims(session: nox.Session) -> None:
    """Claim detection on the labelled set: precision, recall and F1 per kind on both splits, and the misses."""
    session.install("-e", ".")
    session.run("python", "-m", "lint.nlp.evaluate", "tests/data/claims", *session.posargs)


@nox.session(python=PYTHON)
def train(session: nox.Session) -> None:
    """Retrain the claim model from lint/nlp/training/ after editing its sentences (`-- --check` only compares)."""
    session.install("-e", ".")
    session.run("python", "-m", "lint.nlp.train", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Speed: medlint against a bare spaCy floor, then at scale (bench/scale.py); `-- --repeat N` sets runs."""
    session.install("-e", ".[distributed]")
    session.run("python", "bench/generate.py", "--out", ".bench")
    session.run("python", "bench/run.py", "--data", ".bench", *session.posargs)
    # workers, the warm result cache, 20,000 small articles, Dask, markdownlint-cli2 (from npm when present)
    session.run("python", "bench/scale.py", "--data", ".bench")


@nox.session(name="lsp-bench", python=PYTHON)
def lsp_bench(session: nox.Session) -> None:
    """Language server latency: didChange to publishDiagnostics on a 3,000-word article, median and p95 of 50 edits."""
    session.install("-e", ".")
    session.run("python", "bench/lsp.py", *session.posargs)


@nox.session(name="verify-bench", python=PYTHON)
def verify_bench(session: nox.Session) -> None:
    """Source verification: 1,000 sources in 200 articles against a local 50 ms server, then again from the cache."""
    session.install("-e", ".")
    session.run("python", "bench/verify.py", *session.posargs)


@nox.session(python=PYTHON)
def long(session: nox.Session) -> None:
    """Long articles (1.25 to 10 MB): CPU time linear in size, under 600 MB at 10 MB; `-- --sizes 0.25,0.5` is quick."""
    session.install("-e", ".")
    session.run("python", "bench/long_article.py", *session.posargs)


@nox.session(python=PYTHON)
def adversarial(session: nox.Session) -> None:
    """Growth on hostile input shapes, 64 KB to 1 MB: fails above 2.5x time per doubling; `-- --shape NAME` picks one."""
    session.install("-e", ".")
    session.run("python", "bench/adversarial.py", *session.posargs)


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """The property-based suite at length (50,000 articles per format; MEDLINT_PROPERTY_EXAMPLES sets it)."""
    session.install("-e", ".[test]")
    session.run(
        "pytest",
        "tests/test_properties.py",
        "-p",
        "no:cacheprovider",
        *session.posargs,
        env={"MEDLINT_HYPOTHESIS_PROFILE": "fuzz"},
    )


@nox.session(python=PYTHON)
def mutate(session: nox.Session) -> None:
    """Mutation testing (mutmut) over the modules in [tool.mutmut]; slow, not in CI.

    `-- lint.engine.suppress* lint.rules.metadata*` limits the run to those mutants; the report
    lists the score per module and every survivor (`mutmut show NAME` prints one).
    """
    session.install("-e", ".[test]", "mutmut>=3.2")
    session.run("mutmut", "run", *session.posargs)
    prefixes = [p.rstrip("*") for p in session.posargs]
    session.run("python", "-m", "tests.mutation_report", *prefixes)
