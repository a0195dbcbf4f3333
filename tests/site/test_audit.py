"""The dependency audit (scripts/audit_dependencies.py, `make audit`): what it makes of pip-audit's report and
of PyPI's project JSON, given as they come from the services, and when it fails."""

import importlib.util
import io
from pathlib import Path

import pytest
import requests

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_dependencies.py"
spec = importlib.util.spec_from_file_location("audit_dependencies", SCRIPT)
audit_dependencies = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit_dependencies)

PINS = {"django": "5.2.19", "six": "1.17.0"}
NOT_FOUND = "Dependency not found on PyPI and could not be audited"


def pip_audit_report(**vulns_of) -> dict:
    """pip-audit's JSON: the packages named audited, with these vulnerabilities; the others skipped."""
    return {
        "dependencies": [
            {"name": name, "version": version, "vulns": vulns_of[name]}
            if name in vulns_of
            else {"name": name, "skip_reason": f"{NOT_FOUND}: {name} ({version})"}
            for name, version in PINS.items()
        ],
        "fixes": [],
    }


def pypi(latest: dict[str, str], vulnerabilities=None, yanked=()):
    """A fake https://pypi.org/pypi/<name>/json: each project's latest release, the vulnerabilities of that
    release, and its releases' files."""

    def fetch(name):
        if name not in latest:
            raise requests.ConnectionError("Name or service not known")
        return {
            "info": {"version": latest[name]},
            "releases": {PINS[name]: [{"filename": f"{name}.whl", "yanked": name in yanked}]},
            "vulnerabilities": (vulnerabilities or {}).get(name, []),
        }

    return fetch


def run(report, fetch, *, failure="", strict=False, ignore=frozenset()) -> tuple[int, str]:
    result = audit_dependencies.audit(dict(PINS), report, failure, fetch=fetch, ignore=ignore)
    out = io.StringIO()
    return audit_dependencies.print_report(result, strict=strict, out=out), out.getvalue()


DJANGO_ADVISORY = {"id": "PYSEC-2026-1", "fix_versions": ["5.2.20"], "aliases": ["CVE-2026-0001"]}


def test_a_vulnerability_pip_audit_finds_fails_the_audit():
    report = pip_audit_report(django=[DJANGO_ADVISORY], six=[])
    status, said = run(report, pypi({}))
    assert status == 1
    assert "django 5.2.19: PYSEC-2026-1 (CVE-2026-0001), fixed in 5.2.20" in said
    assert "audited by pip-audit: 2" in said and "WARNING" not in said


def test_everything_audited_and_clean_passes_without_a_warning():
    status, said = run(pip_audit_report(django=[], six=[]), pypi({}))
    assert status == 0
    assert "WARNING" not in said
    assert "Checked 2 of the 2 locked packages; 0 could not be checked." in said
    assert "No known vulnerabilities in the 2 packages checked." in said


def test_an_audit_that_could_check_nothing_fails_and_names_every_package_it_could_not_check():
    # Offline: pip-audit cannot reach its service and PyPI's project JSON cannot be read.
    status, said = run(None, pypi({}), failure="pip-audit failed: ConnectionError: pypi.org")
    assert status == 1
    assert "Checked 0 of the 2 locked packages; 2 could not be checked." in said
    assert "FAILED: no package could be checked" in said
    assert "django 5.2.19, six 1.17.0" in said
    assert "No known vulnerabilities" not in said


def test_a_locked_package_missing_from_pip_audits_report_is_asked_of_pypi_or_named_as_not_checked():
    report = {"dependencies": [{"name": "django", "version": "5.2.19", "vulns": []}], "fixes": []}
    status, said = run(report, pypi({}))
    assert status == 0
    assert "Checked 1 of the 2 locked packages; 1 could not be checked." in said
    assert "pip-audit: not in its report; PyPI's project JSON could not be read" in said
    assert "six 1.17.0" in said
    assert run(report, pypi({"six": "1.17.0"}))[1].count("Checked 2 of the 2 locked packages") == 1


def test_a_pin_at_the_latest_release_is_audited_from_pypis_project_json():
    advisory = {"id": "GHSA-aaaa", "aliases": ["CVE-2026-0002"], "fixed_in": [], "withdrawn": None}
    fetch = pypi({"django": "5.2.19", "six": "1.17.0"}, {"six": [advisory]})
    status, said = run(pip_audit_report(), fetch)
    assert status == 1
    assert "six 1.17.0: GHSA-aaaa (CVE-2026-0002), no fix yet" in said
    assert "pinned at the latest release): 2" in said


def test_an_older_pin_is_not_audited_and_said_so_loudly_but_fails_only_when_strict():
    # The latest release's list says nothing of 5.2.19, however empty it is.
    fetch = pypi({"django": "6.1.3", "six": "1.17.0"})
    status, said = run(pip_audit_report(), fetch)
    assert status == 0
    assert "WARNING: 1 packages could NOT be audited" in said
    assert "Checked 1 of the 2 locked packages; 1 could not be checked." in said
    assert "No known vulnerabilities in the 1 packages checked." in said
    assert f"pip-audit: {NOT_FOUND}; PyPI's project JSON lists the vulnerabilities of the latest" in said
    assert "django 5.2.19" in said
    assert run(pip_audit_report(), fetch, strict=True)[0] == 1


def test_when_pip_audit_fails_every_package_is_asked_of_pypi_and_an_unreachable_one_is_not_audited():
    status, said = run(
        None, pypi({"six": "1.17.0"}), failure="pip-audit failed: ConnectionError: api.osv.dev"
    )
    assert status == 0
    assert "pip-audit failed: ConnectionError: api.osv.dev; PyPI's project JSON could not be read" in said
    assert "django 5.2.19" in said
    assert "pinned at the latest release): 1" in said


def test_withdrawn_advisories_accepted_ones_and_one_advisory_under_two_ids():
    withdrawn = {"id": "PYSEC-2020-9", "fixed_in": [], "withdrawn": "2021-01-01T00:00:00Z"}
    pysec = {"id": "PYSEC-2026-1", "aliases": ["CVE-2026-0001", "GHSA-bbbb"], "fixed_in": ["5.2.20"]}
    ghsa = {"id": "GHSA-bbbb", "aliases": ["CVE-2026-0001", "PYSEC-2026-1"], "fixed_in": ["5.2.20"]}
    fetch = pypi(PINS, {"django": [withdrawn, pysec, ghsa], "six": [withdrawn]})
    status, said = run(pip_audit_report(), fetch)
    assert status == 1
    assert said.count("django 5.2.19: ") == 1
    assert "PYSEC-2020-9" not in said
    status, said = run(pip_audit_report(), fetch, ignore={"CVE-2026-0001"})
    assert status == 0
    assert "accepted (AUDIT_IGNORE): django 5.2.19: PYSEC-2026-1" in said


def test_a_yanked_pin_is_pointed_out():
    said = run(pip_audit_report(), pypi(PINS, yanked={"six"}))[1]
    assert "PyPI marks the pinned release six 1.17.0 as yanked" in said


@pytest.mark.parametrize(
    "line, pinned",
    [
        ("django==5.2.19", {"django": "5.2.19"}),
        ("Django_CSP==4.0 ; python_version >= '3.8'", {"django-csp": "4.0"}),
        ("colorama==0.4.6 ; sys_platform == 'never'", {}),
        ("    # via celery", {}),
    ],
)
def test_locked_pins_read_uv_exports_lines(line, pinned):
    assert audit_dependencies.locked_pins(f"# autogenerated by uv\n{line}\n") == pinned
