"""People's names as the papers print them — "Mrs. H. J. Fryer CC", "Councillor Mrs J L Fleming", "Cllr D
Stocker", "Stephen Knight" — read into their parts, and matched to the people already known.

Two printings are the same person when the family names agree and nothing else disagrees: "Mrs B. Seaton CC"
and "Mrs. B. Seaton CC" (a stop), "S. Knight" and "Stephen Knight" (an initial and a forename), "Councillor
Bamford" and "Mr. E. L. Bamford" (a title and no initials). "Mr" and "Mrs" disagree, as do initials "H" and
"J". A match is made only when exactly one known person fits; otherwise the doubt says why. Officers are
also found by their job title ("the Director of Children and Family Services")."""

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

# Titles as printed, by the sex they imply ("" for none).
TITLES = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "mx": "",
    "dr": "",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
    "rev": "",
    "revd": "",
    "reverend": "",
    "prof": "",
    "professor": "",
    "cllr": "",
    "cllrs": "",
    "councillor": "",
    "councillors": "",
    "alderman": "",
    "county": "",  # "County Councillor"
}
SUFFIXES = {"cc", "mp", "mep", "jp", "obe", "mbe", "cbe", "dl", "kc", "qc", "phd", "ma", "bsc", "msc", "ba"}
PARTICLES = {"de", "van", "von", "der", "den", "le", "la", "du", "da", "di", "al", "el", "ter", "st"}
# A name's words: capitalised, with hyphens and apostrophes ("Hadji-Nikolaou", "O'Brien", "McBain").
NAME_WORD = re.compile(r"^[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*$|^[A-Z]['’][A-Z][a-z]+$")
INITIALS = re.compile(r"^(?:[A-Z]\.?){1,4}$")
COUNCILLOR_MARKS = {"cc", "cllr", "councillor", "county"}
# Words that are never part of a name: a line with one is prose, not a name.
NOT_NAMES = {
    "the",
    "and",
    "of",
    "for",
    "to",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "that",
    "this",
    "was",
    "were",
    "committee",
    "council",
    "meeting",
    "report",
    "minutes",
    "item",
    "agenda",
    "chairman",
    "director",
    "present",
    "apologies",
    "attendance",
    "resolved",
    "none",
    "nil",
    "officers",
    "members",
    "substitutes",
    "department",
    "service",
    "services",
    "team",
    "head",
    "manager",
    "officer",
    "executive",
    "cabinet",
}


