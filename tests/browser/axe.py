"""Accessibility and styling checks for browser tests: axe-core (WCAG 2.2 AA), and proof the CSS loaded."""

from pathlib import Path

from playwright.sync_api import Page

REPO_ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
TARGETS_SHOWN = 3


def assert_styled(page: Page) -> None:
    """Fail if the GOV.UK stylesheet did not load: an unstyled page would pass axe but look broken."""
    # GOV.UK Frontend styles classes, not the body (which stays Times): its headings are Arial with the theme.
    font_family = page.evaluate(
        "() => { const h = document.querySelector('h1');"
        " return h ? getComputedStyle(h).fontFamily : 'no h1 on the page'; }"
    )
    assert "arial" in font_family.lower(), (
        f"the h1's font-family is {font_family!r}: static/build/app.css did not load "
        "(run `npm run build`, and check the static files settings)"
    )
    header_colour = page.evaluate(
        "() => { const h = document.querySelector('.app-header');"
        " return h && getComputedStyle(h).backgroundColor; }"
    )
    assert header_colour == "rgb(11, 79, 108)", f"council header colour is {header_colour!r}, not #0b4f6c"


def axe_violations(page: Page, context: str = "document", *, preload: bool = True) -> list[dict]:
    """Run axe-core on the page (or on a CSS selector given as `context`) and return its violations.
    preload=False: axe reads no stylesheet itself (its one rule that needs them, css-orientation-lock, is
    left out), for a page the test goes on using: reading an @import (the admin's forms.css has one), axe
    adds a <style> of its own, which the Content Security Policy refuses."""
    assert AXE_SCRIPT.exists(), f"{AXE_SCRIPT} is missing: run `npm ci`"
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated, not added as a <script>: the page's Content Security Policy refuses inline scripts.
        page.evaluate(AXE_SCRIPT.read_text())
    results = page.evaluate(
        """([context, tags, preload]) => axe.run(context === 'document' ? document : context, {
               runOnly: {type: 'tag', values: tags},
               resultTypes: ['violations'],
               preload: preload,
           })""",
        [context, WCAG_TAGS, preload],
    )
    return results["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        nodes = violation["nodes"]
        targets = [" > ".join(map(str, node["target"])) for node in nodes[:TARGETS_SHOWN]]
        more = f" (+{len(nodes) - TARGETS_SHOWN} more)" if len(nodes) > TARGETS_SHOWN else ""
        lines.append(
            f"- {violation['id']} [{violation['impact']}]: {violation['help']}\n"
            f"    {violation['helpUrl']}\n"
            f"    on: {'; '.join(targets)}{more}"
        )
    return "\n".join(lines)


def assert_accessible(page: Page, context: str = "document") -> None:
    """Fail with a readable list when axe-core finds WCAG 2.2 A/AA violations on the page as shown now."""
    assert_styled(page)
    violations = axe_violations(page, context)
    assert not violations, (
        f"{len(violations)} accessibility violation(s) on {page.url}:\n{format_violations(violations)}"
    )
