"""An eighth development set (dev8, ``data/papers/dev8``), written by an outside writer who had
not read govrag's code: eight papers of six invented public bodies (none of them police), one
paper in each format. Two bodies appear twice, a year apart (an NHS foundation trust's
well-led review plan and its closure report; a housing association's damp and mould plan and
its follow-up), so that questions can follow an issue across years. Bodies, people and papers
are invented. ``QUESTIONS`` are derived from the rows below, never from govrag's answers. The
figures of ``python -m eval.ingest_eval --ingest data/papers/dev8`` are a development measure,
not a held-out one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eval.papers.spec import (
    RAG_KEY_DEFAULT,
    Paper,
    Row,
    format_date,
    gold_status,
)

# --- 1. district council: Word, ruled, two-row date header, merged owners, sub-headings,
#        month dates, separate agreed / revised columns, an "Assurance level" column --------

X01 = Paper(
    slug="x01_brackenridge_dc_ia_actions",
    fmt="docx",
    kind="district council",
    body="Brackenridge District Council",
    committee="Governance and Audit Committee",
    meeting="Wednesday 19 March 2025",
    title="Internal Audit Plan 2024/25 - Management Actions Follow-up",
    intro=(
        "The Chief Internal Auditor's interim report, presented on 22 January 2025, gave "
        "limited assurance on three of the eleven audits completed so far in 2024/25 "
        "(Disabled Facilities Grants, Car Parking Income and Council Tax Reductions).",
        "This follow-up records each agreed management action, the officer who leads it and "
        "the position reported by services on 7 March 2025. The Committee agreed in "
        "September 2024 that any date may be revised once by the Section 151 Officer; a "
        "second revision needs the Committee's approval.",
    ),
    closing=(
        "That the Committee notes progress and approves the second revision of action "
        "CP-03 to September 2025.",
        "Report author: Chief Internal Auditor (shared service with Tollerby Borough Council).",
    ),
    headers={
        "ref": "Action ref",
        "issue": "Finding",
        "action": "What we will do",
        "priority": "Assurance level",
        "owner": "Lead officer",
        "original": "Agreed",
        "revised": "Revised to",
        "status": "Position at March 2025",
    },
    two_row_date_header="Implementation date",
    borders=True,
    date_style="month",
    revision="columns",
    merge_fields=("owner",),
    running_header="Brackenridge DC - Governance and Audit Committee - 19 March 2025 - Item 8",
    extra={
        "orient": "landscape",
        "body_label": "Council",
        "date_label": "Meeting",
        "table_heading": "Appendix B - Agreed management actions",
        "closing_heading": "Recommendation to the Committee",
    },
    rows=(
        Row(
            ref="DFG-01",
            category="Disabled Facilities Grants (limited assurance)",
            issue="Eleven of 25 grant files sampled had no second quotation for works over "
            "£10,000.",
            action="Require two quotations for all works above £10,000 and record the "
            "comparison on the case file.",
            priority="Limited",
            owner="Private Sector Housing Manager",
            due="2024-12-31",
            status="Implemented",
        ),
        Row(
            ref="DFG-02",
            category="Disabled Facilities Grants (limited assurance)",
            issue="The average time from referral to approval was 31 weeks against a target of 20.",
            action="Agree a fast-track route with the occupational therapy service for "
            "stairlifts and level-access showers.",
            priority="Limited",
            owner="Private Sector Housing Manager",
            due="2025-01-31",
            revised="2025-06-30",
            status="Partially implemented",
        ),
        Row(
            ref="DFG-03",
            category="Disabled Facilities Grants (limited assurance)",
            issue="Completed works were not inspected before the final payment was released.",
            action="Inspect every completed adaptation and attach the signed inspection "
            "sheet to the payment request.",
            priority="Limited",
            owner="Technical Officer (Adaptations)",
            due="2024-11-30",
            status="Implemented",
        ),
        Row(
            ref="CP-01",
            category="Car Parking Income (limited assurance)",
            issue="Cash collected from 14 pay-and-display machines was not reconciled to "
            "machine audit tickets.",
            action="Reconcile each collection to the machine audit ticket within five "
            "working days and investigate variances over £50.",
            priority="Limited",
            owner="Parking Services Manager",
            due="2024-10-31",
            status="Implemented",
        ),
        Row(
            ref="CP-02",
            category="Car Parking Income (limited assurance)",
            issue="Season permits worth £18,400 were issued without payment being confirmed.",
            action="Issue permits only through the online portal once card payment has cleared.",
            priority="Limited",
            owner="Parking Services Manager",
            due="2025-02-28",
            status="Not implemented",
        ),
        Row(
            ref="CP-03",
            category="Car Parking Income (limited assurance)",
            issue="Tariffs at Station Road car park had not been changed since 2019 despite "
            "Cabinet approval.",
            action="Reprogramme the machines with the approved tariffs and check a sample monthly.",
            priority="Limited",
            owner="Head of Environmental Services",
            due="2024-12-31",
            revised="2025-09-30",
            status="Not implemented",
        ),
        Row(
            ref="CTR-01",
            category="Council Tax Reductions (limited assurance)",
            issue="Changes of circumstances reported by telephone were not actioned within "
            "the 14-day standard.",
            action="Add a daily work queue for telephone notifications and report "
            "clearance times monthly.",
            priority="Limited",
            owner="Revenues and Benefits Manager",
            due="2025-01-31",
            status="Implemented",
        ),
        Row(
            ref="CTR-02",
            category="Council Tax Reductions (limited assurance)",
            issue="Backdated awards over £1,000 were not checked by a second officer.",
            action="Introduce a second-officer check for backdated awards above £1,000.",
            priority="Limited",
            owner="Revenues and Benefits Manager",
            due="2025-03-31",
            status="Not yet due",
        ),
        Row(
            ref="PR-01",
            category="Other audits (reasonable assurance)",
            issue="The contracts register omitted nine contracts let in 2023/24.",
            action="Reconcile the contracts register to creditor payments over £5,000 "
            "each quarter.",
            priority="Reasonable",
            owner="Procurement Lead",
            due="2024-09-30",
            revised="2025-03-31",
            status="Partially implemented",
        ),
        Row(
            ref="PR-02",
            category="Other audits (reasonable assurance)",
            issue="Payroll starters were set up before the signed contract was returned.",
            action="Block payroll set-up until HR has uploaded the signed contract.",
            priority="Reasonable",
            owner="",
            due="2024-08-31",
            status="Implemented",
        ),
        Row(
            ref="IT-01",
            category="Other audits (reasonable assurance)",
            issue="The cyber incident response plan had not been exercised.",
            action="Run a tabletop exercise with the Senior Leadership Team.",
            priority="Reasonable",
            owner="ICT Shared Service Manager",
            due="2025-05-31",
            status="Not yet due",
        ),
        Row(
            ref="IT-02",
            category="Other audits (reasonable assurance)",
            issue="Leavers' network accounts stayed active for up to 40 days.",
            action="Disable accounts on the leaving date using the HR leavers report.",
            priority="Reasonable",
            owner="ICT Shared Service Manager",
            due="2024-12-31",
            status="Implemented",
        ),
    ),
)

# --- 2. combined fire authority: Excel, header row 6, RAG as fill only with a key,
#        real Excel dates, sub-heading rows by inspection pillar ----------------------------

X02 = Paper(
    slug="x02_corriemoor_lune_cfa_inspection_tracker",
    fmt="xlsx",
    kind="combined fire authority",
    body="Corriemoor and Lune Combined Fire Authority",
    committee="Performance and Scrutiny Panel",
    meeting="Monday 31 March 2025",
    title="HMICFRS Round 3 Inspection - Areas for Improvement Tracker",
    intro=(
        "His Majesty's Inspectorate graded the Service 'adequate' for effectiveness and "
        "'requires improvement' for people in its report of 4 September 2024, and raised "
        "one cause of concern on the backlog of 612 overdue fire safety audits.",
        "The Chief Fire Officer approved this tracker on 14 March 2025. Progress is shown "
        "by the colour of the RAG cell only.",
    ),
    closing=(
        "Members are asked to scrutinise progress, in particular the two areas rated red, "
        "and to note that the Inspectorate will revisit the cause of concern in June 2025.",
    ),
    headers={
        "ref": "Ref.",
        "issue": "Area for improvement",
        "action": "What we will do",
        "owner": "Lead officer",
        "original": "Target date",
        "revised": "Revised target",
        "status": "RAG",
        "progress": "Update at March 2025",
    },
    header_row=6,
    date_style="dmy/",
    revision="columns",
    rag_key=RAG_KEY_DEFAULT,
    rag_fill=True,
    extra={
        "cover_sheet": "Front sheet",
        "sheet": "AFI tracker",
        "key_text": "RAG key: Blue = complete; Green = on track; Amber = at risk of "
        "missing the target; Red = not started.",
    },
    rows=(
        Row(
            ref="COC1",
            category="Cause of concern",
            issue="The Service has a backlog of 612 overdue audits of high-risk premises.",
            action="Recruit six additional fire safety inspectors and clear the backlog "
            "in risk order.",
            owner="Area Manager, Protection",
            due="2025-03-31",
            revised="2025-09-30",
            status="Amber",
            progress="Four inspectors in post; backlog down to 288 audits. Two inspectors "
            "will not be competent until July.",
        ),
        Row(
            ref="E1",
            category="Effectiveness",
            issue="Risk-based inspection programme does not use up-to-date building "
            "occupancy data.",
            action="Import Valuation Office and NHS care home data into the premises "
            "risk model quarterly.",
            owner="Head of Data and Intelligence",
            due="2024-12-31",
            status="Blue",
            progress="First import in December 2024 added 1,140 premises.",
        ),
        Row(
            ref="E2",
            category="Effectiveness",
            issue="Site-specific risk information is not always available to crews on "
            "mobile data terminals.",
            action="Audit all 2,300 SSRI records and remove those past their review date.",
            owner="Area Manager, Response",
            due="2025-06-30",
            status="Green",
            progress="1,450 records reviewed; on course.",
        ),
        Row(
            ref="E3",
            category="Effectiveness",
            issue="Learning from operational debriefs is not shared across stations.",
            action="Publish a monthly operational learning bulletin.",
            owner="Area Manager, Response",
            due="2024-10-31",
            status="Blue",
            progress="Bulletins issued monthly since October 2024.",
        ),
        Row(
            ref="E4",
            category="Effectiveness",
            issue="Response standards for on-call appliances are missed in the Lune valley.",
            action="Pilot a day-crewing model at Kirkby Lune and Sedgeby stations.",
            owner="Group Manager, On-Call",
            due="2025-04-30",
            status="Red",
            progress="Pilot awaits agreement with the representative bodies.",
        ),
        Row(
            ref="F1",
            category="Efficiency",
            issue="The Service cannot show the productivity of wholetime crews.",
            action="Introduce a station activity recording system with a quarterly "
            "productivity report.",
            owner="Director of Corporate Services",
            due="2024-11-30",
            revised="2025-05-31",
            status="Amber",
            progress="System procured; training of crews to start in April.",
        ),
        Row(
            ref="F2",
            category="Efficiency",
            issue="Collaboration with Corriemoor Ambulance Service has not been evaluated.",
            action="Evaluate the co-responding scheme and report costs and benefits.",
            owner="",
            due="2025-03-31",
            status="Red",
            progress="No lead officer since the retirement of the Collaboration Manager.",
        ),
        Row(
            ref="P1",
            category="People",
            issue="Only 62% of staff had completed equality, diversity and inclusion training.",
            action="Make EDI training mandatory and report completion by station.",
            owner="Head of People",
            due="2024-09-30",
            status="Blue",
            progress="Completion 94% at 28 February 2025.",
        ),
        Row(
            ref="P2",
            category="People",
            issue="Staff do not have confidence in the grievance process.",
            action="Commission an independent review of grievances since 2021 and act on "
            "its findings.",
            owner="Head of People",
            due="2025-01-31",
            revised="2025-07-31",
            status="Green",
            progress="Review by an external HR consultancy began in February; report due June.",
        ),
        Row(
            ref="P3",
            category="People",
            issue="Middle managers have no structured leadership development.",
            action="Enrol all watch and crew managers on the national supervisory "
            "leadership programme.",
            owner="Head of Training",
            due="2025-12-31",
            status="Green",
            progress="48 of 131 managers enrolled.",
        ),
        Row(
            ref="P4",
            category="People",
            issue="Fitness tests for operational staff were overdue for 9% of staff.",
            action="Schedule fitness tests within the annual training planner.",
            owner="Head of Training",
            due="2024-07-31",
            status="Blue",
            progress="All staff tested; overdue rate 0.4%.",
        ),
    ),
)

# --- 3. NHS foundation trust, year 1: borderless PDF, sub-headings, financial quarters,
#        "Target date extended from … to …" in the progress text -----------------------------

X03 = Paper(
    slug="x03_hollinsmere_ft_wellled_plan_2023",
    fmt="pdf",
    kind="nhs foundation trust",
    body="Hollinsmere Teaching Hospitals NHS Foundation Trust",
    committee="Board of Directors (Public)",
    meeting="Thursday 30 November 2023",
    title="Well-led Developmental Review - Action Plan Progress Report (2023/24)",
    intro=(
        "The independent well-led review carried out by Pennant Governance Partners between "
        "March and May 2023 made fourteen recommendations; the Board accepted all of them "
        "on 27 July 2023 and asked for a progress report every four months.",
        "The Council of Governors received the same report on 16 November 2023. Targets are "
        "expressed as quarters of the financial year.",
    ),
    closing=(
        "The Board is asked to note progress and to approve the extended targets for WL2, "
        "WL6 and WL9. The Trust Secretary will bring the next report in March 2024.",
    ),
    headers={
        "ref": "Rec.",
        "issue": "Review recommendation",
        "action": "Agreed action",
        "owner": "Executive lead",
        "due": "Target",
        "status": "Status",
        "progress": "Progress narrative",
    },
    borders=False,
    date_style="quarter",
    revision="extended",
    running_header="Hollinsmere Teaching Hospitals NHS FT - Board of Directors - 30 November "
    "2023 - Enclosure F",
    extra={
        "orient": "landscape",
        "size": "9pt",
        "font": "Calibri, Arial, sans-serif",
        "table_heading": "Action plan",
        "closing_heading": "Recommendation",
        "footer": "Enclosure F",
    },
    rows=(
        Row(
            ref="WL1",
            category="Leadership and culture",
            issue="Board members do not visit clinical areas in a planned way.",
            action="Introduce a programme of monthly board walkabouts with themes from "
            "patient experience data.",
            owner="Chief Nurse",
            due="2023-09-30",
            status="Complete",
            progress="Walkabouts began in August 2023; 19 visits completed.",
        ),
        Row(
            ref="WL2",
            category="Leadership and culture",
            issue="Staff survey scores for raising concerns are in the lowest quintile.",
            action="Appoint two additional Freedom to Speak Up guardians and publish "
            "quarterly themes.",
            owner="Director of People",
            due="2023-12-31",
            revised="2024-03-31",
            status="Behind schedule",
            progress="One guardian appointed; second post readvertised after an "
            "unsuccessful campaign.",
        ),
        Row(
            ref="WL3",
            category="Leadership and culture",
            issue="There is no succession plan for executive and divisional leadership posts.",
            action="Develop a talent and succession plan for the top 60 posts.",
            owner="Director of People",
            due="2024-06-30",
            status="Not started",
            progress="Scheduled to begin after the divisional restructure in January 2024.",
        ),
        Row(
            ref="WL4",
            category="Governance structures",
            issue="Board committee terms of reference overlap and duplicate assurance.",
            action="Review all committee terms of reference and agree a single assurance map.",
            owner="Trust Secretary",
            due="2023-09-30",
            status="Complete",
            progress="New terms of reference approved by the Board on 28 September 2023.",
        ),
        Row(
            ref="WL5",
            category="Governance structures",
            issue="The board assurance framework is not used to shape committee agendas.",
            action="Rebuild the BAF around eight strategic risks and link each to a "
            "committee work plan.",
            owner="Trust Secretary",
            due="2023-12-31",
            status="On track",
            progress="Draft BAF with eight strategic risks reviewed at the Audit and Risk "
            "Committee on 9 November 2023.",
        ),
        Row(
            ref="WL6",
            category="Governance structures",
            issue="Divisional performance reviews do not cover quality and workforce metrics.",
            action="Introduce an integrated divisional performance pack covering quality, "
            "workforce and finance.",
            owner="Chief Operating Officer",
            due="2023-12-31",
            revised="2024-06-30",
            status="Behind schedule",
            progress="The pack depends on the new business intelligence platform, whose "
            "go-live has slipped.",
        ),
        Row(
            ref="WL7",
            category="Information and data quality",
            issue="Board reports rely on month-old data and lack statistical process "
            "control charts.",
            action="Adopt 'making data count' SPC charts in the integrated performance report.",
            owner="Director of Strategy and Digital",
            due="2024-03-31",
            status="On track",
            progress="SPC charts used for 22 of 40 metrics in the October report.",
        ),
        Row(
            ref="WL8",
            category="Information and data quality",
            issue="Waiting list data quality is not independently validated.",
            action="Commission an external validation of the referral-to-treatment waiting list.",
            owner="Chief Operating Officer",
            due="2023-12-31",
            status="Partially complete",
            progress="Validation of 41,000 pathways completed; the remaining 12,000 "
            "community pathways are outstanding.",
        ),
        Row(
            ref="WL9",
            category="Information and data quality",
            issue="The data security and protection toolkit was submitted as 'standards not met'.",
            action="Complete the toolkit improvement plan agreed with NHS England.",
            owner="Senior Information Risk Owner",
            due="2024-03-31",
            revised="2024-06-30",
            status="On track",
            progress="Training compliance at 89% against the 95% standard.",
        ),
        Row(
            ref="WL10",
            category="Stakeholders and governors",
            issue="Governors are not sufficiently involved in holding non-executives to account.",
            action="Agree a governor observation programme for board committees.",
            owner="Trust Secretary",
            due="2023-12-31",
            status="Complete",
            progress="Observation programme agreed by the Council of Governors on 16 "
            "November 2023.",
        ),
        Row(
            ref="WL11",
            category="Stakeholders and governors",
            issue="Partners in the integrated care system see the Trust as inward-looking.",
            action="Publish a joint five-year clinical strategy with Hollinsmere Community "
            "Health and the two primary care collaboratives.",
            owner="Director of Strategy and Digital",
            due="2024-09-30",
            status="Not started",
            progress="",
        ),
    ),
)

# --- 4. the same trust a year on: PDF with borders, portrait, merged owners, full dates,
#        "(revised from …)", RAG words with a key (blue = complete) --------------------------

X04 = Paper(
    slug="x04_hollinsmere_ft_wellled_closure_2024",
    fmt="pdf",
    kind="nhs foundation trust",
    body="Hollinsmere Teaching Hospitals NHS Foundation Trust",
    committee="Board of Directors (Public)",
    meeting="Thursday 5 December 2024",
    title="Well-led Developmental Review - Closure Report and Residual Actions (2024/25)",
    intro=(
        "This is the final report on the fourteen recommendations of the 2023 well-led "
        "review. Three recommendations (WL4, WL10 and WL12) were closed by the Board in "
        "March 2024 and are not repeated here; the remaining actions are shown with any "
        "new actions the Executive Committee added on 12 June 2024.",
        "Internal audit (Mersey Fold Audit) reviewed the evidence for closure in October "
        "2024 and gave substantial assurance. Ratings follow the key below the table.",
    ),
    closing=(
        "The Board is asked to close the actions rated blue and to transfer the residual "
        "actions to the Quality and Workforce committees' work plans from January 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Recommendation",
        "action": "Action",
        "owner": "Executive lead",
        "due": "Completion date",
        "status": "Rating",
        "progress": "Evidence of completion / next steps",
    },
    borders=True,
    date_style="long",
    revision="inline",
    rag_key=RAG_KEY_DEFAULT,
    merge_fields=("owner",),
    running_header="Hollinsmere Teaching Hospitals NHS FT | Board of Directors | 5 December 2024",
    extra={
        "orient": "portrait",
        "size": "8.5pt",
        "font": "Georgia, 'Times New Roman', serif",
        "head_bg": "#e2efda",
        "table_heading": "Residual actions",
        "key_text": "Key: Blue - complete and evidenced; Green - on track; Amber - at risk "
        "of missing the date; Red - not started.",
        "closing_heading": "Decision required",
        "footer": "Enclosure D",
    },
    rows=(
        Row(
            ref="WL2",
            issue="Staff survey scores for raising concerns are in the lowest quintile.",
            action="Appoint two additional Freedom to Speak Up guardians and publish "
            "quarterly themes.",
            owner="Director of People",
            due="2024-03-31",
            status="Blue",
            progress="Both guardians in post from February 2024; themes reported to the "
            "People Committee each quarter.",
        ),
        Row(
            ref="WL3",
            issue="There is no succession plan for executive and divisional leadership posts.",
            action="Develop a talent and succession plan for the top 60 posts.",
            owner="Director of People",
            due="2024-06-30",
            revised="2025-01-31",
            status="Amber",
            progress="Plan covers 38 of 60 posts; divisional posts to follow the January "
            "talent panel.",
        ),
        Row(
            ref="WL5",
            issue="The board assurance framework is not used to shape committee agendas.",
            action="Rebuild the BAF around eight strategic risks and link each to a "
            "committee work plan.",
            owner="Trust Secretary",
            due="2023-12-31",
            revised="2024-04-30",
            status="Blue",
            progress="New BAF approved by the Board on 25 April 2024.",
        ),
        Row(
            ref="WL6",
            issue="Divisional performance reviews do not cover quality and workforce metrics.",
            action="Introduce an integrated divisional performance pack covering quality, "
            "workforce and finance.",
            owner="Chief Operating Officer",
            due="2024-06-30",
            revised="2024-10-31",
            status="Blue",
            progress="Integrated packs used at all five divisional reviews since October.",
        ),
        Row(
            ref="WL7",
            issue="Board reports rely on month-old data and lack statistical process "
            "control charts.",
            action="Adopt 'making data count' SPC charts in the integrated performance report.",
            owner="Director of Strategy and Digital",
            due="2024-03-31",
            status="Blue",
            progress="All 40 metrics shown as SPC charts since the April 2024 report.",
        ),
        Row(
            ref="WL8",
            issue="Waiting list data quality is not independently validated.",
            action="Commission an external validation of the referral-to-treatment waiting list.",
            owner="Chief Operating Officer",
            due="2023-12-31",
            revised="2024-07-31",
            status="Blue",
            progress="Community pathways validated in July 2024; 2,140 pathways closed.",
        ),
        Row(
            ref="WL9",
            issue="The data security and protection toolkit was submitted as 'standards not met'.",
            action="Complete the toolkit improvement plan agreed with NHS England.",
            owner="Senior Information Risk Owner",
            due="2024-06-30",
            status="Blue",
            progress="2023/24 toolkit submitted as 'standards met' on 28 June 2024.",
        ),
        Row(
            ref="WL11",
            issue="Partners in the integrated care system see the Trust as inward-looking.",
            action="Publish a joint five-year clinical strategy with Hollinsmere Community "
            "Health and the two primary care collaboratives.",
            owner="Director of Strategy and Digital",
            due="2024-09-30",
            revised="2025-03-31",
            status="Green",
            progress="Draft strategy out to engagement until 20 December 2024.",
        ),
        Row(
            ref="WL13",
            issue="Non-executive directors lack a structured induction.",
            action="Introduce a twelve-month induction programme with a clinical buddy.",
            owner="Trust Secretary",
            due="2024-05-31",
            status="Blue",
            progress="Programme used for the two non-executives appointed in May 2024.",
        ),
        Row(
            ref="WL14",
            issue="Patient voices are rarely heard directly at the Board.",
            action="Open each public Board meeting with a patient or staff story.",
            owner="Chief Nurse",
            due="2024-04-30",
            status="Blue",
            progress="Stories heard at every public meeting since April 2024.",
        ),
        Row(
            ref="N1",
            issue="Executive portfolios were redrawn in June 2024 without an updated scheme "
            "of delegation.",
            action="Revise the scheme of reservation and delegation to reflect the new portfolios.",
            owner="Chief Finance Officer",
            due="2024-11-30",
            revised="2025-02-28",
            status="Amber",
            progress="Draft scheme with the Audit and Risk Committee for comment in January.",
        ),
        Row(
            ref="N2",
            issue="Divisional governance meetings are not quorate in a third of months.",
            action="Set quorum rules and escalate non-quorate meetings to the Chief "
            "Operating Officer.",
            owner="",
            due="2025-03-31",
            status="Red",
            progress="Awaiting the outcome of the divisional governance review.",
        ),
    ),
)

# --- 5. housing association, year 1: CSV after a three-line preamble, Mon-YY dates,
#        "(was …)", Open / Closed / Overdue ----------------------------------------------------

X05 = Paper(
    slug="x05_saltmarsh_homes_damp_mould_2023",
    fmt="csv",
    kind="housing association",
    body="Saltmarsh Homes Group",
    committee="Customer Services and Assurance Committee",
    meeting="Tuesday 12 March 2024",
    title="Damp, Mould and Condensation Action Plan 2023/24",
    intro=("Action plan agreed after the Housing Ombudsman spotlight self-assessment.",),
    closing=("The Committee is asked to note the plan.",),
    headers={
        "ref": "No.",
        "issue": "Gap identified",
        "action": "Action",
        "owner": "Responsible manager",
        "due": "Deadline",
        "status": "Status",
        "progress": "Latest update (February 2024)",
    },
    header_row=4,
    date_style="mon-yy",
    revision="was",
    rows=(
        Row(
            ref="DM01",
            issue="There is no single record of reports of damp and mould across 9,800 homes.",
            action="Create a damp and mould case category in the housing management system.",
            owner="Head of Repairs",
            due="2023-07-31",
            status="Closed",
            progress="Category live since July 2023; 1,312 cases logged to date.",
        ),
        Row(
            ref="DM02",
            issue="Surveys after a report of mould take an average of 38 days.",
            action="Inspect every new report within ten working days.",
            owner="Head of Repairs",
            due="2023-10-31",
            revised="2024-01-31",
            status="Closed",
            progress="Average time to inspect was 8 days in January 2024 after two "
            "surveyors were added.",
        ),
        Row(
            ref="DM03",
            issue="Homes with repeat reports are not identified.",
            action="Flag any home with three or more reports in 12 months for a full "
            "property survey.",
            owner="Asset Data Manager",
            due="2023-12-31",
            status="Open",
            progress="Report built; 214 homes flagged, surveys booked for 96.",
        ),
        Row(
            ref="DM04",
            issue="Tenants are blamed for 'lifestyle' causes in letters.",
            action="Rewrite all standard letters and train staff on the Ombudsman's expectations.",
            owner="Customer Experience Manager",
            due="2023-09-30",
            status="Closed",
            progress="Letters rewritten with the tenant panel; 143 staff trained.",
        ),
        Row(
            ref="DM05",
            issue="Extractor fans in the 1960s flats at Harbour Row are inadequate.",
            action="Fit continuous mechanical extract ventilation in all 186 flats.",
            owner="Head of Asset Management",
            due="2024-03-31",
            revised="2024-09-30",
            status="Open",
            progress="74 flats fitted; contractor capacity has slowed the programme.",
        ),
        Row(
            ref="DM06",
            issue="Vulnerable tenants are not prioritised for remedial work.",
            action="Use the vulnerability register to prioritise damp and mould works.",
            owner="Tenancy Sustainment Manager",
            due="2023-11-30",
            status="Overdue",
            progress="Vulnerability register not yet linked to the repairs system.",
        ),
        Row(
            ref="DM07",
            issue="Board reports on damp and mould give case numbers but no outcomes.",
            action="Add time to resolve and repeat-report measures to the quarterly "
            "performance report.",
            owner="Director of Property Services",
            due="2024-01-31",
            status="Closed",
            progress="Measures included from the Q3 report.",
        ),
        Row(
            ref="DM08",
            issue="Contractors do not return photographs of completed mould treatments.",
            action="Make before-and-after photographs a condition of payment.",
            owner="Contracts Manager",
            due="2024-02-29",
            status="Open",
            progress="Contract variation issued; two of three contractors have signed.",
        ),
        Row(
            ref="DM09",
            issue="Stock condition data for 31% of homes is more than five years old.",
            action="Survey 3,000 homes a year until every home has been surveyed within "
            "five years.",
            owner="Head of Asset Management",
            due="2024-06-30",
            revised="2025-03-31",
            status="Open",
            progress="1,050 surveys completed; programme re-phased over two years in the budget.",
        ),
        Row(
            ref="DM10",
            issue="There is no follow-up call after works to check mould has not returned.",
            action="Call every tenant six weeks after works are completed.",
            owner="",
            due="2024-04-30",
            status="Open",
            progress="Process designed; no team yet assigned.",
        ),
        Row(
            ref="DM11",
            issue="The damp and mould policy predates the 2023 national guidance.",
            action="Publish a new damp and mould policy approved by the Board.",
            owner="Director of Property Services",
            due="2023-12-31",
            revised="2024-02-29",
            status="Overdue",
            progress="Board approval deferred to its April meeting.",
        ),
        Row(
            ref="DM12",
            issue="Complaints about damp take longer than the Complaint Handling Code allows.",
            action="Route damp complaints to a specialist complaints officer.",
            owner="Customer Experience Manager",
            due="2023-08-31",
            status="Closed",
            progress="Specialist officer in post since August; 92% of stage 1 responses "
            "within 10 working days.",
        ),
    ),
)

# --- 6. the same association a year on: Markdown, bold sub-headings, "end of …" dates,
#        the deadline column keeps the first date, the update says it moved ----------------

X06 = Paper(
    slug="x06_saltmarsh_homes_damp_mould_2024",
    fmt="md",
    kind="housing association",
    body="Saltmarsh Homes Group",
    committee="Customer Services and Assurance Committee",
    meeting="Tuesday 11 March 2025",
    title="Damp, Mould and Condensation Action Plan - 2024/25 Follow-up",
    intro=(
        "The Committee closed five actions from the 2023/24 plan in March 2024 (DM01, DM02, "
        "DM04, DM07 and DM12). The open actions are carried forward below with new actions "
        "arising from the Regulator of Social Housing's inspection in October 2024, which "
        "graded the Group C2 for consumer standards.",
        "The Deadline column shows the date the Committee agreed; where a deadline has been "
        "moved the update says so. 1,847 damp and mould cases were logged in the twelve "
        "months to February 2025.",
    ),
    closing=(
        "That the Committee (a) notes progress, (b) agrees that DM03, DM06 and DM11 be "
        "closed and (c) asks the Director of Property Services to report on DM05 in June.",
    ),
    headers={
        "ref": "No.",
        "issue": "Gap identified",
        "action": "Action",
        "owner": "Responsible manager",
        "due": "Deadline",
        "status": "Status",
        "progress": "Update",
    },
    date_style="words",
    revision="moved",
    extra={"table_heading": "Follow-up action plan", "closing_heading": "Recommendations"},
    rows=(
        Row(
            ref="DM03",
            category="Carried forward from 2023/24",
            issue="Homes with repeat reports are not identified.",
            action="Flag any home with three or more reports in 12 months for a full "
            "property survey.",
            owner="Asset Data Manager",
            due="2023-12-31",
            revised="2024-06-30",
            status="Done",
            progress="All 214 flagged homes surveyed by June 2024.",
        ),
        Row(
            ref="DM05",
            category="Carried forward from 2023/24",
            issue="Extractor fans in the 1960s flats at Harbour Row are inadequate.",
            action="Fit continuous mechanical extract ventilation in all 186 flats.",
            owner="Head of Asset Management",
            due="2024-09-30",
            revised="2025-06-30",
            status="Overdue",
            progress="151 of 186 flats fitted; 35 tenants have refused access.",
        ),
        Row(
            ref="DM06",
            category="Carried forward from 2023/24",
            issue="Vulnerable tenants are not prioritised for remedial work.",
            action="Use the vulnerability register to prioritise damp and mould works.",
            owner="Tenancy Sustainment Manager",
            due="2024-05-31",
            status="Done",
            progress="Interface between the register and repairs system live in May 2024.",
        ),
        Row(
            ref="DM08",
            category="Carried forward from 2023/24",
            issue="Contractors do not return photographs of completed mould treatments.",
            action="Make before-and-after photographs a condition of payment.",
            owner="Contracts Manager",
            due="2024-02-29",
            status="Partly met",
            progress="Photographs returned for 81% of jobs in January 2025.",
        ),
        Row(
            ref="DM09",
            category="Carried forward from 2023/24",
            issue="Stock condition data for 31% of homes is more than five years old.",
            action="Survey 3,000 homes a year until every home has been surveyed within "
            "five years.",
            owner="Head of Asset Management",
            due="2025-03-31",
            status="Ongoing",
            progress="4,420 surveys completed since April 2023.",
        ),
        Row(
            ref="DM10",
            category="Carried forward from 2023/24",
            issue="There is no follow-up call after works to check mould has not returned.",
            action="Call every tenant six weeks after works are completed.",
            owner="Customer Experience Manager",
            due="2024-04-30",
            revised="2024-12-31",
            status="Ongoing",
            progress="Calls made for 60% of completed jobs.",
        ),
        Row(
            ref="DM11",
            category="Carried forward from 2023/24",
            issue="The damp and mould policy predates the 2023 national guidance.",
            action="Publish a new damp and mould policy approved by the Board.",
            owner="Director of Property Services",
            due="2024-02-29",
            revised="2024-04-30",
            status="Done",
            progress="Policy approved by the Board on 23 April 2024 and published.",
        ),
        Row(
            ref="RSH1",
            category="New actions from the regulatory inspection",
            issue="The Group could not show it knows the condition of all its homes.",
            action="Commission a 100% stock condition survey of the remaining 2,600 homes.",
            owner="Director of Property Services",
            due="2025-12-31",
            status="Not yet started",
            progress="Tender to be issued in April 2025.",
        ),
        Row(
            ref="RSH2",
            category="New actions from the regulatory inspection",
            issue="Tenant satisfaction with repairs (58%) is below the sector median.",
            action="Agree a repairs improvement plan with the tenant panel.",
            owner="Head of Repairs",
            due="2025-01-31",
            status="Ongoing",
            progress="Plan drafted; tenant panel workshop held on 18 February 2025.",
        ),
        Row(
            ref="RSH3",
            category="New actions from the regulatory inspection",
            issue="Data on tenants' protected characteristics is held for only 40% of households.",
            action="Run a tenant profiling campaign through the annual tenancy visit.",
            owner="",
            due="2025-09-30",
            status="Not yet started",
            progress="",
        ),
        Row(
            ref="RSH4",
            category="New actions from the regulatory inspection",
            issue="Hazards found in surveys are not tracked through to repair.",
            action="Link HHSRS category 1 hazards to works orders with a 28-day target.",
            owner="Head of Repairs",
            due="2025-02-28",
            revised="2025-05-31",
            status="Ongoing",
            progress="Workflow built; testing with surveyors in March.",
        ),
    ),
)

# --- 7. university: HTML, two-row date header, seasons, merged owners, no refs,
#        Met / Met: partially / Not met / Not yet due --------------------------------------

X07 = Paper(
    slug="x07_eastwold_university_ofs_conditions",
    fmt="html",
    kind="university",
    body="University of Eastwold",
    committee="Audit and Risk Committee of Council",
    meeting="Wednesday 26 February 2025",
    title="Assurance on OfS Conditions of Registration - Improvement Actions",
    intro=(
        "Council asked in July 2024 for assurance that the University meets its ongoing "
        "conditions of registration with the Office for Students. The Academic Registrar's "
        "review found 12 gaps in assurance, most in the B conditions on quality and the E "
        "conditions on governance.",
        "Targets follow the academic year. Where a target has moved, the original and the "
        "revised targets are both shown. The University's continuation rate for full-time "
        "first degree students is 86.4%, above the 80% threshold.",
    ),
    closing=(
        "Members are asked to note the actions and to ask the Vice-Chancellor's Executive "
        "Board for a further update in June 2025.",
        "University Secretary, February 2025.",
    ),
    headers={
        "issue": "Assurance gap",
        "action": "Improvement action",
        "owner": "Accountable officer",
        "original": "Original",
        "revised": "Revised",
        "status": "Met?",
        "progress": "Commentary",
    },
    two_row_date_header="Target",
    merge_fields=("owner",),
    borders=True,
    date_style="season",
    revision="columns",
    extra={
        "table_heading": "Improvement actions by condition",
        "body_label": "University",
        "committee_label": "Meeting of",
        "head_bg": "#fce4d6",
    },
    rows=(
        Row(
            category="Condition B3: student outcomes",
            issue="Continuation in three foundation year programmes is below the 75% threshold.",
            action="Review admissions criteria and add a progression coach for each "
            "foundation year.",
            owner="Pro Vice-Chancellor (Education)",
            due="2024-11-30",
            status="Met",
            progress="Coaches in post from September 2024.",
        ),
        Row(
            category="Condition B3: student outcomes",
            issue="Progression data by subject is not reviewed at faculty level.",
            action="Add subject-level progression dashboards to annual programme monitoring.",
            owner="Pro Vice-Chancellor (Education)",
            due="2025-02-28",
            revised="2025-05-31",
            status="Met: partially",
            progress="Dashboards available for two of four faculties.",
        ),
        Row(
            category="Condition B3: student outcomes",
            issue="Completion rates for part-time students are not monitored.",
            action="Include part-time completion in the student outcomes report to Senate.",
            owner="Director of Planning",
            due="2025-05-31",
            status="Not yet due",
            progress="",
        ),
        Row(
            category="Condition B2: resources and support",
            issue="Waiting times for mental health appointments reached six weeks in autumn 2024.",
            action="Fund two more mental health advisers and a same-day triage service.",
            owner="Director of Student Services",
            due="2025-02-28",
            status="Met",
            progress="Average wait four working days in January 2025.",
        ),
        Row(
            category="Condition B2: resources and support",
            issue="Academic misconduct cases involving generative AI take over 90 days to resolve.",
            action="Revise the academic integrity procedure and train 120 panel members.",
            owner="Academic Registrar",
            due="2024-11-30",
            revised="2025-08-31",
            status="Not met",
            progress="Revised procedure delayed to align with the sector guidance "
            "expected in spring.",
        ),
        Row(
            category="Condition B2: resources and support",
            issue="Disabled students' reasonable adjustments are not communicated to markers.",
            action="Show agreed adjustments in the assessment management system.",
            owner="Academic Registrar",
            due="2025-05-31",
            status="Not yet due",
            progress="System change specified.",
        ),
        Row(
            category="Condition E2: management and governance",
            issue="Council has not reviewed its own effectiveness since 2020.",
            action="Commission an external review of Council effectiveness against the CUC code.",
            owner="University Secretary",
            due="2024-08-31",
            revised="2025-02-28",
            status="Met",
            progress="Review by an external adviser reported to Council on 4 February 2025.",
        ),
        Row(
            category="Condition E2: management and governance",
            issue="Freedom of speech obligations under the 2023 Act are not reflected in "
            "a code of practice.",
            action="Adopt a free speech code of practice and appoint a free speech lead.",
            owner="University Secretary",
            due="2024-08-31",
            status="Met",
            progress="Code adopted by Council in July 2024.",
        ),
        Row(
            category="Condition E2: management and governance",
            issue="Subcontracted provision at two partner colleges is not covered by "
            "internal audit.",
            action="Add partner provision to the internal audit plan for 2025/26.",
            owner="",
            due="2025-08-31",
            status="Not yet due",
            progress="Scope to be agreed with the internal auditors.",
        ),
        Row(
            category="Condition E3: financial sustainability",
            issue="International recruitment fell 27% against budget in 2024/25.",
            action="Produce a recovery plan with a revised five-year forecast for the OfS.",
            owner="Chief Financial Officer",
            due="2025-02-28",
            status="Met: partially",
            progress="Forecast submitted; recovery plan to Council in March.",
        ),
        Row(
            category="Condition E3: financial sustainability",
            issue="Covenant headroom on the £48m bank facility falls below 10% in the forecast.",
            action="Agree revised covenants with the lender.",
            owner="Chief Financial Officer",
            due="2024-11-30",
            revised="2025-05-31",
            status="Not met",
            progress="Lender discussions continuing; waiver letter received for 2024/25.",
        ),
        Row(
            category="Condition E3: financial sustainability",
            issue="The estates strategy does not reflect reduced student numbers.",
            action="Refresh the estates strategy with a disposals plan.",
            owner="Director of Estates",
            due="2025-08-31",
            status="Not yet due",
            progress="Space utilisation survey completed in December (41% utilisation).",
        ),
    ),
)

# --- 8. national park authority: scanned PDF, ruled, dd.mm.yyyy dates, "… now …",
#        no progress column ------------------------------------------------------------------

X08 = Paper(
    slug="x08_ravensgill_npa_ags_scan",
    fmt="pdf-scan",
    kind="national park authority",
    body="Ravensgill National Park Authority",
    committee="Audit and Performance Committee",
    meeting="Friday 17 January 2025",
    title="Annual Governance Statement 2023/24 - Significant Issues Action Plan",
    intro=(
        "The Annual Governance Statement approved by the Authority on 26 July 2024 reported "
        "nine governance issues. The external auditor's opinion on the 2023/24 accounts was "
        "unqualified. Progress at 31 December 2024 is shown below.",
    ),
    closing=("The Committee is asked to note progress and the revised dates shown.",),
    headers={
        "ref": "No.",
        "issue": "Governance issue",
        "action": "Action",
        "owner": "Lead",
        "due": "By",
        "status": "Status",
    },
    borders=True,
    date_style="dmy.",
    revision="now",
    running_header="Ravensgill NPA - Audit and Performance Committee - 17.01.2025",
    extra={
        "size": "9.5pt",
        "font": "Arial, Helvetica, sans-serif",
        "table_heading": "Action plan",
        "date_label": "Date",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            ref="1",
            issue="Planning enforcement cases older than 12 months rose to 143.",
            action="Clear the backlog with two fixed-term enforcement officers.",
            owner="Head of Development Management",
            due="2024-12-31",
            revised="2025-06-30",
            status="In progress",
        ),
        Row(
            ref="2",
            issue="The member code of conduct has not been adopted by all members.",
            action="Secure signed declarations from all 22 members.",
            owner="Monitoring Officer",
            due="2024-09-30",
            status="Completed",
        ),
        Row(
            ref="3",
            issue="Visitor centre income fell £212,000 short of budget.",
            action="Review pricing and opening hours at the three visitor centres.",
            owner="Director of Visitor Services",
            due="2024-11-15",
            status="Completed",
        ),
        Row(
            ref="4",
            issue="Peatland restoration grant claims were submitted late.",
            action="Set a claims calendar agreed with the funder.",
            owner="Head of Conservation",
            due="2024-10-31",
            status="Completed",
        ),
        Row(
            ref="5",
            issue="No tested business continuity plan for the ranger service.",
            action="Write and test a ranger service continuity plan.",
            owner="Head of Ranger Service",
            due="2024-12-31",
            status="Overdue",
        ),
        Row(
            ref="6",
            issue="Tree safety inspections on Authority land are behind schedule.",
            action="Procure a tree survey contract covering 1,900 trees.",
            owner="Estates Manager",
            due="2025-03-31",
            status="On track",
        ),
        Row(
            ref="7",
            issue="Staff turnover of 19% in the ranger and planning teams.",
            action="Carry out a pay and grading review for hard-to-fill posts.",
            owner="Head of HR",
            due="2025-01-31",
            revised="2025-04-30",
            status="In progress",
        ),
        Row(
            ref="8",
            issue="Partnership agreements with farm clusters are unsigned.",
            action="Sign agreements with all six farm clusters.",
            owner="",
            due="2025-02-28",
            status="Not started",
        ),
        Row(
            ref="9",
            issue="Cyber security training completion was 71%.",
            action="Make training a condition of network access.",
            owner="ICT Manager",
            due="2024-08-31",
            revised="2024-11-30",
            status="Completed",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (X01, X02, X03, X04, X05, X06, X07, X08)


# --- questions, derived from the rows above ---------------------------------------------------

_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _meeting(paper: Paper) -> date:
    parts = paper.meeting.split()
    return date(int(parts[-1]), _MONTHS.index(parts[-2]) + 1, int(parts[-3]))


def _where(paper: Paper) -> str:
    return f"the {paper.body} paper '{paper.title}'"


def _label(row: Row) -> list[str]:
    if row.ref and not row.ref.isdigit():
        return [row.ref]
    return [" ".join(row.issue.split()[:5]).rstrip(".,")]


def _name(row: Row) -> str:
    return row.ref or " ".join(row.issue.split()[:6])


def _topic(row: Row) -> str:
    return " ".join(row.issue.split()[:9]).rstrip(".,")


def _row(paper: Paper, key: str) -> Row:
    """The row whose ref is ``key``, or (papers without refs) whose issue starts with it."""
    return next(r for r in paper.rows if r.ref == key or (not r.ref and r.issue.startswith(key)))


def _dates(paper: Paper, value: str) -> list[str]:
    """The date as ISO, as the paper's house style writes it, and in common long forms."""
    d = date.fromisoformat(value)
    month = _MONTHS[d.month - 1]
    forms = [
        value,
        format_date(value, paper.date_style),
        f"{d.day} {month} {d.year}",
        d.strftime("%d/%m/%Y"),
        f"{month} {d.year}",
    ]
    return list(dict.fromkeys(forms))


