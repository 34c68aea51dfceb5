"""The twentieth held-out set of the measuring corpus of issue 15 (``data/papers/heldout20``),
written by an outside examiner. Must not be read while building govrag.

Eight papers of five invented bodies, one a format: a marine management authority in three
consecutive years (2022/23, 2023/24, 2024/25, with rows that recur under changed wording,
revised deadlines and changed owners), a sports council in two years, a national museum, a
river conservancy and a veterinary regulator. Bodies, people and papers are invented.
``QUESTIONS`` are derived from the rows below, never from govrag's answers.
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

# --- 1. marine management authority, year 1 (2022/23): Word, ruled, two-row date header
#        ("Target date" over "Agreed" | "Revised"), sub-headings by directorate, merged owners,
#        month dates ------------------------------------------------------------------------

QC1 = Paper(
    slug="qc1_eastern_approaches_mma_ia_tracker_2023",
    fmt="docx",
    kind="marine management authority",
    body="Eastern Approaches Marine Management Authority",
    committee="Audit and Risk Assurance Committee",
    meeting="Tuesday 14 March 2023",
    title="Internal Audit Recommendations - Implementation Tracker 2022/23",
    intro=(
        "This paper reports the position on recommendations raised by the Authority's internal "
        "auditors, Harrowgate Public Sector Assurance, in their 2022/23 programme of nine "
        "reviews. Two reviews (marine licensing casework and enforcement evidence handling) "
        "received a limited assurance opinion; the remaining seven received moderate assurance.",
        "The Executive Leadership Team reviewed this tracker on 28 February 2023. Of the 31 "
        "recommendations raised since April 2022, 20 have been closed by earlier meetings of "
        "this Committee and are not repeated below; the table shows the 11 that remain open or "
        "were closed since the December meeting.",
    ),
    closing=(
        "The Committee is asked to note the position and to agree that the recommendations "
        "marked Complete be removed from the tracker.",
        "The Head of Internal Audit's annual opinion for 2022/23 will be presented to the "
        "Committee on 20 June 2023.",
    ),
    headers={
        "ref": "Rec. ref",
        "issue": "Finding",
        "action": "What we will do",
        "owner": "Lead officer",
        "original": "Agreed",
        "revised": "Revised",
        "status": "Status",
        "progress": "Update at February 2023",
    },
    two_row_date_header="Target date",
    borders=True,
    date_style="month",
    revision="columns",
    merge_fields=("owner",),
    running_header="EAMMA - Audit and Risk Assurance Committee - 14 March 2023 - Item 7",
    extra={
        "orient": "landscape",
        "body_label": "Organisation",
        "date_label": "Meeting",
        "table_heading": "Annex A - Open internal audit recommendations",
        "closing_heading": "Decision required",
    },
    rows=(
        Row(
            ref="IA22/01",
            category="Marine Licensing and Planning",
            issue="Only 61% of marine licence applications were determined within the 13-week "
            "statutory target in 2021/22, and no triage is applied to low-risk applications.",
            action="Introduce a fast-track route for low-risk licence applications and report "
            "determination times to ELT monthly.",
            owner="Head of Marine Licensing",
            due="2022-12-31",
            revised="2023-06-30",
            status="In progress",
            progress="Fast-track criteria drafted and consulted on with the port operators. "
            "Go-live delayed because the casework system change request was not funded until "
            "the January budget round.",
        ),
        Row(
            ref="IA22/02",
            category="Marine Licensing and Planning",
            issue="Marine licence fees have not been reviewed since 2019; the auditors estimate "
            "under-recovery of £410,000 a year against full cost.",
            action="Carry out a full cost review of licence fees and consult on a revised "
            "charging scheme.",
            owner="Head of Marine Licensing",
            due="2023-03-31",
            status="Overdue",
            progress="Cost model built; consultation document awaiting sponsor department "
            "clearance.",
        ),
        Row(
            ref="IA22/03",
            category="Marine Licensing and Planning",
            issue="The first monitoring report on the East Inshore Marine Plan was not "
            "published within the three-year statutory period.",
            action="Publish the monitoring report and agree a timetable for the next one.",
            owner="Marine Planning Manager",
            due="2022-10-31",
            status="Complete",
            progress="Report laid and published on 19 October 2022.",
        ),
        Row(
            ref="IA22/04",
            category="Compliance and Enforcement",
            issue="Vessel monitoring (iVMS) data is not reconciled to landings declarations, so "
            "under-declared catches are not detected.",
            action="Run a monthly automated match of iVMS tracks against landings declarations "
            "and investigate exceptions over 10%.",
            owner="Head of Enforcement",
            due="2023-01-31",
            revised="2023-09-30",
            status="In progress",
            progress="Pilot match run on the under-10m fleet in December; 14 exceptions "
            "referred. Full rollout depends on data sharing agreement with the fisheries "
            "administrations.",
        ),
        Row(
            ref="IA22/05",
            category="Compliance and Enforcement",
            issue="Seized fishing gear held at the Lowestrand store had no chain-of-custody "
            "record in 9 of 25 cases sampled.",
            action="Introduce a tagged evidence log for all seized gear and audit it quarterly.",
            owner="Head of Enforcement",
            due="2022-11-30",
            status="Complete",
            progress="Tagged log in use since November; first quarterly check found no gaps.",
        ),
        Row(
            ref="IA22/06",
            category="Compliance and Enforcement",
            issue="Performance of the patrol vessel maintenance contractor is not monitored "
            "against contract KPIs.",
            action="Hold quarterly contract review meetings and record KPI performance.",
            owner="Fleet Manager",
            due="2023-03-31",
            status="Not started",
            progress="Contract manager post vacant until April 2023.",
        ),
        Row(
            ref="IA22/07",
            category="Corporate Services",
            issue="User accounts of 17 leavers remained active on the casework system between "
            "one and seven months after they left.",
            action="Link the casework system to the HR leavers process so that access is "
            "removed on the last working day.",
            owner="Head of Digital and Data",
            due="2022-12-31",
            status="Complete",
            progress="Automated leaver feed live from 5 December 2022.",
        ),
        Row(
            ref="IA22/08",
            category="Corporate Services",
            issue="The business continuity plans of the three coastal offices have not been "
            "tested since 2019.",
            action="Test each coastal office plan through a desktop exercise.",
            owner="Head of Digital and Data",
            due="2023-03-31",
            status="In progress",
            progress="Lowestrand and Brightsea exercises held; Skelness scheduled for 22 March.",
        ),
        Row(
            ref="IA22/09",
            category="Corporate Services",
            issue="Grant recipients of the Coastal Communities Fund were not visited to verify "
            "that funded works had been completed.",
            action="Visit a risk-based sample of at least 20% of grant recipients each year.",
            owner="Grants Manager",
            due="2023-02-28",
            status="Complete",
            progress="11 of 48 recipients visited (23%); no exceptions.",
        ),
        Row(
            ref="IA22/10",
            category="Corporate Services",
            issue="Purchasing card transactions over £500 were not supported by receipts in "
            "12% of the sample.",
            action="Suspend cards where receipts are missing for more than 30 days.",
            owner="",
            due="2023-01-31",
            status="Complete",
            progress="Policy revised; four cards suspended in January.",
        ),
        Row(
            ref="IA22/11",
            category="Corporate Services",
            issue="The register of Board members' interests had not been updated since "
            "three new members were appointed in 2021.",
            action="Obtain annual declarations from all Board members and publish the register.",
            owner="Board Secretary",
            due="2022-09-30",
            revised="2023-04-30",
            status="Overdue",
            progress="Declarations received from 9 of 11 members.",
        ),
    ),
)

# --- 2. the same authority, year 2 (2023/24): Excel, RAG only as a fill colour with a key in
#        the sheet, header on row 5, separate agreed / revised columns ------------------------

QC2 = Paper(
    slug="qc2_eastern_approaches_mma_ia_tracker_2024",
    fmt="xlsx",
    kind="marine management authority",
    body="Eastern Approaches Marine Management Authority",
    committee="Audit and Risk Assurance Committee",
    meeting="Wednesday 13 March 2024",
    title="Internal Audit Recommendations Tracker 2023/24",
    intro=(
        "The Authority's internal audit plan for 2023/24 was approved by this Committee on "
        "20 June 2023 with a budget of 142 audit days. Seven reviews have reported to date, "
        "raising 24 recommendations (3 high, 14 medium, 7 low priority).",
        "Recommendations carried forward from the 2022/23 tracker are included with a new "
        "reference; the earlier reference is given in the commentary. The Head of Internal "
        "Audit's 2022/23 opinion was moderate assurance.",
    ),
    closing=(
        "Members are asked to note the tracker and to challenge lead officers on the "
        "recommendations shown red.",
        "Prepared by the Risk and Assurance Manager, 1 March 2024.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Audit finding",
        "action": "Agreed management action",
        "owner": "Action owner",
        "original": "Original target",
        "revised": "Revised target",
        "status": "RAG",
        "progress": "Commentary (March 2024)",
    },
    revision="columns",
    date_style="dmy/",
    rag_key=RAG_KEY_DEFAULT,
    rag_fill=True,
    header_row=5,
    extra={
        "cover_sheet": "Front sheet",
        "sheet": "IA tracker 2023-24",
        "key_text": "RAG (cell colour): Blue = complete; Green = on track; Amber = at risk of "
        "missing target; Red = not started",
    },
    rows=(
        Row(
            ref="MMA23-01",
            issue="Determination of marine licence applications remains below the 13-week "
            "target (68% in 2022/23); the low-risk fast track has not gone live.",
            action="Launch the low-risk fast track in the casework system and publish monthly "
            "determination statistics.",
            owner="Director of Licensing and Planning",
            due="2023-09-30",
            revised="2024-06-30",
            status="Amber",
            progress="Carried forward from IA22/01. System build complete; user testing found "
            "defects in the fee calculation, fix due May 2024.",
        ),
        Row(
            ref="MMA23-02",
            issue="Licence charges still do not recover full cost; under-recovery estimated "
            "at £455,000 for 2023/24.",
            action="Consult on and implement a revised marine licensing charging scheme.",
            owner="Director of Licensing and Planning",
            due="2023-10-31",
            revised="2024-04-30",
            status="Green",
            progress="Carried forward from IA22/02. Consultation closed 15 January 2024 (63 "
            "responses); new charges to apply from 1 April 2024 subject to ministerial consent.",
        ),
        Row(
            ref="MMA23-03",
            issue="Automated matching of iVMS tracks against landings has been piloted only on "
            "the under-10m fleet.",
            action="Extend the monthly iVMS-to-landings match to all licensed vessels.",
            owner="Head of Compliance and Enforcement",
            due="2023-12-31",
            revised="2024-09-30",
            status="Amber",
            progress="Carried forward from IA22/04. Data sharing agreement signed in February; "
            "over-10m fleet to be added from July.",
        ),
        Row(
            ref="MMA23-04",
            issue="Patrol vessel maintenance contract KPIs are still not reported.",
            action="Report contractor KPI performance to the Finance and Performance "
            "Committee each quarter.",
            owner="Fleet and Facilities Manager",
            due="2023-09-30",
            status="Blue",
            progress="Carried forward from IA22/06. Quarterly reporting since Q2; two service "
            "credits (£18,400) applied.",
        ),
        Row(
            ref="MMA23-05",
            issue="Board members' declarations of interest were incomplete for 2022/23.",
            action="Make annual declarations a condition of attendance and publish the "
            "register each May.",
            owner="Board Secretary",
            due="2023-05-31",
            status="Blue",
            progress="Carried forward from IA22/11. All 11 members declared; register "
            "published 24 May 2023.",
        ),
        Row(
            ref="MMA23-06",
            issue="The Authority does not hold Cyber Essentials Plus certification required "
            "by the sponsor department.",
            action="Remediate the gaps found in the pre-assessment and obtain certification.",
            owner="Head of Digital and Data",
            due="2024-03-31",
            status="Green",
            progress="22 of 26 gaps closed; assessment booked for 25 March.",
        ),
        Row(
            ref="MMA23-07",
            issue="Conditions on dredge disposal licences are not monitored after the licence "
            "is issued.",
            action="Introduce a risk-based post-consent monitoring programme for dredge "
            "disposal sites.",
            owner="Marine Planning Manager",
            due="2024-06-30",
            status="Red",
            progress="Not started: awaiting recruitment of two monitoring officers.",
        ),
        Row(
            ref="MMA23-08",
            issue="Overtime for enforcement officers rose to £312,000 in 2022/23 without "
            "prior approval in 40% of claims sampled.",
            action="Require prior approval of overtime in the rostering system.",
            owner="Head of Compliance and Enforcement",
            due="2023-11-30",
            status="Blue",
            progress="Approval step live since November 2023.",
        ),
        Row(
            ref="MMA23-09",
            issue="Coastal Communities Fund grant claims were paid without checking evidence "
            "of match funding.",
            action="Add a match-funding evidence check to the claim approval workflow.",
            owner="Grants Manager",
            due="2023-12-31",
            revised="2024-03-31",
            status="Green",
            progress="Checklist in use; workflow change to go live in March.",
        ),
        Row(
            ref="MMA23-10",
            issue="There is no documented process for responding to marine pollution "
            "incidents outside office hours.",
            action="Agree an out-of-hours duty rota with the coastguard and test it.",
            owner="",
            due="2024-01-31",
            status="Red",
            progress="Owner to be confirmed by ELT.",
        ),
        Row(
            ref="MMA23-11",
            issue="Licensing casework files did not record the reasons for decisions "
            "departing from the officer recommendation.",
            action="Add a mandatory decision-rationale field to the casework system.",
            owner="Director of Licensing and Planning",
            due="2023-12-31",
            status="Blue",
            progress="Field mandatory from 4 December 2023.",
        ),
    ),
)

# --- 3. the same authority, year 3 (2024/25): scan, ruled, quarters of financial years,
#        revisions written "(was …)" ----------------------------------------------------------

QC3 = Paper(
    slug="qc3_eastern_approaches_mma_ia_tracker_2025",
    fmt="pdf-scan",
    kind="marine management authority",
    body="Eastern Approaches Marine Management Authority",
    committee="Audit and Risk Assurance Committee",
    meeting="Tuesday 11 March 2025",
    title="Follow-up of Internal Audit Recommendations 2024/25",
    intro=(
        "Internal audit's 2023/24 annual opinion, reported on 18 June 2024, was moderate "
        "assurance. This follow-up covers the recommendations still open, including three "
        "that have now been carried for three years.",
        "Targets are shown by quarter of the financial year; where a target has moved, the "
        "earlier target follows in brackets.",
    ),
    closing=(
        "The Committee is asked to note the position and to invite the Director of Marine "
        "Operations to its June meeting to explain the delay to QC25.3.",
    ),
    headers={
        "ref": "No.",
        "issue": "Recommendation area",
        "action": "Action",
        "owner": "Owner",
        "due": "Target",
        "status": "Position",
    },
    borders=True,
    date_style="quarter",
    revision="was",
    running_header="Eastern Approaches MMA - ARAC 11 March 2025 - Item 6 (scanned copy)",
    extra={
        "size": "9.5pt",
        "font": "Arial, Helvetica, sans-serif",
        "table_heading": "Open recommendations at February 2025",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            ref="QC25.1",
            issue="Licence determinations within 13 weeks still 71%.",
            action="Bring the fast-track route for low-risk licences into use.",
            owner="Head of Licensing Operations",
            due="2024-06-30",
            revised="2025-06-30",
            status="Behind schedule",
        ),
        Row(
            ref="QC25.2",
            issue="Full-cost licence charging scheme.",
            action="Apply the new charges and review recovery after six months.",
            owner="Director of Licensing and Planning",
            due="2024-09-30",
            status="Complete",
        ),
        Row(
            ref="QC25.3",
            issue="Matching of iVMS tracks against landings for the over-10m fleet.",
            action="Run the match monthly for every licensed vessel.",
            owner="Director of Marine Operations",
            due="2024-09-30",
            revised="2025-03-31",
            status="Overdue",
        ),
        Row(
            ref="QC25.4",
            issue="Post-consent monitoring of dredge disposal sites.",
            action="Start the risk-based monitoring programme.",
            owner="Head of Marine Evidence",
            due="2024-12-31",
            status="In progress",
        ),
        Row(
            ref="QC25.5",
            issue="Out-of-hours response to pollution incidents.",
            action="Agree and test the out-of-hours duty rota.",
            owner="Director of Marine Operations",
            due="2024-06-30",
            revised="2024-12-31",
            status="Complete",
        ),
        Row(
            ref="QC25.6",
            issue="Cyber Essentials Plus certification lapsed.",
            action="Recertify and schedule annual reassessment.",
            owner="Head of Digital and Data",
            due="2025-03-31",
            status="On track",
        ),
        Row(
            ref="QC25.7",
            issue="Records retention schedule out of date.",
            action="Approve a new retention schedule.",
            owner="Board Secretary",
            due="2025-06-30",
            status="Not started",
        ),
        Row(
            ref="QC25.8",
            issue="Patrol vessel replacement business case.",
            action="Submit the outline business case to the sponsor department.",
            owner="Fleet and Facilities Manager",
            due="2024-12-31",
            revised="2025-09-30",
            status="In progress",
        ),
        Row(
            ref="QC25.9",
            issue="Grant match-funding checks.",
            action="Audit a sample of 2024/25 claims for match funding.",
            owner="Grants Manager",
            due="2025-03-31",
            status="Not yet due",
        ),
        Row(
            ref="QC25.10",
            issue="Fraud risk assessment not refreshed.",
            action="Refresh the fraud risk assessment.",
            owner="",
            due="2024-09-30",
            status="Complete",
        ),
    ),
)

# --- 4. sports council, year 1 (2023/24): CSV with a three-line preamble, "end of …" dates,
#        revisions "(revised from …)" ------------------------------------------------------

QC4 = Paper(
    slug="qc4_northmoor_sports_council_ags_plan_2023",
    fmt="csv",
    kind="sports council",
    body="Northmoor Sports Council",
    committee="Audit, Risk and Governance Committee",
    meeting="Thursday 7 December 2023",
    title="Governance Statement Action Plan 2023/24 - Mid-year Position",
    intro=(
        "The 2022/23 Annual Governance Statement, approved by the Board on 13 July 2023, "
        "identified significant control issues in lottery award monitoring and safeguarding.",
    ),
    closing=("Approved for circulation by the Director of Corporate Resources.",),
    headers={
        "ref": "Action no.",
        "issue": "Governance issue",
        "action": "Planned action",
        "owner": "Accountable director",
        "due": "Deadline",
        "status": "Progress status",
        "progress": "Position at end of November 2023",
    },
    header_row=4,
    date_style="words",
    revision="inline",
    rows=(
        Row(
            ref="AGS23-1",
            issue="Lottery capital awards over £250,000 are not monitored after the final "
            "payment, so the Council cannot show that facilities remain in sporting use.",
            action="Introduce five-year post-award monitoring returns for all capital awards "
            "over £250,000.",
            owner="Director of Investment",
            due="2023-12-31",
            revised="2024-03-31",
            status="In progress",
            progress="Return designed; 38 eligible awards identified. First returns requested "
            "from January.",
        ),
        Row(
            ref="AGS23-2",
            issue="Safeguarding: 14 funded clubs could not evidence a named welfare officer "
            "with a current DBS check.",
            action="Make a named welfare officer with a current enhanced DBS check a condition "
            "of all revenue grants.",
            owner="Director of Sport Development",
            due="2023-09-30",
            status="Completed",
            progress="Grant conditions changed for awards from 1 September 2023.",
        ),
        Row(
            ref="AGS23-3",
            issue="The national sports centre trading subsidiary has no service level "
            "agreement with the Council.",
            action="Agree a service level agreement and recharge basis with the subsidiary board.",
            owner="Director of Corporate Resources",
            due="2023-10-31",
            revised="2024-01-31",
            status="Behind schedule",
            progress="Draft with the subsidiary's board; recharge of £214,000 disputed.",
        ),
        Row(
            ref="AGS23-4",
            issue="Duplicate supplier bank details were found on 6 grant recipient records.",
            action="Run a monthly duplicate bank details report and investigate matches.",
            owner="Head of Finance",
            due="2023-08-31",
            status="Completed",
            progress="Report live; all six cases cleared, none fraudulent.",
        ),
        Row(
            ref="AGS23-5",
            issue="The Board skills audit has not been repeated since 2020 and two vacancies "
            "have been open for over a year.",
            action="Repeat the skills audit and ask the sponsor department to run a "
            "recruitment campaign for the two vacancies.",
            owner="Chief Executive",
            due="2024-03-31",
            status="On track",
            progress="Skills audit completed in October; campaign opens January 2024.",
        ),
        Row(
            ref="AGS23-6",
            issue="Facility condition data held for the 212 community sites is more than five "
            "years old.",
            action="Commission a rolling condition survey of the community facilities estate.",
            owner="Director of Investment",
            due="2024-06-30",
            status="Not started",
            progress="Procurement to start after the 2024/25 budget is set.",
        ),
        Row(
            ref="AGS23-7",
            issue="Equality monitoring data is collected for only 41% of funded participants.",
            action="Add mandatory equality fields to the grant end-of-year return.",
            owner="Director of Sport Development",
            due="2024-03-31",
            status="In progress",
            progress="Fields agreed with partners; form changes in test.",
        ),
        Row(
            ref="AGS23-8",
            issue="Contractors engaged through personal service companies were not assessed "
            "for off-payroll (IR35) status.",
            action="Assess all current engagements and add a status check to onboarding.",
            owner="Head of Finance",
            due="2023-07-31",
            revised="2023-10-31",
            status="Completed",
            progress="17 engagements assessed; 2 brought onto payroll.",
        ),
        Row(
            ref="AGS23-9",
            issue="The Council's risk register does not record risk appetite for lottery "
            "investment decisions.",
            action="Set risk appetite statements and have them approved by the Board.",
            owner="",
            due="2024-02-29",
            status="Not yet due",
            progress="Workshop with Board members held 21 November.",
        ),
        Row(
            ref="AGS23-10",
            issue="The cyber incident response plan has not been tested.",
            action="Run a cyber incident exercise with the National Cyber Security Centre "
            "'Exercise in a Box' toolkit.",
            owner="Director of Corporate Resources",
            due="2023-11-30",
            status="Overdue",
            progress="Exercise postponed twice owing to staff absence; now planned for January.",
        ),
        Row(
            ref="AGS23-11",
            issue="Gifts and hospitality declarations by staff attending major events were not "
            "recorded in 2022/23.",
            action="Issue guidance and require declarations within 28 days of each event.",
            owner="Director of Corporate Resources",
            due="2023-06-30",
            status="Completed",
            progress="Guidance issued June 2023; 46 declarations since.",
        ),
    ),
)

# --- 5. the same sports council, year 2 (2024/25): HTML, sub-headings by directorate, merged
#        owners, RAG words with a key (green = complete), seasons, "… now …" ---------------

QC5 = Paper(
    slug="qc5_northmoor_sports_council_ags_plan_2024",
    fmt="html",
    kind="sports council",
    body="Northmoor Sports Council",
    committee="Audit, Risk and Governance Committee",
    meeting="Thursday 5 December 2024",
    title="Governance Statement Action Plan 2024/25 - Progress Report",
    intro=(
        "The 2023/24 Annual Governance Statement was signed by the Chief Executive as "
        "Accounting Officer on 18 July 2024. It carried forward four issues from 2023/24 and "
        "added seven new ones, two of which the Government Internal Audit Agency rated as "
        "significant: lottery award monitoring and the trading subsidiary.",
        "The Council's 2023/24 accounts received an unqualified audit opinion from the "
        "Comptroller and Auditor General on 24 July 2024. Lottery income in 2023/24 was "
        "£31.6 million.",
    ),
    closing=(
        "The Committee is asked to note progress, and to agree that actions shown Green be "
        "reported to the Board as closed on 23 January 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Issue",
        "action": "Action agreed",
        "owner": "Lead",
        "due": "When",
        "status": "RAG",
        "progress": "Update (November 2024)",
    },
    borders=True,
    date_style="season",
    revision="now",
    rag_key=RAG_KEY_GREEN_DONE,
    merge_fields=("owner",),
    extra={
        "table_heading": "Action plan",
        "key_text": "Key: Green - complete; Amber - in progress; Red - not started.",
        "closing_heading": "Decisions sought",
        "head_bg": "#e2efda",
    },
    rows=(
        Row(
            ref="GS24.01",
            category="Investment directorate",
            issue="Post-award monitoring of lottery capital awards is in place for only 22 of "
            "38 awards over £250,000.",
            action="Obtain monitoring returns for all 38 awards and visit those not returned.",
            owner="Director of Investment",
            due="2024-08-31",
            revised="2025-02-28",
            status="Amber",
            progress="31 returns received; 7 visits booked. One facility found converted to "
            "retail use; clawback of £96,000 being pursued.",
        ),
        Row(
            ref="GS24.02",
            category="Investment directorate",
            issue="Condition data for the community facilities estate is out of date.",
            action="Survey a third of the 212 community sites each year.",
            owner="Director of Investment",
            due="2025-05-31",
            status="Amber",
            progress="Year 1 survey of 71 sites let in August; 40 surveyed.",
        ),
        Row(
            ref="GS24.03",
            category="Investment directorate",
            issue="Lottery risk appetite statements were approved but are not used in award "
            "panel papers.",
            action="Add a risk appetite section to every award panel paper.",
            owner="Head of Awards",
            due="2024-05-31",
            status="Green",
            progress="In use since the May 2024 panel.",
        ),
        Row(
            ref="GS24.04",
            category="Sport Development directorate",
            issue="Equality data is still collected for fewer than half of participants in "
            "funded programmes.",
            action="Make equality fields mandatory in the end-of-year return and publish the "
            "first results.",
            owner="Director of Sport Development",
            due="2024-08-31",
            revised="2024-11-30",
            status="Green",
            progress="Mandatory from the 2023/24 returns; 78% coverage; published 12 November.",
        ),
        Row(
            ref="GS24.05",
            category="Sport Development directorate",
            issue="Welfare officer conditions are not checked after grants are paid.",
            action="Check 10% of funded clubs each year for a named, DBS-checked welfare officer.",
            owner="Director of Sport Development",
            due="2025-02-28",
            status="Amber",
            progress="27 of 60 sampled clubs checked; 2 non-compliant and suspended.",
        ),
        Row(
            ref="GS24.06",
            category="Sport Development directorate",
            issue="Concussion guidance for grassroots sport has not been adopted in grant "
            "conditions.",
            action="Adopt the UK grassroots concussion guidance in grant conditions.",
            owner="",
            due="",
            due_text="To be agreed",
            status="Red",
            progress="Awaiting revised UK guidance.",
        ),
        Row(
            ref="GS24.07",
            category="Corporate Resources directorate",
            issue="There is still no agreed service level agreement with the trading "
            "subsidiary, and the £214,000 recharge for 2022/23 remains unpaid.",
            action="Conclude the SLA and settle the recharge, escalating to the sponsor "
            "department if not agreed.",
            owner="Director of Finance and Resources",
            due="2024-05-31",
            revised="2024-11-30",
            status="Amber",
            progress="SLA agreed in principle; recharge settled at £168,000 pending Board "
            "approval.",
        ),
        Row(
            ref="GS24.08",
            category="Corporate Resources directorate",
            issue="The cyber incident response plan had not been tested until April 2024.",
            action="Act on the lessons of the April 2024 cyber exercise.",
            owner="Director of Finance and Resources",
            due="2024-08-31",
            status="Green",
            progress="All six lessons actioned, including offline backups of the grants system.",
        ),
        Row(
            ref="GS24.09",
            category="Corporate Resources directorate",
            issue="The Board has two vacancies and no member with digital expertise.",
            action="Appoint two members, one with digital and data expertise.",
            owner="Chief Executive",
            due="2024-08-31",
            revised="2025-02-28",
            status="Amber",
            progress="Ministerial interviews held in October; announcement expected in "
            "the new year.",
        ),
        Row(
            ref="GS24.10",
            category="Corporate Resources directorate",
            issue="Staff turnover reached 19% in 2023/24, with exit interviews held for only "
            "a third of leavers.",
            action="Hold exit interviews with all leavers and report themes quarterly.",
            owner="Head of People",
            due="2024-11-30",
            status="Green",
            progress="Exit interviews now 92%; first themes report in October.",
        ),
        Row(
            ref="GS24.11",
            category="Corporate Resources directorate",
            issue="The anti-fraud policy predates the Economic Crime and Corporate Transparency "
            "Act 2023.",
            action="Update the policy for the failure to prevent fraud offence and train "
            "budget holders.",
            owner="Head of People",
            due="2025-08-31",
            status="Red",
            progress="",
        ),
    ),
)

# --- 6. national museum: PDF with cell borders, portrait, serif, priority column, two-row
#        date header ("Implementation date" over "Original" | "Current"), full dates, merged
#        owners ------------------------------------------------------------------------------

QC6 = Paper(
    slug="qc6_national_museum_working_life_collections_audit",
    fmt="pdf",
    kind="national museum",
    body="National Museum of Working Life",
    committee="Audit and Risk Committee of the Board of Trustees",
    meeting="Wednesday 22 January 2025",
    title="Collections Management Internal Audit - Follow-up of Recommendations",
    intro=(
        "The internal audit of collections management, reported in May 2024, gave a limited "
        "assurance opinion and made 12 recommendations: 4 high, 6 medium and 2 low priority. "
        "The review sampled 400 object records across the Museum's three sites and could not "
        "locate 23 objects at the recorded location.",
        "Trustees approved additional funding of £185,000 for a two-year inventory project on "
        "26 June 2024. The Government Indemnity Scheme conditions review is reported "
        "separately by the Registrar.",
    ),
    closing=(
        "The Committee is invited to note progress and to ask for a further follow-up at its "
        "meeting on 21 May 2025. Of the 23 objects not located, 19 have since been found.",
    ),
    headers={
        "ref": "Rec",
        "priority": "Priority",
        "issue": "Audit observation",
        "action": "Management response",
        "owner": "Responsible manager",
        "original": "Original",
        "revised": "Current",
        "status": "Implementation status",
        "progress": "Progress reported by management",
    },
    two_row_date_header="Implementation date",
    borders=True,
    date_style="long",
    revision="columns",
    merge_fields=("owner",),
    running_header="National Museum of Working Life - Audit and Risk Committee - 22 January 2025",
    extra={
        "orient": "portrait",
        "font": "Georgia, 'Times New Roman', serif",
        "size": "8.5pt",
        "footer": "Paper ARC/25/04",
        "table_heading": "Appendix: recommendations and progress",
        "closing_heading": "Action for the Committee",
    },
    rows=(
        Row(
            ref="1",
            priority="High",
            issue="Only 62% of accessioned objects have been physically verified against the "
            "collections database since 2015.",
            action="Carry out a full rolling inventory, starting with the Ashby Mill store.",
            owner="Head of Collections",
            due="2025-03-31",
            revised="2026-03-31",
            status="In progress",
            progress="Inventory project team of three in post from September; 14,200 of "
            "38,000 Ashby Mill objects checked.",
        ),
        Row(
            ref="2",
            priority="High",
            issue="23 of 400 sampled objects could not be found at their recorded location.",
            action="Search for the missing objects and report any losses to Trustees and the "
            "police where theft is suspected.",
            owner="Head of Collections",
            due="2024-09-30",
            status="Partially implemented",
            progress="19 located; 4 remain missing and have been reported to Trustees.",
        ),
        Row(
            ref="3",
            priority="High",
            issue="Outgoing loan agreements for 31 objects had expired without renewal or return.",
            action="Renew or recall every expired loan and set renewal reminders in the database.",
            owner="Registrar",
            due="2024-08-15",
            status="Implemented",
            progress="All 31 resolved: 24 renewed, 7 returned.",
        ),
        Row(
            ref="4",
            priority="High",
            issue="Environmental monitoring in the Foundry Lane store recorded relative "
            "humidity above 65% for 11 weeks without action.",
            action="Set alarm thresholds on the monitoring system and install two dehumidifiers.",
            owner="Conservation Manager",
            due="2024-07-31",
            revised="2024-10-31",
            status="Implemented",
            progress="Dehumidifiers installed in October; alarms go to the duty conservator.",
        ),
        Row(
            ref="5",
            priority="Medium",
            issue="Digitised images of the collection (about 40 TB) are held on a single "
            "network store without an offsite copy.",
            action="Procure offsite backup for the digital asset store.",
            owner="Head of Digital",
            due="2024-12-31",
            status="Not implemented",
            progress="Quotes obtained; procurement paused pending the IT strategy.",
        ),
        Row(
            ref="6",
            priority="Medium",
            issue="The Collections Development Policy expired in 2022.",
            action="Revise the policy and submit it to Trustees for approval.",
            owner="Director of Collections and Learning",
            due="2024-11-30",
            status="Implemented",
            progress="Approved by Trustees on 27 November 2024.",
        ),
        Row(
            ref="7",
            priority="Medium",
            issue="Disposals in 2022/23 were not all approved by Trustees as the policy requires.",
            action="Present all proposed disposals to Trustees before transfer.",
            owner="Director of Collections and Learning",
            due="2024-06-30",
            status="Implemented",
            progress="Procedure in place; no disposals since.",
        ),
        Row(
            ref="8",
            priority="Medium",
            issue="Keys to the collections stores are not logged out and back in.",
            action="Install an electronic key cabinet at each site.",
            owner="Head of Estates and Security",
            due="2024-10-31",
            revised="2025-04-30",
            status="In progress",
            progress="Installed at Ashby Mill; Foundry Lane and Harbour Street to follow.",
        ),
        Row(
            ref="9",
            priority="Medium",
            issue="Volunteers handling collections had no recorded handling training.",
            action="Train all collections volunteers and record it on the volunteer system.",
            owner="Volunteer Manager",
            due="2024-09-30",
            status="Partially implemented",
            progress="58 of 74 volunteers trained.",
        ),
        Row(
            ref="10",
            priority="Medium",
            issue="Object entry forms were missing for 12 gifts received in 2023.",
            action="Complete entry forms retrospectively and require them for every deposit.",
            owner="Registrar",
            due="2024-06-30",
            status="Implemented",
            progress="All 12 completed.",
        ),
        Row(
            ref="11",
            priority="Low",
            issue="The collections database user manual is out of date.",
            action="Update the manual.",
            owner="",
            due="2025-06-30",
            status="Not yet due",
            progress="",
        ),
        Row(
            ref="12",
            priority="Low",
            issue="Valuations for insurance have not been reviewed since 2017.",
            action="Revalue the top 500 objects by value.",
            owner="Registrar",
            due="2025-03-31",
            status="Superseded",
            progress="Replaced by the Government Indemnity Scheme conditions review.",
        ),
    ),
)

# --- 7. river conservancy: borderless PDF, landscape, sub-headings by function, RAG words
#        (Blue complete), Mon-YY dates, extension written in the progress text, two posts in
#        one owner cell, progress dated at two updates -----------------------------------------

QC7 = Paper(
    slug="qc7_lower_tamber_river_conservancy_risk_actions",
    fmt="pdf",
    kind="river conservancy",
    body="Lower Tamber River Conservancy",
    committee="Conservators' Finance and Audit Panel",
    meeting="Monday 28 April 2025",
    title="Strategic Risk Register - Mitigating Actions Progress",
    intro=(
        "The Conservancy manages 46 miles of navigable river, 14 locks and 3 weirs. The "
        "Conservators adopted the current strategic risk register on 30 September 2024 with "
        "four risks scored above the appetite threshold of 15.",
        "The external auditor's annual report for 2023/24 found no significant weaknesses in "
        "arrangements for value for money. Toll income for 2024/25 was £1.92 million, 4% "
        "below budget.",
    ),
    closing=(
        "The Panel is asked to note the actions and to recommend the revised register to the "
        "Conservators' meeting of 16 June 2025.",
    ),
    headers={
        "ref": "Action",
        "issue": "Risk / control gap",
        "action": "Mitigating action",
        "owner": "Owner(s)",
        "due": "Due",
        "status": "RAG",
        "progress": "Progress",
    },
    borders=False,
    date_style="mon-yy",
    revision="extended",
    rag_key=RAG_KEY_DEFAULT,
    running_header="Lower Tamber River Conservancy | Finance and Audit Panel | 28 April 2025",
    extra={
        "orient": "landscape",
        "size": "9pt",
        "footer": "Agenda item 5",
        "table_heading": "Mitigating actions",
        "key_text": "RAG: Blue - complete; Green - on track; Amber - at risk; Red - not started.",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            ref="SR1.1",
            category="Navigation assets",
            issue="Lock gates at Fenby and Stoke Marsh are past their design life; failure "
            "would close the navigation for up to 12 weeks.",
            action="Replace the lower gates at Fenby lock during the winter stoppage.",
            owner="Head of Engineering",
            due="2025-02-28",
            revised="2026-02-28",
            status="Amber",
            progress="Oct 2024: fabrication contract let at £386,000. Mar 2025: steel delivery "
            "delayed; stoppage moved to winter 2025/26.",
        ),
        Row(
            ref="SR1.2",
            category="Navigation assets",
            issue="Principal inspections of weirs are overdue at Hallam and Ridd weirs.",
            action="Complete principal inspections of all three weirs.",
            owner="Head of Engineering / Asset Manager",
            due="2024-12-31",
            status="Blue",
            progress="Nov 2024: Hallam inspected. Jan 2025: Ridd and Coldharbour inspected; "
            "no urgent defects.",
        ),
        Row(
            ref="SR1.3",
            category="Navigation assets",
            issue="Bank erosion downstream of Stoke Marsh threatens the towpath.",
            action="Install 400m of coir roll bank protection.",
            owner="Asset Manager",
            due="2025-03-31",
            status="Green",
            progress="Jan 2025: 250m installed. Apr 2025: final 150m in progress.",
        ),
        Row(
            ref="SR2.1",
            category="Income",
            issue="Toll evasion: 9% of boats seen on patrol held no valid registration.",
            action="Run targeted enforcement patrols and write to unregistered owners.",
            owner="Navigation Manager / Head of Finance",
            due="2024-11-30",
            revised="2025-05-31",
            status="Green",
            progress="Dec 2024: 212 letters sent. Mar 2025: evasion down to 6%; prosecutions "
            "in two cases.",
        ),
        Row(
            ref="SR2.2",
            category="Income",
            issue="The boat registration database cannot take online payments.",
            action="Replace the registration database with an online system.",
            owner="Head of Finance",
            due="",
            due_text="TBC",
            status="Red",
            progress="Business case to be prepared.",
        ),
        Row(
            ref="SR2.3",
            category="Income",
            issue="Mooring licence charges have not been benchmarked against other "
            "navigation authorities since 2018.",
            action="Benchmark mooring charges and propose a new tariff.",
            owner="Head of Finance",
            due="2025-01-31",
            status="Blue",
            progress="Dec 2024: benchmark done. Jan 2025: tariff approved, +7% from April.",
        ),
        Row(
            ref="SR3.1",
            category="Environment and flood risk",
            issue="Floating pennywort has spread to 3.2 km of the river above Ridd weir.",
            action="Run a two-season control programme with volunteer clearance days.",
            owner="Ecology Officer",
            due="2025-10-31",
            status="Green",
            progress="Sep 2024: 1.1 km cleared. Mar 2025: spraying licence renewed.",
        ),
        Row(
            ref="SR3.2",
            category="Environment and flood risk",
            issue="Telemetry at two river level gauges fails during power cuts.",
            action="Fit battery backup to the Hallam and Fenby gauges.",
            owner="Asset Manager / Ecology Officer",
            due="2024-10-31",
            revised="2025-01-31",
            status="Blue",
            progress="Jan 2025: both gauges fitted and tested.",
        ),
        Row(
            ref="SR3.3",
            category="Environment and flood risk",
            issue="There is no agreed plan with the Environment Agency for operating the weirs "
            "in flood.",
            action="Agree a joint weir operating protocol.",
            owner="",
            due="2025-06-30",
            status="Amber",
            progress="Draft exchanged; EA response awaited.",
        ),
        Row(
            ref="SR4.1",
            category="People and safety",
            issue="Lock-keepers work alone at remote locks without a man-down alarm.",
            action="Issue lone-worker devices with a monitored alarm service.",
            owner="Health and Safety Adviser",
            due="2024-09-30",
            status="Blue",
            progress="Sep 2024: 16 devices issued. Dec 2024: first quarterly test passed.",
        ),
        Row(
            ref="SR4.2",
            category="People and safety",
            issue="Bridge clearance signage is missing or illegible at 5 of 22 bridges.",
            action="Replace clearance signs at all 22 bridges.",
            owner="Navigation Manager",
            due="2025-03-31",
            revised="2025-07-31",
            status="Amber",
            progress="Feb 2025: survey complete. Apr 2025: signs ordered; two bridges need "
            "highway authority consent.",
        ),
        Row(
            ref="SR4.3",
            category="People and safety",
            issue="Two of the four qualified plant operators retire in 2025.",
            action="Train two apprentices as plant operators.",
            owner="Head of Engineering / HR Business Partner",
            due="2025-12-31",
            status="Red",
            progress="Apprentice recruitment in summer 2025.",
        ),
    ),
)

# --- 8. veterinary regulator: Markdown, dd.mm.yyyy dates, the due column keeps the date first
#        set and the update says the deadline moved, rows with no owner, Met / Partly met ----

QC8 = Paper(
    slug="qc8_veterinary_practice_standards_board_ftp_review",
    fmt="md",
    kind="veterinary regulator",
    body="Veterinary Practice Standards Board",
    committee="Council",
    meeting="Thursday 12 June 2025",
    title="Independent Review of Fitness to Practise - Implementation of Recommendations",
    intro=(
        "The independent review of the Board's fitness to practise process, led by Dr Helen "
        "Aldous, was published on 4 September 2024. It found that the median time from "
        "concern to final hearing was 19 months and made 11 recommendations, all accepted by "
        "Council on 10 October 2024.",
        "Council set aside £640,000 over two years for implementation. There were 1,184 "
        "concerns raised in 2024, up 12% on 2023.",
    ),
    closing=(
        "Council is asked to note progress. The next report will come to Council in "
        "December 2025, with a target median case duration of 12 months by March 2026.",
    ),
    headers={
        "ref": "Rec",
        "issue": "Review finding",
        "action": "Recommendation",
        "owner": "Executive lead",
        "due": "Agreed deadline",
        "status": "Assessment",
        "progress": "Update at May 2025",
    },
    date_style="dmy.",
    revision="moved",
    extra={
        "table_heading": "Implementation tracker",
        "closing_heading": "Decision",
    },
    rows=(
        Row(
            ref="FTP-R1",
            issue="Concerns are not triaged at receipt, so low-level complaints wait as long "
            "as serious ones.",
            action="Introduce triage within 10 working days of receipt, with three risk tiers.",
            owner="Director of Regulation",
            due="2025-01-31",
            status="Met",
            progress="Triage live from 20 January 2025; 94% triaged within 10 days.",
        ),
        Row(
            ref="FTP-R2",
            issue="Median time from concern to final hearing is 19 months.",
            action="Set and publish a target median of 12 months and report it quarterly.",
            owner="Director of Regulation",
            due="2025-03-31",
            status="Partly met",
            progress="Target published; median now 16 months.",
        ),
        Row(
            ref="FTP-R3",
            issue="Complainants are not updated on their case for months at a time.",
            action="Contact every complainant and registrant at least every 6 weeks.",
            owner="Head of Case Management",
            due="2024-12-31",
            revised="2025-04-30",
            status="Met",
            progress="Case system prompts in place; contact standard met in 88% of cases.",
        ),
        Row(
            ref="FTP-R4",
            issue="Investigating officers have no specialist training in clinical evidence.",
            action="Train all investigating officers in veterinary clinical records and "
            "expert evidence.",
            owner="Head of Case Management",
            due="2025-06-30",
            status="Not yet due",
            progress="Course designed with two veterinary schools; first cohort in June.",
        ),
        Row(
            ref="FTP-R5",
            issue="Panel members are appointed without a competency framework or appraisal.",
            action="Adopt a competency framework and appraise every panel member annually.",
            owner="Registrar",
            due="2025-03-31",
            revised="2025-09-30",
            status="Not met",
            progress="Framework approved in March; appraisals start after the summer.",
        ),
        Row(
            ref="FTP-R6",
            issue="Interim orders are not reviewed at the intervals the rules require.",
            action="Diary every interim order review and audit compliance monthly.",
            owner="Head of Adjudication",
            due="2024-11-30",
            status="Met",
            progress="Monthly audits show 100% compliance since December.",
        ),
        Row(
            ref="FTP-R7",
            issue="Registrants with health concerns are routed through the misconduct process.",
            action="Create a separate health pathway with occupational health input.",
            owner="",
            due="2025-09-30",
            status="Not yet due",
            progress="Legal advice on the rules change received.",
        ),
        Row(
            ref="FTP-R8",
            issue="Data on the protected characteristics of registrants subject to concerns "
            "is not analysed.",
            action="Analyse outcomes by protected characteristic and publish annually.",
            owner="Head of Policy and Research",
            due="2025-05-31",
            revised="2025-10-31",
            status="Not met",
            progress="Only 54% of registrants have given equality data; campaign launched.",
        ),
        Row(
            ref="FTP-R9",
            issue="Practice premises inspections do not share findings with fitness to "
            "practise investigators.",
            action="Agree an information-sharing protocol between inspections and investigations.",
            owner="Director of Standards",
            due="2025-02-28",
            status="Closed",
            progress="Protocol signed off by the Executive on 18 February 2025.",
        ),
        Row(
            ref="FTP-R10",
            issue="Hearing outcomes are published inconsistently and some are missing from "
            "the website.",
            action="Publish all hearing outcomes within 5 working days.",
            owner="Head of Adjudication",
            due="2025-01-31",
            status="Partly met",
            progress="Backlog of 37 outcomes cleared; 5-day standard met in 71% of cases.",
        ),
        Row(
            ref="FTP-R11",
            issue="Council receives no regular assurance on fitness to practise performance.",
            action="Report a fitness to practise dashboard to each Council meeting.",
            owner="",
            due="2024-12-31",
            status="Met",
            progress="Dashboard presented since the December 2024 meeting.",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (QC1, QC2, QC3, QC4, QC5, QC6, QC7, QC8)


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
    paper: Paper | tuple[Paper, ...],
    question: str,
    kind: str,
    facts: list[list[str]],
    notes: str,
) -> dict[str, Any]:
    sources = [p.filename for p in paper] if isinstance(paper, tuple) else [paper.filename]
    return {
        "question": question,
        "type": kind,
        "answerable": True,
        "facts": facts,
        "records": [],
        "sources": sources,
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
    subject = ref if not ref.isdigit() else f"on '{_topic(row)}'"
    return _q(
        paper,
        f"When is action {subject} of {_where(paper)} now due?"
        if not ref.isdigit()
        else f"When is the action {subject} in {_where(paper)} now due?",
        "lookup_date",
        [_dates(paper, current)],
        f"{_name(row)}: current due date {current}"
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


def q_across_due(pairs: tuple[tuple[Paper, str], ...], subject: str) -> dict[str, Any]:
    """The current due date of one issue in each year's paper."""
    facts = []
    notes = []
    for paper, ref in pairs:
        row = _row(paper, ref)
        current = row.revised or row.due
        facts.append(_dates(paper, current))
        notes.append(
            f"{paper.meeting[-4:]} {ref}: {current}"
            + (f" (revised from {row.due})" if row.revised else "")
        )
    body = pairs[0][0].body
    years = ", ".join(p.meeting.split()[-1] for p, _ in pairs)
    return _q(
        tuple(p for p, _ in pairs),
        f"Across the {body} trackers presented in {years}, what was the target date each "
        f"year for the action on {subject}?",
        "list",
        facts,
        "; ".join(notes),
    )