@dataclass(frozen=True)
class PrintedName:
    printed: str
    titles: tuple[str, ...] = ()
    initials: tuple[str, ...] = ()
    forenames: tuple[str, ...] = ()
    family: str = ""
    suffixes: tuple[str, ...] = ()

    @property
    def sex(self) -> str:
        return next((TITLES[title] for title in self.titles if TITLES.get(title)), "")

    @property
    def is_councillor(self) -> bool:
        return bool(COUNCILLOR_MARKS & {*self.titles, *self.suffixes})

    @property
    def key(self) -> str:
        return fold(self.family)


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """For comparing names: no accents, case, stops, or kinds of apostrophe and dash."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[’'`]", "'", re.sub(r"[‐-―]", "-", text)).casefold().replace(".", "").strip()


@functools.lru_cache(maxsize=8192)  # the same names are read again and again
def parse_name(text: str) -> PrintedName | None:
    """The parts of a name, or None when `text` is not one (prose, a heading, a job title)."""
    printed = " ".join(text.split()).strip(" ,;:")
    words = printed.replace(".", ". ").split()
    if not 1 <= len(words) <= 8 or any(ch.isdigit() for ch in printed):
        return None
    titles, suffixes = [], []
    while words and fold(words[0]).rstrip(".") in TITLES:
        titles.append(fold(words.pop(0)).rstrip("."))
    while words and fold(words[-1]).rstrip(".") in SUFFIXES:
        suffixes.append(fold(words.pop()).rstrip("."))
    if not words:
        return None
    family_words = [words.pop()]
    while words and words[-1].lower() in PARTICLES:
        family_words.insert(0, words.pop())
    family = " ".join(family_words)
    if not NAME_WORD.match(family_words[-1]) or fold(family) in NOT_NAMES:
        return None
    initials, forenames = [], []
    for word in words:
        bare = word.rstrip(".")
        if INITIALS.match(word) and (word.endswith(".") or len(bare) <= 2 or bare.isupper()):
            initials.extend(ch for ch in bare if ch.isalpha())
        elif NAME_WORD.match(bare) and fold(bare) not in NOT_NAMES:
            forenames.append(bare)
            initials.append(bare[0].upper())
        else:
            return None
    # A single capitalised word with no title is as likely a place or a body as a person.
    if not titles and not initials and not suffixes:
        return None
    return PrintedName(printed, tuple(titles), tuple(initials), tuple(forenames), family, tuple(suffixes))


def same_person(one: PrintedName, other: PrintedName) -> bool:
    if one.key != other.key:
        return False
    if one.sex and other.sex and one.sex != other.sex:
        return False
    shorter, longer = sorted((one.initials, other.initials), key=len)
    if shorter and longer[: len(shorter)] != shorter:
        return False
    return all(a == b for a, b in zip(one.forenames, other.forenames, strict=False) if a and b)


@dataclass(frozen=True)
class KnownPerson:
    """Someone already recorded: the name as printed, and for officers their job title."""

    name: str
    job_title: str = ""


@dataclass
class Match:
    person: str = ""
    doubts: list[str] = field(default_factory=list)


class People:
    """The known people, to match printed names and job titles against."""

    def __init__(self, known: Iterable[KnownPerson] = ()):
        self.known = list(known)
        self._names = [(person, parse_name(person.name)) for person in self.known]

    def __bool__(self):
        return bool(self.known)

    def match(self, printed: str) -> Match:
        if not self.known:
            return Match()
        name = parse_name(printed)
        if name is None:
            return Match(doubts=[f"“{printed}” does not read as a person's name"])
        fits = [person for person, known in self._names if known and same_person(name, known)]
        exact = [person for person in fits if fold(person.name) == fold(printed)]
        if len(exact) == 1 or len(fits) == 1:
            return Match((exact or fits)[0].name)
        if fits:
            names = ", ".join(person.name for person in fits)
            return Match(doubts=[f"“{printed}” could be any of {names}: choose one"])
        return Match(doubts=[f"“{printed}” is not among the known people: a new person, or a misprint"])

    def by_title(self, title: str) -> Match:
        """An officer named by their post ("the Director of Children and Family Services")."""
        wanted = fold(re.sub(r"^(?:the|a|an)\s+", "", title.strip(), flags=re.IGNORECASE))
        fits = [person for person in self.known if person.job_title and fold(person.job_title) == wanted]
        if len(fits) == 1:
            return Match(fits[0].name)
        if fits:
            return Match(doubts=[f"more than one known person is “{title}”: choose one"])
        return Match(doubts=[f"no known person is “{title}”"] if self.known else [])


# A person as prose names them: a title, then capitalised words ("Councillor T Eynon", "Mrs Whiting").
PERSON_TITLE = r"(?:County\s+)?(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)"
# Initials keep their stops ("G."); a name's last word does not take the stop that ends its sentence.
PERSON = rf"{PERSON_TITLE}(?:\s+(?:Mrs?|Ms|Miss|Dr)\.?)?(?:\s+(?:[A-Z]\.?(?=\s)|[A-Z][\w'’-]+)){{1,4}}"

# Lists of names: "Councillors E L Bamford, R G Boyce, Mrs J L Fleming and C P Morley".
LIST_SEPARATOR = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
PLURAL_TITLE = re.compile(r"^(?:County\s+)?(Councillors|Cllrs\.?)\s+", re.IGNORECASE)


def split_names(text: str) -> list[str] | None:
    """The names in a list, each as printed (with "Councillor" when the list began "Councillors"), or None
    when any part is not a name."""
    text = " ".join(text.split()).strip(" .;:")
    title = ""
    plural = PLURAL_TITLE.match(text)
    if plural:
        title = "Councillor " if plural[1].lower().startswith("councillor") else "Cllr "
        text = text[plural.end() :]
    parts = [part for part in LIST_SEPARATOR.split(text) if part]
    names = [
        title + part if title and fold(part.split()[0]).rstrip(".") not in TITLES else part for part in parts
    ]
    if not names or any(parse_name(name) is None for name in names):
        return None
    return names


BRACKETED = re.compile(r"\s*\(([^()]{1,120})\)\s*$")
DASHED = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*")


def name_and_notes(text: str) -> tuple[str, list[str], str]:
    """A name printed with notes in brackets and a role after a dash or comma:
    "Mrs. H. J. Fryer CC (in the Chair)", "Mrs. D. Taylor CC – Cabinet Lead Member for Children and Families",
    "Jane Smith, Director of Finance". The name, the bracketed notes (in order) and the role; the name is
    returned as given when it does not read as one."""
    text = " ".join(text.split()).strip(" ;")
    notes: list[str] = []
    while found := BRACKETED.search(text):
        notes.insert(0, found[1].strip())
        text = text[: found.start()].rstrip(" ,")
    parts = DASHED.split(text, maxsplit=1)
    if len(parts) == 2 and parse_name(parts[0]):
        return parts[0].strip(), notes, parts[1].strip(" ,")
    if "," in text:
        name, role = text.split(",", 1)
        if parse_name(name) and not parse_name(role):
            return name.strip(), notes, role.strip()
    return text, notes, ""
