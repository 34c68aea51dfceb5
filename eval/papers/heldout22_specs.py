"""The twenty-second held-out set of the measuring corpus of issue 15
(``data/papers/heldout22``), written by an outside writer. Must not be read while building govrag.

Eight papers of five kinds of body, one a format: a coastal protection partnership in three
consecutive years (Word, Excel, scanned PDF), an inter-island ferries joint board in two (HTML,
Markdown), a joint public analyst laboratory (CSV), a schools' admissions service (PDF with
cell borders) and a county farms estate (borderless PDF). Bodies, people and papers are
invented. ``QUESTIONS`` are derived from the rows below, never from govrag's answers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eval.papers.spec import (
    RAG_KEY_DEFAULT,
    RAG_KEY_GREEN_DONE,
    Paper,
    Row,
    format_date,
    gold_status,
)

# --- 1. coastal protection partnership, 2023: Word, ruled, two-row date header ("Target date"
# over Agreed / Revised), month dates, an audit-rating column, merged owner cells, sub-headings

E01 = Paper(
    slug="qe1_saltcombe_ness_coastal_partnership_ia_2023",
    fmt="docx",
    kind="coastal protection partnership",
    body="Saltcombe Bay and Ness Point Coastal Partnership",
    committee="Coastal Partnership Joint Committee",
    meeting="Friday 14 July 2023",
    title="Internal Audit of Partnership Governance and Asset Management 2022/23 - Action Plan",
    intro=(
        "The Partnership's internal auditors (the Southern Shires Audit Consortium) completed "
        "their review of partnership governance and coastal asset management in April 2023 and "
        "gave a limited assurance opinion. The report made eleven recommendations: three rated "
        "high, six medium and two low.",
        "The Partnership spent £6.8m on coastal defence in 2022/23, of which £4.2m was Flood and "
        "Coastal Erosion Risk Management grant-in-aid from the Environment Agency for the Ness "
        "Point rock revetment. The action plan below was agreed by the Partnership Board on "
        "2 May 2023; revised target dates are shown where the Board has agreed an extension.",
    ),
    closing=(
        "That the Joint Committee notes the action plan and the limited assurance opinion, and "
        "asks the auditors to follow up all high-rated recommendations in spring 2024.",
        "The next meeting of the Joint Committee is on Friday 13 October 2023 at Ness Point "
        "Civic Offices.",
    ),
    headers={
        "ref": "Rec no.",
        "issue": "Finding",
        "action": "What we will do",
        "priority": "Audit rating",
        "owner": "Lead officer",
        "original": "Agreed",
        "revised": "Revised",
        "status": "Position",
        "progress": "Update at June 2023",
    },
    two_row_date_header="Target date",
    date_style="month",
    revision="columns",
    merge_fields=("owner",),
    running_header="Saltcombe Bay and Ness Point Coastal Partnership - Joint Committee - 14 July 2023",
    extra={
        "orient": "landscape",
        "body_label": "Partnership",
        "date_label": "Meeting held on",
        "table_heading": "Appendix A - Agreed actions",
        "closing_heading": "Recommendations to the Joint Committee",
    },
    rows=(
        Row(
            ref="1.1",
            category="Governance and partnership arrangements",
            issue="The partnership agreement between Saltcombe District Council and Ness Point "
            "Borough Council expired in March 2021 and has not been renewed.",
            action="Draft and agree a new ten-year partnership agreement, including cost "
            "sharing and the lead authority role.",
            priority="High",
            owner="Partnership Manager",
            due="2023-09-30",
            status="In progress",
            progress="Heads of terms agreed by both chief executives on 6 June 2023; legal "
            "drafting under way.",
        ),
        Row(
            ref="1.2",
            category="Governance and partnership arrangements",
            issue="The partnership risk register was last reviewed by the Board in November 2021.",
            action="Review the risk register quarterly at Board and report it to this "
            "Committee twice a year.",
            priority="Medium",
            owner="Partnership Manager",
            due="2023-06-30",
            status="Complete",
            progress="Register reviewed at the Board on 2 May 2023; 19 risks, four rated red.",
        ),
        Row(
            ref="1.3",
            category="Governance and partnership arrangements",
            issue="Partner contributions for 2022/23 (£186,000) were invoiced seven months late.",
            action="Invoice partner contributions in April each year, with a schedule agreed "
            "by both section 151 officers.",
            priority="Medium",
            owner="Finance Business Partner",
            due="2023-04-30",
            status="Complete",
            progress="2023/24 contributions invoiced on 14 April 2023 and paid in full.",
        ),
        Row(
            ref="2.1",
            category="Coastal asset inspection and maintenance",
            issue="38 of 112 coastal defence assets had not been inspected within the "
            "12-month cycle set in the asset management plan.",
            action="Clear the inspection backlog and schedule all assets in the asset "
            "database with automatic reminders.",
            priority="High",
            owner="Coastal Engineering Manager",
            due="2023-08-31",
            revised="2023-12-31",
            status="Behind schedule",
            progress="21 of the 38 overdue inspections done. Two inspectors were redeployed "
            "to the Marram Gap shingle bank repairs after the March storm, so the Board "
            "agreed an extension to December.",
        ),
        Row(
            ref="2.2",
            category="Coastal asset inspection and maintenance",
            issue="Condition grades recorded after inspection were not entered in the asset "
            "database, so the capital programme used 2019 grades.",
            action="Enter all inspection results within 20 working days and reconcile the "
            "database to the capital programme.",
            priority="Medium",
            owner="Coastal Engineering Manager",
            due="2023-10-31",
            status="Not started",
            progress="Waiting for the database upgrade (see 2.3).",
        ),
        Row(
            ref="2.3",
            category="Coastal asset inspection and maintenance",
            issue="The coastal asset database runs on unsupported software with no backup "
            "outside the host council's network.",
            action="Migrate the database to the host council's supported asset system.",
            priority="Medium",
            owner="ICT Business Partner",
            due="2023-12-31",
            status="In progress",
            progress="Supplier appointed; data mapping started in June.",
        ),
        Row(
            ref="3.1",
            category="Capital schemes and grant claims",
            issue="Grant-in-aid claims for the Ness Point revetment were submitted to the "
            "Environment Agency up to 11 weeks after quarter end.",
            action="Submit grant claims within 30 days of each quarter end, checked by the "
            "Finance Business Partner.",
            priority="High",
            owner="Capital Projects Lead",
            due="2023-07-31",
            status="On track",
            progress="Q1 2023/24 claim of £612,000 being prepared for submission on 25 July.",
        ),
        Row(
            ref="3.2",
            category="Capital schemes and grant claims",
            issue="Groyne repair works at Saltcombe West were let three times by waiver of "
            "contract procedure rules.",
            action="Procure a four-year framework for minor coastal works.",
            priority="Medium",
            owner="Capital Projects Lead",
            due="2024-03-31",
            status="Not started",
            progress="",
        ),
        Row(
            ref="3.3",
            category="Capital schemes and grant claims",
            issue="The beach topographic survey contract expired in 2022 and surveys continued "
            "without a contract.",
            action="Re-tender the beach monitoring survey contract.",
            priority="Low",
            owner="Coastal Monitoring Officer",
            due="2023-05-31",
            revised="2023-09-30",
            status="In progress",
            progress="Tender issued 19 June 2023; four bids expected.",
        ),
        Row(
            ref="4.1",
            category="Operational resilience",
            issue="There is no tested plan for a breach of the shingle bank at Marram Gap.",
            action="Write a breach response plan with the Local Resilience Forum and test it "
            "in an exercise.",
            priority="Medium",
            owner="Emergency Planning Officer",
            due="2023-11-30",
            status="Not started",
            progress="Exercise pencilled in for November with the LRF.",
        ),
        Row(
            ref="4.2",
            category="Operational resilience",
            issue="Lone working on cliff-top inspections is not covered by a risk assessment.",
            action="Complete a lone working risk assessment and issue personal alarms to "
            "inspectors.",
            priority="Low",
            owner="",
            due="2023-06-30",
            status="Completed",
            progress="Assessment signed off 20 June; six alarms issued.",
        ),
    ),
)

# --- 2. coastal protection partnership, 2024: Excel, cover sheet, header row 5 under a RAG key,
# RAG words (blue = complete), "Target date extended from … to …" in the update, real dates

E02 = Paper(
    slug="qe2_saltcombe_ness_coastal_partnership_ia_2024",
    fmt="xlsx",
    kind="coastal protection partnership",
    body="Saltcombe Bay and Ness Point Coastal Partnership",
    committee="Coastal Partnership Joint Committee",
    meeting="Friday 12 July 2024",
    title="Internal Audit Follow-up 2023/24 - Outstanding and New Actions",
    intro=(
        "The auditors followed up the 2022/23 recommendations in March 2024 and raised the "
        "opinion from limited to moderate assurance. Five of the eleven 2022/23 "
        "recommendations have been closed and are not repeated; the rest are "
        "carried forward below, reworded where the Board agreed a new scope, with five new "
        "actions from the 2023/24 review of capital programme monitoring.",
        "The new partnership agreement was signed on 28 March 2024 and names Saltcombe "
        "District Council as lead authority until 2034. Extensions below were approved by "
        "the Partnership Board on 7 June 2024.",
    ),
    closing=(
        "The Joint Committee is asked to note the tracker and to agree that actions shown "
        "blue are closed.",
        "The next follow-up by the auditors is planned for March 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Audit finding",
        "action": "Agreed management action",
        "owner": "Action owner",
        "due": "Target date",
        "status": "RAG",
        "progress": "Update at June 2024",
    },
    header_row=5,
    date_style="dmy/",
    revision="extended",
    rag_key=RAG_KEY_DEFAULT,
    extra={
        "cover_sheet": "Report",
        "sheet": "IA tracker 2024",
        "key_text": "RAG key: Blue = complete; Green = on track; Amber = at risk or "
        "delayed; Red = not started.",
    },
    rows=(
        Row(
            ref="CP24/01",
            issue="Partnership agreement expired in 2021 (carried forward from 1.1).",
            action="Sign the new partnership agreement and publish the cost-sharing schedule "
            "to both councils.",
            owner="Head of Coastal Services",
            due="2023-09-30",
            revised="2024-03-31",
            status="Blue",
            progress="Agreement signed 28 March 2024; schedule published on both councils' "
            "websites in April.",
        ),
        Row(
            ref="CP24/02",
            issue="Coastal defence assets not inspected within the 12-month cycle (carried "
            "forward from 2.1).",
            action="Complete all outstanding asset inspections and keep the cycle up to date "
            "through the new asset system.",
            owner="Principal Coastal Engineer",
            due="2023-12-31",
            revised="2024-09-30",
            status="Amber",
            progress="Backlog down from 38 to 9 assets, but the 2024/25 cycle has added 14 "
            "more due inspections. A second inspector starts in August.",
        ),
        Row(
            ref="CP24/03",
            issue="Inspection condition grades not recorded in the asset database (carried "
            "forward from 2.2).",
            action="Load all condition grades into the new asset system and use them to "
            "rank the 2025/26 capital bids.",
            owner="Principal Coastal Engineer",
            due="2023-10-31",
            revised="2024-10-31",
            status="Green",
            progress="Grades loaded for 87 of 112 assets since the system went live in May.",
        ),
        Row(
            ref="CP24/04",
            issue="Asset database on unsupported software (carried forward from 2.3).",
            action="Migrate the database to the host council's asset system.",
            owner="ICT Business Partner",
            due="2023-12-31",
            revised="2024-05-31",
            status="Blue",
            progress="Migration completed 20 May 2024; old database archived read-only.",
        ),
        Row(
            ref="CP24/05",
            issue="Minor coastal works let by waiver rather than competition (carried "
            "forward from 3.2).",
            action="Award a four-year minor coastal works framework with at least three "
            "contractors.",
            owner="Capital Projects Lead",
            due="2024-03-31",
            revised="2024-11-30",
            status="Amber",
            progress="Find a Tender notice published in May; evaluation panel meets in "
            "September. The delay followed a challenge to the lotting strategy.",
        ),
        Row(
            ref="CP24/06",
            issue="No tested plan for a breach of the Marram Gap shingle bank (carried "
            "forward from 4.1).",
            action="Test the breach response plan with the Local Resilience Forum in a "
            "live exercise.",
            owner="Emergency Planning Officer",
            due="2023-11-30",
            status="Blue",
            progress="Exercise Shingle Watch held on 22 November 2023 with 41 participants; "
            "debrief actions built into the plan.",
        ),
        Row(
            ref="CP24/07",
            issue="Capital programme slippage of £1.3m in 2023/24 was not reported to the "
            "Joint Committee until year end.",
            action="Report forecast outturn and slippage on each capital scheme to every "
            "Joint Committee meeting.",
            owner="Finance Business Partner",
            due="2024-07-31",
            status="Green",
            progress="First report is on this agenda.",
        ),
        Row(
            ref="CP24/08",
            issue="Beach hut licence income of £212,000 is not reconciled between the booking "
            "system and the ledger.",
            action="Reconcile beach hut income monthly and investigate differences over £250.",
            owner="Finance Business Partner",
            due="2024-06-30",
            status="Red",
            progress="Not started: booking system report needed from the supplier.",
        ),
        Row(
            ref="CP24/09",
            issue="Contractor health and safety documents were not checked before works at "
            "Ness Point slipway.",
            action="Introduce a pre-start checklist signed by the site supervisor for every "
            "coastal works order.",
            owner="Capital Projects Lead",
            due="2024-04-30",
            status="Blue",
            progress="Checklist in use from 1 April 2024.",
        ),
        Row(
            ref="CP24/10",
            issue="Benefits of completed schemes (properties at reduced risk) are not "
            "reported to the Environment Agency consistently.",
            action="Agree an outcome measures method with the Environment Agency area team "
            "and report it annually.",
            owner="",
            due="2024-12-31",
            status="Red",
            progress="",
        ),
        Row(
            ref="CP24/11",
            issue="The Shoreline Management Plan action plan has not been monitored since 2020.",
            action="Update the SMP action plan and report progress to the Joint Committee "
            "each year.",
            owner="Coastal Monitoring Officer",
            due="2024-09-30",
            status="Green",
            progress="Review workshop with the regional coastal group held in June; 46 of "
            "the 63 SMP actions updated so far. Draft to the October meeting.",
        ),
    ),
)

# --- 3. coastal protection partnership, 2025: ruled scan, 9 pt, financial quarters, "(was …)",
# sub-headings, plain status words

E03 = Paper(
    slug="qe3_saltcombe_ness_coastal_partnership_ia_2025_scan",
    fmt="pdf-scan",
    kind="coastal protection partnership",
    body="Saltcombe Bay and Ness Point Coastal Partnership",
    committee="Coastal Partnership Joint Committee",
    meeting="Friday 11 July 2025",
    title="Internal Audit Actions 2024/25 - Position Statement",
    intro=(
        "The auditors' 2024/25 follow-up in March 2025 gave substantial assurance for the "
        "first time. Seven actions from earlier years remain on the tracker, reworded to the scope now "
        "agreed, together with three actions from the 2024/25 review of income.",
        "The Partnership Board approved the revised targets shown below on 30 May 2025. The "
        "2025/26 capital programme of £5.1m was approved by both councils in February 2025.",
    ),
    closing=(
        "The Joint Committee is recommended to note the position and close the actions "
        "marked Implemented or Superseded. The next meeting is on 10 October 2025.",
    ),
    headers={
        "ref": "No.",
        "issue": "Issue identified",
        "action": "Action",
        "owner": "Responsible",
        "due": "Deadline",
        "status": "Status",
        "progress": "Comment",
    },
    date_style="quarter",
    revision="was",
    running_header="SBNP Coastal Partnership | Joint Committee | 11 July 2025 | Item 7",
    extra={"size": "9pt", "table_heading": "Annex 1 - Action tracker"},
    rows=(
        Row(
            ref="A-01",
            category="Assets",
            issue="Asset inspections still falling outside the 12-month cycle.",
            action="Keep every coastal asset within its inspection cycle and report "
            "exceptions quarterly.",
            owner="Head of Coastal Services",
            due="2024-09-30",
            revised="2025-06-30",
            status="Implemented",
            progress="All 112 assets inspected within cycle at 30 June 2025.",
        ),
        Row(
            ref="A-02",
            category="Assets",
            issue="Condition grades missing for some assets on the asset system.",
            action="Complete condition grades for the remaining 25 assets.",
            owner="Principal Coastal Engineer",
            due="2024-12-31",
            revised="2025-09-30",
            status="Partly met",
            progress="Grades now held for 104 assets; eight timber groynes need a diver survey.",
        ),
        Row(
            ref="A-03",
            category="Assets",
            issue="Minor works framework not yet awarded.",
            action="Award and mobilise the minor coastal works framework.",
            owner="Capital Projects Lead",
            due="2024-12-31",
            revised="2025-03-31",
            status="Implemented",
            progress="Framework awarded to three contractors in February 2025.",
        ),
        Row(
            ref="G-01",
            category="Governance",
            issue="Outcome measures for completed schemes not reported to the Environment Agency.",
            action="Report properties at reduced risk for every completed scheme in the "
            "annual return.",
            owner="Coastal Monitoring Officer",
            due="2025-03-31",
            revised="2025-12-31",
            status="In progress",
            progress="Method agreed with the EA area team; first return due with the "
            "2025/26 claims.",
        ),
        Row(
            ref="G-02",
            category="Governance",
            issue="Shoreline Management Plan action plan monitoring.",
            action="Monitor the SMP action plan annually.",
            owner="Coastal Monitoring Officer",
            due="2024-12-31",
            status="Superseded",
            progress="Replaced by the national SMP refresh led by the regional coastal group.",
        ),
        Row(
            ref="G-03",
            category="Governance",
            issue="Capital slippage reporting to the Joint Committee.",
            action="Include forecast outturn for each scheme in every Joint Committee report.",
            owner="Finance Business Partner",
            due="2024-09-30",
            status="Implemented",
            progress="Reported at every meeting since July 2024.",
        ),
        Row(
            ref="I-01",
            category="Income",
            issue="Beach hut licence income still not reconciled to the ledger.",
            action="Reconcile beach hut income monthly.",
            owner="Finance Business Partner",
            due="2024-09-30",
            revised="2025-06-30",
            status="Overdue",
            progress="Supplier report delivered in May; first reconciliation shows a £3,870 "
            "difference under investigation.",
        ),
        Row(
            ref="I-02",
            category="Income",
            issue="Car park income at Ness Point is collected by a partner council without a "
            "written agreement.",
            action="Agree a car park income agreement with Ness Point Borough Council.",
            owner="Head of Coastal Services",
            due="2025-09-30",
            status="Not started",
            progress="",
        ),
        Row(
            ref="I-03",
            category="Income",
            issue="Licence fees for beach concessions have not been reviewed since 2019.",
            action="Review concession fees against comparable resorts and set 2026/27 fees.",
            owner="",
            due="2025-12-31",
            status="Not yet due",
            progress="",
        ),
        Row(
            ref="I-04",
            category="Income",
            issue="Debts for beach hut licences over 90 days (£14,200) were not chased.",
            action="Pass debts over 60 days to the host council's recovery team.",
            owner="Finance Business Partner",
            due="2025-03-31",
            status="Complete",
            progress="Process in place; £9,600 recovered.",
        ),
    ),
)

# --- 4. inter-island ferries joint board, 2024: HTML, the theme in the first column merged over
# its rows (shown once per group), merged leads, seasons, "(revised from …)"

E04 = Paper(
    slug="qe4_kyle_arnsay_ferries_safety_review_2024",
    fmt="html",
    kind="inter-island ferries joint board",
    body="Kyle of Arnsay Ferries Joint Board",
    committee="Joint Board",
    meeting="Wednesday 18 September 2024",
    title="Independent Review of the Safety Management System - Improvement Plan",
    intro=(
        "The Board commissioned an independent review of its safety management system after "
        "the grounding of MV Arnsay Isle at Kyleside slip on 9 January 2024, in which no one "
        "was hurt. The reviewer, a former Maritime and Coastguard Agency surveyor, reported in "
        "May 2024 with twelve recommendations under five themes.",
        "The Board's four vessels carried 412,000 passengers and 96,000 vehicles in 2023/24. "
        "The plan below was approved by the Operations Sub-Committee on 3 July 2024; the "
        "Designated Person Ashore reports on it to each Joint Board meeting.",
    ),
    closing=(
        "The Joint Board is asked to note progress and to approve the revised timescales. "
        "Dry-dock costs of £740,000 for MV Arnsay Isle are reported separately under item 9.",
        "The next meeting of the Joint Board is on Wednesday 11 December 2024 at Ferry House, "
        "Kyleside.",
    ),
    headers={
        "issue": "Review theme",
        "ref": "Rec",
        "action": "Recommendation and agreed action",
        "owner": "Lead",
        "due": "By when",
        "status": "Progress rating",
        "progress": "Commentary",
    },
    date_style="season",
    revision="inline",
    merge_fields=("issue", "owner"),
    extra={
        "table_heading": "Improvement plan",
        "closing_heading": "Decision sought",
        "date_label": "Meeting",
    },
    rows=(
        Row(
            issue="Safety management system and the Designated Person Ashore",
            ref="R1",
            action="Appoint a full-time Designated Person Ashore independent of the "
            "operations line.",
            owner="General Manager",
            due="2024-08-31",
            status="Complete",
            progress="Captain Moira Fettes appointed from 1 August 2024.",
        ),
        Row(
            issue="Safety management system and the Designated Person Ashore",
            ref="R2",
            action="Rewrite the safety management manual so that each procedure names an "
            "owner and a review date.",
            owner="Designated Person Ashore",
            due="2024-11-30",
            revised="2025-02-28",
            status="Behind schedule",
            progress="31 of 58 procedures rewritten; the manual will be reissued as one "
            "document after the winter timetable change.",
        ),
        Row(
            issue="Safety management system and the Designated Person Ashore",
            ref="R3",
            action="Report safety KPIs (near misses, drills missed, defects open) to every "
            "Joint Board meeting.",
            owner="Designated Person Ashore",
            due="2024-08-31",
            status="Complete",
            progress="First KPI report is at item 6 of this agenda.",
        ),
        Row(
            issue="Crewing, training and certification",
            ref="R4",
            action="Put crew certificates of competency and STCW refreshers into one "
            "training matrix with expiry alerts.",
            owner="Marine Superintendent",
            due="2024-11-30",
            status="On track",
            progress="Matrix built for 64 of 71 crew.",
        ),
        Row(
            issue="Crewing, training and certification",
            ref="R5",
            action="Hold a man-overboard and an abandon-ship drill on each vessel every "
            "month and log them on board.",
            owner="Marine Superintendent",
            due="2024-05-31",
            status="Overdue",
            progress="Drills held on three vessels; MV Sgeir Mhor missed June and July while "
            "on relief duty.",
        ),
        Row(
            issue="Crewing, training and certification",
            ref="R6",
            action="Train all masters in bridge resource management.",
            owner="Marine Superintendent",
            due="2025-05-31",
            status="Not started",
            progress="Course places booked for February and March 2025.",
        ),
        Row(
            issue="Vessel maintenance and defects",
            ref="R7",
            action="Record all defects in the planned maintenance system and close them "
            "against a target time by severity.",
            owner="Technical Superintendent",
            due="2024-08-31",
            revised="2024-11-30",
            status="On track",
            progress="System licence delayed; paper defect books in use until it goes live "
            "in October.",
        ),
        Row(
            issue="Vessel maintenance and defects",
            ref="R8",
            action="Survey the ramp hinges on all four vessels after the Arnsay Isle grounding.",
            owner="Technical Superintendent",
            due="2024-05-31",
            status="Complete",
            progress="Surveys done in April; hinge pins replaced on two vessels.",
        ),
        Row(
            issue="Shore infrastructure and slipways",
            ref="R9",
            action="Survey Kyleside slip and the approach channel and set a dredging programme.",
            owner="Harbour and Slipways Engineer",
            due="2024-11-30",
            status="On track",
            progress="Hydrographic survey completed 14 August; report expected October.",
        ),
        Row(
            issue="Shore infrastructure and slipways",
            ref="R10",
            action="Install a tide gauge with a display visible from the bridge at Kyleside.",
            owner="Harbour and Slipways Engineer",
            due="2025-02-28",
            revised="2025-08-31",
            status="Not started",
            progress="Marine licence application needed first; lodged 2 September.",
        ),
        Row(
            issue="Passenger information and emergency communications",
            ref="R11",
            action="Give passengers disruption alerts by text and the website within 15 "
            "minutes of a cancellation.",
            owner="Customer Services Manager",
            due="2024-11-30",
            status="In progress",
            progress="Text alerts live on the Arnsay route since August; 2,900 subscribers.",
        ),
        Row(
            issue="Passenger information and emergency communications",
            ref="R12",
            action="Agree an emergency communications protocol with HM Coastguard and the "
            "island councils.",
            owner="",
            due="2025-05-31",
            status="Not started",
            progress="",
        ),
    ),
)

# --- 5. inter-island ferries joint board, 2025: Markdown, no status column (the status is given
# only in the progress text), bold sub-headings, Mon-YY dates, "… now …"

E05 = Paper(
    slug="qe5_kyle_arnsay_ferries_safety_followup_2025",
    fmt="md",
    kind="inter-island ferries joint board",
    body="Kyle of Arnsay Ferries Joint Board",
    committee="Joint Board",
    meeting="Wednesday 17 September 2025",
    title="Safety Management Improvement Plan - Follow-up Report 2025",
    intro=(
        "This report follows up the 2024 independent review of the safety management system. "
        "Of its twelve recommendations, five were closed by March 2025 and are not repeated. "
        "The Maritime and Coastguard Agency renewed the Board's Document of Compliance on "
        "24 March 2025 after an audit that raised four non-conformities, added below.",
        "Where a date has moved, the date first agreed is followed by the date now expected. "
        "The status of each action is stated at the start of the Designated Person Ashore's "
        "note.",
    ),
    closing=(
        "The Joint Board is asked to note the report. The Designated Person Ashore will give "
        "a final report on the 2024 review in March 2026.",
        "Approved for publication by the General Manager, 5 September 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Area of concern",
        "action": "Action agreed",
        "owner": "Responsible manager",
        "due": "Due",
        "progress": "DPA note (status and progress)",
    },
    date_style="mon-yy",
    revision="now",
    extra={"table_heading": "Follow-up schedule", "closing_heading": "Recommendation"},
    rows=(
        Row(
            ref="R2",
            category="Carried forward from the 2024 review",
            issue="Safety management manual procedures lack owners and review dates.",
            action="Reissue the safety management manual as a single controlled document.",
            owner="Designated Person Ashore",
            due="2025-02-28",
            revised="2025-06-30",
            status="Complete",
            progress="Complete. Manual (issue 7) reissued on 16 June 2025 to all vessels and "
            "both offices.",
        ),
        Row(
            ref="R4",
            category="Carried forward from the 2024 review",
            issue="Crew certificates held in several records with no expiry alerts.",
            action="Keep a single training matrix for all crew with expiry alerts.",
            owner="Marine Superintendent",
            due="2024-11-30",
            status="Complete",
            progress="Complete. All 73 crew on the matrix; alerts go to masters 90 days ahead.",
        ),
        Row(
            ref="R5",
            category="Carried forward from the 2024 review",
            issue="Monthly emergency drills missed on the relief vessel.",
            action="Hold and log man-overboard and abandon-ship drills monthly on every "
            "vessel, including the relief vessel.",
            owner="Marine Superintendent",
            due="2024-05-31",
            status="Overdue",
            progress="Overdue. Drills now logged on all four vessels, but MV Sgeir Mhor again "
            "missed two months during her dry-dock cover in April and May; the MCA noted "
            "this as an observation.",
        ),
        Row(
            ref="R6",
            category="Carried forward from the 2024 review",
            issue="Masters have not had bridge resource management training.",
            action="Train all eleven masters and relief masters in bridge resource management.",
            owner="Marine Superintendent",
            due="2025-05-31",
            revised="2025-10-31",
            status="In progress",
            progress="In progress. Eight of eleven trained; the last three attend in October.",
        ),
        Row(
            ref="R7",
            category="Carried forward from the 2024 review",
            issue="Defects kept in paper books rather than the planned maintenance system.",
            action="Record every defect in the planned maintenance system and report "
            "overdue defects monthly.",
            owner="Technical Superintendent",
            due="2024-11-30",
            status="Closed",
            progress="Closed. System live since October 2024; 22 defects open, none overdue.",
        ),
        Row(
            ref="R10",
            category="Carried forward from the 2024 review",
            issue="No tide gauge visible from the bridge at Kyleside.",
            action="Install and commission a tide gauge and bridge display at Kyleside slip.",
            owner="Head of Shore Operations",
            due="2025-08-31",
            revised="2026-03-31",
            status="Behind schedule",
            progress="Behind schedule. Marine licence granted in July 2025 but the contractor "
            "cannot work on the slip until the winter timetable, so installation moves to "
            "March 2026. Cost estimate £38,500.",
        ),
        Row(
            ref="R12",
            category="Carried forward from the 2024 review",
            issue="No emergency communications protocol with HM Coastguard and the island "
            "councils.",
            action="Agree and exercise an emergency communications protocol.",
            owner="General Manager",
            due="2025-05-31",
            revised="2025-11-30",
            status="Open",
            progress="Open. Protocol drafted; table-top exercise set for 5 November 2025.",
        ),
        Row(
            ref="NC1",
            category="MCA Document of Compliance audit, March 2025",
            issue="Internal ISM audits of two vessels were more than 12 months apart.",
            action="Set an internal audit calendar so that each vessel is audited within 12 "
            "months.",
            owner="Designated Person Ashore",
            due="2025-06-30",
            status="Complete",
            progress="Complete. Calendar approved; all four vessels audited by June 2025.",
        ),
        Row(
            ref="NC2",
            category="MCA Document of Compliance audit, March 2025",
            issue="Passenger counting at Arnsay pier relied on estimates on busy sailings.",
            action="Fit electronic passenger counters at both boarding gates.",
            owner="Head of Shore Operations",
            due="2025-07-31",
            revised="2025-12-31",
            status="In progress",
            progress="In progress. Counters ordered; delivery delayed by the supplier until "
            "November.",
        ),
        Row(
            ref="NC3",
            category="MCA Document of Compliance audit, March 2025",
            issue="Hours of rest records on MV Kyle Rhona were incomplete for February.",
            action="Check hours of rest records weekly and report exceptions to the DPA.",
            owner="",
            due="2025-04-30",
            status="Complete",
            progress="Complete. Weekly check by masters since April; no exceptions.",
        ),
        Row(
            ref="NC4",
            category="MCA Document of Compliance audit, March 2025",
            issue="The shore-based emergency team has not exercised out of hours.",
            action="Run an out-of-hours emergency team exercise each year.",
            owner="General Manager",
            due="2025-12-31",
            status="Not started",
            progress="Not started. Planned with the R12 protocol exercise.",
        ),
    ),
)

# --- 6. joint public analyst laboratory: CSV after a three-line preamble (header on row 4),
# ISO dates, an "Agreed? (Y/N)" management-response column, the due column keeps the date first
# set and only the remarks say it moved

E06 = Paper(
    slug="qe6_wendon_trent_scientific_services_audit_actions",
    fmt="csv",
    kind="joint public analyst laboratory",
    body="Wendon and Trent Joint Scientific Services",
    committee="Joint Scientific Services Management Board",
    meeting="Tuesday 4 March 2025",
    title="UKAS Surveillance Visit and Internal Audit of Income - Combined Action Log",
    intro=(),
    closing=(),
    headers={
        "ref": "Log ref",
        "issue": "Finding or non-conformity",
        "action": "Corrective action",
        "priority": "Agreed? (Y/N)",
        "owner": "Officer",
        "due": "Deadline",
        "status": "Progress status",
        "progress": "Remarks",
    },
    header_row=4,
    date_style="iso",
    revision="moved",
    rows=(
        Row(
            ref="UK-24-01",
            issue="Measurement uncertainty for lead in toys by ICP-MS was not re-estimated "
            "after the new instrument was installed.",
            action="Re-estimate measurement uncertainty for all ICP-MS methods and update the "
            "method files.",
            priority="Y",
            owner="Quality Manager",
            due="2024-12-31",
            status="Done",
            progress="Uncertainty budgets for 14 methods updated and accepted by UKAS on "
            "9 December 2024.",
        ),
        Row(
            ref="UK-24-02",
            issue="Competence records for two analysts did not show witnessed analysis for "
            "mycotoxins in nuts.",
            action="Witness and record competence for all analysts authorised on the "
            "aflatoxin method.",
            priority="Y",
            owner="Principal Analyst (Food)",
            due="2024-11-30",
            status="Achieved",
            progress="Both analysts witnessed in November; records signed.",
        ),
        Row(
            ref="UK-24-03",
            issue="Sample receipt records did not show the temperature of chilled samples "
            "on arrival for 6 of 40 samples checked.",
            action="Add a mandatory arrival temperature field to the LIMS sample receipt screen.",
            priority="Y",
            owner="LIMS Administrator",
            due="2024-10-31",
            revised="2025-01-31",
            status="Done",
            progress="Field added in the LIMS release of 27 January 2025.",
        ),
        Row(
            ref="UK-24-04",
            issue="The internal audit programme did not cover the sampling officers' "
            "transport of formal samples.",
            action="Add sample transport to the 2025 internal audit programme.",
            priority="Y",
            owner="Quality Manager",
            due="2025-03-31",
            status="Not yet due",
            progress="Audit scheduled for 19 March 2025.",
        ),
        Row(
            ref="UK-24-05",
            issue="The fume cupboard face velocity checks were overdue by four months in the "
            "inorganic laboratory.",
            action="Put fume cupboard checks on the planned maintenance contract with "
            "six-monthly certificates.",
            priority="Y",
            owner="Laboratory Facilities Officer",
            due="2024-09-30",
            revised="2024-12-31",
            status="Overdue",
            progress="Contract variation signed but the first visit slipped to March 2025 "
            "because of the contractor's staffing; interim checks done in-house.",
        ),
        Row(
            ref="IA-01",
            issue="Charges to the six client authorities for formal food samples were not "
            "uprated in 2023/24, an undercharge of about £74,000.",
            action="Uprate the schedule of charges each April by the agreed index and invoice "
            "the 2023/24 shortfall.",
            priority="Y",
            owner="Business Manager",
            due="2024-07-31",
            status="Partially implemented",
            progress="2024/25 charges uprated by 6.7%. Shortfall invoices of £51,300 raised; "
            "two authorities dispute the rest and the Board will be asked to decide.",
        ),
        Row(
            ref="IA-02",
            issue="Commercial work for private clients is accepted without a signed quote "
            "or purchase order.",
            action="Require a signed quote or order before any commercial sample is logged.",
            priority="Y",
            owner="Business Manager",
            due="2024-06-30",
            status="Done",
            progress="LIMS blocks logging without an order number since June 2024.",
        ),
        Row(
            ref="IA-03",
            issue="Debts from port health authorities over 90 days reached £38,900.",
            action="Chase port health debts monthly and report debts over 60 days to the Board.",
            priority="Y",
            owner="Business Manager",
            due="2024-09-30",
            revised="2025-03-31",
            status="Open",
            progress="Debt down to £12,450 at 31 January 2025. Reports to the Board start "
            "this meeting.",
        ),
        Row(
            ref="IA-04",
            issue="The laboratory has no written business continuity plan for loss of its "
            "single site at Wendon Road.",
            action="Agree reciprocal arrangements with two other public analyst laboratories "
            "and write a continuity plan.",
            priority="Y",
            owner="Public Analyst",
            due="2025-06-30",
            status="Open",
            progress="One reciprocal agreement signed (with a laboratory in the North West); "
            "second in discussion.",
        ),
        Row(
            ref="IA-05",
            issue="Auditors recommended that all instrument purchases over £25,000 go to the "
            "host council's capital board.",
            action="Not agreed: the Joint Committee approves laboratory capital under the "
            "joint agreement; purchases will be reported to it instead.",
            priority="N",
            owner="Public Analyst",
            due="2024-06-30",
            status="Closed",
            progress="Management response accepted by the auditors; risk recorded.",
        ),
        Row(
            ref="IA-06",
            issue="Stock of certified reference materials is not reconciled and expired "
            "materials were found in use.",
            action="Keep a reference material register with expiry dates and check it monthly.",
            priority="Y",
            owner="Principal Analyst (Environmental)",
            due="2025-01-31",
            revised="2025-04-30",
            status="Not yet started",
            progress="Delayed while the LIMS module for stock control is tested.",
        ),
        Row(
            ref="IA-07",
            issue="Staff overtime for weekend port samples is authorised after it is worked.",
            action="Authorise weekend overtime in advance on the rota, except for urgent "
            "import checks.",
            priority="Y",
            owner="",
            due="",
            due_text="Ongoing",
            status="Open",
            progress="Rota approval in place; retrospective claims fell from 31 to 4 a month.",
        ),
    ),
)

# --- 7. schools' admissions service: PDF with cell borders, portrait, long dates, separate
# original and revised deadline columns, numbered sub-actions (a), (b), (c) in one cell, updates
# from three meetings in one progress cell, "Met" / "Not met" / "Met: partially"

E07 = Paper(
    slug="qe7_marlcombe_ivel_admissions_action_plan",
    fmt="pdf",
    kind="schools' admissions service",
    body="Marlcombe and Ivel Valley Schools Admissions Service",
    committee="Joint Admissions Board",
    meeting="Thursday 23 January 2025",
    title="Adjudicator Determination and Appeals Audit - Action Plan Monitoring",
    intro=(
        "On 12 August 2024 the Schools Adjudicator partly upheld an objection to the "
        "Service's co-ordinated admission arrangements for September 2025 (determination "
        "ADA/4402), finding three breaches of the School Admissions Code. Separately, the "
        "internal audit of the appeals service (IA 2024/11) gave reasonable assurance with "
        "two medium and three low findings.",
        "The Service handled 9,870 primary and secondary applications for September 2024 and "
        "arranged 612 appeal hearings. The action plan was approved by the Board on "
        "19 September 2024; progress reported to the November 2024 and January 2025 meetings "
        "is shown with the first update.",
    ),
    closing=(
        "The Board is asked to note progress and approve the revised deadlines. The "
        "determined admission arrangements for September 2026 must be published by "
        "15 March 2025.",
        "Next Board meeting: Thursday 20 March 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Finding",
        "action": "Actions",
        "owner": "Officer responsible",
        "original": "Original deadline",
        "revised": "Revised deadline",
        "status": "Met / not met",
        "progress": "Progress (Sept 2024 / Nov 2024 / Jan 2025)",
    },
    date_style="long",
    revision="columns",
    running_header="Marlcombe and Ivel Valley Schools Admissions Service - Joint Admissions Board",
    extra={
        "orient": "portrait",
        "size": "9pt",
        "footer": "Item 5 - 23 January 2025",
        "table_heading": "Action plan",
        "closing_heading": "Recommendations",
    },
    rows=(
        Row(
            ref="ADJ-1",
            category="Schools Adjudicator determination ADA/4402",
            issue="The oversubscription criteria did not give first priority to previously "
            "looked after children adopted from outside England.",
            action="(a) Amend the criteria for all community and voluntary controlled "
            "schools; (b) tell own-admission-authority schools of the change; (c) publish "
            "the varied arrangements.",
            owner="Admissions Manager",
            due="2024-10-31",
            status="Met",
            progress="Sept 2024: variation drafted.\nNov 2024: variation approved and "
            "published 18 October.\nJan 2025: all 23 own-admission-authority schools "
            "confirmed.",
        ),
        Row(
            ref="ADJ-2",
            category="Schools Adjudicator determination ADA/4402",
            issue="The definition of 'home address' for children with parents living apart "
            "was unclear.",
            action="(a) Write a clear home address definition; (b) consult on it with the "
            "2026 arrangements; (c) update the parents' guide.",
            owner="Admissions Manager",
            due="2024-12-31",
            revised="2025-03-15",
            status="Met: partially",
            progress="Sept 2024: wording agreed with legal services.\nNov 2024: consultation "
            "ran 1 October to 12 November with 214 responses.\nJan 2025: parents' guide "
            "waits for determination of the 2026 arrangements.",
        ),
        Row(
            ref="ADJ-3",
            category="Schools Adjudicator determination ADA/4402",
            issue="The in-year Fair Access Protocol had not been agreed by a majority of "
            "schools since 2021.",
            action="Reissue the Fair Access Protocol and obtain agreement of a majority of "
            "schools in each phase.",
            owner="Head of Pupil Access",
            due="2024-12-31",
            revised="2025-02-28",
            status="Not met",
            progress="Sept 2024: draft to headteacher forums.\nNov 2024: primary phase agreed "
            "(61 of 88 schools).\nJan 2025: secondary phase vote postponed to February.",
        ),
        Row(
            ref="ADJ-4",
            category="Schools Adjudicator determination ADA/4402",
            issue="Waiting lists were not kept until 31 December as the Code requires.",
            action="Keep waiting lists for every school to 31 December and publish the "
            "position monthly.",
            owner="Admissions Team Leader",
            due="2024-09-30",
            status="Met",
            progress="Sept 2024: lists restored for all schools.\nNov 2024: monthly "
            "publication started.\nJan 2025: lists closed 31 December as required.",
        ),
        Row(
            ref="ADJ-5",
            category="Schools Adjudicator determination ADA/4402",
            issue="Checks on sibling and address claims were not applied consistently; 12 "
            "places offered on false addresses were withdrawn in 2024.",
            action="(a) Check council tax and electoral records for every application to an "
            "oversubscribed school; (b) record the checks in the admissions system.",
            owner="Admissions Team Leader",
            due="2025-01-31",
            status="Partly met",
            progress="Sept 2024: process designed.\nNov 2024: council tax data feed "
            "live.\nJan 2025: electoral register feed still awaited from one council.",
        ),
        Row(
            ref="APP-1",
            category="Internal audit of admission appeals IA 2024/11",
            issue="Eight of 40 appeals tested were heard more than 40 school days after the "
            "deadline for lodging.",
            action="Schedule hearings on receipt and report any over 40 school days to the Board.",
            owner="Appeals Clerking Manager",
            due="2024-11-30",
            status="Met",
            progress="Sept 2024: scheduling rule agreed.\nNov 2024: no late hearings since "
            "October.\nJan 2025: 0 of 96 autumn appeals late.",
        ),
        Row(
            ref="APP-2",
            category="Internal audit of admission appeals IA 2024/11",
            issue="Three independent appeal panel members had not received the required "
            "training within the last three years.",
            action="Train all panel members and keep a training log.",
            owner="Appeals Clerking Manager",
            due="2024-10-31",
            revised="2025-01-31",
            status="Met",
            progress="Sept 2024: course booked.\nNov 2024: two of three trained.\nJan 2025: "
            "all 37 panel members in date.",
        ),
        Row(
            ref="APP-3",
            category="Internal audit of admission appeals IA 2024/11",
            issue="Appeal papers are kept longer than the retention schedule allows.",
            action="Destroy appeal papers older than the retention period and set an annual "
            "review.",
            owner="Information Governance Officer",
            due="2025-03-31",
            status="Not met",
            progress="Sept 2024: retention rule confirmed.\nNov 2024: 2019 and 2020 files "
            "identified.\nJan 2025: destruction booked for February.",
        ),
        Row(
            ref="APP-4",
            category="Internal audit of admission appeals IA 2024/11",
            issue="Clerks' decision letters did not always give the panel's reasons on both "
            "stages of an infant class size appeal.",
            action="Use a standard decision letter template with both stages set out.",
            owner="Appeals Clerking Manager",
            due="2024-09-30",
            status="Met",
            progress="Sept 2024: template in use.\nNov 2024: sample of 10 letters "
            "checked.\nJan 2025: no further action.",
        ),
        Row(
            ref="APP-5",
            category="Internal audit of admission appeals IA 2024/11",
            issue="Income from appeals clerked for academy trusts (£41,600) was not "
            "reconciled to bookings.",
            action="Reconcile academy clerking income to hearings each term.",
            owner="",
            due="2025-04-30",
            status="Not met",
            progress="",
        ),
    ),
)

# --- 8. county farms estate: borderless PDF, landscape, RAG words (green = complete) with a key,
# "end of …" dates, some deadlines written as a period ("April to September 2025"), revisions
# only in the progress text ("Target date extended from … to …"), sub-headings

E08 = Paper(
    slug="qe8_hartcliffe_county_farms_estate_review_actions",
    fmt="pdf",
    kind="county farms estate",
    body="Hartcliffe County Farms Estate",
    committee="Rural Estate Management Board",
    meeting="Monday 10 March 2025",
    title="Estate Management Review 2024 - Recommendations and Progress",
    intro=(
        "The County Farms Estate covers 3,940 hectares let as 64 holdings, 41 on Farm Business "
        "Tenancies and 23 under the Agricultural Holdings Act 1986. Rent income in 2023/24 was "
        "£1.47m. The review by the County's Strategic Property Team reported in June 2024 with "
        "fourteen recommendations, of which the Board accepted twelve on 15 July 2024.",
        "The two recommendations not accepted (selling the whole estate, and letting holdings "
        "only by open tender) are not monitored here. Progress was last reported to the Board "
        "on 4 November 2024.",
    ),
    closing=(
        "The Board is invited to note the progress, to approve the closure of items shown "
        "Green and to approve the extended targets. The disposal of Lower Combe Farm "
        "(£1.12m) completed on 21 February 2025 and is reported in the capital monitoring "
        "report.",
        "The Board next meets on Monday 9 June 2025.",
    ),
    headers={
        "ref": "No",
        "issue": "Review recommendation",
        "action": "Agreed response",
        "owner": "Lead",
        "due": "Complete by",
        "status": "RAG",
        "progress": "Progress at February 2025",
    },
    borders=False,
    rag_key=RAG_KEY_GREEN_DONE,
    date_style="words",
    revision="progress",
    running_header="Hartcliffe County Farms Estate | Rural Estate Management Board | 10 March 2025",
    extra={
        "orient": "landscape",
        "font": "Georgia, 'Times New Roman', serif",
        "key_text": "Key: Green - complete; Amber - in progress; Red - not started.",
        "table_heading": "Appendix 2: recommendations tracker",
        "closing_heading": "Recommendations to the Board",
    },
    rows=(
        Row(
            ref="1",
            category="Lettings and rents",
            issue="Rent reviews are overdue on 17 of the 64 holdings, some by more than "
            "three years.",
            action="Serve rent review notices on all overdue holdings and programme every "
            "review in the estate management system.",
            owner="Estates Manager",
            due="2024-12-31",
            revised="2025-06-30",
            status="Amber",
            progress="Notices served on 11 holdings; 6 reviews agreed with an average increase "
            "of 9%. Agents for two tenants have asked for arbitration, which will take the "
            "remaining reviews into the summer.",
        ),
        Row(
            ref="2",
            category="Lettings and rents",
            issue="There is no written policy on letting holdings to new entrants to farming.",
            action="Adopt a new entrants policy with starter holdings of 5 to 10 years.",
            owner="Head of Rural Estate",
            due="2024-10-31",
            status="Green",
            progress="Policy adopted by Cabinet on 22 October 2024.",
        ),
        Row(
            ref="3",
            category="Lettings and rents",
            issue="Rent arrears of £93,400 at March 2024, £61,000 of it on three holdings.",
            action="Agree payment plans or start recovery on every arrear over 60 days.",
            owner="Estates Manager",
            due="2024-09-30",
            status="Green",
            progress="Arrears down to £18,700 at 31 January 2025; plans in place on all three "
            "holdings.",
        ),
        Row(
            ref="4",
            category="Lettings and rents",
            issue="Succession applications under the 1986 Act are not tracked centrally.",
            action="Keep a register of tenants of retirement age and likely succession "
            "applications.",
            owner="Senior Land Agent",
            due="2025-05-31",
            due_text="April to May 2025",
            status="Red",
            progress="",
        ),
        Row(
            ref="5",
            category="Buildings and compliance",
            issue="Asbestos surveys are missing for 58 agricultural buildings and 9 farmhouses.",
            action="Commission asbestos management surveys for every building without one.",
            owner="Building Surveyor (Rural)",
            due="2024-12-31",
            revised="2025-04-30",
            status="Amber",
            progress="Surveys complete for all farmhouses and 40 buildings; asbestos found in "
            "12 roofs, none needing urgent removal.",
        ),
        Row(
            ref="6",
            category="Buildings and compliance",
            issue="Slurry stores on six dairy holdings may not meet the SSAFO regulations.",
            action="Inspect the stores with the Environment Agency and agree improvement "
            "works with the tenants.",
            owner="Building Surveyor (Rural)",
            due="2025-09-30",
            due_text="April to September 2025",
            status="Amber",
            progress="Joint inspections held on four holdings in January; two stores need "
            "new covers at an estimated £84,000.",
        ),
        Row(
            ref="7",
            category="Buildings and compliance",
            issue="Private water supplies on 14 holdings have not been risk assessed.",
            action="Ask the district councils to risk assess and sample each private supply.",
            owner="",
            due="2025-03-31",
            status="Red",
            progress="Request sent; sampling depends on the councils' 2025/26 programmes.",
        ),
        Row(
            ref="8",
            category="Buildings and compliance",
            issue="The repairs liability between landlord and tenant is unclear in older "
            "tenancy agreements.",
            action="Issue a repairs schedule to each tenant and use the model clauses in "
            "every new tenancy.",
            owner="Senior Land Agent",
            due="2024-11-30",
            revised="2025-02-28",
            status="Green",
            progress="Schedules issued to all 64 tenants by 26 February 2025.",
        ),
        Row(
            ref="9",
            category="Income and assets",
            issue="The capital receipts target of £2.6m from surplus land is not backed by a "
            "disposal programme.",
            action="Agree a three-year disposal programme naming each site, value and date.",
            owner="Head of Rural Estate",
            due="2024-12-31",
            status="Green",
            progress="Programme of nine sites approved by the Board on 4 November 2024.",
        ),
        Row(
            ref="10",
            category="Income and assets",
            issue="Biodiversity net gain units from the estate are not valued or marketed.",
            action="Register suitable land as a habitat bank and sell units to developers.",
            owner="Natural Capital Officer",
            due="2025-06-30",
            revised="2025-12-31",
            status="Amber",
            progress="Baseline habitat survey of 220 hectares done; the legal agreement with "
            "the planning authority will take longer than expected, so the first sale moves "
            "to December.",
        ),
        Row(
            ref="11",
            category="Income and assets",
            issue="The option for a solar farm at Higher Ridge has not been tested against "
            "agricultural tenancy rights.",
            action="Take counsel's opinion on resuming land from the tenancy for a solar lease.",
            owner="Head of Rural Estate",
            due="2025-01-31",
            status="Red",
            progress="Instructions to counsel delayed until the 2025/26 budget is set.",
        ),
        Row(
            ref="12",
            category="Income and assets",
            issue="Insurance values for farm buildings have not been reviewed since 2016.",
            action="Revalue farm buildings for insurance and update the schedule at renewal.",
            owner="Insurance Officer",
            due="",
            due_text="Ongoing - each renewal",
            status="Amber",
            progress="Valuation of the first 20 buildings received; the rest follow on a "
            "rolling programme.",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (E01, E02, E03, E04, E05, E06, E07, E08)
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


def _row(paper: Paper, ref: str) -> Row:
    return next(r for r in paper.rows if r.ref == ref)


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
    paper: Paper, question: str, kind: str, facts: list[list[str]], notes: str
) -> dict[str, Any]:
    return {
        "question": question,
        "type": kind,
        "answerable": True,
        "facts": facts,
        "records": [],
        "sources": [paper.filename],
        "notes": notes,
    }


def q_revised(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if r.revised]
    return _q(
        paper,
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
        paper,
        f"Which actions in {_where(paper)} were overdue at the meeting of {paper.meeting}?",
        "list",
        [_label(r) for r in rows],
        f"marked Overdue, or not complete with the current due date before "
        f"{when.isoformat()}: " + ", ".join(f"{_name(r)} due {r.revised or r.due}" for r in rows),
    )


def q_owner(paper: Paper, ref: str) -> dict[str, Any]:
    row = _row(paper, ref)
    subject = ref if not ref.isdigit() else f"'{_topic(row)}'"
    return _q(
        paper,
        f"Who owns action {subject} in {_where(paper)}?"
        if not ref.isdigit()
        else f"Who owns the action on {subject} in {_where(paper)}?",
        "lookup",
        [[row.owner]],
        f"{_name(row)}: owner column '{row.owner}'",
    )


def q_due(paper: Paper, ref: str) -> dict[str, Any]:
    row = _row(paper, ref)
    current = row.revised or row.due
    return _q(
        paper,
        f"When is action {ref} of {_where(paper)} now due?",
        "lookup_date",
        [_dates(paper, current)],
        f"{ref}: current due date {current}"
        + (f" (revised from {row.due})" if row.revised else ""),
    )


def q_count(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if gold_status(paper, r) == "complete"]
    return _q(
        paper,
        f"How many actions in {_where(paper)} are complete?",
        "count",
        [[str(len(rows))]],
        f"{len(rows)} of {len(paper.rows)} rows complete (gold status): "
        + ", ".join(_name(r) for r in rows),
    )


def q_count_revised(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if r.revised]
    return _q(
        paper,
        f"How many actions in {_where(paper)} have had their target date moved?",
        "count",
        [[str(len(rows))]],
        f"{len(rows)} of {len(paper.rows)} rows revised: " + ", ".join(_name(r) for r in rows),
    )


def q_status(paper: Paper, ref: str) -> dict[str, Any]:
    row = _row(paper, ref)
    return _q(
        paper,
        f"What is the status of action {ref} in {_where(paper)}?",
        "lookup",
        [[row.status]],
        f"{ref}: status as written '{row.status}' (gold {gold_status(paper, row)})",
    )


def q_not_started(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if gold_status(paper, r) == "not_started"]
    return _q(
        paper,
        f"Which actions in {_where(paper)} have not been started?",
        "list",
        [_label(r) for r in rows],
        "gold status not_started: " + ", ".join(_name(r) for r in rows),
    )


def q_owned_by(paper: Paper, owner: str) -> dict[str, Any]:
    rows = [r for r in paper.rows if r.owner == owner]
    return _q(
        paper,
        f"Which actions in {_where(paper)} is the {owner} responsible for?",
        "list",
        [_label(r) for r in rows],
        f"owner column '{owner}': " + ", ".join(_name(r) for r in rows),
    )


def q_across(
    papers: tuple[Paper, ...], question: str, kind: str, facts: list[list[str]], notes: str
) -> dict[str, Any]:
    """A question that follows one issue across the years of a body's papers."""
    return {
        "question": question,
        "type": kind,
        "answerable": True,
        "facts": facts,
        "records": [],
        "sources": [p.filename for p in papers],
        "notes": notes,
    }


