"""Hostile HTML shapes for the growth benchmark: each builds a page of about `size` characters."""

from __future__ import annotations

from collections.abc import Callable


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _nested(open_tag: str, text: str, close_tag: str, size: int) -> str:
    depth = max(1, size // (len(open_tag) + len(text) + len(close_tag)))
    return (open_tag + text) * depth + close_tag * depth


SHAPES: dict[str, Callable[[int], str]] = {
    # a tag that never closes: the tokenizer must not rescan the rest of the file at every `<`
    "lt-a": lambda size: _repeat("<a", size),
    "lt-a-space": lambda size: _repeat("<a ", size),
    "lt-a-quote": lambda size: _repeat('<a "', size),
    "lt-slash": lambda size: _repeat("</", size),
    "unclosed-comments": lambda size: _repeat("<!--", size),
    # deep nesting with text at every level
    "nested-div": lambda size: _nested("<div>", "Rest helps. ", "</div>", size),
    "nested-sup": lambda size: _nested("<sup>", "1 ", "</sup>", size),
    "nested-footer": lambda size: _nested("<footer>", "x ", "</footer>", size),
    # one long paragraph of markers and entities
    "sup-markers": lambda size: "<p>" + _repeat("Ice eases pain.<sup>2</sup> ", size),
    "entities": lambda size: "<p>" + _repeat("a &#x2264; b &#91;1&#93; ", size),
    # text a browser moves out of a table
    "table-text": lambda size: "<table>" + _repeat("<tr>moved<td>cell</td>", size),
    "many-paragraphs": lambda size: "<main>" + _repeat("<p>Sleep helps recovery. [1]</p>", size),
    # tree-builder work a browser repeats per element: long lists of attributes and options,
    # misnested formatting, lists and tables nested without end
    "many-attributes": lambda size: "<p " + " ".join(f"a{i}" for i in range(max(1, size // 7))) + ">x</p>",
    "select-options": lambda size: "<select>" + _repeat("<option>x", size),
    "misnested-formatting": lambda size: _repeat("<b><p>x</b></p>", size),
    "adoption-agency": lambda size: _repeat("<a><div>x", size),
    "nested-lists": lambda size: _repeat("<ul><li>x", size),
    "nested-tables": lambda size: _repeat("<table><tr><td>t ", size),
    "spans-then-items": lambda size: "<ul>" + _repeat("<span>", size // 2) + _repeat("<li>x", size // 2),
    # boxes that may be picture captions, nested: each is looked at for its picture and its text
    "nested-picture-tables": lambda size: _repeat('<table><tr><td><img src="a.jpg">c ', size),
    "nested-picture-boxes": lambda size: _repeat('<div class="image-box"><img src="a.jpg">c ', size),
    # label lines each followed by a date, and closing paragraphs that may name the publisher
    "date-labels": lambda size: "<main>" + _repeat("<dt>Last reviewed</dt><dd>3 May 2024</dd>", size),
    "publisher-lines": lambda size: (
        "<title>A | Example Health</title><main>" + _repeat("<p>Example Health is a clinic.</p>", size)
    ),
}

# odd bytes and encodings decoded as the reader would hand them over: none may make the parser raise
ODD_PAGES: dict[str, str] = {
    "bom-and-charset": "\ufeff<meta charset='windows-1252'><p>Caf\xe9 au lait eases nothing.</p>",
    "lone-surrogate": "<p>Broken \ud800 text. Rest helps healing.</p>",
    "nul-and-cr": "<p>Line one\r\nline\x00 two\rthree.</p>",
    "open-tag-at-end": "<p>Text before.</p><a href='x",
    "open-comment-at-end": "<p>Text before.</p><!-- never closed",
    "cdata-and-pi": "<?xml version='1.0'?><![CDATA[x]]><p>Water helps.</p>",
    "foreign-content": "<svg><style>s<b>q</b></style><title>t</title></svg><p>After the drawing.</p>",
    "stray-end-tags": "<p>a</>b</div>c</p></body>tail</html>more",
    "title-only": "<html><body><title>Gout</title></body></html>",
    "bad-url": '<p>Gout hurts. [1]</p><h2>References</h2><ol><li><a href="http://[oops/">A page</a></li></ol>',
    "empty": "",
    "lone-lt": "<",
}


def _growth(names: list[str], top: int, cap: float) -> None:
    """Print CPU seconds for each shape as it doubles, from 4 KB up to `top` bytes or `cap` seconds
    (CPU time, so other processes on the machine do not blur the growth)."""
    import time

    from lint.parse.html import parse_html

    print(f"{'shape':18} " + " ".join(f"{(4 << k):>7}K" for k in range(20) if (4096 << k) <= top))
    for name in names:
        cells = []
        size = 4096
        while size <= top:
            page = SHAPES[name](size)
            began = time.process_time()
            parse_html(page, "shape.html")
            took = time.process_time() - began
            cells.append(f"{took:8.3f}")
            if took > cap:
                break
            size *= 2
        print(f"{name:18} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Parse time of each hostile HTML shape as it doubles in size.")
    parser.add_argument("shapes", nargs="*", default=sorted(SHAPES))
    parser.add_argument("--top", type=int, default=1 << 20, help="largest size in bytes")
    parser.add_argument("--cap", type=float, default=10.0, help="stop a shape once one run takes this long")
    args = parser.parse_args()
    _growth(args.shapes, args.top, args.cap)
