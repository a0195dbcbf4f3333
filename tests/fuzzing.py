"""What a careless or hostile client sends, for the fuzz tests (hypothesis): malformed values for any field,
a good submission spoiled field by field, files of the wrong kind; and the check that a refused one left
the database as it was."""

import operator
import os
import string
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from hypothesis import strategies as st

# The `thorough` hypothesis profile (tests/conftest.py) tries ten times as many examples as CI does.
THOROUGHNESS = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 1


def examples(count: int) -> int:
    """How many examples a test tries: `count` in CI, more when run thoroughly by hand."""
    return count * THOROUGHNESS


BAD_DATES = [
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "31/02/2024",
    "2024-02-30T10:00",
    "2024-1-1T25:61",
    "yesterday",
]
BAD_NUMBERS = [
    "-1",
    "-0",
    "0",
    "1e309",
    "-1e309",
    "1E+999999",
    "NaN",
    "sNaN",
    "Infinity",
    "-inf",
    "1" + "0" * 40,
    "9" * 400,
    "0." + "0" * 30 + "1",
    "12.34567",  # more decimal places than some columns keep
    "0x1A",
    "1_000",
    "1,5",
    "١٢٣",  # Arabic-Indic digits
    "½",
    "--1",
    ".",
    "1.2.3",
    "2147483648",
    "-9223372036854775809",
    "18446744073709551616",
]
# Characters a browser rarely sends but a client can: NUL (which PostgreSQL refuses in text), other controls,
# a right-to-left override, zero-width characters, a byte-order mark, a non-character, an emoji, a tag.
NASTY_CHARACTERS = "\x00\x01\x08\x0b\x1b\x7f\x85\u200b\u200d\u202e\u2028\ufeff\uffff\U0001f600\U000e0001"

characters = st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(NASTY_CHARACTERS))


def texts(max_size: int = 30):
    return st.text(characters, max_size=max_size)


# Long enough to pass any max_length, short enough to stay under Django's 2.5 MB limit on a request's body.
huge_texts = st.builds(
    operator.mul, st.text(string.ascii_letters + "é 9", min_size=1, max_size=3), st.integers(1_000, 40_000)
)

malformed_values = st.one_of(
    st.just(""),
    st.sampled_from(BAD_DATES),
    st.sampled_from(BAD_NUMBERS),
    st.integers(-(2**70), 2**70).map(str),
    texts(),
    huge_texts,
)
# A list where one value is expected: the field is sent several times.
field_values = st.one_of(malformed_values, st.lists(malformed_values, min_size=2, max_size=3))

MISSING = object()


unknown_fields = st.dictionaries(
    st.text(string.ascii_letters + "-_", min_size=1, max_size=12), field_values, max_size=2
)


@st.composite
def spoiled(draw, valid: dict, *, spoil=field_values, most: int = 4):
    """A submission made from `valid` (one the form accepts): up to `most` of its fields left out or replaced
    by `spoil`, and perhaps fields the form does not have added."""
    submission = dict(valid)
    chosen = st.sets(st.sampled_from(sorted(valid)), min_size=1, max_size=min(most, len(valid)))
    for name in sorted(draw(chosen)):
        value = draw(st.one_of(st.just(MISSING), spoil))
        if value is MISSING:
            del submission[name]
        else:
            submission[name] = value
    return draw(unknown_fields) | submission


FILE_NAMES = [
    "report.pdf",
    "figures.csv",
    "figures.xlsx",
    "appeals.docx",
    "setup.exe",
    "report.pdf.exe",
    "../../etc/passwd",
    "a\x00.pdf",
    "résumé.docx",
    "x" * 300 + ".pdf",
]
FILE_CONTENTS = [
    b"",
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00",  # a Windows executable
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00",  # a zip archive (an .xlsx or .docx when so named)
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    b"\x7fELF\x02\x01\x01\x00",
    b"Indicator,Period,Value\r\nChildren in care,Q1 2023/24,61.3\r\n",
    b"text with a NUL\x00 in it",
    b"\xff\xfe\x00\x00 UTF-32 with a byte-order mark",
    "caf\xe9".encode("latin-1"),
]
file_contents = st.one_of(st.sampled_from(FILE_CONTENTS), st.binary(max_size=3_000))
uploads = st.builds(SimpleUploadedFile, st.sampled_from(FILE_NAMES), file_contents)


def project_models():
    # The project's own apps (not Django's or other packages'), whose tables a refused submission must
    # leave as they were, their history too.
    own = [app for app in apps.get_app_configs() if Path(app.path).parent == settings.BASE_DIR]
    return [model for app in own for model in app.get_models()]


def database_rows(models=None) -> dict[str, list[tuple]]:
    """Every row of `models` (the project's tables, by default): equal before and after when nothing was
    written."""
    return {
        model._meta.label: list(model._base_manager.order_by("pk").values_list())
        for model in models or project_models()
    }


@contextmanager
def rolled_back():
    """Each example starts from the same database: what it wrote is undone once it has been checked."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
