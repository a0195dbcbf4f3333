"""Audit the locked dependencies for known vulnerabilities: `make audit` (CI runs it).

    python scripts/audit_dependencies.py REQUIREMENTS    (from `uv export --frozen --no-hashes ...`)

First pip-audit, against its vulnerability service (PyPI's by default; AUDIT_SERVICE=osv for OSV's). Where
pip-audit could not audit a package, PyPI's project JSON (https://pypi.org/pypi/<name>/json) is asked
instead, but it answers only for a pin that is the project's latest release: its `vulnerabilities` list
those of the latest release and no other (PyPI's JSON API documentation). Any other package is left
unaudited, and said so loudly with the reason; a pinned release PyPI marks yanked is shown too.

It always says how many of the locked packages it checked and names those it could not, so a partial audit
never reads as a clean one. Exit status 1 on any known vulnerability (AUDIT_IGNORE="ID ID" accepts named ones,
for a vulnerability with no fix yet), when it could check no package at all (offline: no service answered),
and on any unaudited package with AUDIT_STRICT=1; otherwise 0."""

import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

PROJECT_JSON = "https://pypi.org/pypi/{name}/json"
TIMEOUT = 60  # seconds; some projects' JSON (botocore's) is many megabytes


@dataclass
class Vulnerability:
    package: str
    version: str
    id: str
    fixed_in: list[str]
    aliases: list[str] = field(default_factory=list)

    def __str__(self):
        also = f" ({', '.join(self.aliases)})" if self.aliases else ""
        fix = f"fixed in {', '.join(self.fixed_in)}" if self.fixed_in else "no fix yet"
        return f"{self.package} {self.version}: {self.id}{also}, {fix}"


@dataclass
class Audit:
    pins: dict[str, str]  # canonical name: pinned version
    by_pip_audit: set[str] = field(default_factory=set)
    by_project_json: set[str] = field(default_factory=set)
    vulnerabilities: list[Vulnerability] = field(default_factory=list)
    ignored: list[Vulnerability] = field(default_factory=list)
    unaudited: dict[str, list[str]] = field(default_factory=dict)  # why: the packages it holds for
    yanked: list[str] = field(default_factory=list)

    def found(self, vulnerability: Vulnerability, ignore: set[str]):
        names = {vulnerability.id, *vulnerability.aliases}
        for known in self.vulnerabilities + self.ignored:  # one advisory under another database's id
            if known.package == vulnerability.package and names & {known.id, *known.aliases}:
                return
        (self.ignored if ignore & names else self.vulnerabilities).append(vulnerability)

    def not_audited(self, name: str, why: str):
        self.unaudited.setdefault(why, []).append(f"{name} {self.pins[name]}")


def locked_pins(requirements: str) -> dict[str, str]:
    """name: version of each `name==version` line whose environment markers hold here."""
    pins = {}
    for line in requirements.splitlines():
        if not line.strip() or line.lstrip().startswith(("#", "-")):
            continue
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate():
            (specifier,) = requirement.specifier
            pins[canonicalize_name(requirement.name)] = specifier.version
    return pins


def run_pip_audit(requirements_file: str) -> tuple[dict | None, str]:
    """pip-audit's JSON report, or None and why there is none (it crashes when its service is unreachable)."""
    with tempfile.TemporaryDirectory() as work:
        report = Path(work) / "report.json"
        command = [
            *(sys.executable, "-m", "pip_audit"),
            *("--requirement", requirements_file, "--no-deps", "--disable-pip", "--progress-spinner", "off"),
            *("--vulnerability-service", os.environ.get("AUDIT_SERVICE", "pypi")),
            *("--format", "json", "--output", str(report)),
        ]
        finished = subprocess.run(command, capture_output=True, text=True)
        if report.exists() and report.stat().st_size:
            return json.loads(report.read_text()), ""
    lines = (finished.stderr or finished.stdout).strip().splitlines()
    return None, f"pip-audit failed: {lines[-1] if lines else f'exit status {finished.returncode}'}"


def project_json(name: str) -> dict:
    response = requests.get(PROJECT_JSON.format(name=name), timeout=TIMEOUT)
    response.raise_for_status()
    return response.json()


