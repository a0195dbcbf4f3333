"""The licence pyproject.toml names is shipped with the code, word for word."""

import hashlib
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# SHA-256 of https://www.gnu.org/licenses/agpl-3.0.txt: any change to a word, a space or a line break fails.
AGPL_3_SHA256 = "0d96a4ff68ad6d4b6f1f30f713b18d5184912ba8dd389f86aa7710db079abcb0"


def test_the_licence_file_is_the_verbatim_gnu_affero_general_public_license_version_3():
    licence = (ROOT / "LICENSE").read_bytes()
    assert licence.startswith(b"                    GNU AFFERO GENERAL PUBLIC LICENSE\n")
    assert hashlib.sha256(licence).hexdigest() == AGPL_3_SHA256


def test_the_package_metadata_and_the_readme_name_the_same_licence():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "AGPL-3.0-or-later"
    readme = (ROOT / "README.md").read_text()
    assert "GNU Affero General Public License, version 3 or (at your option) any later version" in readme
    assert "[LICENSE](LICENSE)" in readme