def _q(
    sources: list[Paper], question: str, kind: str, facts: list[list[str]], notes: str
) -> dict[str, Any]:
    return {
        "question": question,
        "type": kind,
        "answerable": True,
        "facts": facts,
        "records": [],
        "sources": [p.filename for p in sources],
        "notes": notes,
    }


def _subject(row: Row) -> str:
    return row.ref if row.ref and not row.ref.isdigit() else f"on '{_topic(row)}'"


def q_revised(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if r.revised]
    return _q(
        [paper],
        f"Which deadlines were revised in {_where(paper)}?",
        "list",
        [_label(r) for r in rows],
        f"{len(rows)} rows with a revised date: "
        + ", ".join(f"{_name(r)} {r.due}->{r.revised}" for r in rows),
    )


def q_overdue(paper: Paper) -> dict[str, Any]:
    when = _meeting(paper)
    rows = [
        r
        for r in paper.rows
        if r.status.lower() == "overdue"
        or (
            gold_status(paper, r) != "complete"
            and (r.revised or r.due)
            and date.fromisoformat(r.revised or r.due) < when
        )
    ]
    return _q(
        [paper],
        f"Which actions in {_where(paper)} were overdue at the meeting of {paper.meeting}?",
        "list",
        [_label(r) for r in rows],
        f"marked Overdue, or not complete with the current due date before "
        f"{when.isoformat()}: " + ", ".join(f"{_name(r)} due {r.revised or r.due}" for r in rows),
    )


