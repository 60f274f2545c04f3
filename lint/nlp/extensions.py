"""Every Doc and Span extension medlint uses, registered once."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lint.nlp.markers import marker_ids


def register() -> None:
    if not Doc.has_extension("block_starts"):
        # character offsets in the doc where each block of the article starts
        Doc.set_extension("block_starts", default=None)
    if not Doc.has_extension("block_kinds"):
        # the kind of each of those blocks (paragraph, list_item, table_cell, ...), in the same order
        Doc.set_extension("block_kinds", default=None)
    if not Doc.has_extension("text"):
        # the text make_doc tokenized, equal to doc.text, which spaCy rebuilds from every token on each access
        Doc.set_extension("text", default=None)
    if not Doc.has_extension("source_numbers"):
        # the numbers of the article's numbered source list: flattened superscripts must name one of them
        Doc.set_extension("source_numbers", default=None)
    if not Doc.has_extension("source_list_cut"):
        # the page stops inside that list (an excerpt cut short): its entries past the cut are unknown
        Doc.set_extension("source_list_cut", default=False)
    if not Span.has_extension("citation_ids"):
        Span.set_extension("citation_ids", getter=lambda span: marker_ids(span.text))