def audit(pins: dict[str, str], report: dict | None, failure: str, fetch=project_json, ignore=frozenset()):
    """Put together pip-audit's report (None if it failed, for `failure`) and, for what it could not
    audit, PyPI's project JSON as `fetch` gives it."""
    result = Audit(pins)
    for dependency in (report or {}).get("dependencies", []):
        name = canonicalize_name(dependency["name"])
        if "skip_reason" in dependency:
            continue
        result.by_pip_audit.add(name)
        result.pins.setdefault(name, dependency["version"])
        for vulnerability in dependency.get("vulns", []):
            found = Vulnerability(
                name,
                dependency["version"],
                vulnerability["id"],
                vulnerability.get("fix_versions", []),
                vulnerability.get("aliases", []),
            )
            result.found(found, ignore)
    # Every locked package pip-audit did not vouch for, whether it skipped it or left it out of its report.
    left = set(pins) - result.by_pip_audit
    why_not_pip_audit = failure or _skip_reason(report, left) or "pip-audit: not in its report"
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = dict(zip(sorted(left), pool.map(lambda name: _ask(fetch, name), sorted(left)), strict=True))
    for name, (project, error) in answers.items():
        pinned = pins[name]
        if error:
            result.not_audited(name, f"{why_not_pip_audit}; PyPI's project JSON could not be read ({error})")
            continue
        if any(file.get("yanked") for file in project.get("releases", {}).get(pinned, [])):
            result.yanked.append(f"{name} {pinned}")
        latest = project["info"]["version"]
        if Version(latest) != Version(pinned):
            result.not_audited(
                name,
                f"{why_not_pip_audit}; PyPI's project JSON lists the vulnerabilities of the latest release "
                "only, and these pins are older",
            )
            continue
        result.by_project_json.add(name)
        for vulnerability in project.get("vulnerabilities") or []:
            if not vulnerability.get("withdrawn"):
                fixed_in, aliases = vulnerability.get("fixed_in") or [], vulnerability.get("aliases") or []
                result.found(Vulnerability(name, pinned, vulnerability["id"], fixed_in, aliases), ignore)
    return result


def _skip_reason(report: dict | None, names: set[str]) -> str:
    """pip-audit's reason for skipping, without the package's name and version (the same for each)."""
    for dependency in (report or {}).get("dependencies", []):
        if canonicalize_name(dependency["name"]) in names:
            return "pip-audit: " + dependency["skip_reason"].split(":")[0]
    return ""


def _ask(fetch, name):
    try:
        return fetch(name), ""
    except (requests.RequestException, ValueError, KeyError) as error:
        return None, f"{type(error).__name__}: {error}"


def print_report(result: Audit, strict: bool, out=sys.stdout) -> int:
    """What the audit found, for a person reading CI's log; returns the exit status."""

    def say(text=""):
        print(text, file=out)

    locked, checked = len(result.pins), len(result.by_pip_audit | result.by_project_json)
    unaudited = sum(len(names) for names in result.unaudited.values())
    say(f"Dependency audit of {locked} locked packages:")
    say(f"  audited by pip-audit: {len(result.by_pip_audit)}")
    say(
        f"  audited through PyPI's project JSON (pinned at the latest release): {len(result.by_project_json)}"
    )
    say(f"  NOT audited: {unaudited}")
    for vulnerability in result.ignored:
        say(f"  accepted (AUDIT_IGNORE): {vulnerability}")
    for name in result.yanked:
        say(f"  NOTE: PyPI marks the pinned release {name} as yanked: see why on its project page")
    if unaudited:
        say()
        say("!" * 110)
        say(f"!! WARNING: {unaudited} packages could NOT be audited: nothing is known of their")
        say("!! vulnerabilities, so this audit does not say they have none. Why:")
        for why, names in result.unaudited.items():
            say(f"!! - {why}:")
            say("!!     " + ", ".join(sorted(names)))
        say("!! Set AUDIT_STRICT=1 to fail on this (where a vulnerability service can be reached).")
        say("!" * 110)
    say()
    say(f"Checked {checked} of the {locked} locked packages; {unaudited} could not be checked.")
    if result.vulnerabilities:
        say(f"FAILED: {len(result.vulnerabilities)} known vulnerabilities in the locked dependencies:")
        for vulnerability in result.vulnerabilities:
            say(f"  {vulnerability}")
        return 1
    if not checked:
        say("FAILED: no package could be checked (no vulnerability service answered), so nothing is known.")
        return 1
    if unaudited and strict:
        say("FAILED: AUDIT_STRICT=1 and some packages could not be audited.")
        return 1
    say(f"No known vulnerabilities in the {checked} packages checked.")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    pins = locked_pins(Path(argv[1]).read_text())
    report, failure = run_pip_audit(argv[1])
    ignore = set(os.environ.get("AUDIT_IGNORE", "").split())
    result = audit(pins, report, failure, ignore=ignore)
    return print_report(result, strict=os.environ.get("AUDIT_STRICT") == "1")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
