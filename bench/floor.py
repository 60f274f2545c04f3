"""The benchmark's floor: spaCy's blank English pipeline with the sentencizer over the same files, nothing else.

    python bench/floor.py DIR

Whatever medlint costs beyond this run is medlint's own work.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy


def main(folder: str) -> int:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    texts = (p.read_text(encoding="utf-8") for p in sorted(Path(folder).rglob("*.md")))
    docs = sum(1 for _ in nlp.pipe(texts))
    print(f"{docs} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