def q_owner(paper: Paper, key: str) -> dict[str, Any]:
    row = _row(paper, key)
    subject = _subject(row)
    return _q(
        [paper],
        f"Who owns action {subject} in {_where(paper)}?"
        if row.ref and not row.ref.isdigit()
        else f"Who owns the action {subject} in {_where(paper)}?",
        "lookup",
        [[row.owner]],
        f"{_name(row)}: owner column '{row.owner}'",
    )


def q_due(paper: Paper, key: str) -> dict[str, Any]:
    row = _row(paper, key)
    current = row.revised or row.due
    return _q(
        [paper],
        f"When is action {_subject(row)} of {_where(paper)} now due?"
        if row.ref and not row.ref.isdigit()
        else f"When is the action {_subject(row)} in {_where(paper)} now due?",
        "lookup_date",
        [_dates(paper, current)],
        f"{_name(row)}: current due date {current}"
        + (f" (revised from {row.due})" if row.revised else ""),
    )


def q_count(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if gold_status(paper, r) == "complete"]
    return _q(
        [paper],
        f"How many actions in {_where(paper)} are complete?",
        "count",
        [[str(len(rows))]],
        f"{len(rows)} of {len(paper.rows)} rows complete (gold status): "
        + ", ".join(_name(r) for r in rows),
    )


