"""Labelled lines at the head of an agenda or minutes — "Meeting:", "Date/Time:", "Venue:", "Contact:" — read
as (what, value), the labels' many spellings brought to one name each."""

import re

LABELS = {
    "committee": ("meeting", "committee", "meeting of", "body"),
    "date and time": ("date/time", "date and time", "date & time", "when"),
    "date": ("date", "date of meeting", "meeting date"),
    "time": ("time", "start time", "starting at"),
    "place": ("venue", "location", "place", "where", "meeting place"),
    "contact": ("contact", "contact officer", "enquiries to", "enquiries", "democratic services officer"),
    "email": ("email", "e-mail", "e mail"),
    "phone": ("tel", "telephone", "phone", "tel no", "telephone number"),
}
_BY_SPELLING = {spelling: name for name, spellings in LABELS.items() for spelling in spellings}
FIELD = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z/&. -]{1,30}?)\s*[:\t]\s*(?P<value>\S.*)$",
)
CONTACT = re.compile(
    r"^(?P<name>[^(,;]+?)\s*(?:[(,;]\s*)?"
    r"(?:(?:Tel(?:ephone)?|Phone)\.?\s*(?:no\.?)?\s*:?\s*(?P<phone>[\d ()+]{6,20}\d))?"
    r"\s*\)?\s*$",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def field_of(text: str) -> tuple[str, str] | None:
    """("place", "Sparkenhoe Committee Room, County Hall, Glenfield") from "Location: Sparkenhoe …"."""
    found = FIELD.match(text)
    if not found:
        return None
    name = _BY_SPELLING.get(found["label"].strip().lower().rstrip("."))
    return (name, found["value"].strip()) if name else None


def contact_of(value: str) -> tuple[str, str]:
    """A contact's name and telephone number: "Damien Buckley (Tel: 0116 305 0183)"."""
    value = EMAIL.sub("", value).strip(" ,;")
    found = CONTACT.match(value)
    if not found:
        return value, ""
    return found["name"].strip(), " ".join((found["phone"] or "").split())