def _owner_path(papers: tuple[Paper, ...], refs: tuple[str, ...]) -> dict[str, Any]:
    rows = [_row(p, r) for p, r in zip(papers, refs, strict=True)]
    first, last = rows[0], rows[-1]
    return q_across(
        papers,
        f"Who was responsible for the action on '{_topic(first)}' in the "
        f"{papers[0].body}'s internal audit papers, and who is responsible for it now?",
        "list",
        [[r.owner] for r in (first, last)],
        " -> ".join(
            f"{p.slug.split('_')[0]} {r.ref}: owner '{r.owner}', due {r.revised or r.due}"
            for p, r in zip(papers, rows, strict=True)
        ),
    )


def _due_path(papers: tuple[Paper, ...], refs: tuple[str, ...]) -> dict[str, Any]:
    rows = [_row(p, r) for p, r in zip(papers, refs, strict=True)]
    first, last = rows[0], rows[-1]
    return q_across(
        papers,
        f"When was the action on '{_topic(first)}' first due in {_where(papers[0])}, and "
        f"when is it due according to {_where(papers[-1])}?",
        "list",
        [_dates(papers[0], first.due), _dates(papers[-1], last.revised or last.due)],
        " -> ".join(
            f"{p.slug.split('_')[0]} {r.ref}: due {r.due}"
            + (f" revised to {r.revised}" if r.revised else "")
            for p, r in zip(papers, rows, strict=True)
        ),
    )


