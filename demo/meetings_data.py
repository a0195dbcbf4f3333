"""The demo committee, as its own papers record it.

Everything here is copied from seed 003, the agenda pack of the Children and Families Overview and Scrutiny
Committee for 5 March 2024 (agenda, the minutes of 23 January 2024, then the reports). Text is as printed,
curly quotes and the papers' own slips included (minute 55 says "the Commission"). Paragraphs the PDF split
across a page break are joined; lettered parts and paragraphs are separated by blank lines. Anything not in
the papers (publication dates, the exempt appendix, the sign-in) says so where it is defined.

Loaded by `manage.py load_demo` (demo.meetings)."""

from datetime import datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


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
                    "paper": "MINUTES_23_JANUARY_2024",
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
                    "paper": "VRN_STRATEGY_AND_UPDATES",
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
                    "paper": "CFS_DEPARTMENT_REPORT",
                    "filename": "children-and-family-services-department.txt",
                },
                {
                    "title": "Appendix B: Children and Family Services Department Plan 2024 - 2026",
                    "kind": "appendix",
                    "paper": "CFS_DEPARTMENT_PLAN_2024_2026",
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
                    "paper": "UASC_REPORT",
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
                    "paper": "CIP_REPORT",
                    "filename": "childrens-innovation-partnership.txt",
                },
                {
                    "title": (
                        "Appendix: Children and Family Services Continuous Improvement Plan 2024-2027 "
                        "'Achieving Excellence through purposeful practice'"
                    ),
                    "kind": "appendix",
                    "paper": "CONTINUOUS_IMPROVEMENT_PLAN",
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
                    "paper": "Q3_PERFORMANCE_REPORT",
                    "filename": "quarter-3-2023-24-performance-report.txt",
                },
                {
                    "title": (
                        "Appendix: Children and Family Services Department Performance Dashboard for quarter "
                        "3, 2023/24"
                    ),
                    "kind": "appendix",
                    "paper": "Q3_PERFORMANCE_DASHBOARD",
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
    "text": (
        "DEMONSTRATION EXEMPT PAPER – NOT A REAL COUNCIL DOCUMENT\n\n"
        "This text was written for the demonstration of this system. It is not taken from the papers of any "
        "council and contains no real information.\n\n"
        "It stands in for an appendix that is not for publication under paragraph 3 of Part 1 of Schedule "
        "12A to the Local Government Act 1972 (information relating to the financial or business affairs of "
        "any particular person, including the authority holding that information), so that the demonstration "
        "shows that:\n\n"
        "- members of the committee and Democratic Services can read an exempt paper;\n"
        "- the public sees only that an exempt appendix exists and which paragraph applies, never its title "
        "or its contents.\n\n"
        "On a real agenda, an appendix like this might set out the prices providers quoted for the "
        "residential redesign of the Children's Innovation Partnership. No such figures are given here.\n"
    ),
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


# ---------------------------------------------------------------------------------------------
# The papers, as the pack prints them, section by section. Backslashes at line ends only continue
# long lines in this file; they are not part of the text.


# Item 1: the minutes of 23 January 2024, as the pack prints them (pack lines 73-261).
MINUTES_23_JANUARY_2024 = """\
Minutes of a meeting of the Children and Families Overview and Scrutiny Committee held at County Hall, \
Glenfield on Tuesday, 23 January 2024.

PRESENT

Mrs. H. J. Fryer CC (in the Chair)

Mr. M. Frisby CC
Mr. K. Ghattoraya CC
Mr. R. Hills CC
Mr. M. Hunt CC

Mrs. S. Jordan CC
Mrs. C. Lewis
Mr. R. Martin
Mrs B. Seaton CC

In Attendance

Mrs. D. Taylor CC – Cabinet Lead Member for Children and Families

45. Minutes of the meeting held on 7 November 2023.

The minutes of the meeting held on 7 November 2023 were taken as read, confirmed and signed.

46. Question Time.

The Chief Executive reported that two questions had been received under Standing Order 35.

Question asked by Mrs Sue Whiting:

“Could the Chair please state:

- a) How many children, currently in Year 6, with an EHCP, working below Year 5 expectations, have been \
allocated a mainstream place for Year 7 in September 2024?
- b) How many children, currently in Year 6, with an EHCP, working below Key Stage 2 expectations, have been \
allocated a mainstream place for Year 7 in September 2024?
- c) How many children, currently in Year 6, with an EHCP, have not been allocated a placement or provision \
(Mainstream or Specialist) for Year 7 in September 2024?”

Response by the Chairman:

- a) There are 428 Year 6 children with an EHCP. The Service is working to ensure all Year 6 children have a \
named place by 15 February 2024 transfer deadline. The information about curriculum levels is held within \
the schools.

- b) There are 428 Year 6 children with an EHCP. The Service is working to ensure all Year 6 children have a \
named place by 15 February 2024 transfer deadline. The information about curriculum levels is held within \
the schools.
- c) As of 18 January 2024, there are 224 Year 6 children with an EHCP that do not have a named placement. \
The review and placement teams are working through the 224 cases to allocate a place by the 15 February 2024 \
phase transfer deadline.

Mrs Whiting asked the following supplementary question:

“Thank you for the response, especially the numbers in part C. I specifically asked in question A, how many \
children had been working below Year 5 had not been allocated a mainstream space, and in B, the same \
question relating to how many children had been working below key stage 2. The answer seems to be the same \
for both, so I am not sure whether there are 428 Year 6 children with an EHCP with a place by 15 February \
who are working below Year 5, or whether there are another 428 children who are working at Key Stage 1. If \
the information for curriculum level is held with the schools, how can the EHCP’s provision be accurate and \
appropriate?”

At the invitation of the Chairman, the Director of Children and Family Services responded that there was a \
total of 428 children in Year 6 who had an EHCP. The Department were working through all of those children \
to ensure that they had a named place by the 15 February deadline. In terms of curriculum levels, the EHCP \
included all information on children, including attainment details. However, the Department would need to \
look at each of those 428 plans in order to answer the question. Children were allocated with a place by \
looking at the EHCP to understand what the child’s needs were. The Department had the information available \
when it looked at individual children in order to place them, then the detail of curriculum level was held \
at a school level.

Question asked by Mr David Warwick:

“Given the TSIL FAQs state that in 2022 ‘we spent more than the Government (High Needs) grant by £10.8m’, \
and in March 2022 the Department for Education signed a £19.5m contract with consultancy firm Newton Europe \
to address this. Could you please advise:

- a) Why has Leicestershire County Council spent over £10 million on high-cost dubious value private SEN \
provision (ISP) in 2023 and why has the Council failed to make any progress to meet its legal obligations to \
process Education, Health and Care Plans (EHCPs) in the required 20 weeks?
- b) How does the Council expect schools to cope if 68% of children in specialist settings are to have their \
needs met in mainstream schools or resource, and 34% children with a EHCP in mainstream provision are to \
have needs met without an EHCP.”

Response by the Chairman:

- a) The High Needs Grant allocated to Leicestershire for 2023/24 totals £105,082,000. The cost of \
placements for children with Special Educational Needs and Disabilities in 2023/24 is budgeted to be \
£112,643,000. These costs include places at special schools, additional money to support children with an \
EHCP in

mainstream school, resource bases and independent provision. The cost of independent provision makes up \
around 27% (£30m) of the overall placement costs. The type of provision that is required to meet a child's \
needs is set out within their Education Health and Care Plan. Schools across the county are consulted on \
whether they can meet the needs of children as set out in the plan. Independent provision is used for \
children where their needs cannot be met elsewhere or where there is no other provision available to meet \
the needs of children.

Over the last 5 years the County Council has invested over £30m to provide over 500 additional specialist \
places for children with special education needs and disabilities in state funded provision in \
Leicestershire.

The average time taken to complete an EHCP assessment in Leicestershire is currently around 35 weeks. It has \
decreased from an average of 42 weeks earlier in 2023. 35 weeks remains well above the requirement for plans \
to be completed in 20 weeks. The main reason for the delay in assessments is the availability of Educational \
Psychologists (EP) to undertake the advice element of the EHCP assessment. EP availability is a national \
issue; however the local authority has taken a number of steps to recruit additional EPs to undertake the \
assessments in order to improve timeliness.

- b) The deep dive into SEND Services in Leicestershire that took place at the beginning of the programme \
reviewed the journey of children and young people in non-mainstream settings, and was focused on \
opportunities for improved outcomes – often earlier in their education journey. The review found that in 32% \
of the cases a specialist school was needed to meet needs, in 40% of cases, there was an opportunity for the \
needs of that child to be met in a mainstream school and in 28% of cases, there was an opportunity for the \
needs of children and young people to have been met in a mainstream SEN unit. It should be emphasised that \
the deep dive into potential opportunities is not the same as the idea that children “are to have their \
needs met” with a different level of support, and that the focus is on new starters into the SEND system \
rather than any inappropriate change of provision.

This analysis has led to the work across the programme to look at how children with special educational \
needs and disabilities needs can be met in mainstream school, when this is the most appropriate setting for \
the child. This has included the development of the inclusive practice tool kit, settings specific planning \
work, as well as improving processes and ways of working across Early Years and SENA.

Mr Warwick asked the following supplementary questions:

- a) “Does the 35-week period quoted include those applications which are refused or rejected but then taken \
to tribunal successfully by parents and guardians. If not, what is the average time including this, and how \
many tribunal applications are successful in Leicestershire?”
- b) A Cabinet report dated 23 June 2023 included information on a diagnostic review by Newton Europe \
Consultancy, engaged through a competitive tendering

process. In that, it was stated that there were opportunities for 34% of children and young people with an \
EHCP in a mainstream provision to have their needs met without an EHCP. My members, who work in schools, \
such as teaching assistants, business managers, etc., wish to know how, with rising numbers of children \
presenting with high needs and challenging behaviours, support staff or school budgets can cope if 34% of \
children on an EHCPs have to have their needs met without one.\"

At the invitation of the Chairman, the Director of Children and Family Services responded that:

- a) The average time taken to complete an EHCP included all of the EHCP assessments undertaken so it did \
include those plans which were instructed under tribunal. The time taken, 35 weeks, was the time taken from \
the point when the EHCP assessment was agreed to its completion. In respect of the second part of the \
question, around how many tribunal applications in Leicestershire were successful, almost 95% of all \
tribunals ruled against the Local Authority, in favour of the parent. The Director did not have the \
breakdown of how many of those were on assessments, to report to the meeting. However, the Department would \
continue to monitor this.
- b) The deep dive into SEN services outlined in the paper on the agenda relating to the Transforming SEND \
and Inclusion in Leicestershire, took place at the beginning of the programme and reviewed the journey of \
the children and young people who were in non-mainstream settings. It was focussed on opportunities for \
improved outcomes for those children and looked at what could have been done earlier on in the education \
journey. Across mainstream schools, there was a range of support available to support children with special \
educational needs and disabilities, without the need for an EHCP. The deep dive which took place looked at \
the journey of those children who had an EHCP in mainstream schools, which did on some occasions identify \
that those needs could have been met either earlier, or without an EHCP. There was a wealth of resource \
within schools, and expertise within mainstream provision, which did, and could, support those children with \
SEND, outside of an EHCP. The data did not state that the Department would remove an EHCP from children who \
had them. However, it would look at the journey of children and assess whether or not there were things \
which could have been done differently for them in order to meet their needs earlier, or without an EHCP, \
through things such as SEN support and other things available through schools.

47. Questions asked by members under Standing Order 7(3) and 7(5).

The Chief Executive reported that no questions had been received under Standing Order 7(3) and 7(5).

48. To advise of any other items which the Chairman has decided to take as urgent elsewhere on the agenda.

There were no urgent items for consideration.

49. Declarations of interest in respect of items on the agenda.

The Chairman invited members who wished to do so to declare any interest in respect of items on the agenda \
for the meeting.

Mr. R. Martin declared a registerable interest, in respect of agenda item 9, as the Chair of the \
Leicestershire Parent Carer Forum. He undertook to not participate in the discussion of that item.

50. Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16.

There were no declarations of the party whip.

51. Presentation of Petitions under Standing Order 36.

The Chief Executive reported that no petitions had been received under Standing Order 36.

52. Medium Term Financial Strategy 2024/25 - 2027/28.

The Committee considered a joint report of the Director of Children and Family Services and the Director of \
Corporate Resources which provided information on the proposed 2024/25 to 2027/28 Medium Term Financial \
Strategy (MTFS) as it related to the Children and Family Services department. A copy of the report marked \
'Agenda Item 8' is filed with these minutes.

The Chairman welcomed Mrs. D. Taylor CC, Lead Member for Children and Family Services, to the meeting for \
this item.

Service Transformation and Revenue Budget

- i. The Director emphasised that increased financial controls, which the Council had introduced around \
recruitment, procurement and non-essential spend in order to address the Council's funding gap, were in \
addition to the financial controls the Department had in place for a number of years. Members noted that all \
financial controls would be reviewed on an ongoing basis.

Growth

- ii. Members noted that 135 individuals over the age of 18 were being cared for by the Council and that \
this was funded through the Unaccompanied Asylum-Seeking Children (UASC) budget. The Council supported these \
individuals as they were classed as care leavers. Some of these young people had not yet had their asylum \
claim processed by the Government, and therefore could not work, claim benefits, or live independently. The \
Cabinet Lead Member for Children and Families had written to the Secretary of State to seek a resolution as \
the situation would continue to negatively impact lives and contribute to the financial growth pressure in \
relation to the UASC budget.

Savings

- iii. The Director confirmed that 23 in-house placements would be created over the next five years through \
the Children's Innovation Partnership (CIP) with Barnardo's which it was anticipated would reduce reliance \
on the private sector. The aim was to

build homes in Leicestershire so that children and young people in care could continue to live within their \
communities.

- iv. In response to a question relating to whether CIP would be expanded to further reduce reliance on the \
private sector, if the expected savings were made, the Director explained that CIP would continually review \
the roll-out of homes in order to reduce costs and support children with complex needs through in-house \
placement provision.
- v. In response to concern relating to the demand for tribunals within the SEND Service, the Director \
explained that a saving of £0.1m in 2025/26, rising to £0.4m by 2027/28, had been identified as part of the \
Transforming SEND and Inclusion in Leicestershire (TSIL) programme, which was likely to result in longer \
term reduction in demand. The TSIL programme would aim for children and young people to be placed within the \
correct provision at the correct time, and for a greater level of engagement with parents, carers and \
schools, which was anticipated to reduce the number of tribunals and as a result would have a reduced cost \
to the Service.
- vi. The Director assured members that the Department had undertaken analysis on tribunals and that in the \
majority of cases a tribunal had been requested due to parents or carers having not agreed with a decision \
the Council had made relating to specialist provision or an EHCP (Education, Health and Care Plan). Members \
noted that the Council was responsible for its own costs associated with the tribunal process and that \
parents would be responsible for the cost of seeking independent advice. The Director acknowledged that the \
Department needed to find ways to work with parents differently to avoid tribunals, including earlier \
engagement, improved mediation and conflict resolution. Members noted that delays experienced within the \
system would result in complaints received by the Service, rather than leading to tribunal.
- vii. A member suggested that despite resource challenges and the national shortage in the availability of \
Educational Psychologists, that there would still be a requirement for supporting parents and carers, as \
well as schools, with thorough and accurate assessments for EHCPs. The Director acknowledged this point, and \
assured members that the Department would continue to work with parents, carers and schools and focus on \
allocating the most appropriate level of support to children and young people at the correct time.

High Needs

- viii. Members noted that there was an error in the table on page 30 of the report. The Savings Achieved at \
Annual Reviews in 2027/28 should have read -380 (£,000).
- ix. A concern was raised regarding the impact that anticipated savings from a reduction in the number of \
early years specialist starts would have on children. In response, the Director assured members that, where \
an assessment had identified that a child required specialist provision, they would be placed within a \
specialist setting to meet their need. The savings identified related to children where an assessment had \
identified that they could have their needs best met elsewhere within the system, for example in a \
mainstream setting. Members noted that diagnostic work conducted as part of the TSIL programme had \
identified a number of cases where children could have been placed in a different setting or remained in \
mainstream if earlier support had been provided. The Director assured members that children currently

placed within provision would not be moved out of provision that was currently meeting their needs, and that \
the changes would apply to newly assessed children to ensure they were placed in settings that could meet \
their needs.

- x. Concern was raised that a reduction in the number of non-early years specialist starts may not deliver \
the anticipated savings and could place pressure on mainstream settings. The Director assured members that \
the Department would ensure children were placed in the right setting to meet their needs and costs would be \
avoided by not placing children in provision that was not necessary to meet their identified needs. \
Diagnostic work conducted by the Department, in partnership with Newton Europe, had identified that some \
children within specialist provision could have had their needs met within a mainstream setting. The \
Director emphasised that the work taking place was about getting it right for children at the earliest \
possible time and ensuring children were placed in settings that met the needs identified in the EHCP. \
Members were assured that the placement budget would continue to be utilised to support children according \
to their needs. It was anticipated that savings would be made through ensuring each child was receiving the \
right provision to meet their needs.
- xi. Members noted that following the expected end to the Statutory Accounts override, in March 2026, the \
budget deficit would no longer be ringfenced from the Council's core budget.

Capital Programme

- xii. Members noted the information provided at paragraphs 103 to 111 in the report.

RESOLVED:

- a) That the report regarding the Medium Term Financial Strategy 2024/25 – 2027/28 and information now \
provided be noted;
- b) That the comments now made be forwarded to the Scrutiny Commission for consideration at its meeting on \
29 January 2024.

53. Transforming SEND and Inclusion in Leicestershire (TSIL) Programme Update.

The Committee considered a report of the Director of Children and Family Services which provided an update \
of the Transforming SEND and Inclusion in Leicestershire (TSIL) programme. It set out progress and \
achievements to date, next steps, as well as an overview of the High Needs Block financial position. A copy \
of the report marked 'Agenda Item 9' is filed with these minutes.

The Chairman welcomed Stephen Knight and Ashley Page from Newton Europe to the meeting for this item.

Arising from discussion, the following points were raised:

- i. Concern was raised relating to a 54% increase in the number of children and young people requiring an \
Education, Health and Care Plan (EHCP) in Leicestershire. This was larger than that in England (38%), and in \
the East Midlands (32%). The Director advised that there were many reasons for this, including legacy \
decision making, which had led to issues with sufficiency within

the system. There was also a position whereby some schools were focussing on EHCP's in order to bring in \
funding. Moving forward, the TSIL programme would aim to put in place EHCP's for the correct reasons which \
would aim to narrow this gap and subsequently reduce associated costs.

- ii. The TSIL programme would focus on the evidence and data from diagnostic work to improve services for \
children with special educational needs and disabilities. Whilst it would be difficult to track and monitor \
intervention, it was clear that early intervention, particularly for early years children, often had the \
best impact. The Department would also focus on data, and regularly assess decision making and communication \
methods, throughout the EHCP assessment process. Members noted that the benefits of the programme would aim \
to benefit children and reduce costs.
- iii. Concern was raised that there had been a lasting impact from Covid in children. There had been \
reports which had indicated a lack of social interaction amongst children, as well as an increasing number \
of children and young people struggling with mental health and being involved in crime. The Director assured \
members that these children would be supported through the Inclusive Practice Toolkit, the Secondary \
Education and Inclusion Partnership, and through work on Elective Home Education.

RESOLVED:

That the update on the Transforming SEND and Inclusion in Leicestershire (TSIL) programme, including \
progress and achievements made to date and next steps, as well as an overview of the current High Needs \
Block financial position, be noted.

54. Children and Family Services Departmental Plan 2024-26.

The Committee considered a report of the Director of Children and Family Services which present the draft \
Leicestershire Children and Family Service's Departmental Plan 2024 – 26, attached as an Appendix to the \
report, for comment and consideration. A copy of the report marked 'Agenda Item 10' is filed with these \
minutes.

Members noted the information provided within the report and the draft Leicestershire Children and Family \
Service's Departmental Plan 2024 – 26.

RESOLVED:

- a) That the draft Leicestershire Children and Family Service's Departmental Plan 2024 – 26 be noted;
- b) That the draft Leicestershire Children and Family Service's Departmental Plan be presented to the \
Cabinet at its meeting on 9 February 2024.

55. Date of next meeting.


RESOLVED:

It was noted that the next meeting of the Commission would be held on 5 March 2024 at 14:00.

14:00 – 16:01
23 January 2024

CHAIRMAN
"""


# Item 8: the Violence Reduction Network's slides (pack lines 267-609).
VRN_STRATEGY_AND_UPDATES = """\
LEICESTER, LEICESTERSHIRE
& RUTLAND

VRN Strategy and Updates

Children and Families Overview and Scrutiny Committee

5th March 2024

About the VRN

Established in September 2019 following receipt of Home Office funding.

We are one of 20 Violence Reduction Units across England and Wales tasked with preventing and reducing \
serious violence through taking **a public health approach**.

- A small team working with a broad network of partners and governed by the Strategic Partnership Board.
- The VRN initially focused on preventing and reducing serious violence in public places with a priority \
focus of CYP. Our scope has since increased to include DASV.
- Our activity broadly focuses on data and insights, evidence reviews, intervention design and delivery, \
community and young person involvement, developing new partnerships and initiatives, campaign and evaluation.
- This year the team has also supported relevant partners to mobilise for the new Serious Violence Duty.

Our Approach


In line with the UK Government's Serious Violence Strategy, VRUs are expected support a multi-agency, public \
health, long-term approach to preventing and tackling serious violence, which is:

- Causes ill-health through fear, injury and loss affecting individuals and communities
- Violence "spreads", with clusters of incidents linked in time, by place or by the groups of people affected
- Distributed unequally across population groups and contributes to health inequalities
- Risk factors for violence overlap with risk factors for other adverse physical and mental health outcomes
- It has **root causes**, it can be **treated**, it can be **prevented**


- ✓ Focused on a defined population
- ✓ With and for communities
- ✓ Not constrained by organisational or professional boundaries
- ✓ Focussed on generating long term as well as short term solutions
- ✓ Based on data and intelligence to identify the burden on the population, including any inequalities
- ✓ Rooted in evidence of effectiveness to tackle the problem

Our Approach

Public Health Principles




Four Step Process



The Duty

The requirements of the duty are very similar to the work of our VRN partnership except it places a legal \
duty on specified authorities



Requirements (all met).

1

Defining Serious Violence

Specified authorities (SAs) are expected to define serious violence.

The Local Definition has been agreed as:

“Violence resulting in significant physical injury and other serious harm, including sexual violence. \
Violence may be committed with or without weapons, and may take place in domestic or public places”

2

Defining the Local Area

Specified authorities should agree the local partnership model (and its geographical area) for discharging \
the duty.

It has been agreed that the area will be LLR-wide and the Strategic Partnership Board and VRN will be the \
local partnership model.

A mandatory Partnership Agreement has been signed-off by SPB and submitted to the Home Office.

3

Understanding Local Issues

The partnership should work together to establish the local Strategic Needs Assessment (SNA).

The VRN team have produced the Strategic Needs Assessment based on the new definition. Locality-based \
violence profiles are being produced for each CSP. The City have provided data and reviewed the SNA before \
sign-off.

4

Preparation, Publication and Implementation of a Strategy

The partnership must collectively develop a strategy which should outline the multi-agency response that \
will taken to prevent and reduce serious violence in the local area.

A series of co-production events informed the new Strategy which was produced by the VRN team on behalf of \
the partnership. It was submitted to the Home Office as required by 31 January 2024.

Serious Violence Definition

The local definition of serious violence is the one adopted by the VRN partnership following the \
commencement of the Serious Violence Duty (2023):

“Violence resulting in significant physical injury and other serious harm, including sexual violence. \
Violence may be committed with or without weapons, and may take place in domestic or public places”

SERIOUS VIOLENCE DEFINITION

ALL SERIOUS VIOLENCE OFFENCE TYPES

HOMICIDE:

- Murder
- Manslaughter
- Corporate Manslaughter
- Infanticide

ROBBERY:

- Robbery of Business Property
- Robbery of Personal Property

ARSON:

- Arson – Endangering Life

VIOLENCE WITH INJURY:

- Attempted Murder
- Cause or Allow Death or Serious Physical Harm to Child or Vulnerable Person
- Assault with Intent to Cause Serious Harm
- Endangering Life
- Assault with Injury
- Racially or Religiously Aggravated Assault with Injury

VIOLENCE WITHOUT INJURY:

- Threats to Kill
- Kidnapping and False Imprisonment
- Modern Slavery

STALKING AND HARRASSMENT:

- Harassment
- Racially or Religiously Aggravated Harassment
- Malicious Communications
- Stalking
- Controlling or Coercive Behaviour

SEXUAL OFFENCES:

- Rape
- Other Sexual Offences

MISCELLANEOUS CRIMES

AGAINST SOCIETY:



- Exploitation of Prostitution

PUBLIC DISORDER:

- Affray/Offences Against State
- Violent Disorder

BURGLARY:

- Burglary – Residential (Home) (Aggravated Only)
- Burglary – Residential (Unconnected Building) (Aggravated Only)
- Burglary – Business and Community (Aggravated Only)



Our Work: Deep Dives

VIOLENCE
REDUCTION
NETWORK

LEICESTER, LEICESTERSHIRE
& RUTLAND

Preventing Serious Violence
After School

VRN Briefing No.8

#PreventionThroughConnection

@VR_Network

www.violencereductionnetwork.co.uk

A map of Leicester, Leicestershire & Rutland showing various locations and their relative positions. The map \
includes labels for Loughborough Academy, Loughborough Grammar School, Loughborough College, Woodbrook Vale, \
and Ravelin Academy. The map also shows the city of Leicester and the surrounding areas.

RISK FACTORS IN EARLY LIFE TO ADOLESCENCE\t\t\t
19% were identified as a child in need\t33% had parents who were or are involved in offending\t50% were \
persistently absent from school\t31% of those aged 16+ were registered as not in education, employment or \
training
9% have been on a child protection plan\t55% have received a suspension or exclusion\t20% have been on roll \
or dual registered at a pupil referral unit\t51% had committed their first offence by the age of 14
71% were identified as having special education needs\t12% have been or are currently in care\t28% had \
siblings who were or are involved in offending\t20% have been reported missing from home
13% have been on an education, health and care plan\t29% have witnessed or been the victim of domestic \
abuse\t35% had been a victim or witness of crime by the age of 12\t37% had a flag for mental health related \
concerns


A Social Network Analysis diagram showing a complex web of connections between numerous nodes. The nodes are \
represented by small circles, and the connections are represented by lines. The diagram shows a dense \
network of relationships, with many nodes having multiple connections. The network is organized into several \
clusters, with some nodes acting as central hubs.

Social Network Analysis


23

Our Work: Data Sharing and Use


Information
Sharing
Agreement




- ✓ Leicestershire Police recorded crime
- ✓ Midlands and Lancashire Commissioning Support Unit (A&E attendances and hospital admissions)
- ✓ East Midlands Ambulance Service
- ✓ Community and Young Person Surveys
- ✓ Commissioned Services / Voluntary and Community Organisations
- ✓ Social care data – Leicester City Council, Leicestershire County Council and Rutland County Council
- ✓ Education data – Leicester City Council, Leicestershire County Council and Rutland County Council
- ✓ Offending data – Leicestershire Police
- ✓ Anti-social behaviour data – Leicestershire County Council (LLR-wide)
- ✓ National data – Data from the Department for Education, Public Health Profiles and the Office for \
National Statistics



Multi-Agency Dashboard



Serious Violence Prevention Strategy



Our Prevention Priorities

1. **Priority 1:** Providing collaborative and courageous leadership.
2. **Priority 2:** Using data, evidence and evaluation to improve our response.
3. **Priority 3:** Supporting families to provide nurturing and safe environments.
4. **Priority 4:** Building protective and cohesive communities.
5. **Priority 5:** Creating safe and inclusive education settings.
6. **Priority 6:** Connecting young people to purposeful activities and trusted adults.
7. **Priority 7:** Providing opportunities for rehabilitation and recovery.

Evidence-Based Interventions

VRN\tPrimary Prevention\t\tSecondary Prevention\t\tTertiary Prevention\t
\tMentors in Violence Prevention (MVP)\tThe Reach Programme\tViolence Intervention Project (VIP)\tThe \
Phoenix Programme\t\t
Data driven need and evidence-informed design\t<ul style="list-style-type: none"> Serious violence is most \
commonly committed by 10-19-year olds (SNA, 2022) Providing quality education in early life and a safe and \
nurturing educational environment is a protective factor (CDC, 2016) Mentoring programmes and social norm \
change are likely to have a moderate impact of serious violence (YEF 2021) Evaluations of MVP show that it \
is effective in improving attitudes and confidence in intervening \t<ul style="list-style-type: none"> \
Widely recognised that school exclusions increases vulnerability and propensity to violence (UK Gov, 2018) \
Exclusions in LLR are unequally distributed – 60% reside in just 10 postcode sectors which are in 'hotspot' \
areas for serious violence Programmes which incorporate intensive mentoring, social skills training, mental \
health support and recreational activity show promise in prevention serious violence (YEF, 2021; CDC, 2016) \
\t<ul style="list-style-type: none"> LLR has higher rates than the national average for assault-related \
admission for a knife or sharp object, and recent trends show an increase in violence-related attendances to \
A&E Leicester has higher rates of children in the justice system, and the peak ages for committing serious \
violence is 15-19 followed by 10-14 years. A&E Navigator interventions are likely to have a high impact on \
preventing violence and pre-court diversion programmes a moderate impact (YEF, 2021) \t<ul \
style="list-style-type: none"> The local rise in SV is directly linked to a group dynamic involving three \
inter-connected parts: members of OCG, a USG and network of criminally active young people. Data shows \
cohort live in challenging circumstances with layers of vulnerability (e.g. ACEs and trauma, domestic \
violence, exclusions, substance misuse, live in urban areas with high social deprivation and crime) Research \
suggests focused deterrence (FD) could have a high impact on reducing serious violence (YEF, 2021) \t\t
Description of intervention\tThe MVP project is a peer-led leadership and bystander programme. MVP trains \
students as Mentors and equips them with the confidence, knowledge and skills to identify and speak out \
against bullying, abusive behaviour and violence. It aims to tackle the beliefs, attitudes and culture which \
can give the message that violence is acceptable. Ultimately MVP promotes the healthy social norms and \
culture which is known to prevent violence.\tThe Reach Programme is an intensive six-month mentoring \
programme aimed at preventing exclusions. At-risk young people receive Social Skills Training, support with \
their confidence and wellbeing, and opportunities to participate in recreational activity (e.g. sports, arts \
and music). The Youth Worker will also provide support to the young person's family and work with their \
friends.\tVIP provides timely and tailored support to young people attending A&E or Custody. Commonly \
referred to as a 'reachable moment', support workers engage with the young person at this critical point and \
offer support to assist recovery and address pressing issues such as safety and emotional well-being. The \
workers will continue to support the young person in the community, offering mentoring and practical \
assistance to empower them to achieve their goals.\tThe Phoenix Programme offers an age-appropriate, \
concrete and tailored package of support to participants focussed around hope, opportunity and connection. \
This is delivered through a multi-agency team which includes community navigators with lived experience. The \
team delivers in local communities and takes a pro-active approach to engagement. When participants refuse \
to engage and/or there are concerns in relation to continued harm, the enforcement and disruption element is \
deployed.\t\t
Target group\t11-16 year olds in Leicester, Leicestershire and Rutland\t10-17 year olds in Leicester, \
Leicestershire and Rutland\t11-25 year olds who attend A&E for violence related injuries or custody for \
serious violence offences\t10-65 year olds in Leicester, Leicestershire and Rutland\t\t
Specialist Sport Provision: YEF (2022) rates sport programmes as being likely to have a high impact on crime \
and violence. This provision will provide young people with swift and long-term access to a broad range of \
sports and physical activities to run alongside the support that they receive from the intervention which \
connected with them in a 'reachable space'.\t\t\t\t\t\t
Specialist ETE Provision: Leicester and Leicestershire have higher rates of young people who are NEET when \
compared to the national average, and ETE are considered protective factors which reduce the risks of \
(re)offending. This provision will provide specialist employability support and quick access to credible \
education, training and employment opportunities.\t\t\t\t\t\t

CASE STUDY– Reach Programme

Reason for referral:

- SM was at risk of further suspension, displaying challenging behaviours, ASB, negative peer influences, \
substance misuse, breakdown of familial relationships

Support:

- Allocated YW focused on the relationship building phase, identified needs around aspirations and building \
confidence and self esteem.
- The co-produced intervention plan showed SM's talent and passion for Graffiti Art. YW and SM planned \
events that allowed him to paint on a legal wall and purchased art supplies which SM used daily to practise \
his new skills. This had been fundamental in helping SM build his confidence and increase his self-esteem, \
providing focus and purpose.

Outcomes:

- Towards the end of his time on Reach, which coincided with the academic end of year, SM was awarded \
"Student of the Year" by his school. There had been a significant shift in his behaviours at school as well \
as an improvement in relationships within the home.
- Furthermore, SM is now also a member of the County's Young Person's Recruitment Panel.

Our Work: Co-Production

Participation



Co-Design



LIVE SAFE

Leadership



Community Oversight and Scrutiny




Co-Delivery




Our Work: Campaigns

- Evidence-based behavioural change campaigns
- Use of targeted social media to reach communities most affected
- Toolkits and resources for partners to utilise



Our Work: Evaluation

10 STEPS FOR EVALUATION SUCCESS




Blueprints




Operating Manual
Second Edition
July 2023



Outcomes Monitoring Framework and Dashboard




Theory of Change



Feasibility Studies & Evaluations





LEICESTER, LEICESTERSHIRE
& RUTLAND

Thank you!
"""


# Item 9: report of the Director (pack lines 615-939).
CFS_DEPARTMENT_REPORT = """\
**CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY
COMMITTEE – 5 MARCH 2024**

CHILDREN AND FAMILY SERVICES DEPARTMENT

**REPORT OF THE
DIRECTOR OF CHILDREN AND FAMILY SERVICES**

Purpose of the Report

1. The purpose of this report is to provide the Committee with an overview of the work of the Children and \
Family Services Department.

Policy Framework and Previous Decisions

2. The Children Act 2004 requires every upper tier local authority to appoint a Director of Children's \
Services (DCS) and designate a Lead Member for Children's Services (LMCS).
3. The DCS and LMCS are appointed for the purposes of discharging the education and children's social \
services functions of the local authority. The functions for which they are responsible are set out in \
section 18(2) of the Children Act 2004. This includes, but is not limited to, responsibility for children \
and young people receiving education or children's social care services in their area and all children \
looked after by the local authority or in custody, regardless of where they are placed.
4. Working together to Safeguard Children 2023 sets out the legislative requirements placed on individual \
services to safeguard children, provides a framework for the three local safeguarding partners (the local \
authority, clinical commissioning group and the chief officer of police for a police area, any part of which \
falls within the local authority area) to make arrangements to work together to safeguard and promote the \
welfare of local children.
5. Whilst it is parents and carers who have primary care for their children, local authorities, working with \
partner organisations and agencies, have specific duties to safeguard and promote the welfare of all \
children in their area. The Children Acts of 1989 and 2004 set out specific duties: section 17 of the \
Children Act 1989 puts a duty on the local authority to provide services to children in need in their area, \
regardless of where they are found; section 47 of the same Act requires local authorities to undertake \
enquiries if they believe a child has suffered or is likely to suffer significant harm.

Department Overview

6. The vision of the Children and Family Services Department is for Leicestershire to be the best place for \
all children, young people, and their families. This vision is underpinned by the mission statement that \
children and young people in Leicestershire are safe and living in families where they can achieve their \
potential, feel nurtured, have a sense of belonging; feel loved and supported to succeed.
7. The Children and Family Services Department Plan 2024-2026, of which a summary can be found in Appendix \
B, sets out three key ambitions for the Department, to:
 - Help every child to get the best possible start in life and build strong foundations,
 - Children and young people can be safe, both at home and in the community and have a sense of belonging,
 - Children and young people are able to enjoy and achieve via receiving good quality education and access \
to activities that help them reach their full potential.
8. The Services in the Department, alongside a range of partners, work to deliver these ambitions. The work \
of each Service is set out in the Annual Service Delivery Plans.

Statutory Framework

The Director of Children and Family Services

9. Section 18 of the Children Act 2004 requires every top tier local authority to appoint a Director of \
Children's Services (DCS). In Leicestershire, this post is referred to as the Director of Children and \
Family Services (DCFS). The DCFS has professional responsibility for the leadership, strategy, and \
effectiveness of local authority children's services. The DCFS is responsible for securing the provision of \
services which address the needs of all children and young people, including the most disadvantaged and \
vulnerable, and their families and carers.
10. In discharging these responsibilities, the DCFS needs to work closely with other local partners to \
improve the outcomes and well-being of children and young people. The DCFS is also responsible for the \
performance of local authority functions relating to the education and social care of children and young \
people.

The Lead Member for Children's Services (LMCS)

11. Section 19 of the Children Act 2004 requires every top tier local authority to designate one of its \
members as Lead Member for Children's Services. The LMCS, as a member of the Cabinet, has political \
responsibility for the leadership, strategy, and effectiveness of local authority children's services. The \
LMCS is also democratically accountable to local communities and has a key role in defining the local vision \
and setting political priorities for children's services within the broader political context of the Council.

12. The Lead Member is responsible for providing strong, strategic leadership and support and challenge to \
the DCFS and relevant members of their senior team as appropriate.

Roles and Responsibilities of Children's Services

13. Local authorities are bound by almost 300 statutory duties in relation to children's services. A broad \
summary of the duties is set out below.

Safeguarding

14. Section 11 of the Children Act 2004 requires local authorities and other named statutory partners to \
make arrangements to ensure that their functions are discharged with a view to safeguarding and promoting \
the welfare of children.
15. The DCFS has the responsibility within the local authority for improving outcomes for children and young \
people, children's social care functions and local cooperation arrangements for children's services.
16. The DCFS also has a crucial role in ensuring collaboration and dialogue with the family courts so that \
high quality local authority assessments and other evidence contribute to effective and timely court \
processes for children.

Vulnerable children and young people

17. The CFS Department is responsible for working with partners to promote prevention and early intervention \
and offer early help so that emerging problems are dealt with before they become more serious. More \
specifically, the DCFS and LMCS in their respective roles:
 - have a shared responsibility with all officers and members of the local authority to act as effective and \
caring corporate parents for looked after children, with key roles in improving their educational \
attainment, providing stable and high quality placements and proper planning for when they leave care.
 - must ensure that disabled children and those with special educational needs (SEN) can access high quality \
provision that meets their needs and fund provision for children with an Education, Health, and Care Plan.
 - must ensure arrangements are in place for alternative provision for children outside mainstream education \
or missing education (for example due to permanent exclusion or illness) to receive suitable full-time \
education.
 - should ensure there is coherent planning between all agencies providing services for children involved in \
the youth justice system, secure the provision of education for young people in custody and ensure that \
safeguarding responsibilities are effectively carried out.
 - should understand local need and secure provision of services, taking account of the benefits of \
prevention and early intervention and the importance of co- operating with other agencies to offer early \
help to children, young people, and families.

Fair access to services

18. The Department is responsible for promoting the interests of children, young people, parents, and \
families, as well as working with local communities to stimulate and support a diversity of school, early \
years and 16-19 provision that meets local needs. The DCFS and LMCS in their respective roles:

- must ensure fair access to all schools for every child in accordance with the statutory School Admissions \
and School Admissions Appeal Codes and ensure appropriate information is provided to parents,
- must ensure provision for suitable home to school transport arrangements,
- should actively promote a diverse supply of strong schools, including by encouraging good schools to \
expand and, where there is a need for a new school, seeking proposals for an Academy or Free School,
- should promote high quality early years provision, including helping to develop the market, securing free \
early education for all three and four year olds and for all disadvantaged two year olds, providing \
information, advice and assistance to parents and prospective parents, and ensuring sufficient childcare for \
working parents,
- should promote children's and young people's participation in public decision-making so they can influence \
local commissioners,
- should promote participation in education or training of young people, including by securing provision for \
young people aged 16-19 (or 25 for those with learning difficulties/disabilities).

Educational Excellence

19. Working with headteachers, school governors and Multi Academy Trusts and Academies, the CFS Department \
is responsible for promoting educational excellence for all children and young people and being ambitious in \
tackling underperformance. The DCFS and LMCS should in their respective roles:

- take rapid and decisive action in relation to poorly performing schools, including using their \
intervention powers with regard to maintained schools and considering alternative structural and operational \
solutions,
- develop robust school improvement strategies, including choosing whether to offer such services in a \
competitive and open school improvement market, working beyond local authority boundaries,
- promote high standards in education by supporting effective school to school collaboration and providing \
local leadership for tackling issues needing attention which cut across more than one school, such as poor \
performance in a particular subject area across a cluster of schools,
- support maintained schools in delivering an appropriate National Curriculum and early years providers in \
meeting the requirements of the Early Years Foundation Stage (as outlined in the EYFS Statutory Framework),
- establish a schools' forum for their area, maintain a scheme for financing maintained schools and provide \
financial information,

- undertake specified responsibilities in relation to staffing and governance of maintained schools.

Children and Family Services Staff Numbers

20. There are 1400 (1218 FTE) staff who work in the Children and Family Services Department, across 30 \
Services. The Department is organised into two operational sections lead by two Assistant Directors; \
Targeted Early Help and Social Care, and Education and SEND. Commissioning and Planning and Business \
Services are managed centrally via the Director of Children and Family Services. A detailed structure of the \
Service can be found in Appendix A.

Services

21. The Children and Family Services Department delivers its statutory functions, roles, and \
responsibilities through its Services. Each Service is led by a Service Manager who reports into a Head of \
Service who is responsible for the leadership and management of an area of the Department's business.

Targeted Early Help and Children's Social Care

Community Safety

22. Under the Crime and Disorder Act 1998, County Councils are designated as 'Responsible Authorities' of \
Community Safety Partnerships (CSPs), which places a duty on them to work in partnership to reduce crime and \
disorder. The Community Safety Team (CST) attend all CSP meetings and support with priority setting for \
three-yearly partnership plans and annual delivery plans.
23. Under S29 of the Counter Terrorism and Security Act 2015, specified authorities must have due regard to \
the need to prevent people from being drawn into terrorism. The CST supports agencies across Leicestershire \
with their Prevent Duty, delivering training and sharing good practice as well as ensuring the Council is \
discharging its duty.
24. The CST provides a leadership role across LLR in relation to community safety priorities and developing \
joint approaches on issues including Anti-Social Behaviour, domestic abuse, serious violence and hate work. \
The team also co-ordinates the response to Domestic Homicide Reviews (DHRs) in the County.
25. The Team is currently leading the discharge of the authority's new statutory duty under the Domestic \
Abuse Bill and is co-ordinating the plan around the £1.1million spend to support the duty, the discharge of \
the forthcoming Serious Violence Duty and the work on Trauma Informed Working with CFS colleagues.

Head of Service: Safeguarding, Improvement, Quality Assurance and Performance

First Response –Screening and Assessment

26. First Response provides the immediate response to all new contacts from members of the public and \
professionals in relation to children and young people. These range from information sharing, requests for \
Early Help support, and social work support.
27. The screening process applies the Leicester, Leicestershire, and Rutland (LLR) threshold for \
intervention to provide robust and timely responses applying careful oversight and performance measure to \
provide assurance. This is coordinated closely with colleagues from the Family Help service (formerly \
Children and Families Wellbeing Service (CFWS) to avoid drift and delay when support is required.
28. Requests for social worker intervention, both planned and in response to immediate safeguarding \
concerns, are progressed to a team of social workers who carry out assessments of need and risk in line with \
statutory responsibilities, with robust management oversight and close liaison with key agencies including \
local schools, health, and police.

Safeguarding and Performance Service

29. The Safeguarding and Performance Service has a broad range of key service activities undertaken by three \
specialist teams: The Independent Reviewing Officer (IRO) Service, Quality Assurance Team, and Corporate \
Parenting Team.
30. The Service delivers the statutory responsibility to provide independent oversight and critical \
challenge plans for children in care and subject to child protection plans in Leicestershire but also leads \
the Department's Quality Assurance framework to drive improvement, with key responsibilities for both \
performance management and quality assurance by means of thematic audits, linked to improvement objectives \
and service specific learning. At the heart of both of these processes is ensuring that the voice and views \
of children and young people are captured and are central to decision making in assessment and planning \
processes and in measuring the impact of intervention.
31. The Head of Service is also responsible for the Safeguarding Business Office which supports the key work \
of the Safeguarding Partnership across Leicestershire and Rutland and key areas across LLR.

Practice Excellence

32. The Practice Excellence team provides leadership and direction to teams, managers, and practitioners to \
support improvement in the quality of practice with children and families across the Department. The team \
supports staff to fully embed the departmental practice framework and has well established links to the \
quality assurance work so that emerging learning is shared systematically via coaching, mentoring, training, \
virtual workshops and individual support to teams and practitioners.
33. The team leads the implementation of the Signs of Safety practice approach and contribute to the \
sub-regional and national community. They are also

responsible via the Principle Social worker to lead on the Department's approach to becoming a Trauma \
Informed organisation.

34. The team applies a range of approaches and coordinates, analyses, and disseminates the findings and \
conclusions from quality assurance activities, feedback, from children and their families and the workforce \
to inform the Continuous Improvement Plan- *Achieving Excellence via purposeful practice 2024-2027*.

Homes for Ukraine

35. The Team provides support to Ukrainian guests and their hosts to enable them to settle successfully in \
the community.

Head of Service: Family Help, Youth and Justice, Exploitation and Families Together.

Family Help

36. The Family Help service was established in February 2024, bringing together staff within the old \
Children and Family Service and some staff from Children's Social Care with a focus on providing early \
support to children and families to build strength and resilience and children assessed to be Children in \
Need, who require social work involvement or oversight. The new service is based on evidence that by social \
workers and alternatively qualified staff working together to provide the right service, at the right time \
and right level from the right skill mix of staff there is greater opportunity to build family resilience \
and strength to achieve positive outcomes and less long term reliance upon statutory services.
37. The wider Family Help service works with families who may encounter a broad spectrum of issues, \
including those who may be on the cusp of requiring specialist statutory services. The Service provides \
support or advice to all members of the family (the whole family approach), as appropriate to the \
circumstances. A number of Family Hubs have been established across the County to bring together partner \
agencies working in the community to offer advice and assistance to children and families.
38. The Service has a focus on school inclusion and assisting families to receive the most appropriate \
support for their child's needs to help in building resilience in families. As such, developing pathways and \
services for children with special educational needs is a priority for the Service.

Vulnerability Hub and Families Together.

39. The vulnerability hub is co-located with the police at Wigston Police Station and provides carefully \
coordinated responses to the screening of all domestic abuse notifications together with police and Early \
Help colleagues. This includes daily information sharing with schools in line with Operation Encompass, \
whereby schools are formally notified of any reported incident of domestic violence at an address at which \
children are present or normally resident, and representing

children's social care in daily Multi-Agency Risk Assessment Conference (MARAC) meetings for high-risk \
domestic abuse victims.

40. The Hub also represents the multiagency response to Child Exploitation, building on the original Child \
Sexual Exploitation team and taking a broad proactive approach to all forms of exploitation, including \
responses to missing and multiagency management plans for children where risk is assessed to be high. The \
team benefits from close working arrangements with the Police, Leicester City and Rutland colleagues and \
those from health and education. The Hub also provides a base for the Out of Hours service which delivers \
timely responses to children out of normal office hours.
41. Families Together team was established in November 2023 to be a wraparound immediate response team to \
support young people at risk of coming into care to remain, when safe to do so, in their network.

Youth and Justice

42. The Youth and Justice Service comprises of two distinct areas of delivery of services to children from \
ten years old until young adulthood. Youth Justice work is delivered to children who have been in Court or \
have been diverted from Court following contact with the Police. This work is guided by the Crime and \
Disorder Act 1998 and places a statutory responsibility on Local Authorities to deliver Youth justice \
services. This is done in partnership with the Police, Probation Service, Education and Health Services. \
Youth work is delivered to children who require a targeted input from a Youth Worker around areas such as \
emotional wellbeing, safety and vulnerability, engagement with education or substance misuse. The Service \
also delivers a service to young carers, young adult carers and children have been missing. Interventions \
are delivered across a variety of different means from group work and one to one sessions. A core component \
of the Service is the County Youth Council of Leicestershire (CYCLe), which is a forum for children and \
young people to co-produce with Leicestershire County Council and other agencies across the partnership \
providing a valuable youth perspective on topical matters.

Teen Health

43. From September 2022 Public Health have commissioned Teen Health from the Children and Family Department. \
The Teen Health service sits within Family Help and has established links with all schools within \
Leicestershire to provide advice, group work/ drop-in sessions and individual work with young people aged \
eleven plus around key emotional wellbeing and health.

Head of Service: Family Safeguarding and Disabled Children's Services

Family Safeguarding

44. Family Safeguarding aims to provide the children and families of Leicestershire with a dynamic and good \
statutory social work service, utilising relevant assessment processes to enable a continuum of support, \
care, and protection. This will include the development and implementation of SMART care planning from point \
of referral through to the end of service and in line with Social Work

Practice Standards. Family Safeguarding Teams across the County support children and families of children \
who are subject to child protection plans and those who may need protection through use of care proceedings \
and alternative care arrangements.

45. The work of Family Safeguarding is delivered through skill mixed locality pods, who work with and \
support children and families until the work is completed, and support is no longer necessary, can be \
offered by a more appropriate service or until alternative family / care arrangements are in place. This may \
include using Private Law Processes and the Public Law Outline until long term solutions are identified that \
will provide stability, safety, and permanence for the child.

Disabled Children's Service

46. The Disabled Children's Service consists of two social work teams. Staff follow social care procedures \
and support those who are children in need, on a child protection plan, in care and care leavers. All \
children are seen regularly and benefit from a single assessment and support plan to enable as much \
independence and to improve outcomes for children across all aspects of their lives.
47. The Service embraces the social model of disability and acknowledges that although a child's \
disabilities can create difficulties in their lives, many of the problems they and their families face are \
due to negative attitudes, prejudice, and unequal access to the things necessary for a good quality of life.
48. Staff in the Service are specialists in working with children who experience disabilities and their \
families. The staff make assessments of need which support safe and creative daily living for disabled \
children, their families, and carers. Following the Signs of Safety ethos and approach, staff have a range \
of skills and tools to help ensure that the child's views are heard and acted upon, regardless of level of \
need.

Head of Service Children in Care, Care Leavers Fostering and Adoption.

Children in Care Service

49. The Children in Care Service comprises of five teams. There are four Children in Care teams who work \
with those young people who have a long term care plan to be accommodated by the local authority either \
under Section 20 (Children and Families Act 1989) or a full care order and one team focused on Special \
Guardianship orders.

Care Leavers and Unaccompanied Asylum Seeker Service

50. There are three specialist teams working with Unaccompanied Asylum Seeking Children (UASC) to ensure \
that the needs of these young people are assessed in a timely way, including age assessments. The needs of \
UASC are met through the Looked After Children and Care Leaver procedures, in addition to providing \
specialist support with their asylum status applications.

51. The two Care leavers Teams works with young people over the age of 16 who are no longer looked after but \
are entitled to support up to the age of 25. The Service continues to have a duty to children to maintain \
regular contact, support them in accessing employment, education or training and ensure that they have \
appropriate, sustainable accommodation.

Fostering and Sufficiency

52. The Service manages, assesses, and supports foster families, to ensure compliance to the Fostering \
National Minimum Standards. The Service regularly develops the recruitment strategy to ensure that the \
service is effectively communicating and engaging with potential foster carers. The Service provides diverse \
training opportunities to carers to meet the needs of the children in their care and provide high quality \
matching decisions when placing children. The Service provides a wide range of support to carers including \
supervision, engagement activities, newsletters, and a Facebook group.
53. The Service has developed a wide range of specialist carers to meet the complex needs of some of the \
children that it works with. There is also an established Supported Lodgings Scheme to meet the sufficiency \
of young people requiring additional support in their transition to adulthood.
54. In addition to the core element of providing a wide range of carers, the Fostering Service also \
recruits, assesses, and supports Independent Visitors to become befrienders for looked after children and \
young people, assesses private fostering arrangements, offers ongoing support, and completes assessments for \
Step Parent Adoptions.
55. The Council is proud to have become a Fostering Friendly employer. Fostering Friendly is The Fostering \
Network's programme to encourage employers to support fostering, and in particular, foster carers.

Permanence and Adoption Service

56. The Service will prioritise the early permanence of those children who cannot remain in the care of \
their birth parents, through either adoption or support to identify long term foster carers. The service \
regularly develops a recruitment strategy to ensure that it is effectively communicating and engaging \
prospective adopters. The assessment process includes a well-established training and information sharing \
offer which supports robust assessment and, if appropriate, approval for persons wishing to adopt. The \
service supports approved adopters in finding an appropriate match for their family.
57. The Permanence Team focuses on the journey of the child and completes the Child Permanence Reports and \
Family Find, using robust matching, and supports this process until adoption is achieved. It will provide \
lifelong post adoption support, with a strong emphasis on supporting those adopters for the first three \
years after their Adoption Order has been granted.
58. The Service also provides post Special Guardianship Order support for the first three years after the \
granting of the order. To support maintained connection

with birth families, the Service co-ordinates and facilitates letter box contact between adopted children \
and their birth family. Support is provided to birth families who have been affected by adoption through the \
First Family Support Service and also to adults who have been adopted, through the Birth Records Counselling \
Service.

Agency Decision Maker

59. This function sits with the Assistant Director, one Head of Service, and within a defined role. It is \
responsible for best interest decisions for children where adoption is the plan, final approval of adoptive \
and foster carers and the regular reviews of foster carers. It is a key function and statutory \
responsibility of the Adoption and Fostering agency, in this case the Local Authority.

Education and SEND

Head of Service Education Quality and Inclusion

Inclusion Service

60. The Inclusion Service aims to support all children and young people, with the help of their parents or \
carers and educational establishments, so that they have access to, and to be included in good, or \
outstanding educational provision. It also aims to provide opportunities for young people to prepare them \
for a successful transition into adult life, through employment, training, or education.
61. The Service delivers the local authority's statutory functions for children missing education, children \
with medical needs, support for children at risk of exclusion including commissioning of Secondary Education \
Inclusion Partnerships, who co-ordinate the support for secondary children to prevent exclusion. Other \
services include support for those children who are electively home educated, Post-16 education employment \
and training and the early identification of SEND support.

Education Effectiveness Service

62. There are four services that come under the umbrella of Education Effectiveness: The Education \
Effectiveness Partnership, Safeguarding in Education, Anti Bullying and Governor Support and Development \
Service.
63. The Education Effectiveness Partnership manages the communication between schools and the local \
authority, both at an individual level (with an Education Effectiveness Partner with recent school \
experience linked to each setting) and at a system wide level, channelling regular updates to all schools, \
and bringing together an understanding of overall educational performance and issues to co-ordinate positive \
meaningful interventions. The team also exercises statutory functions around primary assessment and \
moderation and newly qualified teachers.
64. In addition to supporting schools and the local authority with safeguarding children and meeting \
statutory requirements, the Safeguarding in Education

Team operates a traded service, delivering training to Designated Safeguarding Leads, Managing Allegations, \
Safer Recruitment, and whole staff safeguarding awareness raising. Almost all Leicestershire (and Rutland) \
schools subscribe to this offer. They also undertake consultations with pupils and work on behalf of the \
Safeguarding Children Partnership on an annual safeguarding return and offer an e-safety Award to schools.

65. The Anti-Bullying Team provides advice, support and training to schools and the wider children's \
workforce. Courses offered include Anti-Bullying Lead Governor, LGBT awareness, Basic Anti-Bullying \
Awareness, Peer Support, and bespoke sessions. Each year a number of schools are supported to work on the \
Beyond Bullying Award. The team lead on the Stonewall Children and Young People Champions Award and complete \
the submission on behalf of Leicestershire County Council and are currently leading on anti-bullying \
initiatives and projects such as Restorative Approaches, Anti-Racist Audit and developing a Trans inclusive \
school environment.
66. The Governor Support and Development Service offers a core training programme covering all aspects of \
maintained and academy strategic and financial governance and performance management of school leaders, \
including training for maintained schools in accordance with the local authority's duty to provide free \
training to governors volunteering in maintained schools, a more extensive traded offer (including clerks \
training), access to a telephone helpline and bespoke packages, including external reviews of governance, \
for schools as identified. The understanding of school governance and strong links with education \
effectiveness and inclusion services provides an opportunity to support and influence governance to develop \
more inclusive and effective schools. The service also maintains and develops a guidance service for GDPR.

The Virtual School

67. The purpose of the Virtual School (VS) is to promote positive outcomes for all children and young people \
in care in Leicestershire and to support schools/settings/colleges to narrow the achievement gap for these. \
This aim also extends to early years children, care-leavers and children and young people who have left care \
as a result of a Child Arrangements Order, a Special Guardianship Order, or an Adoption Order. All local \
authorities have a statutory duty to have a Virtual School Head, whose duty is to promote the education of \
looked after and previously looked after children in line with statutory guidance (February 2018).
68. The Virtual School is "virtual" in the sense that it works to support children and young people in care \
as if they were in a single school, even though they are educated in many different schools and settings \
across the country. Each child or young person in care has an allocated education officer, one of a \
dedicated team of professionals who contributes to Personal Education Plan meetings (PEPs), Reviews of \
Arrangement meetings (ROAs) and other multi-agency meetings as appropriate. Their role in these meetings is \
to promote higher educational aspirations and a greater accountability from all those involved in their care.

69. The Virtual School gives advice and information about the education of previously looked-after children \
to schools, parents, and any other agencies the Virtual School Head deems appropriate. The Virtual School \
supports Leicestershire care leavers to live independently and access Education, Employment and Training \
opportunities

Head of Service: Education Sufficiency

Admissions Service

70. This Service ensures the statutory co-ordination of first-time admissions to primary schools and infant \
to junior and secondary school transfers in compliance with the national School Admissions Code. It provides \
a statutory mid-term transfer service for maintained schools and a traded service for academies who opt in, \
as the majority of Leicestershire schools do. A key role that follows this is the co-ordination and \
presentation of admission appeals.
71. With the continued emergence of academies, the Service increasingly provides support, guidance, and \
oversight of a large number of admission policies for 'own admitting authorities'. The service also takes a \
lead role in Fair Access Protocols to ensure that vulnerable or hard to place children secure a school place \
as quickly as possible. The work of the service requires annual returns to the Department for Education \
(DfE) regarding place allocations.
72. The Service is also responsible the licensing of young people for employment and entertainment, for \
example paper rounds or shows, and the respective monitoring of this.

School Organisation Service

73. The fundamental role of the Service is to meet the statutory duty placed on the local authority to \
ensure that a school place is available for every child that requires one (for children of all ages and \
abilities). To meet this duty the Service manages pupil forecasting, capacity assessments for schools, and \
annual statutory returns to the DfE which in turn drives the allocation of basic need capital grants. The \
Service will also plan, prepare, and deliver an annual capital programme for new basic and high needs \
(specialist) school places.
74. The Service has a key role in liaising/negotiating with housing developers, landowners, local planning \
authorities and respective agents to secure Section 106 funding for school expansions and new schools and \
taking a key role in all legal matters relating to this.
75. The core business functions of the Service also include the co-ordination of all academy conversions \
(including oversight of related property and legal matters), managing statutory change in schools \
'prescribed alterations,' age range changes, statutory vestings and land transfers, and managing the \
allocation of capital funds for safeguarding and health and safety matters.

Early Years, Childcare, and Inclusion Service

76. This Service carries out the local authority duty to secure sufficient and high-quality childcare \
provision (including out of schools and holiday provision) which supports parents back into work or study. \
The Service delivers and commissions support to those providers that are judged to be less than good by \
Ofsted and provides advice and guidance to all providers.
77. The Service has a responsibility to administer and monitor the take up of the Free Early Education \
Entitlement (FEEE) for eligible 2 year olds, universally for 3 and 4 year olds and for the early years' \
pupil premium. The service is managing the responsibility to increase the availability of FEEE to wider \
groups and the wraparound childcare expansion. The service uses a target operating model and a key feature \
of this is to promote sustainability via effective peer to peer support and collaboration mechanisms through \
strategic partnerships.
78. The Service provides educational advice as part of a statutory assessment which may lead to an \
Education, Health and Care plan being produced. A multi-agency approach enables staff to liaise closely with \
other professionals involved with the child/ family and support referrals to other agencies.
79. Training, support, advice, and guidance is provided to Early Years settings by Area SENCOS in order for \
them to deliver their statutory requirements regarding the SEND code of practice and to promote the \
inclusion of all children in Early Years settings.

Head of Service: Special Educational Needs and Disabilities

Special Educational Needs Assessment Service

80. This Service is responsible for responding to requests for Education Health and Care (EHC) in a timely \
manner, to annual reviews of EHC Plans (EHCP) received from schools and colleges and amending\\ceasing EHCPs \
as required. The Service is responsible for carrying out Annual Reviews for those with an EHCP who are home \
educated. The Service is also responsible for responding to Special Educational Needs tribunal appeals on \
behalf of the local authority.
81. The Service is responsible for managing placements for children with an EHCP into special schools, \
specialist nurseries and specialist resource bases and commissioning Independent Specialist Placements, \
ensuring efficient use of resources.

Specialist Teaching Service

82. The Specialist Teaching Service (STS) consists of four teams of specialist staff, working together as \
one service, in partnership with other professionals from education and health and social care where \
appropriate, to provide coordinated and effective support and advice for children and young people with \
special educational needs and disabilities (SEND) in Leicestershire Education Settings and for children with \
hearing or visual impairment from birth.

83. The Service includes the Vision Support Team, the Autism and Learning Support Team, the Hearing Support \
team, and the Assistive Technology for Education Support Team (ATfEST).
84. The STS provides valuable support, advice, and challenge to ensure that schools make reasonable \
adjustments and use best endeavours to support children.

Educational Psychology Service

85. The Educational Psychology Service (EPS) works to support children and families, primarily through work \
with schools and early years providers, drawing from expertise in psychology and child development. The \
Service works with schools to support them to offer high quality early support and to build confidence in \
inclusive practice through information, resources and leaflets, advice and guidance via a helpline, support \
with critical incidents, information and signposting and phone consultation with groups of schools. The \
Service also undertakes targeted casework and provides supervision to staff in schools who deliver Emotional \
Literacy Support Assistance (ELSA).
86. The Service is responsible for undertaking EHC Needs Assessments, Tribunal work, complex casework at the \
request of SENA and Priority Annual Reviews (via phone and/or video).
87. Schools can subscribe into the Leicestershire EPS annual Service Level Agreements, including Educational \
Psychology consultation with staff and parent(s)/ carer(s) and bespoke training on staff resilience and \
wellbeing.
88. Schools and education settings can also buy into Social Emotional and Mental Health training packages, \
for example on Supporting Anxious Children and Coping with Bereavement and Loss, as well as ELSA Training.

Strategic Lead Transformation, Commissioning and Planning

Transformation

89. Half of this post reports to the Assistant Director, Targeted Early Help and Children's Social Care and \
leads on the Defining Children's services for the future programme and the Innovation partnership with \
Barnardo's.

Service Manager Transformation and Change

89. In 2021, CFS initiated another major change programmes, Defining Children and Family Services for the \
Future 1 (DCSF), which with the support of a business management consultant firm and LCCs Transformation \
Unit, saw the redesign of a number of services to ensure children receive the right services at the right \
time.
90. One of the integral assertions of DCFS is that the new operating models will also bring about more \
efficient and effective practice, resulting in more independent families who require less costly \
interventions over time from the local authority.

91. DCSF2 was initiated in 2023 and continues to be supported by the Transformation Unit. A number of \
projects are in implementation phase and this second phase was expanded in 2024 to include the review of how \
services from the external market are commissioned. The work is underpinned by diagnostic work completed by \
the business management consultant firm.
92. The Change Team was established in 2023 and operates across the CFS Commissioning Service, Children's \
Social Care and Targeted Early Help to ensure that benefits achieved from the DCSF are sustained.

Head of Service: Commissioning and Planning

Commissioning Service

93. The Commissioning Service is a support service that sits across the Department, offering support and \
advice regarding all aspects of the commissioning activity, including the planning and procurement of \
services from the external market, market shaping, the brokerage of placements (education and social care) \
and short breaks, and the quality assurance and contract monitoring of provision with external providers. \
The service works closely with the Corporate Commissioning Support Unit (CSU), Finance Business Partner, \
Business Intelligence Service and Legal teams to ensure that it is able to give appropriate commercial \
advice and support.

Business Services

Head of Service: Business Services

94. Business Support Services provide high quality support across the Department, ensuring good quality data \
inputting, appropriate administration processes, HR, Finance within individual service areas are in place to \
meet the needs of the various teams. The approach is to work with teams, chairs of meetings and panels to \
make sure the business support offer is commensurate with their needs, including supporting all senior \
managers, staff in the Department, and having key relationships with other departments, district councils, \
partners, community and voluntary organisations, members of the public within the county, and professional \
and technical services such as Information Management, Business Continuity, Emergency Planning, Transport, \
Property, Health and Safety, Human Resources and ICT around the support required, whilst developing software \
systems to support those service needs.
95. The Service ensures the development of digital benefits which are fit for the future and to meet service \
demands, whilst ensuring SMART processes are implemented in a way that makes the best possible use of \
available resources. It supports all logistics across the Department and embeds new ways of working into \
business as usual, when possible, at all 25 locality offices, supporting all service areas. The service has \
robust processes for managing the Department's Freedom of Information requests, Breaches, and Subject Access \
Requests (which includes regular audits of recommendations) and managing trend information to enable better \
management of data, information, and security.

Background Papers

Statutory guidance on the roles and responsibilities of the Director of Children's Services and the Lead \
Member for Children's Services:

https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/271429/direct\
ors_of_child_services_-_stat_guidance.pdf

Children's Act 2004:

<https://www.legislation.gov.uk/ukpga/2004/31/contents>

Working Together to safeguard children 2018:

https://assets.publishing.service.gov.uk/media/65803fe31c0c2a000d18cf40/Working_together_to_safeguard_childre\
n_2023_-_statutory_guidance.pdf

Circulation under the Local Issues Alert Procedure

96. None.

Appendices

Appendix A: Children and Family Services Department Structure


Appendix B: Children and Family Services Department Plan 2023-2026 Summary

Officer to Contact

Jane Moore,
Director of Children and Family Services
0116 305 2649
"""


# Item 9, Appendix B (the report's list calls it the Department Plan 2023-2026 Summary) (pack lines 949-1045).
CFS_DEPARTMENT_PLAN_2024_2026 = """\
Children and Family Services Department Plan 2024 - 2026

What we will do

One Vision

For all children and young people in Leicestershire to be safe, nurtured, loved and supported to succeed in \
caring and inclusive communities.

Three Ambitions

We want to support all children and young people to:

Build Strong Foundations

Be Safe and Belong

Enjoy and Achieve

Ten priorities

To support children and young people to Build Strong Foundations we will:

- Support parents and babies, before and after birth, to create the conditions where stress is reduced, \
positive bonds and attachments can be formed, and language and communications skills can be developed
- Work in partnership to identify those children and young people who would benefit from support and provide \
co-ordinated services at the earliest opportunity
- Support children, young people and families to build strength, resilience, confidence and the skills to \
find their own solutions wherever possible

To support children and young people to Be Safe and Belong we will:

- Work in partnership to ensure risk is understood and reduced and targeted support is provided at the right \
time, in the right place and by the right service
- Ensure children in care and care leavers feel they have a stable, safe, loving home where they belong
- Ensure children and young people who are most vulnerable are protected, are safe from harm and supported

To support children and young people to Enjoy and Achieve we will:

- Ensure children and young people have access within their community to good quality, inclusive education \
that enables them to achieve their full potential
- Focus on learning and readiness for learning as a driver of wellbeing for all children and young people
- Ensure that children and young people who have additional needs and vulnerabilities are supported in the \
right place, at the right time in order to narrow the gap
- Work with schools and educational settings to ensure there is a clear understanding of the impact of \
poverty and trauma to ensure that children and young people are not disadvantaged from accessing education

Voice:

Putting children and young people at the heart of all of our activities by involving them, hearing them and \
ensuring their voice is influencing our services.

Equality, Equity and Inclusion:

Supporting children and young people to feel valued, to explore their identity and to tackle discrimination \
within their local community.

Meaningfully and actively championing diversity across our department.

Demonstrating fairness and inclusivity across our whole organisation.

Robust Commissioning:

Having processes in place that ensure innovation, best value and quality, market engagement and support \
sufficiency needs.

Having a focus on joint commissioning across partners to ensure collaboration and partnership working where \
it is appropriate.

Developing and retaining an excellent workforce:

Equipping our workforce with the skills, knowledge and behaviours needed to be the best to support improved \
outcomes for children and young people in Leicestershire.

How we will do it

Visible Leadership:

Leading with integrity, purpose and vision.

Clear decision making that keeps children and families at its heart.

Trauma Responsive:

Providing a safe, compassionate and inclusive environment that recognises the pervasiveness and potential \
impact of trauma on our children and families, our staff, our organisation and our communities.

Acknowledging that every interaction is an intervention and that relationships are at the core of our work.

Values:

Ensuring that Flexibility, Trust and Respect, Openness and Transparency and Positivity underpin our delivery \
of services for children and their families.

Data and performance:

Informing planning and driving performance by ensuring the right data and business intelligence is available \
to the right people, at the right time and in a form that they are able to use.

Planning

Having detailed plans in place that outline how each ambition will be achieved and how progress will be \
monitored.

Strategies that will underpin delivery of the Plan

- | | | |
|---|--|---|
| Achieving Excellence via Purposeful Practice 2024-2027 | Corporate Parenting Strategy | SEND Joint \
Commissioning Strategy |
| Business Intelligence Strategy | Early Help Strategy 2023-26 | Transforming SEND and Inclusion in \
Leicestershire |
| Care Placements Strategy | Maternity and Early Years Strategy 2023-26 | Voice and Influence Strategy |
| CFS Placement Sufficiency and Market Position Statement | Permanence and Adoption Strategy | We Care \
Strategy |
| Community Safety Strategy | Recruitment and Retention Strategy | Youth Justice Plan 2023-26 |
"""


# Item 10: report of the Director (pack lines 1052-1153).
UASC_REPORT = """\
**CHILDREN AND FAMILY SERVICES OVERVIEW AND SCRUTINY
COMMITTEE – 5 MARCH 2024**

UNACCOMPANIED ASYLUM-SEEKING CHILDREN

**REPORT OF THE
DIRECTOR OF CHILDREN AND FAMILY SERVICES**

Purpose of the Report

1. The purpose of this report is to provide the Committee with an overview of Leicestershire County \
Council's duties and responsibilities to Unaccompanied Asylum-Seeking Children (UASC) and the context in \
which the County Council delivers services to these children and young people.

Policy Framework and Previous Decisions

2. The provisions for the transfer of responsibility for relevant children fall under Part 5 of the \
Immigration Act 2016.
3. The National Transfer Scheme is intended to ensure that any local authority does not face an unmanageable \
responsibility in accommodating and looking after unaccompanied children pursuant to its duties under parts \
3, 4, and 5 of the Children Act 1989, simply by virtue of being the point of arrival of a disproportionate \
number of UASC, and in doing so to ensure that all appropriate services are available to all unaccompanied \
children.
4. Local authorities have a duty to support young people who cease to be looked after. For example, those \
referred to in legislation as 'relevant' and 'former relevant children'. The main aim of the Care Leavers \
Regulations and of this guidance is to make sure that care leavers are provided with comprehensive personal \
support so that they achieve their potential as they make their transition to adulthood. The Care Leavers \
(England) Regulations 2010 are made under the Children Act 1989.
5. For the purposes of dispersal hotels, an asylum seeker is a person aged 18 and over who has fled \
persecution and has made an asylum claim under the 1951 United Nations Convention on Refugees,¹ or against a \
breach of the European Convention on Human Rights.
6. The Children and Families Overview and Scrutiny Committee received a report on Unaccompanied \
Asylum-Seeking Children on 25 January 2022 which outlined the position at the time.

Background

National Transfer Scheme

7. The National Transfer Scheme (NTS) was established in 2016 to provide a mechanism for the statutory \
responsibility for a UASC to be transferred between an entry local authority and another local authority in \
the UK, ensuring UASC get the crucial care placements that they need whilst facilitating a more equitable \
distribution of responsibility for UASC across the UK.
8. Participation in the NTS was initially voluntary. On 14 December 2021, the Home Office issued formal \
notice to direct local authorities to comply with the National Transfer Scheme under Section 72/5 of the \
Immigration Act 2016.
9. The exact number of children to be allocated to each local authority over the course of the mandatory \
scheme will be dependent on numbers of UASC arriving in the UK and the length of time a mandatory scheme \
remains in place (i.e., demand led).

Spontaneous Arrivals

10. Most UASC arrive in the UK by their own means, usually by truck, and are encountered at their 'port of \
entry,' at the Asylum Intake Unit in Croydon or are otherwise encountered by police, or social services. The \
local authority to which the child first presents is responsible for their care.

Children Arriving Through the Adult Asylum System Dispersal (also known as Contingency) Hotels

11. Due to the unprecedented arrivals into the UK, adult asylum seekers or families, if they have nowhere to \
live, are being placed in temporary accommodation (often a hotel) by the Home Office, until their \
application is processed, when they are moved to more permanent accommodation.
12. Individuals placed at the hotels have an initial Home Office determination of being an adult. However, \
on arrival in Leicestershire there have been a number of individuals who have identified themselves as a \
child, and therefore require assessment. Leicestershire currently has three dispersal hotels for adults \
only. This is an increase from two when previously reported to the Committee.

Local Context

13. There are two groups of UASC that the County Council provides a service to – those who are children \
(under 18 years of age) who are looked after (children in care), and those 18-25 years of age to whom the \
local authority has a care leaver duty.
14. Leicestershire County Council has 140 UASC in care and 135 UASC Care Leavers (as of 31 December 2023), a \
total of 275 children and young people open to the UASC Team. This compares to 88 UASC Children in Care and \
88 UASC Care Leavers at a similar time in 2023, totalling 176 children and young people.

Spontaneous Arrivals

15. Between December 2022 and the end of December 2023, the County Council saw an increase from 28 -30 (7%) \
Children in Care and 73-85 (16%) Care Leavers. This is the lowest cohort of children in care which \
represents the changing pattern to NTS and Dispersal Hotel.
16. This does not include any transferred through the NTS or referred from Adult Asylum Dispersal Hotels, as \
detailed below. This also does not include those who arrive in the area who are deemed to be adults \
following an age assessment by the UASC Team and are therefore not accommodated.

The National Transfer Scheme

17. Between December 2022 and December 2023, children accommodated through the national transfer scheme \
increased from 33 to 52 (57.5%) Children in care and 4 to 16 (300%) Care Leavers. During this period \
Leicestershire accommodated 31 children through the National Transfer Scheme (on average 2.5 children per \
month).

Children Arriving Through the Adult Asylum System

18. From October 2021 onwards, the County Council began to receive a significant number of requests to \
accommodate young people placed in Asylum Dispersal Hotels in Leicestershire. They had been deemed adults by \
the Home Office and subsequently claimed to be children.
19. For the period December 2022 to December 2023, the number of children being accommodated through this \
route increased significantly. The number of children in care increased from 27 to 58 (114%) and the number \
of care leavers increased from 11 to 34 (209%). In a short period of time this has become the route from \
which we have accommodated the highest numbers.
20. This route has additional issues for capacity as the age challenges require an assessment by two \
experienced social workers. Not all are accommodated and therefore the number of children in care and care \
leavers only represents part of the work undertaken.
21. If Leicestershire continues to receive the increasing numbers through NTS and Dispersal Hotels. the \
impact of this would be primarily around resource requirement to undertake assessments and resources to \
support those assessed as children both in staffing and accommodation

Service Response for UASC

22. Based on data for 2022/23, Leicestershire can expect to accommodate (spontaneous, NTS and via hotels) an \
average of 8.25 children per month into its care, or 99 children a year.
23. Children who are looked after by the UASC Team receive a specialist service. This includes the \
allocation of a social worker and personal advisor, accommodation, specialist support with the asylum \
process, appropriate interpreter support and specialist support from the Virtual School.

24. The UASC Team works closely with the Virtual School, which has a dedicated worker for UASC and close \
links with local schools and colleges. Some UASC are able to access education within two days of being \
accommodated.
25. The increasing number of UASC creates additional pressures within the resources for education. In \
Leicestershire, Leicester College is the only provider of Pre-Entry level ESOL course. They currently do not \
have capacity for newly accommodated children and therefore Leicestershire Virtual School are providing \
support through tutoring. They have also commissioned an external project to support groups of twelve UASC \
to have group tuition in English, Maths, and ICT. This is a ten-week programme, and two groups are currently \
set up to begin.
26. The Council uses specialist UASC providers where the staff have a good understanding of the asylum \
process and are able to offer support. UASC also have an opportunity to meet other young people in similar \
situations and often who share the same language and culture.
27. The UASC Team ensures that the young people have religious and cultural items and are supported to \
access a place of worship as soon as possible, if desired. Matching young people to placements and \
communities always considers access to shops that provide for their dietary needs and familiar cuisine.
28. The UASC Team has a good understanding of trauma informed practice and culture shock, and advocate well \
on behalf of young people. The young people often go on to achieve well in education and achieve good health \
and accommodation outcomes.

Resource Implications

29. The financial pressure in relation to the Unaccompanied Asylum-Seeking Children (UASC) budget is largely \
due to the rapid increase in UASC in care and care leavers, which has required a greater resource \
requirement to meet their needs. The different entry routes include both the National Transfer Scheme (NTS), \
as well as spontaneous arrivals. But more recently through the Hotel Dispersal Scheme which creates an \
additional pressure for the service to manage which is not fully funded. In addition, delays in asylum claim \
processes mean that the Council is often accommodating young people well past 18 and the Home Office funding \
drops significantly at 18 but the costs do not.
30. Whilst costs of supporting UASC in care is broadly in line with current funding rates for those \
supported by the Home Office, the current funding gap of those UASC over 18's is over £39k per year per UASC \
over 18.
31. As of 31 December 2023, there are 140 UASC in care. This is an increase of 52 young people (59%) since \
31st December 2022. This rise continues the upward trend noted in 2021/22, an expected increase due to the \
NTS becoming mandatory and two dispersal hotels opening in Leicestershire. UASC over 18's is currently 135, \
which represents almost a 53% increase since December 2022, and this is linked to the increasing number of \
care leavers, for whom a significantly reduced funding rate is received in comparison to the costs being \
incurred.

32. Recent figures provided by the East Midlands Council based on returns from local authorities show since \
July 2021, a total of 258 unaccompanied young people claiming to be children in adult asylum hotels have \
been taken into care across all upper tier local authorities in the region, except Rutland. Almost a third \
of which coming into care in Leicestershire, creating an additional financial burden. The issue continues to \
be raised with the Home Office at senior officer level.

Background Papers

33. None.

Circulation under the Local Issues Alert Procedure

34. None.

Equalities Implications

35. All assessments and services provided for UASC are done so in a framework of respecting equality and \
diversity for young people. The Children and Family Services department is committed to equality and \
ensuring the human rights of all users, and importantly to support those young people who have arrived here \
from other countries as unaccompanied children.

Human Rights Implications

36. There are no human rights implications arising from this report.

Officer to Contact

Sharon Cooke
Assistant Director, Targeted Early Help and Children's Social Care
Email: sharon.cooke@leics.gov.uk

Kelda Claire
Head of Service, Children and Care, Fostering and Adoption.
Email: Kelda.claire@leics.gov.uk
"""


# Item 11: report of the Director (pack lines 1159-1286).
CIP_REPORT = """\
CHILDREN AND FAMILY OVERVIEW AND SCRUTINY COMMITTEE-
5 MARCH 2024

CHILDREN'S INNOVATION PARTNERSHIP

REPORT OF THE
DIRECTOR OF CHILDREN AND FAMILY SERVICES

Purpose of report

1. The purpose of this report is to provide the Committee with an update on the Children's Innovation \
Partnership (CIP), with a particular focus on the residential redesign.

Policy Framework and Previous Decisions

2. Local Authorities are responsible for the most vulnerable children living within its borders. There is a \
duty of 'sufficiency' that requires Local Authorities and Children's Trust partners to ensure that, through \
direct provision or commissioned services, a range of services and placements sufficient to meet the needs \
of all children in care are available locally or that there is a plan in place to move towards that \
position. This duty is conducted in accordance with the Children Act 1989.
3. The Children Act 2004 and Children and Social Work Act 2017 allocate duties to Local Authorities to \
ensure that children are safeguarded, and their welfare is promoted. This legislation underpins the work of \
the Children and Family services with respect to looked after children, children in need, and children in \
need of protection.
4. The Council also aims to provide the right service at the right time (including placement and care), as \
set out in the Placement Sufficiency Statement and Market Position Statement 2021-23, and within the \
Continuous Improvement Plan 2024-2027 Achieving Excellence through purposeful practice' found in the \
appendix.
5. On 6 July 2018, the Cabinet gave agreement for the Director of Children and Family Services be authorised \
to publish an Invitation to Tender to form a Children's Innovation Partnership (CIP) with the Council, and \
in doing so approved the CIP programme.
6. Reports providing information on, and update on the progress of, CIP were then presented to the Children \
and Families Overview and Scrutiny Committee on 21 January 2020, 9 March 2021 and 7 September 2021.

Background

7. In December 2018, Barnardo's was awarded the Children's Innovation Partnership contract for up to a \
ten-year term, renewed on an annual basis. A Children's Innovation Partnership Board was established, \
including senior leaders from both organisations and the Lead Member for Children and Family services, to \
provide governance and challenge.
8. The key objectives of the CIP were to co-design services by sharing expertise and knowledge in the \
delivery of innovative solutions, contribute to transformational change through new and shared service \
delivery models, to co-deliver services that are focused on outcomes and value for money, to co-invest in \
providing additional resources and to review and develop new ways of working, and to develop the system \
leadership and collaboration between different organisations necessary to drive innovative systems change.

Financial Context

9. Demand for Children and Family Services continues to increase with growth of £41.3m projected over the \
period of the MTFS to meet children and family needs, arising from demographic growth and an increased need \
for social care. Poor market sufficiency and an inflexible market approach combined with excess demand for \
beds has led to a seller's market. Nationally it became increasingly difficult for local authorities to \
influence the market.
10. The other variable that has a big impact on placement weekly costs and the budget are the level of needs \
of each child and younger person. Again, these are not easy to predict accurately but there is a national \
trend of older children presenting with an increasingly complex range of emotional and behavioural needs, \
resulting in foster carers being unable or unwilling to foster these children and children's homes \
(residential homes) being able to command bespoke fees including additional support and waking night \
premiums.
11. Current analysis indicates that the average weekly cost per residential placement increased from £4.8k \
per week (budgeted average cost financial year based on previous trends) to the current average of £5.8k per \
week, which equates to a 21% increase in the last twelve months. The increasing cost of new placements \
compared to those placements ending is further compounding the financial pressures being projected.
12. Furthermore, over the last year there has been an 18.7% increase in the cost of the top ten high-cost \
placements. In 2022/23 there were two children with a weekly placement cost of over £10k a week (£14.6k and \
£10.1k). Since April 2023, nine of the ten highest cost children have been over £10k a week, four of which \
are significantly higher ranging from £12k- £14.3k per week.
13. Although there are a number of private providers operating children's homes in Leicestershire, often \
children within the Council's care are not prioritised for these homes. Partly because the provider must \
match children's needs and because providers receive multiple referrals a week and can opt to provide care \
for children with less complex needs.

14. Without access to local children's home provision, Leicestershire children can be placed a distance from \
their homes in private, more costly provisions which impact on the children's access to their communities, \
their families, professionals like their social worker and disruption in other areas like health \
intervention and education provision.

Children's Innovation Partnership – Residential Design

15. One of the key priorities for the CIP was redesigning children's (residential) home provision.
16. A period of comprehensive design work was carried out between January and September 2019, led by \
Barnardo's. The design work analysed strengths, areas for development, and opportunities, within the County, \
based on:
 - Data analysis on the cohort of Leicestershire children in care conducted by data analysis company \
Machinable, focusing on demand, placement, and process characteristics,
 - Primary research conducted by the Barnardo's Service Design Team, with workshops involving subject \
experts from the County Council and Barnardo's, scheduled one-to-one interviews with professionals, and \
one-to-one interviews with eight young people who had current/previous experience of Residential Care both \
in and out of county,
 - Secondary research conducted by Barnardo's national Policy and Research Team, considering national trends \
in policy and practice.
17. This design work led to the proposal for local provision in Leicestershire - Phase 1, with agreed \
capital investment for two homes. Following successful bids for Department of Education matching-funding for \
capital investment of £1,991,422, Phases 2 and 3 were initiated to address continued demand and escalating \
costs for children's home care.
18. Phases 1, 2 and 3 of the CIP aim to open eight homes by March 2025, providing care for 23 children.
19. The first of these homes, The Old Post Office, opened in May 2023. There are two children living in this \
home, and a third child is soon to join them.
20. The second home, Welland House, was opened in January 2024. Welland House is a parent and baby \
assessment home. The aim of the home is to provide a supportive environment for parents with young children \
where they can focus on the needs of that child or children and learn to be the very best parents they can \
be. Often these are families on the brink of parent-child separation. Welland House has three self-contained \
flats, each comprising of a bedroom, bathroom and kitchen area, staff rooms and communal rooms. There are \
three families currently living in Welland House.
21. Two other homes are being prepared for opening, pending Ofsted Registration. These homes should be open \
by July 2024. And one other will be open by December 2024.

22. The remaining two homes will be open by March 2025. These homes will have a more specialist purpose and \
as such have specific building specifications and operational requirements.
23. There have been delays in the opening of homes. Timescales have been impacted on by a range of factors \
such as the COVID pandemic and the national lockdowns, availability of builders and building material, \
significant increases in cost of materials, increased cost of property during the period, faulty \
workmanship, lack of property on the market that meets the specification, poor condition of properties on \
the market, restrictive covenants, delays in the Ofsted registration process, and critical incidents (an \
accident causing damage to a property and theft at another property).
24. The Children and Families Department regularly reviews the needs of the children who need to be in a \
children's home. This includes data, finance information and knowing the specific needs of the children. In \
this way we make sure that we have the right homes for the right children.
25. In the context of the increasing costs of private children's home care, the drive to establish our own \
homes through a partnership with Barnardo's remains relevant and a proportionate response to the increase in \
complexity of child need and mounting MTFS challenge.
26. Given the importance of this programme, the Children and Family Overview and Scrutiny Committee will \
continue to receive updates from the Department.

Resource Implications

27. A capital allocation of £3.96m was agreed as part of the MTFS invest to save. The table below details \
the breakdown of the use of this capital allocation alongside the matched funding from DfE:

Phase\tProperties\tDfE Grant\tForecast LCC Contribution\tTotal Forecast Cost
Phase 1\tWelland House\t0\t463,960\t463,960
Phase 2\t4 x Contextual Safeguarding Properties\t945,870\t981,325\t1,927,195
Phase 3a\t2 x EBD Homes\t695,879\t695,879\t1,391,758
Phase 3b\tComplex Care - Hospital Stepdown\t349,673\t1,819,415\t2,169,088
\tTOTAL\t1,991,422\t3,960,579\t5,952,001

28. Anticipated on-going annual revenue savings of £2.5m are anticipated to be achieved by March 2028 and \
reflected in the refreshed MTFS. This will be kept under continual review with changes to anticipated \
projected savings reported back on a regular

basis based on needs of a particular cohort of children, and market conditions at any given point in time.

Background papers

Children's Innovation Partnership, Cabinet, 6 July 2018:

<https://democracy.leics.gov.uk/ieListDocuments.aspx?CId=135&MID=5412>

Children's Innovation Partnership, Children and Families Overview and Scrutiny Committee, 7 September 2021:

<https://democracy.leics.gov.uk/ieListDocuments.aspx?CId=1043&MID=6515>

Children's Innovation Partnership, Children and Families Overview and Scrutiny Committee, 9 March 2021:

<https://democracy.leics.gov.uk/ieListDocuments.aspx?CId=1043&MID=6513>

Children's Innovation Partnership, Children and Families Overview and Scrutiny Committee, 21 January 2020:

<https://democracy.leics.gov.uk/ieListDocuments.aspx?CId=1043&MID=6179>

Placement Sufficiency Statement and Market Position Statement 2021-23:

https://www.proceduresonline.com/llr/childcare/leicestershire/user_controlled_lcms_area/uploaded_files/CFS%20\
Placements%20Market%20Position%20%20Sufficiency%20Statement%20October%202021.pdf

Circulation under the Local Issues Alert Procedure

29. None

Equality Implications

30. This model has been developed with the key driver of improving outcomes for children through finding the \
right placement first time, reducing placement breakdown, providing in-county provision, consistency of \
support and flexible provision.
31. This model is anticipated to have a positive result in terms of outcomes for children, so it is not \
anticipated that there will be a negative impact on any protected characteristics.
32. This model is aligned to Children and Family Services Departmental Plan priorities and objectives, and \
values as set out in the Road to Excellence, found in the appendix.

Human Rights Implications

33. There are no human rights implications arising from the recommendations in this report.

Other Relevant Impact Assessments

34. Health implications – local children's home provision will reduce disruption to services, ensuring \
children and young people who need to be in children's homes can access and have continuity of clinical care.
35. Education implications – local children's home provision will ensure children and young people continue, \
where it is right to do so, to access their local schools and colleges.
36. Environmental implications – local children's home provision will see a reduction in travelling for a \
range of professionals who are required to visit the home and see the child as part of their statutory \
duties; and will reduce the distance families travel to maintain contact and a relationship with their \
children.

Appendices

Children and Family Services Continuous Improvement Plan 2024-2027 'Achieving Excellence through purposeful \
practice'

Officer(s) to Contact

Jane Moore, Director of Children and Family Service
Telephone: 0116 3052649
E-mail: Jane.Moore@leics.gov.uk

Sharon Cooke, Assistant Director for Targeted Early Help and Children's Social Care
Telephone: 0116 3055479
Email: Sharon.cooke@leics.gov.uk

Nicci Collins, Strategic Lead for Transformation and Commissioning
Telephone: 0116 3054504
Email: Nicci.Collins@leics.gov.uk
"""


# Item 11: its appendix (pack lines 1288-1423).
CONTINUOUS_IMPROVEMENT_PLAN = """\
Appendix: Children and Family Services Continuous Improvement Plan 2024-2027 'Achieving Excellence through \
purposeful practice'

Continuous Improvement Plan 2024 - 2027
Achieving Excellence through purposeful practice



Leicestershire
County Council

Our Vision

Leicestershire is a place where children can build strong foundations; be safe and belong, enjoy and achieve.

Our Service Priorities for 2024 – 2027

- Children young people and families stay together and get the help they need
- Children and young people are supported by their family network
- Children and young people are safe in and outside of their homes
- Children in care and care leavers have stable loving homes

Core Values and Behaviours – the foundation for practice

Core Values

- Aspirational**
Achieving the best outcomes for children and families
- Being Curious**
Digging for detail using purposeful practice
- Collaboration**
Building relationships built on the Signs of Safety approach

Behaviours

- Professional Kindness**
Understanding trauma for children, parents and colleagues
- Active Listening**
Listening to build robust solutions
- Outcome Focused**
Creating measurable improvements for children and families
- Being Accountable**
Everyone is responsible for high quality practice

Our pledge for children



Each member of staff pledges that:

- ▶ We put you at the centre of everything we do, celebrating your uniqueness and diversity
- ▶ We listen and value your views to help make decisions and design services around you
- ▶ If you cannot safely live with your family, we make sure that you can develop a sense of belonging and \
have a clear plan for the future in a family environment
- ▶ We help you feel safe and if possible this will be with your family network.
- ▶ We visit you regularly. Our visits have purpose and help you understand why we are supporting you and \
your family
- ▶ We work with other agencies to use their skills and expertise to get you the best help
- ▶ We avoid delay in making plans that are clear, purposeful and ambitious for your future



Our senior leaders and managers pledge to:

- ▶ Create an environment where effective practice can flourish
- ▶ Challenge and support your plans to achieve the best outcomes for you without delay
- ▶ Promote relationship-based practice based on high quality regular supervision with visible high-support \
and high-challenge
- ▶ Build strong relationships between front line practitioners and you and your family with a stable \
workforce
- ▶ Applying trauma informed practice to support you and your family and our workforce
- ▶ Keep in touch with frontline practice
- ▶ Consider the social and economic circumstances that affect children and families locally

Our key enablers supporting good outcomes

- Multi-agency working is prioritised and effective
- Leaders drive conditions for effective practice
- The workforce is equipped and effective

How we will do it



Embedding excellent practice

- ▶ Purposeful intervention informed by robust evidence-based decisions
- ▶ Valuing independence for children with additional needs and disabilities with strong SEND plans \
including Education, Health and Care (EHC) plans
- ▶ Reflective supervision supporting effective practice with high challenge and robust management oversight
- ▶ Clear records capturing the child's journey written in language they understand
- ▶ Be Child First in all that we do



Taking the right action at the right time

- ▶ A strong front-door providing proportionate and timely responses
- ▶ Strong multi-agency partnerships across all tiers of intervention
- ▶ Intensive support to help children with problems based on strong, early and integrated Family Help
- ▶ Building lasting safety using family networks across interventions
- ▶ Effective use of legal interventions whilst maintaining strong family partnerships
- ▶ Building a sense of belonging for every child through timely permanency planning



Developing policy and performance

- ▶ A practice led recording system to allow staff to focus on spending time with children
- ▶ Up to date policies, procedures and standards that underpin consistent child focused practice
- ▶ Well commissioned services for children in care including alternative education provision
- ▶ A strategic approach to support recruitment and retention of staff
- ▶ Defining children's services for the future based on staff expertise and innovation



Being a learning organisation

- ▶ Using data and audit to know ourselves well and inform our learning and improvement
- ▶ Embedding a shared value base, owned across our workforce
- ▶ Achieving a stable and well supported workforce, celebrating diversity and providing a comprehensive \
training and development package
- ▶ Being risk sensitive, based on valuing family strengths and using effective safety planning

What success will look like

Effective early help reducing the number of children requiring social work intervention

Children and families tell us we have made a positive difference

Performance indicators show improving outcomes

Audit tells us our interventions are robust and measure impact

Children and families are involved in service design

A stable and experienced workforce

Timely interventions which avoid delay

Evidence based decision making, supported by robust management oversight
"""


# Item 12: joint report of the Chief Executive and the Director (pack lines 1429-1551).
Q3_PERFORMANCE_REPORT = """\
**CHILDREN AND FAMILY SERVICES OVERVIEW AND SCRUTINY
COMMITTEE - 5 MARCH 2024**

QUARTER 3 2023/24 PERFORMANCE REPORT

**JOINT REPORT OF THE CHIEF EXECUTIVE AND DIRECTOR OF
CHILDREN AND FAMILY SERVICES**

Purpose of the Report

1. The purpose of this report is to present the Committee with an update on the Children and Family Services \
Department's performance for the period to December 2023 (quarter 3).

Policy Framework and Previous Decisions

2. The Children and Family Services Department's performance is reported to the Committee in accordance with \
the Council's corporate performance management arrangements.

Background and Overview

3. The following report and accompanying data aim to report on the priority areas identified by the Children \
and Family Services Departmental Plan 2020-2023. The plan identifies ambitions and measures to monitor \
progress. The current performance data is appended and has been refreshed to concentrate on indicators where \
updated data is available for quarter 3.
4. Quartile positions are added where comparative national data is available. Comparative data is not \
available for all indicators.
5. From 22 measures reported that have a national benchmark, three are in the top quartile, six are in the \
second quartile, nine are in the third quartile and four are in the bottom quartile.

Helping children in Leicestershire live in safe, stable environments and have secure attachments

6. Local Authority comparisons used are most recent figures published by the government for end of year \
benchmarking of performance in 2022/23.
7. The percentage of Child Protection cases reviewed within timescales was 82.6% at the end of quarter 3, \
with 266 of 322 children having all reviews on time within the last 12 months. This is an improvement on the \
quarter 4 figure of 75.7% (293 of 387). Leicestershire continues to be placed in the fourth quartile of all \
local

authorities by published benchmarks.

8. The percentage of children becoming subject to a child protection plan for a second or subsequent time in \
the year to date increased to 28.7% at the end of quarter 3 compared to 26.1% at the end of quarter 2. In \
this quarter, 50 children began a second or subsequent child protection plan, an increase from 40 reported \
in the preceding quarter. Leicestershire is now placed in the fourth quartile of local authorities compared \
to most recent national results published for 2022/23. This continues to be an area of focus for the service \
and regular audits are completed to understand any themes around the circumstances leading to repeat periods \
of child protection planning.
9. The percentage of re-referrals to Children's Social Care within twelve months was 24.1% at the end of \
quarter 3 compared to 23.5% at the end of the previous quarter, with 369 children being 're-referred' within \
quarter 3. Leicestershire continues to be placed in the fourth quartile of local authorities.
10. The percentage of assessments completed within 45 days to the end of quarter 3 was 88.9%, an increase \
from quarter 2 (88.2%). Within quarter 3, 1216 of 1352 assessments were completed within timescale. \
Leicestershire continues to be placed in the second quartile of local authorities using most recent \
comparisons.
11. Five Child Protection plans lasting two years or more were open at the end of quarter 3, representing \
1.1% of cases. This is a decrease compared with the end of quarter 2 (6 children, 1.3%), and continues to \
place Leicestershire in the top quartile of local authorities.
12. The percentage of Care Leavers in Suitable Accommodation was 95.8% at the end of quarter 3 (252 out of \
263 young people). This is an increase from the end of quarter 2 (94.7%) and continues to place \
Leicestershire in the top quartile of local authorities using available comparisons.
13. The percentage of Care Leavers in Education, Employment or Training was 61.6% at the end of quarter 3 \
(162 out of 263 young people). This is an increase from the end of quarter 2, 58.8%, and now places \
Leicestershire in the top quartile by comparison with other local authorities. The service continues to \
provide careful oversight to the care leaver indicators and is driven by a corporate commitment for creating \
mentoring and apprenticeship opportunities for care leavers.
14. The percentage of Children in Care who have had a dental check at the end of quarter 3 was 65.4% (483 \
children), a decrease from 66.5% reported for the previous quarter.
15. The percentage of Children in Care who have had an annual health assessment within the last 12 months at \
the end of quarter 3 was 62.1% (459 children). This is a decrease from 66.5% reported for the previous \
quarter.

Helping children and their families build strength, resilience, confidence, and capacity

16. Due to ongoing system changes, specifically relating to Capita/ Synergy, it is not possible to report a \
total Children and Family Wellbeing Service (CFWS) worked with figure for quarter 3 2023/24 at this time. \
During quarter 3 2022/23 (the last available reporting period), the CFWS worked with 3,489 individuals and \
1,435 families across Leicestershire.
17. The Children and Families Services Departmental Plan states the intention to ensure that the needs of \
young people are identified as early as possible so that timely and appropriate support is provided in the \
right setting, therefore reducing the risk of needs escalating at the same time as ensuring children and \
young people's best outcomes are achieved.
18. The number of children in mainstream schools in Leicestershire with an Education and Health Care Plan \
(EHCP) was 2,446 at the Autumn term 2023 school census. This is 37 children lower than at the summer term \
2023 school census (2,483). The Autumn term 2023 school census EHCP numbers are the highest recorded for \
this school census term since the phasing in of the 2014 SEN Code of Practice changes were completed.
19. The number of children in mainstream schools in Leicestershire without an EHCP but in receipt of SEN \
Support was 12,579 at the Autumn term 2023 school census. This is 222 lower than the summer term 2023 school \
census (12,801). The Autumn term 2023 school census SEN support numbers are the highest recorded for this \
school census term since the phasing in of the 2014 SEN Code of Practice changes were completed.

People are safe in their daily lives

20. Local Youth Justice statistics are regularly reported to the Youth and Justice Management Board. The \
latest report was presented at the December 2023 board. However, due to ongoing system changes, only \
national indicators could be reported.

Help every child to get the best possible start in life

Early years

21. In the Autumn term 2023, 79.4% of eligible two-year-olds took up their Funded Early Education \
Entitlement (FEEE). This is an increase from the summer term 2023 (74.6%). For three-year-olds, the figure \
was 93.6%, also an increase over the summer term (91.6%). Overall, 97.1% of eligible two- and \
three-year-olds took up their FEEE in high-quality provision in the Autumn term, unchanged from the previous \
term.
22. Between Q2 2023/24 and Q3, the underlying denominator used to calculate FEEE percentages was changed \
from ONS (Office for National Statistics) mid-year population estimates to GP registrations. This was due to \
the time-lag in the release of ONS estimates, compared with GP registration data. As such, figures recorded \
may not correspond with figures reported in previous periods.

Help every child to have access to good quality education to ensure they achieve their maximum potential

23. The percentage of primary schools rated Good or Outstanding was 90.3% (204 out of 226 inspected schools) \
at the end of quarter 3. This represents an increase of 0.1% from quarter 2. This figure is within the third \
quartile of local authorities and is 0.6% below the England average which is at its highest level in over 6 \
years (90.8%).
24. The percentage of secondary schools rated Good or Outstanding was 77.8% (35 out of 45 inspected schools) \
at the end of quarter 3. This represents a 4.5% increase from quarter 2. This performance is now within the \
third quartile of local authorities nationally, having been within the fourth quartile last quarter. \
Leicestershire's performance is 4.9% lower than the average for England, which at 82.7% surpasses the \
previous highest ever national level of performance, which was set in the previous quarter, and 5.2% lower \
than the average for Statistical Neighbours.
25. The percentage of pupils educated in Good or Outstanding schools was 85.7% at the end of quarter 3 \
(approx. 86k out of 100.4k pupils). This is an increase of 1.6% from quarter 2 (84.1%). This figure is \
within the third quartile of local authorities nationally, an improvement from fourth quartile performance \
last quarter. Leicestershire's performance is 3.7% lower than the average for England, and 3.6% lower than \
the average for Statistical Neighbours. The England average which is currently at 89.4% continues to \
represent the highest ever national performance.
26. The DfE has released the final assessment outcomes for Primary and Secondary schools in 2023. The \
percentage of children in 2023 with a good level of development at the end of the early year's foundation \
stage (EYFS – 5-year-olds) was 69.1% (of 7,746 children), an increase from 67.6% in 2022 which was the first \
year of formal assessments under the current assessment framework. This performance is within the second \
quartile of local authorities nationally, and is 1.9% above the England average, and 0.3% above the average \
for Statistical Neighbours.

The percentage of children eligible for Free School Meals with a good level of development was 45.7% (of 792 \
children) in 2023, a decrease of 1.4% (47.1%) from 2022. This performance was within the fourth quartile of \
local authorities nationally, and 5.8% lower than the England average, and it is 1.3% below the average for \
Statistical Neighbours.

The percentage of children with an Education and Health Care Plan (EHCP) and assessed with a good level of \
development was 2.5% (of 201 children) in 2023, a decrease of 1.9% (4.4%) from 2022. This performance was \
within the third quartile of local authorities nationally, and 1.3% lower than the England average, and it \
is 1.5% below the average for Statistical Neighbours.

27. At Key Stage 2 (11-year-olds) the percentage of pupils achieving the expected standard or higher in \
Reading, Writing and Mathematics was 62.1% (of 8,054 pupils). This is the same percentage as 2022 and places \
Leicestershire in the

second quartile nationally. Leicestershire's performance is 2.5% higher than the national performance, and \
3.3% higher than the average for Statistical Neighbours.

28. The 2023 performance for Leicestershire is above the performance of 2017, but still 5% lower than the \
performance achieved in 2019. Nationally the 2023 performance is lower than in 2017, and 5.3% below that \
achieved in 2019.
29. The percentage of Free School Meal (FSM) eligible pupils achieving the expected standard or higher in \
Reading, Writing and Mathematics was 42.1% (of 1341 pupils). This is 1.9% higher than in 2022 and places \
Leicestershire in the third quartile nationally. The 2023 performance of Leicestershire is the highest ever \
performance for FSM pupils under the current assessment framework. At 43.4% the National performance is \
still lower than in 2018, but 1.8% higher than in 2022.
30. The percentage of SEN support pupils achieving the expected standard or higher in Reading, Writing and \
Mathematics was 23% (of 1265 pupils), third quartile nationally, and for Education and Health Care Plan \
pupils (EHCP) it was 10.6% (of 349 pupils), second quartile nationally. Both performances were higher than \
in 2022. Leicestershire's SEN support pupils' performance was 0.6% below the National average, but on par \
with the highest levels in history under the current assessment framework, whereas the latest national \
performance remains below 2018 levels. Leicestershire's EHCP pupil performance was above the national \
average by 2.2%, and at the highest level in history for the current assessment framework, whereas the \
National performance remains below 2018 levels.
31. At Key Stage 4 (16-year-olds) the average Progress 8 scores for all pupils (7586 pupils) was -0.09. This \
performance is within the third quartile of Local authorities nationally, a decline from the second quartile \
in 2022, and the lowest National percentile ranking since 2017. For Free School Meal eligible pupils (1088 \
pupils) the average Progress 8 was -0.76, this performance is within the third quartile nationally, and a \
decline from the second quartile in 2022. Leicestershire's 2023 National percentile performance remains \
above all years previously except 2019 and 2022.
32. The Progress 8 score for SEN support -0.38 (864 pupils), and Education and Health Care Plan pupils \
(EHCP), -1.11 (308 pupils), have both improved from 2022. In comparison to the performance of other local \
authorities nationally the SEN support performance remains within the second quartile, and for the first \
time Leicestershire has performed above the national average (-0.45). It is also the highest national \
percentile ranking performance achieved under the current assessment framework. The EHCP performance has \
dropped from the second quartile in 2022 to the third quartile in 2023. Whilst still being in line with the \
national average (-1.12), it is Leicestershire's second lowest national percentile ranking performance since \
the introduction of the current assessment framework in 2016.
33. The number of children Electively Home Educated (EHE) was 1023 at the end of Q3 2023/24. This is an \
increase of 77 students (8.1%) compared to the end of Q3 2022/23 (946 students).

34. The trend has been driven by two factors: firstly, having experienced a period of enforced home \
schooling during the pandemic, some parents have opted for EHE as a lifestyle choice and have chosen to \
continue this even when schools reopened. The second factor has been ongoing health concerns which could be \
for the child, vulnerable parents, or general safety concerns. The numbers will continue to be monitored \
closely.
35. The percentage of young people (16-17) in Leicestershire not in education, employment, or training \
(NEET) at the end of Q3 2023/24 was 0.7% (100 students). This rate was unchanged compared to the end of Q3 \
2022/23.

Conclusion

36. The report provides a summary of performance at the end of quarter 3 2023/24, covering the period \
October to December 2023.
37. Details of all metrics (reflecting any changes in indicators for 2023/24) will continue to be monitored \
on a regular basis throughout the year and any subsequent changes will be notified in future reports.

Background Papers

None.

Circulation under the Local Issues Alert Procedure

None.

Appendix

Children and Family Services Department Performance Dashboard for quarter 3, 2023/24

Officers to Contact

Jane Moore, Director – Children and Families Service

Tel: 0116 305 2649

Email: Jane.Moore@leics.gov.uk

Sharon Cooke, Assistant Director – Children's Social Care

Tel: 0116 305 5479

Email: Sharon.Cooke@leics.gov.uk

Emma Jones, Business Partner – Business Intelligence Service

Tel: 0116 305 7526

Email: Emma.j.Jones@leics.gov.uk

Alex Lea, Senior Research, and Insight Manager – Business Intelligence Service

Tel: 0116 305 6803

Email: Alex.Lea@leics.gov.uk
"""


# Item 12: its appendix, the dashboard (tab-separated) (pack lines 1553-1583).
Q3_PERFORMANCE_DASHBOARD = """\
Topic\tTheme\tIndicator\tValue Type\tPolarity\tReporting Frequency\tPrevious Period\tPrevious Value\tLatest \
Period\tLatest Value\tTrend\tTarget\tStatus RAG\tNational benchmark (quartile 1 = top)\tMost recent \
Statistical Neighbour average
Help children and their families build strength, resilience, confidence and capacity\tSEND\tChildren in \
mainstream schools with EHCP\tNumber\tN/A\tTerm\tSummer 2023\t2483\tAutumn \
2023\t2446\tDecrease\tN/A\tN/A\tN/A\tN/A
\t\tChildren in mainstream schools in receipt of SEN Support (without EHCP)\tNumber\tN/A\tTerm\tSummer \
2023\t12801\tAutumn 2023\t12579\tDecrease\tN/A\tN/A\tN/A\tN/A
Help children in Leicestershire to live in safe, stable environments and have secure attachments\tSocial \
Care\tChild protection cases which were reviewed within timescales\tPercent\tHigh = Good\tQuarter\tQ4 \
2022/23\t75.71%\tQ3 2023/24\t82.6%\tIncrease\t>97.2%\tRed\t4\t88.2%
\t\tChildren becoming subject to a CPP for second or subsequent time\tPercent\tLow = Good\tQuarter\tQ2 \
2023/24\t26.1%\tQ3 2023/24\t28.7%\tIncrease\t<20.8%\tRed\t4\t23.3%
\t\tRe-referrals to CSC within 12 mths\tPercent\tLow = Good\tQuarter\tQ2 2023/24\t23.5%\tQ3 \
2023/24\t24.1%\tIncrease\t<18.7%\tRed\t4\t19.8%
\t\tAssessments completed within 45 days\tPercent\tHigh = Good\tQuarter\tQ2 2023/24\t88.2%\tQ3 \
2023/24\t88.9%\tIncrease\t>90.3%\tAmber\t2\t82.5%
\t\tCPP lasting 2 yrs or more open at the end of the quarter\tPercent\tLow = Good\tQuarter\tQ2 \
2023/24\t1.3%\tQ3 2023/24\t1.1%\tDecrease\t<3.0%\tGreen\t1\t1.5%
\t\tCare leavers in suitable accommodation\tPercent\tHigh = Good\tQuarter\tQ2 2023/24\t94.7%\tQ3 \
2023/24\t95.8%\tIncrease\t>92.0%\tGreen\t1\t89.9%
\t\tCare leavers EET\tPercent\tHigh = Good\tQuarter\tQ2 2023/24\t58.8%\tQ3 \
2023/24\t61.6%\tIncrease\t>54.0%\tGreen\t1\t56.6%
\t\tChildren in care who have had dental checks within last 12 months (at end of period)\tPercent\tHigh = \
Good\tQuarter\tQ2 2023/24\t66.5%\tQ3 2023/24\t65.4%\tDecrease\tN/A\tN/A\tN/A\tN/A
\t\tChildren in care who have their annual health assessment within last 12 months (at end of \
period)\tPercent\tHigh = Good\tQuarter\tQ2 2023/24\t66.5%\tQ3 2023/24\t62.1%\tDecrease\tN/A\tN/A\tN/A\tN/A
Help every child to get the best possible start in life\tEarly Years\tEligible 2 year olds taking up their \
FEEE\tPercent\tHigh = Good\tTerm\tSummer 2023\t74.6%\tAutumn 2023\t79.4%\tIncrease\tN/A\tN/A\tN/A\tN/A
\t\tEligible 3 year olds taking up their FEEE\tPercent\tHigh = Good\tTerm\tSummer 2023\t91.6%\tAutumn \
2023\t93.6%\tIncrease\tN/A\tN/A\tN/A\tN/A
\t\tEligible 2 and 3-year olds taking up their FEEE in a high-quality provision\tPercent\tHigh = \
Good\tTerm\tSummer 2023\t97.1%\tAutumn 2023\t97.1%\tNo change\tN/A\tN/A\tN/A\tN/A
Help every child to have access to good quality education to ensure they achieve their maximum \
potential\tEducation\tPrimary schools rated 'Good' or 'Outstanding'\tPercent\tHigh = Good\tQuarter\tQ2 \
2023/24\t90.2%\tQ3 2023/24\t90.3%\tDecline\tN/A\tAmber\t3\t91.1%
\t\tSecondary schools rated 'Good' or 'Outstanding'\tPercent\tHigh = Good\tQuarter\tQ2 2023/24\t73.3%\tQ3 \
2023/24\t77.8%\tIncrease\tN/A\tAmber\t3\t83.0%
\t\tPupils in Good or Outstanding schools\tPercent\tHigh = Good\tQuarter\tQ2 2023/24\t84.1%\tQ3 \
2023/24\t85.7%\tIncrease\tN/A\tAmber\t3\t89.3%
\t\tReception pupils reaching a 'Good level of development'\tPercent\tHigh = Good\tAnnual\t2021/22 \
Final\t67.6%\t2022/23 Final\t69.1%\tIncrease\tN/A\tAmber\t2\t69.4%
\t\tReception pupils with Free School Meals (FSM) status achieving 'Good level of \
development'\tPercent\tHigh = Good\tAnnual\t2021/22 Final\t47.1%\t2022/23 \
Final\t45.7%\tDecline\tN/A\tRed\t4\t47.0%
\t\tReception pupils with Education, Health and Care Plans achieving 'Good Level of \
Development'\tPercent\tHigh = Good\tAnnual\t2021/22 Final\t4.4%\t2022/23 \
Final\t2.5%\tDecline\tN/A\tAmber\t3\t4.0%
\t\tKS2 - pupils achieving expected standard in Reading, Writing and Mathematics\tPercent\tHigh = \
Good\tAnnual\t2021/22 Final\t62.1%\t2022/23 Final\t62.1%\tNo change\tN/A\tAmber\t2\t58.8%
\t\tKS2 - Expected level in Reading, Writing and Maths - pupils eligible for FSM\tPercent\tHigh = \
Good\tAnnual\t2021/22 Final\t40.2%\t2022/23 Final\t42.1%\tIncrease\tN/A\tAmber\t3\t37.0%
\t\tKS2 - Expected level in Reading, Writing and Maths - EHCP\tPercent\tHigh = Good\tAnnual\t2021/22 \
Final\t8.3%\t2022/23 Final\t10.6%\tIncrease\tN/A\tAmber\t2\t8.4%
\t\tKS2 - Expected level in Reading, Writing and Maths - SEN Support\tPercent\tHigh = Good\tAnnual\t2021/22 \
Final\t21.1%\t2022/23 Final\t23.0%\tIncrease\tN/A\tAmber\t3\t20.4%
\t\tKS4 - Progress 8\tNumber\tHigh = Good\tAnnual\t2021/22 Final\t0.01\t2022/23 \
Final\t-0.09\tDecline\tN/A\tAmber\t3\t-0.07
\t\tKS4 - Progress 8 (FSM)\tNumber\tHigh = Good\tAnnual\t2021/22 Final\t-0.64\t2022/23 \
Final\t-0.76\tDecline\tN/A\tAmber\t3\t-0.79
\t\tKS4 - Progress 8 (EHCP)\tNumber\tHigh = Good\tAnnual\t2021/22 Final\t-1.19\t2022/23 \
Final\t-1.11\tIncrease\tN/A\tAmber\t3\t-1.12
\t\tKS4 - Progress 8 (SEN Support)\tNumber\tHigh = Good\tAnnual\t2021/22 Final\t-0.43\t2022/23 \
Final\t-0.38\tIncrease\tN/A\tAmber\t2\t-0.49
\t\tChildren Electively Educated at Home\tNumber\tN/A\tQuarter\tQ3 2022/23\t946\tQ3 \
2023/24\t1023\tIncrease\tN/A\tN/A\tN/A\tN/A
\t\tNEET young people aged 16-17\tPercent\tLow = Good\tLast Mth of Qtr\tQ3 2022/23\t0.7%\tQ3 \
2023/24\t0.7%\tNo change\t<2.1%\tGreen\t2\t3.5%
"""


PAPERS = {
    "MINUTES_23_JANUARY_2024": MINUTES_23_JANUARY_2024,
    "VRN_STRATEGY_AND_UPDATES": VRN_STRATEGY_AND_UPDATES,
    "CFS_DEPARTMENT_REPORT": CFS_DEPARTMENT_REPORT,
    "CFS_DEPARTMENT_PLAN_2024_2026": CFS_DEPARTMENT_PLAN_2024_2026,
    "UASC_REPORT": UASC_REPORT,
    "CIP_REPORT": CIP_REPORT,
    "CONTINUOUS_IMPROVEMENT_PLAN": CONTINUOUS_IMPROVEMENT_PLAN,
    "Q3_PERFORMANCE_REPORT": Q3_PERFORMANCE_REPORT,
    "Q3_PERFORMANCE_DASHBOARD": Q3_PERFORMANCE_DASHBOARD,
}
