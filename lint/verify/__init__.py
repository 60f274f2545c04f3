"""Source verification: links, Crossref and PubMed -> a state per source, for the rules and the report.

The network code loads only when a run verifies: `from lint.verify.run import Verifier`.
"""
