"""Follow-up for the demo committee: actions arising from the minutes of 23 January 2024, and its two
recommendations.

What was asked is taken from the minutes (seed 003); the officers' responses and the replies are NOT from
any paper: they are illustrative, written for the demo, and each says so. Dates are those of the papers, so
the demo shows actions in every state: completed, returned and overdue, awaiting review, and open and
overdue; and one recommendation whose two-month response is overdue."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
ILLUSTRATIVE = " (Illustrative response written for the demo; not from the council's papers.)"


def at(day: int, month: int, hour: int = 10) -> datetime:
    return datetime(2024, month, day, hour, 0, tzinfo=LONDON)


TEAM = {"name": "Business Intelligence Service", "lead": "Alex Lea", "members": ["Alex Lea", "Emma Jones"]}

# Each action: the minute it arose from (and the discussion point, where there is one), who answers it,
# and what happened to it since.
ACTIONS = [
    {
        "minute": 46,
        "owner": "Jane Moore",
        "raised": at(24, 1),
        "description": (
            "Provide members with how many of the tribunal appeals decided against the Council related to "
            "EHCP assessments: the Director did not have the breakdown at the meeting (Mr Warwick's "
            "supplementary question (a))."
        ),
        "responses": [
            {
                "kind": "answer",
                "by": "Jane Moore",
                "at": at(14, 2),
                "text": "Of the appeals decided against the Council in 2023, the breakdown by reason "
                "(refusal to assess, refusal to issue a plan, and the contents of a plan) has been "
                "circulated to members by email, with the monitoring the Department will report each "
                "quarter." + ILLUSTRATIVE,
                "review": {"decision": "accept", "at": at(16, 2)},
            }
        ],
    },
    {
        "minute": 52,
        "owner": "Jane Moore",
        "raised": at(24, 1),
        "description": (
            "Publish a correction to the table on page 30 of the Medium Term Financial Strategy report: the "
            "Savings Achieved at Annual Reviews in 2027/28 should read -380 (£,000) (discussion point viii)."
        ),
        "responses": [
            {
                "kind": "answer",
                "by": "Jane Moore",
                "at": at(2, 2),
                "text": "The table has been corrected in the Department's copy of the report." + ILLUSTRATIVE,
                "review": {
                    "decision": "return",
                    "at": at(5, 2),
                    "reason": "Please confirm when the corrected table is published with the report on the "
                    "council's website, so members and the public see the right figure.",
                },
            }
        ],
    },
    {
        "minute": 53,
        "team": "Business Intelligence Service",
        "raised": at(24, 1),
        "description": (
            "Report to a future meeting the data the Department will use to assess decision making and "
            "communication throughout the EHCP assessment process (discussion point ii)."
        ),
        "responses": [
            {
                "kind": "progress",
                "by": "Emma Jones",
                "at": at(7, 2),
                "text": "The measures are being agreed with the SEND service; a draft list is with the Head "
                "of Service." + ILLUSTRATIVE,
            },
            {
                "kind": "answer",
                "by": "Alex Lea",
                "at": at(19, 2),
                "text": "Four measures will be reported quarterly from Quarter 1 2024/25: the share of EHCP "
                "assessments completed within 20 weeks, the average weeks taken, the number of decisions "
                "appealed, and the share of families told of a decision within five working days."
                + ILLUSTRATIVE,
            },
        ],
    },
    {
        "minute": 52,
        "owner": "Sharon Cooke",
        "raised": at(24, 1),
        "description": (
            "Share with members the reply from the Secretary of State to the Cabinet Lead Member's letter "
            "about care leavers supported through the UASC budget while their asylum claims await a decision "
            "(discussion point ii)."
        ),
        "responses": [],
    },
]

# Recommendations of 23 January 2024 (minute 52(b) and 54(b)) and what came back.
RECOMMENDATIONS = [
    {
        "minute": 52,
        "letter": "b",
        "sent_on": date(2024, 1, 24),
        "response": {
            "received_on": date(2024, 1, 29),
            "outcome": "accepted",
            "text": "The Scrutiny Commission considered the Committee's comments with the Medium Term "
            "Financial Strategy at its meeting on 29 January 2024." + ILLUSTRATIVE,
        },
    },
    # Sent to the Cabinet and never answered: the demo's overdue recommendation.
    {"minute": 54, "letter": "b", "sent_on": date(2024, 1, 24)},
]