def q_across_owner(pairs: tuple[tuple[Paper, str], ...], subject: str) -> dict[str, Any]:
    """The owner of one issue in each year's paper."""
    facts: list[list[str]] = []
    notes: list[str] = []
    for paper, ref in pairs:
        row = _row(paper, ref)
        if row.owner not in [f[0] for f in facts]:
            facts.append([row.owner])
        notes.append(f"{paper.meeting[-4:]} {ref}: '{row.owner}'")
    body = pairs[0][0].body
    years = ", ".join(p.meeting.split()[-1] for p, _ in pairs)
    return _q(
        tuple(p for p, _ in pairs),
        f"Who was responsible for the action on {subject} in each of the {body} trackers "
        f"presented in {years}?",
        "list",
        facts,
        "; ".join(notes),
    )


def q_across_status(pairs: tuple[tuple[Paper, str], ...], subject: str) -> dict[str, Any]:
    """The status as written of one issue in each year's paper."""
    facts = []
    notes = []
    for paper, ref in pairs:
        row = _row(paper, ref)
        facts.append([row.status])
        notes.append(f"{paper.meeting[-4:]} {ref}: '{row.status}' (gold {gold_status(paper, row)})")
    body = pairs[0][0].body
    years = ", ".join(p.meeting.split()[-1] for p, _ in pairs)
    return _q(
        tuple(p for p, _ in pairs),
        f"What status did the {body} report for the action on {subject} in its trackers "
        f"presented in {years}?",
        "list",
        facts,
        "; ".join(notes),
    )


