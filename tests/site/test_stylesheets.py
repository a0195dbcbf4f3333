"""The site's own stylesheets are whole: every rule closed before the next begins. A rule left open (as a
merge can leave one) makes the rules after it nested inside it, or dropped at the file's end, so that they
style nothing: in the admin, the touch targets and underlined links of every page then fail WCAG 2.2 AA."""

import re
from pathlib import Path

import pytest

STATIC_CSS = Path(__file__).resolve().parents[2] / "static" / "css"
COMMENT = re.compile(r"/\*.*?\*/", re.S)
# At-rules whose blocks hold rules; any other block holds declarations only.
GROUPING = ("@media", "@supports", "@layer", "@container")


def faults(css: str) -> list[str]:
    """Where a rule opens inside another style rule, or a block is left open or closed twice."""
    text = COMMENT.sub(lambda match: "\n" * match.group().count("\n"), css)
    found, open_blocks, start = [], [], 0
    for position, character in enumerate(text):
        line = text.count("\n", 0, position) + 1
        if character == "{":
            prelude = text[start:position].strip()
            if open_blocks and not open_blocks[-1].startswith(GROUPING):
                found.append(f"line {line}: {prelude!r} opens inside {open_blocks[-1]!r}, left open")
            open_blocks.append(prelude)
            start = position + 1
        elif character == "}":
            if not open_blocks:
                found.append(f"line {line}: a block closed that was never opened")
            else:
                open_blocks.pop()
            start = position + 1
        elif character == ";":
            start = position + 1
    found += [f"{prelude!r} is never closed" for prelude in open_blocks]
    return found


@pytest.mark.parametrize("path", sorted(STATIC_CSS.glob("*.css")), ids=lambda path: path.name)
def test_every_rule_is_closed_before_the_next(path):
    assert not faults(path.read_text()), "\n".join(faults(path.read_text()))


def test_a_rule_left_open_is_found():
    merged = ".app-table-box {\n    position: relative;\n.app-plan-notes {\n    margin: 0;\n}\n"
    assert faults(merged) == [
        "line 3: '.app-plan-notes' opens inside '.app-table-box', left open",
        "'.app-table-box' is never closed",
    ]
    media = "@media (max-width: 767px) {\n    .app-minutes-rowbox { padding-left: 0.25rem; }\n}\n"
    assert faults(media) == []
