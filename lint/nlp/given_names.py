"""Given names, for telling a writer's bare name ("Pamela Friedman", "Dr. Akanksha") from a label or a heading.

The list (``lint/data/given_names.txt``, lower case, one per line) holds the given names of the person providers of
Faker (MIT licence), Latin-script locales only, without the names that are also common English words ("Hope", "May",
"Mark", "Summer"), which would make a heading such as "Hope After Surgery" read as a name. Rebuild it with Faker
installed: ``python -m lint.nlp.given_names --build``.
"""

from __future__ import annotations

import sys
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

_FILE = "given_names.txt"

# names that are also words a heading, a label or a sentence starts with; kept out of the list
_COMMON_WORDS = frozenset(
    """
    may june april august hope grace joy faith will mark page summer sky dawn guy major king rose frank care health
    heart sage ivy lily daisy ruby pearl amber crystal honey holly angel bill art bob rich sunny storm river brook
    rain wood hunter chase grant chance lane miles reed cliff drew gene don pat sue ray wade cash gay son young
    love star bright early golden happy lucky sterling baker carter cook fisher mason porter taylor parker walker
    tucker cooper hope harmony liberty justice trinity destiny serenity heaven autumn winter spring forest
    meadow willow hazel olive violet iris jasmine ginger pepper basil rosemary clay stone rock ash glen dale
    hill field may-may precious blessing gift patience prudence constance verity honor honour mercy charity
    promise unity peace bliss sunday monday tuesday wednesday thursday friday saturday january february march
    july september october november december memory noble royal prince princess duke earl baron lord dean
    judge bishop pastor deacon marshal sheriff christian general about after again all also and any back
    best big black blue body brown can care close cold cool come day dear dr early east every faith fine free
    fresh front gold good great green grey gray hand happy hard head help here high home hot how just keep
    kind last lead less life light line little long low main man more most much new next nice north old one
    only open other our over own park past plain play power pure quick real red right round safe short side
    silver small soft south still strong sun sure tall tell that the this time top true up very well west
    white who wild wise with world yes york brain yoga tai chi easter oral minor diamond dove wolf raven candy
    brandy sherry cinnamon cherry berry journey victory chastity stormy windy misty dusty rusty rocky woody leafy
    ferny admiral
    """.split()
)


@cache
def given_names() -> frozenset[str]:
    """The list, loaded on first use (about 21,000 names, lower case)."""
    text = resources.files("lint").joinpath("data", _FILE).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_given_name(word: str) -> bool:
    """Whether ``word`` ("Pamela", "PAMELA", "Anne-Marie") is a known given name that is not a common word."""
    return word.strip(".,;:'’").casefold() in given_names()


def starts_with_given_name(name: str) -> bool:
    """ "Ana Lima", "Dr. Ana Lima": the first name (past a title) is a known given name, not an abbreviation ("CAS")."""
    words = name.split()
    if not words:
        return False
    first = words[1] if words[0].rstrip(".") in ("Dr", "Prof", "Doctor") and len(words) > 1 else words[0]
    return not (first.isupper() and len(first) <= 3) and is_given_name(first)


def _build() -> int:  # pragma: no cover - run by hand with Faker installed
    try:
        import faker.providers.person as person  # type: ignore[import-not-found]
    except ImportError:
        print("given_names: install Faker to rebuild the list", file=sys.stderr)
        return 2
    import importlib
    import pkgutil

    from faker.providers.lorem.en_US import Provider as Lorem  # type: ignore[import-not-found]

    common = _COMMON_WORDS | {w.casefold() for w in Lorem.word_list}
    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        except Exception:  # a locale that does not import on this Python
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            found = next((k.__dict__[attr] for k in provider.__mro__ if attr in k.__dict__), None)
            if found is None or isinstance(found, property):
                continue
            for name in found.keys() if isinstance(found, dict) else found:
                if not isinstance(name, str) or " " in name or len(name) < 2:
                    continue
                latin = all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())
                if latin and name.replace("-", "").replace("'", "").isalpha():
                    names.add(name.casefold())
    names -= common
    out = Path(__file__).resolve().parent.parent / "data" / _FILE
    header = "# given names: see lint/nlp/given_names.py (from Faker's person providers, MIT licence)\n"
    out.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"given_names: {len(names)} names written to {out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_build() if "--build" in sys.argv[1:] else 0)
