"""Imported once by the forkserver before it forks the workers: every worker starts with the pipeline built."""

import gc

from lint.engine.engine import load_stages
from lint.nlp import get_nlp

load_stages()  # the rules and the analysis, shared with every worker
get_nlp()
gc.freeze()  # shared with each worker page by page: no collection should touch, and so copy, it