def q_status(paper: Paper, key: str) -> dict[str, Any]:
    row = _row(paper, key)
    return _q(
        [paper],
        f"What is the status of action {_subject(row)} in {_where(paper)}?",
        "lookup",
        [[row.status]],
        f"{_name(row)}: status as written '{row.status}' (gold {gold_status(paper, row)})",
    )


def q_not_started(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if gold_status(paper, r) == "not_started"]
    return _q(
        [paper],
        f"Which actions in {_where(paper)} have not been started?",
        "list",
        [_label(r) for r in rows],
        "gold status not_started: " + ", ".join(_name(r) for r in rows),
    )


def q_owned_by(paper: Paper, owner: str) -> dict[str, Any]:
    rows = [r for r in paper.rows if r.owner == owner]
    return _q(
        [paper],
        f"Which actions in {_where(paper)} is the {owner} responsible for?",
        "list",
        [_label(r) for r in rows],
        f"owner column '{owner}': " + ", ".join(_name(r) for r in rows),
    )


def q_no_owner(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if not r.owner.strip()]
    return _q(
        [paper],
        f"Which actions in {_where(paper)} have no named owner?",
        "list",
        [_label(r) for r in rows],
        "owner cell blank: " + ", ".join(_name(r) for r in rows),
    )


def q_across(first: Paper, second: Paper, ref: str) -> dict[str, Any]:
    """Follow one action from a paper to its successor a year later: its due date in each."""
    a, b = _row(first, ref), _row(second, ref)
    due_a, due_b = a.revised or a.due, b.revised or b.due
    return _q(
        [first, second],
        f"How did the due date of action {ref} of {first.body} change between "
        f"'{first.title}' ({first.meeting}) and '{second.title}' ({second.meeting})?",
        "lookup_date",
        [_dates(first, due_a), _dates(second, due_b)],
        f"{ref}: due {due_a} in {first.filename} (status {a.status}); due {due_b} in "
        f"{second.filename} (status {b.status})",
    )


