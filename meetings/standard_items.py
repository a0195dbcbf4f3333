"""The procedural items that open and close every agenda of an overview and scrutiny committee, in their usual
order, from the Children and Families Overview and Scrutiny Committee's agendas (domain.md).

A committee's type keeps its own standard items (scrutiny.StandardItem, edited in the admin; the Scrutiny
type started from these). These are the items of a committee that has no type. "{previous_meeting}" is
filled in when they are added (scrutiny/item_wording.py)."""

OPENING_ITEMS = [
    "Minutes of {previous_meeting}.",
    "Question Time.",
    "Questions asked by members under Standing Order 7(3) and 7(5).",
    "To advise of any other items which the Chairman has decided to take as urgent elsewhere on the agenda.",
    "Declarations of interest in respect of items on the agenda.",
    "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16.",
    "Presentation of Petitions under Standing Order 36.",
]

CLOSING_ITEMS = [
    "Date of next meeting.",
    "Any other items which the Chairman has decided to take as urgent.",
]
