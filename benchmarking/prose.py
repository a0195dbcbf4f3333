"""The synthetic papers' prose: sentences made from a few lists of a scrutiny report's phrases, so that search
and page sizes are realistic without copying any council's papers.

Most topics are common, in most papers; a few are rare, each said with one opening only, so a paper of a dozen
sentences has a rare word ("tribunal") about one time in seven, as in a real archive."""

from itertools import product

OPENINGS = [
    "Members noted that",
    "The Director explained that",
    "The Cabinet Lead Member confirmed that",
    "The report set out how",
    "Officers assured the Committee that",
    "In response to a question, it was confirmed that",
    "A member raised concern that",
    "The Committee was advised that",
]
TOPICS = [
    "the number of children in care",
    "demand for specialist school places",
    "the recruitment and retention of social workers",
    "the cost of home to school transport",
    "the Department's use of agency staff",
    "the timeliness of Education, Health and Care Plans",
    "the roll-out of family hubs across the county",
    "the budget for residential placements",
    "attendance at secondary schools",
    "the number of care leavers in education, employment or training",
]
RARE_TOPICS = [
    "the demand for SEND tribunals",
    "the number of first-time entrants to the youth justice system",
    "the fostering allowance paid to foster carers",
    "the register of children electively educated at home",
]
PREDICATES = [
    "had risen over the last quarter",
    "would be reviewed on an ongoing basis",
    "remained below the national average",
    "was expected to improve by the end of the year",
    "would be reported to the next meeting of the Committee",
    "was a pressure on the Medium Term Financial Strategy",
    "had been discussed with schools and partners",
    "was being monitored through the departmental performance dashboard",
    "compared well with statistical neighbours",
    "was one of the priorities of the Departmental Plan",
    "had been affected by the national shortage of placements",
    "would be considered by the Cabinet in the spring",
]


def sentences() -> list[str]:
    common = product(OPENINGS, TOPICS, PREDICATES)
    rare = product(OPENINGS[:1], RARE_TOPICS, PREDICATES)
    return [f"{opening} {topic} {predicate}." for opening, topic, predicate in (*common, *rare)]