QUESTIONS: tuple[dict[str, Any], ...] = (
    # marine management authority, 2022/23 (docx)
    q_revised(QC1),
    q_overdue(QC1),
    q_owner(QC1, "IA22/06"),
    q_count(QC1),
    # marine management authority, 2023/24 (xlsx, RAG fill)
    q_not_started(QC2),
    q_due(QC2, "MMA23-03"),
    q_count(QC2),
    # marine management authority, 2024/25 (scan)
    q_revised(QC3),
    q_overdue(QC3),
    q_owner(QC3, "QC25.4"),
    # the authority across three years
    q_across_due(
        ((QC1, "IA22/01"), (QC2, "MMA23-01"), (QC3, "QC25.1")),
        "a fast-track route for low-risk marine licence applications",
    ),
    q_across_owner(
        ((QC1, "IA22/04"), (QC2, "MMA23-03"), (QC3, "QC25.3")),
        "matching iVMS vessel tracks against landings declarations",
    ),
    q_across_status(
        ((QC1, "IA22/02"), (QC2, "MMA23-02"), (QC3, "QC25.2")),
        "the full-cost review of marine licence charges",
    ),
    # sports council, 2023/24 (csv)
    q_revised(QC4),
    q_overdue(QC4),
    q_due(QC4, "AGS23-3"),
    # sports council, 2024/25 (html)
    q_count(QC5),
    q_owned_by(QC5, "Director of Finance and Resources"),
    q_due(QC5, "GS24.09"),
    # the sports council across two years
    q_across_due(
        ((QC4, "AGS23-3"), (QC5, "GS24.07")),
        "a service level agreement with the trading subsidiary",
    ),
    q_across_owner(
        ((QC4, "AGS23-1"), (QC5, "GS24.01")),
        "post-award monitoring of lottery capital awards over £250,000",
    ),
    # national museum (pdf, borders)
    q_revised(QC6),
    q_owner(QC6, "5"),
    q_due(QC6, "1"),
    q_count(QC6),
    # river conservancy (borderless pdf)
    q_overdue(QC7),
    q_owner(QC7, "SR2.1"),
    q_count_revised(QC7),
    q_status(QC7, "SR3.3"),
    # veterinary regulator (md)
    q_revised(QC8),
    q_overdue(QC8),
    q_due(QC8, "FTP-R8"),
    q_status(QC8, "FTP-R2"),
)
