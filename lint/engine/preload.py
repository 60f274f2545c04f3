"""Imported once by the forkserver before it forks the workers: every worker starts with the pipeline built."""

import gc

import lint.rules  # noqa: F401  (the rule registry)
from lint.nlp import get_nlp

get_nlp()
gc.freeze()  # shared with each worker page by page: no collection should touch, and so copy, it
