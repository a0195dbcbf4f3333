"""The demo committee, as its own papers record it.

Everything here is copied from seed 003, the agenda pack of the Children and Families Overview and Scrutiny
Committee for 5 March 2024 (agenda, the minutes of 23 January 2024, then the reports). Text is as printed,
curly quotes and the papers' own slips included (minute 55 says "the Commission"). Paragraphs the PDF split
across a page break are joined; lettered parts and paragraphs are separated by blank lines. Anything not in
the papers (publication dates, the exempt appendix, the sign-in) says so where it is defined.

The text of each document is a file in papers/, named as the document's upload, exactly as the pack prints it
(paragraphs as above; tables tab-separated).

Loaded by `manage.py load_demo` (demo.meetings)."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
PAPERS = Path(__file__).resolve().parent / "papers"


def paper(filename: str) -> str:
    # As bytes, so that no newline is translated on the way.
    return (PAPERS / filename).read_bytes().decode("utf-8")


COMMITTEE = {
    "name": "Children and Families Overview and Scrutiny Committee",
    "slug": "children-and-families",
    "description": (
        "The Children and Families Overview and Scrutiny Committee scrutinises the work of the Children and "
        "Family Services Department: children's social care and early help, children in care and care "
        "leavers, education, special educational needs and disabilities (SEND), youth justice and community "
        "safety. It considers reports of the Director of Children and Family Services and the Cabinet Lead "
        "Member, comments on the Medium Term Financial Strategy and the Departmental Plan, reviews the "
        "Department's performance each quarter, and may make recommendations or forward comments to the "
        "Cabinet and the Scrutiny Commission."
    ),
}


# Everyone the demo needs, with `name` exactly as printed.
PEOPLE = [
    # The membership (pack lines 15-22). Party affiliations are not in the papers, so none is given.
    {"name": "Mrs. H. J. Fryer CC", "family_name": "Fryer", "kind": "councillor"},
    {"name": "Mr. M. Frisby CC", "family_name": "Frisby", "kind": "councillor"},
    {"name": "Mr. K. Ghattoraya CC", "family_name": "Ghattoraya", "kind": "councillor"},
    {"name": "Mr. L. Hadji-Nikolaou CC", "family_name": "Hadji-Nikolaou", "kind": "councillor"},
    {"name": "Mr. R. Hills CC", "family_name": "Hills", "kind": "councillor"},
    {"name": "Mr. M. Hunt CC", "family_name": "Hunt", "kind": "councillor"},
    {"name": "Mrs. S. Jordan CC", "family_name": "Jordan", "kind": "councillor"},
    # No “CC” after their names: co-opted members, not county councillors.
    {"name": "Mrs. C. Lewis", "family_name": "Lewis", "kind": "co_opted"},
    {"name": "Mr. R. Martin", "family_name": "Martin", "kind": "co_opted"},
    # Present on 23 January 2024 but not on the membership (line 87); printed without the stop.
    {"name": "Mrs B. Seaton CC", "family_name": "Seaton", "kind": "councillor"},
    # In attendance on 23 January 2024 (line 91).
    {"name": "Mrs. D. Taylor CC", "family_name": "Taylor", "kind": "councillor"},
    # Officers, with the contact details their reports give.
    {
        "name": "Damien Buckley",
        "family_name": "Buckley",
        "kind": "officer",
        "department": "Democratic Services",
        "phone": "0116 305 0183",
        "email": "damien.buckley@leics.gov.uk",
    },
    {
        "name": "Jane Moore",
        "family_name": "Moore",
        "kind": "officer",
        "job_title": "Director of Children and Family Services",
        "department": "Children and Family Services",
        "phone": "0116 305 2649",
        "email": "Jane.Moore@leics.gov.uk",
    },
    {
        "name": "Sharon Cooke",
        "family_name": "Cooke",
        "kind": "officer",
        "job_title": "Assistant Director, Targeted Early Help and Children's Social Care",
        "department": "Children and Family Services",
        "phone": "0116 305 5479",
        "email": "Sharon.Cooke@leics.gov.uk",
    },
    {
        "name": "Kelda Claire",
        "family_name": "Claire",
        "kind": "officer",
        "job_title": "Head of Service, Children and Care, Fostering and Adoption",
        "department": "Children and Family Services",
        "email": "Kelda.claire@leics.gov.uk",
    },
    {
        "name": "Nicci Collins",
        "family_name": "Collins",
        "kind": "officer",
        "job_title": "Strategic Lead for Transformation and Commissioning",
        "department": "Children and Family Services",
        "phone": "0116 305 4504",
        "email": "Nicci.Collins@leics.gov.uk",
    },
    {
        "name": "Emma Jones",
        "family_name": "Jones",
        "kind": "officer",
        "job_title": "Business Partner",
        "department": "Business Intelligence Service",
        "phone": "0116 305 7526",
        "email": "Emma.j.Jones@leics.gov.uk",
    },
    {
        "name": "Alex Lea",
        "family_name": "Lea",
        "kind": "officer",
        "job_title": "Senior Research, and Insight Manager",
        "department": "Business Intelligence Service",
        "phone": "0116 305 6803",
        "email": "Alex.Lea@leics.gov.uk",
    },
    # Guests at the 23 January 2024 meeting (line 225).
    {"name": "Stephen Knight", "family_name": "Knight", "kind": "guest", "organisation": "Newton Europe"},
    {"name": "Ashley Page", "family_name": "Page", "kind": "guest", "organisation": "Newton Europe"},
]


# The committee's membership and roles (lines 15-22).
MEMBERSHIPS = {
    "Mrs. H. J. Fryer CC": "chairman",
    "Mr. M. Frisby CC": "member",
    "Mr. K. Ghattoraya CC": "member",
    "Mr. L. Hadji-Nikolaou CC": "member",
    "Mr. R. Hills CC": "member",
    "Mr. M. Hunt CC": "member",
    "Mrs. S. Jordan CC": "member",
    "Mrs. C. Lewis": "co_opted",
    "Mr. R. Martin": "co_opted",
}


# The reason kept with the first minute loaded (45): the minute numbers run on through 2023/24, and its
# minutes 1 to 44 are in the papers of earlier meetings, which the demo does not load.
MINUTES_NOT_IMPORTED = (
    "The earlier minutes of 2023/24 were not imported: the demo loads the papers of 23 January 2024 onwards."
)

# The meeting of Tuesday 23 January 2024, from its minutes (pack lines 73-262).
# Mr. L. Hadji-Nikolaou CC is not listed as present; the minutes give no apologies, so none are made up.
JANUARY_MEETING = {
    # Start and close as the minutes record them (line 258).
    "start": datetime(2024, 1, 23, 14, 0, tzinfo=LONDON),
    "end": datetime(2024, 1, 23, 16, 1, tzinfo=LONDON),
    "location": "County Hall, Glenfield",
    "contact_officer": "Damien Buckley",
    # Not in the papers: dates chosen for the demo (the agenda on time, the draft minutes a week on).
    "agenda_published_at": datetime(2024, 1, 12, 12, 0, tzinfo=LONDON),
    "minutes_published_at": datetime(2024, 1, 30, 12, 0, tzinfo=LONDON),
    # Reconstructed from the minutes: minutes 45-55 record items 1-11.
    "agenda": [
        {"number": 1, "title": "Minutes of the meeting held on 7 November 2023.", "kind": "procedural"},
        {"number": 2, "title": "Question Time.", "kind": "procedural"},
        {
            "number": 3,
            "title": "Questions asked by members under Standing Order 7(3) and 7(5).",
            "kind": "procedural",
        },
        {
            "number": 4,
            "title": (
                "To advise of any other items which the Chairman has decided to take as urgent elsewhere on "
                "the agenda."
            ),
            "kind": "procedural",
        },
        {
            "number": 5,
            "title": "Declarations of interest in respect of items on the agenda.",
            "kind": "procedural",
        },
        {
            "number": 6,
            "title": (
                "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16."
            ),
            "kind": "procedural",
        },
        {"number": 7, "title": "Presentation of Petitions under Standing Order 36.", "kind": "procedural"},
        {
            "number": 8,
            "title": "Medium Term Financial Strategy 2024/25 - 2027/28.",
            "kind": "report",
            "report_by": "Director of Children and Family Services and Director of Corporate Resources",
        },
        {
            "number": 9,
            "title": "Transforming SEND and Inclusion in Leicestershire (TSIL) Programme Update.",
            "kind": "report",
            "report_by": "Director of Children and Family Services",
        },
        {
            "number": 10,
            "title": "Children and Family Services Departmental Plan 2024-26.",
            "kind": "report",
            "report_by": "Director of Children and Family Services",
        },
        {"number": 11, "title": "Date of next meeting.", "kind": "procedural"},
    ],
    "attendance": [
        {"person": "Mrs. H. J. Fryer CC", "status": "present", "in_chair": True},
        {"person": "Mr. M. Frisby CC", "status": "present"},
        {"person": "Mr. K. Ghattoraya CC", "status": "present"},
        {"person": "Mr. R. Hills CC", "status": "present"},
        {"person": "Mr. M. Hunt CC", "status": "present"},
        {"person": "Mrs. S. Jordan CC", "status": "present"},
        {"person": "Mrs. C. Lewis", "status": "present"},
        {"person": "Mr. R. Martin", "status": "present"},
        {"person": "Mrs B. Seaton CC", "status": "present"},
        {
            "person": "Mrs. D. Taylor CC",
            "status": "in_attendance",
            "role": "Cabinet Lead Member for Children and Families",
        },
        {"person": "Stephen Knight", "status": "in_attendance", "role": "Newton Europe", "for_item": 9},
        {"person": "Ashley Page", "status": "in_attendance", "role": "Newton Europe", "for_item": 9},
    ],
    "declarations": [
        {
            "person": "Mr. R. Martin",
            "agenda_item": 9,
            "kind": "registerable",
            "text": (
                "Mr. R. Martin declared a registerable interest, in respect of agenda item 9, as the Chair "
                "of the Leicestershire Parent Carer Forum. He undertook to not participate in the discussion "
                "of that item."
            ),
            "withdrew": True,
        },
    ],
    # “Response by the Chairman” (lines 109, 129); the Director answered the supplementary questions.
    "public_questions": [
        {
            "questioner": "Mrs Sue Whiting",
            "question": (
                "“Could the Chair please state:\n\n"
                "a) How many children, currently in Year 6, with an EHCP, working below Year 5 expectations, "
                "have been allocated a mainstream place for Year 7 in September 2024?\n\n"
                "b) How many children, currently in Year 6, with an EHCP, working below Key Stage 2 "
                "expectations, have been allocated a mainstream place for Year 7 in September 2024?\n\n"
                "c) How many children, currently in Year 6, with an EHCP, have not been allocated a "
                "placement or provision (Mainstream or Specialist) for Year 7 in September 2024?”"
            ),
            "response": (
                "a) There are 428 Year 6 children with an EHCP. The Service is working to ensure all Year 6 "
                "children have a named place by 15 February 2024 transfer deadline. The information about "
                "curriculum levels is held within the schools.\n\n"
                "b) There are 428 Year 6 children with an EHCP. The Service is working to ensure all Year 6 "
                "children have a named place by 15 February 2024 transfer deadline. The information about "
                "curriculum levels is held within the schools.\n\n"
                "c) As of 18 January 2024, there are 224 Year 6 children with an EHCP that do not have a "
                "named placement. The review and placement teams are working through the 224 cases to "
                "allocate a place by the 15 February 2024 phase transfer deadline."
            ),
            "supplementary_question": (
                "“Thank you for the response, especially the numbers in part C. I specifically asked in "
                "question A, how many children had been working below Year 5 had not been allocated a "
                "mainstream space, and in B, the same question relating to how many children had been "
                "working below key stage 2. The answer seems to be the same for both, so I am not sure "
                "whether there are 428 Year 6 children with an EHCP with a place by 15 February who are "
                "working below Year 5, or whether there are another 428 children who are working at Key "
                "Stage 1. If the information for curriculum level is held with the schools, how can the "
                "EHCP’s provision be accurate and appropriate?”"
            ),
            "supplementary_answer": (
                "At the invitation of the Chairman, the Director of Children and Family Services responded "
                "that there was a total of 428 children in Year 6 who had an EHCP. The Department were "
                "working through all of those children to ensure that they had a named place by the 15 "
                "February deadline. In terms of curriculum levels, the EHCP included all information on "
                "children, including attainment details. However, the Department would need to look at each "
                "of those 428 plans in order to answer the question. Children were allocated with a place by "
                "looking at the EHCP to understand what the child’s needs were. The Department had the "
                "information available when it looked at individual children in order to place them, then "
                "the detail of curriculum level was held at a school level."
            ),
            "answered_by": "Mrs. H. J. Fryer CC",
            "supplementary_answered_by": "Jane Moore",
        },
        {
            "questioner": "Mr David Warwick",
            "question": (
                "“Given the TSIL FAQs state that in 2022 ‘we spent more than the Government (High Needs) "
                "grant by £10.8m’, and in March 2022 the Department for Education signed a £19.5m contract "
                "with consultancy firm Newton Europe to address this. Could you please advise:\n\n"
                "a) Why has Leicestershire County Council spent over £10 million on high-cost dubious value "
                "private SEN provision (ISP) in 2023 and why has the Council failed to make any progress to "
                "meet its legal obligations to process Education, Health and Care Plans (EHCPs) in the "
                "required 20 weeks?\n\n"
                "b) How does the Council expect schools to cope if 68% of children in specialist settings "
                "are to have their needs met in mainstream schools or resource, and 34% children with a EHCP "
                "in mainstream provision are to have needs met without an EHCP.”"
            ),
            "response": (
                "a) The High Needs Grant allocated to Leicestershire for 2023/24 totals £105,082,000. The "
                "cost of placements for children with Special Educational Needs and Disabilities in 2023/24 "
                "is budgeted to be £112,643,000. These costs include places at special schools, additional "
                "money to support children with an EHCP in mainstream school, resource bases and independent "
                "provision. The cost of independent provision makes up around 27% (£30m) of the overall "
                "placement costs. The type of provision that is required to meet a child's needs is set out "
                "within their Education Health and Care Plan. Schools across the county are consulted on "
                "whether they can meet the needs of children as set out in the plan. Independent provision "
                "is used for children where their needs cannot be met elsewhere or where there is no other "
                "provision available to meet the needs of children.\n\n"
                "Over the last 5 years the County Council has invested over £30m to provide over 500 "
                "additional specialist places for children with special education needs and disabilities in "
                "state funded provision in Leicestershire.\n\n"
                "The average time taken to complete an EHCP assessment in Leicestershire is currently around "
                "35 weeks. It has decreased from an average of 42 weeks earlier in 2023. 35 weeks remains "
                "well above the requirement for plans to be completed in 20 weeks. The main reason for the "
                "delay in assessments is the availability of Educational Psychologists (EP) to undertake the "
                "advice element of the EHCP assessment. EP availability is a national issue; however the "
                "local authority has taken a number of steps to recruit additional EPs to undertake the "
                "assessments in order to improve timeliness.\n\n"
                "b) The deep dive into SEND Services in Leicestershire that took place at the beginning of "
                "the programme reviewed the journey of children and young people in non-mainstream settings, "
                "and was focused on opportunities for improved outcomes – often earlier in their education "
                "journey. The review found that in 32% of the cases a specialist school was needed to meet "
                "needs, in 40% of cases, there was an opportunity for the needs of that child to be met in a "
                "mainstream school and in 28% of cases, there was an opportunity for the needs of children "
                "and young people to have been met in a mainstream SEN unit. It should be emphasised that "
                "the deep dive into potential opportunities is not the same as the idea that children “are "
                "to have their needs met” with a different level of support, and that the focus is on new "
                "starters into the SEND system rather than any inappropriate change of provision.\n\n"
                "This analysis has led to the work across the programme to look at how children with special "
                "educational needs and disabilities needs can be met in mainstream school, when this is the "
                "most appropriate setting for the child. This has included the development of the inclusive "
                "practice tool kit, settings specific planning work, as well as improving processes and ways "
                "of working across Early Years and SENA."
            ),
            "supplementary_question": (
                "a) “Does the 35-week period quoted include those applications which are refused or rejected "
                "but then taken to tribunal successfully by parents and guardians. If not, what is the "
                "average time including this, and how many tribunal applications are successful in "
                "Leicestershire?”\n\n"
                "b) A Cabinet report dated 23 June 2023 included information on a diagnostic review by "
                "Newton Europe Consultancy, engaged through a competitive tendering process. In that, it was "
                "stated that there were opportunities for 34% of children and young people with an EHCP in a "
                "mainstream provision to have their needs met without an EHCP. My members, who work in "
                "schools, such as teaching assistants, business managers, etc., wish to know how, with "
                "rising numbers of children presenting with high needs and challenging behaviours, support "
                "staff or school budgets can cope if 34% of children on an EHCPs have to have their needs "
                'met without one."'
            ),
            "supplementary_answer": (
                "At the invitation of the Chairman, the Director of Children and Family Services responded "
                "that:\n\n"
                "a) The average time taken to complete an EHCP included all of the EHCP assessments "
                "undertaken so it did include those plans which were instructed under tribunal. The time "
                "taken, 35 weeks, was the time taken from the point when the EHCP assessment was agreed to "
                "its completion. In respect of the second part of the question, around how many tribunal "
                "applications in Leicestershire were successful, almost 95% of all tribunals ruled against "
                "the Local Authority, in favour of the parent. The Director did not have the breakdown of "
                "how many of those were on assessments, to report to the meeting. However, the Department "
                "would continue to monitor this.\n\n"
                "b) The deep dive into SEN services outlined in the paper on the agenda relating to the "
                "Transforming SEND and Inclusion in Leicestershire, took place at the beginning of the "
                "programme and reviewed the journey of the children and young people who were in "
                "non-mainstream settings. It was focussed on opportunities for improved outcomes for those "
                "children and looked at what could have been done earlier on in the education journey. "
                "Across mainstream schools, there was a range of support available to support children with "
                "special educational needs and disabilities, without the need for an EHCP. The deep dive "
                "which took place looked at the journey of those children who had an EHCP in mainstream "
                "schools, which did on some occasions identify that those needs could have been met either "
                "earlier, or without an EHCP. There was a wealth of resource within schools, and expertise "
                "within mainstream provision, which did, and could, support those children with SEND, "
                "outside of an EHCP. The data did not state that the Department would remove an EHCP from "
                "children who had them. However, it would look at the journey of children and assess whether "
                "or not there were things which could have been done differently for them in order to meet "
                "their needs earlier, or without an EHCP, through things such as SEN support and other "
                "things available through schools."
            ),
            "answered_by": "Mrs. H. J. Fryer CC",
            "supplementary_answered_by": "Jane Moore",
        },
    ],
    "minutes": [
        {
            "number": 45,
            "agenda_item": 1,
            "heading": "Minutes of the meeting held on 7 November 2023.",
            "text": (
                "The minutes of the meeting held on 7 November 2023 were taken as read, confirmed and signed."
            ),
        },
        {
            "number": 46,
            "agenda_item": 2,
            "heading": "Question Time.",
            "text": (
                "The Chief Executive reported that two questions had been received under Standing Order 35."
            ),
        },
        {
            "number": 47,
            "agenda_item": 3,
            "heading": "Questions asked by members under Standing Order 7(3) and 7(5).",
            "text": (
                "The Chief Executive reported that no questions had been received under Standing Order 7(3) "
                "and 7(5)."
            ),
        },
        {
            "number": 48,
            "agenda_item": 4,
            "heading": (
                "To advise of any other items which the Chairman has decided to take as urgent elsewhere on "
                "the agenda."
            ),
            "text": "There were no urgent items for consideration.",
        },
        {
            "number": 49,
            "agenda_item": 5,
            "heading": "Declarations of interest in respect of items on the agenda.",
            "text": (
                "The Chairman invited members who wished to do so to declare any interest in respect of "
                "items on the agenda for the meeting.\n\n"
                "Mr. R. Martin declared a registerable interest, in respect of agenda item 9, as the Chair "
                "of the Leicestershire Parent Carer Forum. He undertook to not participate in the discussion "
                "of that item."
            ),
        },
        {
            "number": 50,
            "agenda_item": 6,
            "heading": (
                "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16."
            ),
            "text": "There were no declarations of the party whip.",
        },
        {
            "number": 51,
            "agenda_item": 7,
            "heading": "Presentation of Petitions under Standing Order 36.",
            "text": (
                "The Chief Executive reported that no petitions had been received under Standing Order 36."
            ),
        },
        {
            "number": 52,
            "agenda_item": 8,
            "heading": "Medium Term Financial Strategy 2024/25 - 2027/28.",
            "text": (
                "The Committee considered a joint report of the Director of Children and Family Services and "
                "the Director of Corporate Resources which provided information on the proposed 2024/25 to "
                "2027/28 Medium Term Financial Strategy (MTFS) as it related to the Children and Family "
                "Services department. A copy of the report marked 'Agenda Item 8' is filed with these "
                "minutes.\n\n"
                "The Chairman welcomed Mrs. D. Taylor CC, Lead Member for Children and Family Services, to "
                "the meeting for this item."
            ),
            "discussion_points": [
                {
                    "section": "Service Transformation and Revenue Budget",
                    "text": (
                        "The Director emphasised that increased financial controls, which the Council had "
                        "introduced around recruitment, procurement and non-essential spend in order to "
                        "address the Council's funding gap, were in addition to the financial controls the "
                        "Department had in place for a number of years. Members noted that all financial "
                        "controls would be reviewed on an ongoing basis."
                    ),
                },
                {
                    "section": "Growth",
                    "text": (
                        "Members noted that 135 individuals over the age of 18 were being cared for by the "
                        "Council and that this was funded through the Unaccompanied Asylum-Seeking Children "
                        "(UASC) budget. The Council supported these individuals as they were classed as care "
                        "leavers. Some of these young people had not yet had their asylum claim processed by "
                        "the Government, and therefore could not work, claim benefits, or live "
                        "independently. The Cabinet Lead Member for Children and Families had written to the "
                        "Secretary of State to seek a resolution as the situation would continue to "
                        "negatively impact lives and contribute to the financial growth pressure in relation "
                        "to the UASC budget."
                    ),
                },
                {
                    "section": "Savings",
                    "text": (
                        "The Director confirmed that 23 in-house placements would be created over the next "
                        "five years through the Children's Innovation Partnership (CIP) with Barnardo's "
                        "which it was anticipated would reduce reliance on the private sector. The aim was "
                        "to build homes in Leicestershire so that children and young people in care could "
                        "continue to live within their communities."
                    ),
                },
                {
                    "section": "Savings",
                    "text": (
                        "In response to a question relating to whether CIP would be expanded to further "
                        "reduce reliance on the private sector, if the expected savings were made, the "
                        "Director explained that CIP would continually review the roll-out of homes in order "
                        "to reduce costs and support children with complex needs through in-house placement "
                        "provision."
                    ),
                },
                {
                    "section": "Savings",
                    "text": (
                        "In response to concern relating to the demand for tribunals within the SEND "
                        "Service, the Director explained that a saving of £0.1m in 2025/26, rising to £0.4m "
                        "by 2027/28, had been identified as part of the Transforming SEND and Inclusion in "
                        "Leicestershire (TSIL) programme, which was likely to result in longer term "
                        "reduction in demand. The TSIL programme would aim for children and young people to "
                        "be placed within the correct provision at the correct time, and for a greater level "
                        "of engagement with parents, carers and schools, which was anticipated to reduce the "
                        "number of tribunals and as a result would have a reduced cost to the Service."
                    ),
                },
                {
                    "section": "Savings",
                    "text": (
                        "The Director assured members that the Department had undertaken analysis on "
                        "tribunals and that in the majority of cases a tribunal had been requested due to "
                        "parents or carers having not agreed with a decision the Council had made relating "
                        "to specialist provision or an EHCP (Education, Health and Care Plan). Members noted "
                        "that the Council was responsible for its own costs associated with the tribunal "
                        "process and that parents would be responsible for the cost of seeking independent "
                        "advice. The Director acknowledged that the Department needed to find ways to work "
                        "with parents differently to avoid tribunals, including earlier engagement, improved "
                        "mediation and conflict resolution. Members noted that delays experienced within the "
                        "system would result in complaints received by the Service, rather than leading to "
                        "tribunal."
                    ),
                },
                {
                    "section": "Savings",
                    "text": (
                        "A member suggested that despite resource challenges and the national shortage in "
                        "the availability of Educational Psychologists, that there would still be a "
                        "requirement for supporting parents and carers, as well as schools, with thorough "
                        "and accurate assessments for EHCPs. The Director acknowledged this point, and "
                        "assured members that the Department would continue to work with parents, carers and "
                        "schools and focus on allocating the most appropriate level of support to children "
                        "and young people at the correct time."
                    ),
                },
                {
                    "section": "High Needs",
                    "text": (
                        "Members noted that there was an error in the table on page 30 of the report. The "
                        "Savings Achieved at Annual Reviews in 2027/28 should have read -380 (£,000)."
                    ),
                },
                {
                    "section": "High Needs",
                    "text": (
                        "A concern was raised regarding the impact that anticipated savings from a reduction "
                        "in the number of early years specialist starts would have on children. In response, "
                        "the Director assured members that, where an assessment had identified that a child "
                        "required specialist provision, they would be placed within a specialist setting to "
                        "meet their need. The savings identified related to children where an assessment had "
                        "identified that they could have their needs best met elsewhere within the system, "
                        "for example in a mainstream setting. Members noted that diagnostic work conducted "
                        "as part of the TSIL programme had identified a number of cases where children could "
                        "have been placed in a different setting or remained in mainstream if earlier "
                        "support had been provided. The Director assured members that children currently "
                        "placed within provision would not be moved out of provision that was currently "
                        "meeting their needs, and that the changes would apply to newly assessed children to "
                        "ensure they were placed in settings that could meet their needs."
                    ),
                },
                {
                    "section": "High Needs",
                    "text": (
                        "Concern was raised that a reduction in the number of non-early years specialist "
                        "starts may not deliver the anticipated savings and could place pressure on "
                        "mainstream settings. The Director assured members that the Department would ensure "
                        "children were placed in the right setting to meet their needs and costs would be "
                        "avoided by not placing children in provision that was not necessary to meet their "
                        "identified needs. Diagnostic work conducted by the Department, in partnership with "
                        "Newton Europe, had identified that some children within specialist provision could "
                        "have had their needs met within a mainstream setting. The Director emphasised that "
                        "the work taking place was about getting it right for children at the earliest "
                        "possible time and ensuring children were placed in settings that met the needs "
                        "identified in the EHCP. Members were assured that the placement budget would "
                        "continue to be utilised to support children according to their needs. It was "
                        "anticipated that savings would be made through ensuring each child was receiving "
                        "the right provision to meet their needs."
                    ),
                },
                {
                    "section": "High Needs",
                    "text": (
                        "Members noted that following the expected end to the Statutory Accounts override, "
                        "in March 2026, the budget deficit would no longer be ringfenced from the Council's "
                        "core budget."
                    ),
                },
                {
                    "section": "Capital Programme",
                    "text": "Members noted the information provided at paragraphs 103 to 111 in the report.",
                },
            ],
            "resolutions": [
                {
                    "letter": "a",
                    "kind": "noted",
                    "text": (
                        "That the report regarding the Medium Term Financial Strategy 2024/25 – 2027/28 and "
                        "information now provided be noted;"
                    ),
                },
                {
                    "letter": "b",
                    "kind": "recommendation",
                    "text": (
                        "That the comments now made be forwarded to the Scrutiny Commission for "
                        "consideration at its meeting on 29 January 2024."
                    ),
                    "recommended_to": "Scrutiny Commission",
                },
            ],
        },
        {
            "number": 53,
            "agenda_item": 9,
            "heading": "Transforming SEND and Inclusion in Leicestershire (TSIL) Programme Update.",
            "text": (
                "The Committee considered a report of the Director of Children and Family Services which "
                "provided an update of the Transforming SEND and Inclusion in Leicestershire (TSIL) "
                "programme. It set out progress and achievements to date, next steps, as well as an overview "
                "of the High Needs Block financial position. A copy of the report marked 'Agenda Item 9' is "
                "filed with these minutes.\n\n"
                "The Chairman welcomed Stephen Knight and Ashley Page from Newton Europe to the meeting for "
                "this item.\n\n"
                "Arising from discussion, the following points were raised:"
            ),
            "discussion_points": [
                {
                    "text": (
                        "Concern was raised relating to a 54% increase in the number of children and young "
                        "people requiring an Education, Health and Care Plan (EHCP) in Leicestershire. This "
                        "was larger than that in England (38%), and in the East Midlands (32%). The Director "
                        "advised that there were many reasons for this, including legacy decision making, "
                        "which had led to issues with sufficiency within the system. There was also a "
                        "position whereby some schools were focussing on EHCP's in order to bring in "
                        "funding. Moving forward, the TSIL programme would aim to put in place EHCP's for "
                        "the correct reasons which would aim to narrow this gap and subsequently reduce "
                        "associated costs."
                    ),
                },
                {
                    "text": (
                        "The TSIL programme would focus on the evidence and data from diagnostic work to "
                        "improve services for children with special educational needs and disabilities. "
                        "Whilst it would be difficult to track and monitor intervention, it was clear that "
                        "early intervention, particularly for early years children, often had the best "
                        "impact. The Department would also focus on data, and regularly assess decision "
                        "making and communication methods, throughout the EHCP assessment process. Members "
                        "noted that the benefits of the programme would aim to benefit children and reduce "
                        "costs."
                    ),
                },
                {
                    "text": (
                        "Concern was raised that there had been a lasting impact from Covid in children. "
                        "There had been reports which had indicated a lack of social interaction amongst "
                        "children, as well as an increasing number of children and young people struggling "
                        "with mental health and being involved in crime. The Director assured members that "
                        "these children would be supported through the Inclusive Practice Toolkit, the "
                        "Secondary Education and Inclusion Partnership, and through work on Elective Home "
                        "Education."
                    ),
                },
            ],
            "resolutions": [
                {
                    "letter": "",
                    "kind": "noted",
                    "text": (
                        "That the update on the Transforming SEND and Inclusion in Leicestershire (TSIL) "
                        "programme, including progress and achievements made to date and next steps, as well "
                        "as an overview of the current High Needs Block financial position, be noted."
                    ),
                },
            ],
        },
        {
            "number": 54,
            "agenda_item": 10,
            "heading": "Children and Family Services Departmental Plan 2024-26.",
            "text": (
                "The Committee considered a report of the Director of Children and Family Services which "
                "present the draft Leicestershire Children and Family Service's Departmental Plan 2024 – 26, "
                "attached as an Appendix to the report, for comment and consideration. A copy of the report "
                "marked 'Agenda Item 10' is filed with these minutes.\n\n"
                "Members noted the information provided within the report and the draft Leicestershire "
                "Children and Family Service's Departmental Plan 2024 – 26."
            ),
            "resolutions": [
                {
                    "letter": "a",
                    "kind": "noted",
                    "text": (
                        "That the draft Leicestershire Children and Family Service's Departmental Plan 2024 "
                        "– 26 be noted;"
                    ),
                },
                {
                    "letter": "b",
                    "kind": "recommendation",
                    "text": (
                        "That the draft Leicestershire Children and Family Service's Departmental Plan be "
                        "presented to the Cabinet at its meeting on 9 February 2024."
                    ),
                    "recommended_to": "Cabinet",
                },
            ],
        },
        {
            "number": 55,
            "agenda_item": 11,
            "heading": "Date of next meeting.",
            "text": "",
            "resolutions": [
                {
                    "letter": "",
                    "kind": "decision",
                    "text": (
                        "It was noted that the next meeting of the Commission would be held on 5 March 2024 "
                        "at 14:00."
                    ),
                },
            ],
        },
    ],
}


# The meeting of Tuesday 5 March 2024, from its agenda (pack lines 1-48). Each document's `paper`
# names the text below that is stored as the document's file.
MARCH_MEETING = {
    "start": datetime(2024, 3, 5, 14, 0, tzinfo=LONDON),
    "location": "Sparkenhoe Committee Room, County Hall, Glenfield",
    "contact_officer": "Damien Buckley",
    # The broadcast site the agenda gives (line 24).
    "webcast_url": "http://www.leicestershire.gov.uk",
    # Not in the papers: a date chosen for the demo, six clear working days before the meeting.
    "agenda_published_at": datetime(2024, 2, 23, 12, 0, tzinfo=LONDON),
    # Items as printed on the agenda (lines 29-48).
    "agenda": [
        {
            "number": 1,
            "title": "Minutes of the meeting held on 23 January 2024.",
            "kind": "procedural",
            "page_start": 5,
            "page_end": 14,
            "documents": [
                {
                    "title": "Minutes of the meeting held on 23 January 2024",
                    "kind": "minutes",
                    # Pack lines 73-261.
                    "filename": "minutes-2024-01-23.txt",
                },
            ],
        },
        {"number": 2, "title": "Question Time.", "kind": "procedural"},
        {
            "number": 3,
            "title": "Questions asked by members under Standing Order 7(3) and 7(5).",
            "kind": "procedural",
        },
        {
            "number": 4,
            "title": (
                "To advise of any other items which the Chairman has decided to take as urgent elsewhere on "
                "the agenda."
            ),
            "kind": "procedural",
        },
        {
            "number": 5,
            "title": "Declarations of interest in respect of items on the agenda.",
            "kind": "procedural",
        },
        {
            "number": 6,
            "title": (
                "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16."
            ),
            "kind": "procedural",
        },
        {"number": 7, "title": "Presentation of Petitions under Standing Order 36.", "kind": "procedural"},
        {
            "number": 8,
            "title": "Violence Reduction Network Strategy and Updates.",
            "kind": "report",
            "report_by": "Violence Reduction Network",
            "page_start": 15,
            "page_end": 32,
            # The slides name no officer to contact.
            "documents": [
                {
                    "title": "Presentation: VRN Strategy and Updates",
                    "kind": "presentation",
                    # Pack lines 267-609.
                    "filename": "vrn-strategy-and-updates.txt",
                },
            ],
        },
        {
            "number": 9,
            "title": "Children and Family Services Department.",
            "kind": "report",
            "report_by": "Director of Children and Family Services",
            "page_start": 33,
            "page_end": 54,
            "contacts": ["Jane Moore"],
            "documents": [
                {
                    "title": "Report of the Director of Children and Family Services",
                    "kind": "report",
                    # Pack lines 615-939.
                    "filename": "children-and-family-services-department.txt",
                },
                {
                    "title": "Appendix B: Children and Family Services Department Plan 2024 - 2026",
                    "kind": "appendix",
                    # Pack lines 949-1045 (the report's list calls it the Department Plan 2023-2026 Summary).
                    "filename": "appendix-b-department-plan-2024-2026.txt",
                },
            ],
        },
        {
            "number": 10,
            "title": "Unaccompanied Asylum-Seeking Children.",
            "kind": "report",
            "report_by": "Director of Children and Family Services",
            "page_start": 55,
            "page_end": 60,
            "contacts": ["Sharon Cooke", "Kelda Claire"],
            "documents": [
                {
                    "title": "Report of the Director of Children and Family Services",
                    "kind": "report",
                    # Pack lines 1052-1153.
                    "filename": "unaccompanied-asylum-seeking-children.txt",
                },
            ],
        },
        {
            "number": 11,
            "title": "Children's Innovation Partnership.",
            "kind": "report",
            "report_by": "Director of Children and Family Services",
            "page_start": 61,
            "page_end": 68,
            "contacts": ["Jane Moore", "Sharon Cooke", "Nicci Collins"],
            "documents": [
                {
                    "title": "Report of the Director of Children and Family Services",
                    "kind": "report",
                    # Pack lines 1159-1286.
                    "filename": "childrens-innovation-partnership.txt",
                },
                {
                    "title": (
                        "Appendix: Children and Family Services Continuous Improvement Plan 2024-2027 "
                        "'Achieving Excellence through purposeful practice'"
                    ),
                    "kind": "appendix",
                    # Pack lines 1288-1423.
                    "filename": "appendix-continuous-improvement-plan-2024-2027.txt",
                },
            ],
        },
        {
            "number": 12,
            "title": "Quarter 3 2023/24 Performance Report.",
            "kind": "report",
            "report_by": "Chief Executive and Director of Children and Family Services",
            "page_start": 69,
            "page_end": 76,
            "contacts": ["Jane Moore", "Sharon Cooke", "Emma Jones", "Alex Lea"],
            "documents": [
                {
                    "title": (
                        "Joint report of the Chief Executive and Director of Children and Family Services"
                    ),
                    "kind": "report",
                    # Pack lines 1429-1551.
                    "filename": "quarter-3-2023-24-performance-report.txt",
                },
                {
                    "title": (
                        "Appendix: Children and Family Services Department Performance Dashboard for quarter "
                        "3, 2023/24"
                    ),
                    "kind": "appendix",
                    # Pack lines 1553-1583: the dashboard, tab-separated.
                    "filename": "appendix-performance-dashboard-q3-2023-24.txt",
                },
            ],
        },
        {
            "number": 13,
            "title": "Date of next meeting.",
            "kind": "procedural",
            "summary": (
                "The next meeting of the Committee is scheduled to take place on Tuesday 4 June 2024 at "
                "14:00."
            ),
        },
        {
            "number": 14,
            "title": "Any other items which the Chairman has decided to take as urgent.",
            "kind": "procedural",
        },
    ],
}


# NOT FROM THE PAPERS: one exempt appendix written for the demo, so the exempt-paper rules can be
# seen working. Its title and text say plainly that it is demonstration material.
EXEMPT_DEMO_APPENDIX = {
    "agenda_item": 11,
    "title": (
        "Appendix B: Residential redesign – provider costs (DEMONSTRATION exempt paper, not a real council "
        "document)"
    ),
    "kind": "appendix",
    "exempt_paragraph": 3,
    "filename": "appendix-b-demonstration-exempt-paper.txt",
}


# NOT FROM THE PAPERS: a demo sign-in for each role (demo passwords, printed by the command). Where to go
# first is the page each role mostly works on.
# Not in the papers: the committee's next meeting, made for the demo on a Tuesday some weeks after the day the
# demo is loaded (a later run makes another once it has passed), so the demo has a meeting to come: it takes
# public questions online and lists the actions arising from earlier meetings.
NEXT_MEETING = {
    "weeks_ahead": 5,
    "weekday": 1,  # Tuesday, as the committee's meetings are
    "hour": 14,
    "location": "Sparkenhoe Committee Room, County Hall, Glenfield",
    "contact_officer": "Damien Buckley",
}


SIGN_INS = [
    {
        "role": "Democratic Services",
        "username": "democratic.services",
        "password": "demo-password-ds",
        "person": "Damien Buckley",
        "staff": True,
        "start": "/admin/",
    },
    {
        "role": "Member",
        "username": "councillor.fryer",
        "password": "demo-password-member",
        "person": "Mrs. H. J. Fryer CC",
        "start": "/my/",
    },
    {
        "role": "Officer",
        "username": "officer.moore",
        "password": "demo-password-officer",
        "person": "Jane Moore",
        "start": "/actions/mine/",
    },
    {
        "role": "Officer",
        "username": "officer.lea",
        "password": "demo-password-officer",
        "person": "Alex Lea",
        "start": "/performance/mine/",
    },
]