def q_closed_since(first: Paper, second: Paper) -> dict[str, Any]:
    """Actions not complete in the first paper that the second reports complete."""
    later = {r.ref: r for r in second.rows if r.ref}
    rows = [
        r
        for r in first.rows
        if gold_status(first, r) != "complete"
        and r.ref in later
        and gold_status(second, later[r.ref]) == "complete"
    ]
    return _q(
        [first, second],
        f"Which actions of {first.body} that were still open in '{first.title}' are "
        f"reported complete in '{second.title}'?",
        "list",
        [_label(r) for r in rows],
        "open in the first paper, complete in the second: " + ", ".join(_name(r) for r in rows),
    )


QUESTIONS: tuple[dict[str, Any], ...] = (
    # district council (docx)
    q_revised(X01),
    q_overdue(X01),
    q_owner(X01, "CP-03"),
    q_count(X01),
    # combined fire authority (xlsx, RAG fills)
    q_status(X02, "E4"),
    q_due(X02, "COC1"),
    q_not_started(X02),
    q_no_owner(X02),
    # NHS foundation trust 2023 (borderless pdf)
    q_revised(X03),
    q_owned_by(X03, "Trust Secretary"),
    q_count(X03),
    # NHS foundation trust 2024 (ruled pdf)
    q_revised(X04),
    q_due(X04, "WL11"),
    q_count(X04),
    # housing association 2023/24 (csv)
    q_overdue(X05),
    q_due(X05, "DM09"),
    q_revised(X05),
    # housing association 2024/25 (md)
    q_revised(X06),
    q_status(X06, "DM08"),
    q_due(X06, "DM05"),
    # university (html, no refs)
    q_revised(X07),
    q_owner(X07, "Academic misconduct cases involving generative AI"),
    q_due(X07, "Covenant headroom"),
    q_count(X07),
    # national park authority (scan)
    q_revised(X08),
    q_owner(X08, "7"),
    q_overdue(X08),
    # across years
    q_across(X03, X04, "WL3"),
    q_across(X05, X06, "DM05"),
    q_closed_since(X03, X04),
    q_closed_since(X05, X06),
)