QUESTIONS: tuple[dict[str, Any], ...] = (
    # coastal partnership 2023 (docx)
    q_revised(E01),
    q_owner(E01, "3.1"),
    q_count(E01),
    q_not_started(E01),
    # coastal partnership 2024 (xlsx)
    q_revised(E02),
    q_due(E02, "CP24/05"),
    q_owned_by(E02, "Finance Business Partner"),
    q_overdue(E02),
    # coastal partnership 2025 (scan)
    q_revised(E03),
    q_status(E03, "I-01"),
    q_count(E03),
    q_owner(E03, "A-02"),
    # the inspection backlog across the three years
    _owner_path((E01, E02, E03), ("2.1", "CP24/02", "A-01")),
    _due_path((E01, E02, E03), ("2.1", "CP24/02", "A-01")),
    # ferries joint board 2024 (html)
    q_overdue(E04),
    q_due(E04, "R10"),
    q_owner(E04, "R7"),
    q_count_revised(E04),
    # ferries joint board 2025 (md, status only in the notes)
    q_status(E05, "R5"),
    q_due(E05, "R6"),
    q_count(E05),
    q_revised(E05),
    _due_path((E04, E05), ("R10", "R10")),
    # public analyst laboratory (csv)
    q_revised(E06),
    q_overdue(E06),
    q_owner(E06, "IA-03"),
    q_due(E06, "UK-24-05"),
    # admissions service (ruled pdf)
    q_revised(E07),
    q_due(E07, "ADJ-2"),
    q_status(E07, "ADJ-3"),
    q_count(E07),
    # county farms estate (borderless pdf)
    q_revised(E08),
    q_owner(E08, "6"),
    q_not_started(E08),
    q_count(E08),
)
