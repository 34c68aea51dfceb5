"""The twenty-first held-out set of the measuring corpus of issue 15 (``data/papers/heldout21``),
written by an outside writer. Must not be read while building govrag.

Eight papers of five invented bodies, one a format: a botanic garden trust in three
consecutive years (Word, ruled PDF, scanned PDF), a university dental school in two (Excel,
Markdown), an air ambulance charity (CSV), a municipal tramway board (borderless PDF) and a
court estates board (HTML). Bodies, people and papers are invented. ``QUESTIONS`` are derived
from the rows below, never from govrag's answers.
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

# --- 1. botanic garden trust, 2023: Word, ruled, two-row date header, merged owners,
#        sub-headings by audit report, Mon-YY dates ----------------------------------------------

_GARDEN = "Ashwick Lea Botanic Garden Trust"

QD1 = Paper(
    slug="qd1_ashwick_lea_botanic_garden_ia_tracker_2023",
    fmt="docx",
    kind="botanic garden trust",
    body=_GARDEN,
    committee="Audit and Risk Committee of the Board of Trustees",
    meeting="Wednesday 15 November 2023",
    title="Internal Audit Recommendations - Tracker at November 2023",
    intro=(
        "The Trust's internal auditors, Harland Fryer LLP, completed three reviews in the "
        "2022/23 plan and the first review of 2023/24. Their annual report for 2022/23 gave a "
        "reasonable assurance opinion on governance, risk management and control, and was "
        "accepted by this Committee on 12 July 2023.",
        "The four reports raised twelve recommendations: five high, four medium and three low "
        "priority. The Trustees approved a total internal audit budget of £38,500 for 2023/24. "
        "Where a deadline has been moved with the agreement of the Director of Finance and "
        "Resources, both the deadline first set and the one now expected are shown.",
    ),
    closing=(
        "The Committee is asked to note progress, to agree the closure of the four "
        "recommendations reported as implemented or complete, and to note that the next "
        "tracker will be presented on 6 March 2024.",
        "Report author: Finance Manager, Ashwick Lea House.",
    ),
    headers={
        "ref": "Rec no.",
        "issue": "What the auditor found",
        "action": "Management response",
        "priority": "Grading",
        "owner": "Lead officer",
        "original": "Set",
        "revised": "Moved to",
        "status": "Position",
        "progress": "Commentary",
    },
    two_row_date_header="Deadline",
    merge_fields=("owner",),
    borders=True,
    date_style="mon-yy",
    revision="columns",
    running_header="Ashwick Lea Botanic Garden Trust | Audit and Risk Committee | Item 7",
    extra={
        "orient": "landscape",
        "body_label": "Trust",
        "committee_label": "Meeting of",
        "date_label": "Date",
        "table_heading": "Appendix A - Recommendations tracker",
        "closing_heading": "Decision sought",
    },
    rows=(
        Row(
            ref="IA23/01",
            category="Income and ticketing (report 2022/23-03)",
            issue="Daily till takings at the Visitor Centre were not reconciled to the EPOS "
            "reports on 9 of the 30 days tested.",
            action="Reconcile takings every day and have the Retail Manager review any variance "
            "over £20 each week.",
            priority="High",
            owner="Head of Visitor Services",
            due="2023-09-30",
            status="Implemented",
            progress="Daily reconciliation sheet in use since August; weekly variance review "
            "signed off for every week since.",
        ),
        Row(
            ref="IA23/02",
            category="Income and ticketing (report 2022/23-03)",
            issue="Gift Aid declarations were missing for 14% of the admissions claimed in "
            "2022/23.",
            action="Capture declarations at the till and test a monthly sample before each "
            "claim is made to HMRC.",
            priority="Medium",
            owner="Head of Visitor Services",
            due="2023-12-31",
            revised="2024-03-31",
            status="In progress",
            progress="Depends on the new EPOS system, whose installation has slipped to "
            "March 2024. Manual declaration forms in use meanwhile.",
        ),
        Row(
            ref="IA23/03",
            category="Income and ticketing (report 2022/23-03)",
            issue="Membership refunds were approved by the same officer who processed them.",
            action="Separate processing from approval; refunds over £50 approved by the "
            "Finance Manager.",
            priority="Medium",
            owner="Finance Manager",
            due="2023-10-31",
            status="Implemented",
            progress="Workflow changed in the membership system on 2 October 2023.",
        ),
        Row(
            ref="IA23/04",
            category="Living collections records (report 2022/23-05)",
            issue="The plant records database (BG-Base) is backed up only to a drive in the same "
            "building as the server.",
            action="Move backups to off-site cloud storage and test a full restore twice a year.",
            priority="High",
            owner="Head of Horticulture",
            due="2023-12-31",
            revised="2024-06-30",
            status="Behind schedule",
            progress="Cloud supplier not yet appointed; IT Services Manager has two quotes. "
            "Weekly copies are taken home on an encrypted disk as an interim measure.",
        ),
        Row(
            ref="IA23/05",
            category="Living collections records (report 2022/23-05)",
            issue="Accession records for 312 living specimens lacked provenance or CITES "
            "permit references.",
            action="Verify every CITES Appendix I and II specimen and record its permit number "
            "in BG-Base.",
            priority="High",
            owner="Head of Horticulture",
            due="2024-03-31",
            status="In progress",
            progress="Orchid and cycad collections checked (87 records); cacti next.",
        ),
        Row(
            ref="IA23/06",
            category="Living collections records (report 2022/23-05)",
            issue="Seed bank cold-store temperature logs were not reviewed; two excursions "
            "above -18C in January 2023 went unreported.",
            action="Install alarmed data loggers that alert the duty horticulturist by text.",
            priority="Medium",
            owner="Seed Bank Curator",
            due="2023-08-31",
            status="Complete",
            progress="Loggers installed in July; alarm tested monthly.",
        ),
        Row(
            ref="IA23/07",
            category="Living collections records (report 2022/23-05)",
            issue="Loans of herbarium specimens to other institutions are not tracked; 41 loans "
            "older than five years have not been returned.",
            action="Set up a loans register and write to every borrower with an overdue loan.",
            priority="Low",
            owner="",
            due="2024-06-30",
            status="Not started",
            progress="No officer yet assigned following the retirement of the Keeper of the "
            "Herbarium.",
        ),
        Row(
            ref="IA23/08",
            category="Estates and glasshouses (report 2023/24-01)",
            issue="The Palm House heating maintenance contract (£186,000 a year) was extended "
            "twice without competition.",
            action="Retender the contract under the Procurement Policy before the current "
            "extension ends.",
            priority="High",
            owner="Director of Finance and Resources",
            due="2024-03-31",
            status="Not yet due",
            progress="Specification drafted; tender to be advertised in December.",
        ),
        Row(
            ref="IA23/09",
            category="Estates and glasshouses (report 2023/24-01)",
            issue="The fixed asset register omitted the 2021 Temperate House restoration works "
            "valued at £2.4m.",
            action="Add the works to the register and agree the register to the accounts.",
            priority="Medium",
            owner="Director of Finance and Resources",
            due="2023-07-31",
            revised="2023-10-31",
            status="Complete",
            progress="Register updated and agreed to the 2022/23 statutory accounts.",
        ),
        Row(
            ref="IA23/10",
            category="Estates and glasshouses (report 2023/24-01)",
            issue="DBS checks for 23 volunteers in the schools programme had not been renewed "
            "in line with the safeguarding policy.",
            action="Renew all lapsed checks and move volunteers to the DBS update service.",
            priority="High",
            owner="Volunteer Coordinator",
            due="2023-06-30",
            status="Overdue",
            progress="17 of 23 renewed; the remaining six volunteers are stood down from school "
            "visits until their checks return.",
        ),
        Row(
            ref="IA23/11",
            category="Estates and glasshouses (report 2023/24-01)",
            issue="There is no business continuity plan for a failure of the glasshouse boiler "
            "plant in winter.",
            action="Write and exercise a continuity plan, including hire of temporary heating.",
            priority="High",
            owner="Estates Manager",
            due="2024-02-29",
            status="Not started",
            progress="",
        ),
        Row(
            ref="IA23/12",
            category="Estates and glasshouses (report 2023/24-01)",
            issue="The catering concession's income share was not checked against its turnover "
            "certificates.",
            action="Obtain certified turnover figures every year and reconcile the income share.",
            priority="Low",
            owner="Finance Manager",
            due="2023-12-31",
            status="Open",
            progress="Certificate for 2022/23 requested from the concessionaire.",
        ),
    ),
)

# --- 2. botanic garden trust, 2024: ruled PDF, RAG words with key, dates written in full,
#        revisions written "was X, now Y" in the date cell, long progress (header repeats) ---

QD2 = Paper(
    slug="qd2_ashwick_lea_botanic_garden_ia_tracker_2024",
    fmt="pdf",
    kind="botanic garden trust",
    body=_GARDEN,
    committee="Audit and Risk Committee of the Board of Trustees",
    meeting="Thursday 14 November 2024",
    title="Internal Audit Recommendations - Progress Report, November 2024",
    intro=(
        "This report brings forward the seven recommendations of earlier years that were "
        "still open at the last meeting and adds the five raised by the 2023/24 reviews of "
        "payroll, cyber security and venue hire. The internal auditors' annual opinion for "
        "2023/24, received on 10 July 2024, was moderate assurance, down from reasonable, "
        "chiefly because of the cyber security findings.",
        "Where a deadline has moved, the date cell shows the deadline it replaced and the one "
        "now agreed. The Trustees approved the award of the glasshouse heating contract on "
        "27 March 2024 at a saving of £14,500 a year.",
    ),
    closing=(
        "The Committee is asked to approve the closure of the six blue-rated recommendations "
        "and to note that the Head of Estates and Facilities will report the boiler "
        "continuity exercise to the next meeting on 5 March 2025.",
    ),
    headers={
        "ref": "No.",
        "issue": "Recommendation",
        "action": "What we will do",
        "owner": "Lead",
        "due": "Target date",
        "status": "RAG",
        "progress": "Update at October 2024",
    },
    borders=True,
    rag_key=RAG_KEY_DEFAULT,
    date_style="long",
    revision="now",
    running_header="Ashwick Lea Botanic Garden Trust - Audit and Risk Committee - 14 November 2024",
    extra={
        "orient": "landscape",
        "size": "9.5pt",
        "head_bg": "#e2efda",
        "body_label": "Trust",
        "table_heading": "Recommendations open during 2024",
        "key_text": "RAG key: Blue - complete; Green - on track; Amber - at risk of missing "
        "the target date; Red - not started.",
        "closing_heading": "Recommendation to the Committee",
        "footer": "Agenda item 6 - Internal audit",
    },
    rows=(
        Row(
            ref="IA23/02",
            issue="Gift Aid declarations were not held for a material share of the admissions "
            "claimed.",
            action="Take declarations at the point of sale and test a monthly sample before "
            "every claim.",
            owner="Head of Visitor Services",
            due="2024-03-31",
            due_text="was 31 March 2024,",
            revised="2024-09-30",
            status="Blue",
            progress="The new EPOS system went live on 2 April 2024 with a mandatory Gift Aid "
            "prompt at every admission sale. Sample tests for May, June, July and August found "
            "a valid declaration for 98.6% of claimed admissions, against 86% when the audit "
            "was done. The claim for 2023/24, £41,380, was submitted to HMRC in July and paid "
            "in full in September.",
        ),
        Row(
            ref="IA23/04",
            issue="Plant records backups are kept on site only.",
            action="Back up the plant records database off site and test a restore every six "
            "months.",
            owner="Head of Horticulture",
            due="2024-06-30",
            due_text="was 30 June 2024,",
            revised="2024-12-31",
            status="Amber",
            progress="A cloud backup contract (£2,350 a year) was signed in August 2024 and "
            "nightly copies have run since 1 September. The first test restore, on 9 October, "
            "failed because the database licence is tied to the server's hardware key; the "
            "supplier has issued a second key and a repeat test is booked for 3 December. The "
            "target is at risk if that test also fails.",
        ),
        Row(
            ref="IA23/05",
            issue="Provenance and CITES permit references are missing from living collection "
            "records.",
            action="Verify every CITES-listed specimen and record its permit number.",
            owner="Head of Horticulture",
            due="2024-03-31",
            status="Amber",
            progress="198 of the 312 records have now been verified, including all orchids, "
            "cycads and cacti. The remaining 114 are mainly carnivorous plants and succulents "
            "received before 1995, for which the original permits must be sought from the "
            "donor gardens. The Committee is asked to note that this recommendation is past "
            "its target date and a new date will be proposed in March.",
        ),
        Row(
            ref="IA23/07",
            issue="Herbarium specimens lent to other institutions are not tracked.",
            action="Keep a loans register and recall every loan older than five years.",
            owner="Herbarium Manager",
            due="2024-06-30",
            due_text="was 30 June 2024,",
            revised="2025-03-31",
            status="Green",
            progress="The Herbarium Manager, appointed in May 2024, has built a loans register "
            "from the accession ledgers. Letters went to all 19 borrowing institutions in "
            "September; 12 loans have been returned so far.",
        ),
        Row(
            ref="IA23/08",
            issue="The glasshouse heating maintenance contract was extended without competition.",
            action="Retender the heating maintenance contract.",
            owner="Director of Finance and Resources",
            due="2024-03-31",
            status="Blue",
            progress="Open tender run in January and February 2024; four bids received. "
            "Contract awarded to Pennant Building Services at £171,500 a year from 1 April "
            "2024 for three years with an option of two more.",
        ),
        Row(
            ref="IA23/11",
            issue="No continuity plan exists for a failure of the boiler plant serving the "
            "glasshouses.",
            action="Write a boiler failure continuity plan and test it in a tabletop exercise.",
            owner="Head of Estates and Facilities",
            due="2024-02-29",
            due_text="was 29 February 2024,",
            revised="2024-11-30",
            status="Amber",
            progress="Plan drafted, including a framework agreement for the hire of two 200 kW "
            "temporary boilers within 12 hours. The tabletop exercise is set for 21 November "
            "with the Palm House and Temperate House teams. Ownership passed from the Estates "
            "Manager when that post was deleted in the April restructure.",
        ),
        Row(
            ref="IA23/12",
            issue="Catering concession income share not checked against certified turnover.",
            action="Reconcile the income share to certified turnover each year.",
            owner="Finance Manager",
            due="2023-12-31",
            status="Blue",
            progress="Certificate for 2022/23 received in January 2024; the reconciliation "
            "found an underpayment of £3,260, which the concessionaire has paid.",
        ),
        Row(
            ref="IA24/01",
            issue="Overtime for seasonal garden staff was approved after payment in 11 of 25 "
            "cases tested.",
            action="Require approval in the HR system before any overtime is paid.",
            owner="HR and Payroll Manager",
            due="2024-07-31",
            status="Blue",
            progress="Approval step added to the HR system in June 2024; payroll rejects "
            "unapproved claims automatically.",
        ),
        Row(
            ref="IA24/02",
            issue="Multi-factor authentication was not enabled for remote access to the "
            "finance system.",
            action="Enable multi-factor authentication for all remote access and staff email.",
            owner="IT Services Manager",
            due="2024-06-30",
            status="Blue",
            progress="Enabled for all 146 staff accounts by 14 June 2024.",
        ),
        Row(
            ref="IA24/03",
            issue="Recovery of the online ticketing website has not been tested since 2021.",
            action="Agree a recovery time with the supplier and test recovery every year.",
            owner="IT Services Manager",
            due="2024-12-31",
            status="Green",
            progress="Recovery time of four hours agreed in the renewed contract; the test is "
            "scheduled for the closed period in December.",
        ),
        Row(
            ref="IA24/04",
            issue="Deposits for weddings and evening events were not banked promptly; £12,600 "
            "was held in the safe for up to 19 days.",
            action="Take deposits only by card or bank transfer through the booking system.",
            owner="Events Manager",
            due="2024-09-30",
            status="Blue",
            progress="Cash deposits stopped from 1 August 2024.",
        ),
        Row(
            ref="IA24/05",
            issue="Risk assessments were missing for 4 of the 12 after-hours events sampled.",
            action="Make a signed risk assessment a condition of confirming any booking.",
            owner="",
            due="2025-03-31",
            status="Red",
            progress="To be allocated once the events and venue hire team is restructured.",
        ),
    ),
)

# --- 3. botanic garden trust, 2025: scanned ruled page, serif, dd.mm.yyyy,
#        "(revised from …)" in the date cell, changed owners ---------------------------------

QD3 = Paper(
    slug="qd3_ashwick_lea_botanic_garden_ia_tracker_2025_scan",
    fmt="pdf-scan",
    kind="botanic garden trust",
    body=_GARDEN,
    committee="Audit and Risk Committee",
    meeting="Wednesday 12 November 2025",
    title="Outstanding Internal Audit Actions - November 2025",
    intro=(
        "Opinion for 2024/25 (received 9 July 2025): reasonable assurance. The 2024/25 "
        "reviews raised four actions (one high, two medium, one low); six earlier actions "
        "remain open or closed since March.",
    ),
    closing=(
        "The Committee is asked to close the four completed actions. Next meeting: 4 March 2026.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Audit point",
        "action": "Action agreed",
        "owner": "Owner",
        "due": "Due",
        "status": "Status",
    },
    borders=True,
    date_style="dmy.",
    revision="inline",
    running_header="Ashwick Lea Botanic Garden Trust - ARC 12.11.2025 - Item 5",
    extra={
        "orient": "portrait",
        "size": "9pt",
        "font": "Georgia, 'Times New Roman', serif",
        "head_bg": "#ddd",
        "table_heading": "Action log",
        "closing_heading": "Decision",
        "date_label": "Meeting",
    },
    rows=(
        Row(
            ref="IA23/04",
            issue="Off-site backup of the plant records database.",
            action="Nightly cloud backup; restore tested every six months.",
            owner="Curator of Living Collections",
            due="2024-12-31",
            revised="2025-06-30",
            status="Complete",
        ),
        Row(
            ref="IA23/05",
            issue="CITES permit references for living specimens.",
            action="Verify the last 114 records with donor gardens.",
            owner="Curator of Living Collections",
            due="2024-03-31",
            revised="2025-12-31",
            status="In progress",
        ),
        Row(
            ref="IA23/07",
            issue="Unreturned herbarium loans.",
            action="Recall all loans older than five years.",
            owner="Herbarium Manager",
            due="2025-03-31",
            status="Partially implemented",
        ),
        Row(
            ref="IA23/11",
            issue="Boiler failure continuity plan.",
            action="Plan adopted and exercised.",
            owner="Head of Estates and Facilities",
            due="2024-11-30",
            status="Complete",
        ),
        Row(
            ref="IA24/03",
            issue="Recovery test of the ticketing website.",
            action="Annual recovery test with the supplier.",
            owner="IT Services Manager",
            due="2024-12-31",
            revised="2025-09-30",
            status="Overdue",
        ),
        Row(
            ref="IA24/05",
            issue="Risk assessments for after-hours events.",
            action="Signed assessment before a booking is confirmed.",
            owner="Events and Venue Hire Manager",
            due="2025-03-31",
            status="Complete",
        ),
        Row(
            ref="IA25/01",
            issue="Grant claims for the Rock Garden project lacked evidence of match funding.",
            action="Keep a match-funding schedule for each claim.",
            owner="Director of Finance and Resources",
            due="2025-12-31",
            status="Not yet due",
        ),
        Row(
            ref="IA25/02",
            issue="Shop stock count variance of £8,900 was not explained.",
            action="Quarterly counts with variances investigated.",
            owner="Retail Manager",
            due="2025-09-30",
            status="Complete",
        ),
        Row(
            ref="IA25/03",
            issue="COSHH assessments for nursery pesticides out of date.",
            action="Review all assessments and the chemical store.",
            owner="Nursery Manager",
            due="2025-10-31",
            status="Not started",
        ),
        Row(
            ref="IA25/04",
            issue="Trustees' declarations of interest not refreshed each year.",
            action="Annual declaration at the first Board meeting.",
            owner="",
            due="2026-01-31",
            status="Open",
        ),
    ),
)

# --- 4. dental school, 2024: Excel, cover sheet, header row 5, RAG only as a fill colour
#        with a key above the table, separate original / revised columns ---------------------

_DENTAL = "University of Kirkmoor School of Dental Sciences"

QD4 = Paper(
    slug="qd4_kirkmoor_dental_school_gdc_actions_2024",
    fmt="xlsx",
    kind="dental school",
    body=_DENTAL,
    committee="Dental Education Quality Committee",
    meeting="Tuesday 9 July 2024",
    title="GDC Inspection of the BDS Programme - Action Plan",
    intro=(
        "The General Dental Council inspected the Bachelor of Dental Surgery programme over "
        "four days in January 2024. Its report, published on 18 April 2024, found that 16 of "
        "the 21 requirements were met, 4 were partly met and 1 was not met, and set eleven "
        "actions for the School.",
        "The action plan was approved by the Faculty Executive on 2 May 2024 and returned to "
        "the GDC on 16 May 2024. The Faculty has committed £265,000 over two years to the "
        "additional clinical sessions and dental nurse posts it requires.",
    ),
    closing=(
        "The Committee is asked to note progress before the School's first monitoring return "
        "to the GDC, due on 30 September 2024.",
    ),
    headers={
        "ref": "GDC ref",
        "issue": "Requirement",
        "action": "School action",
        "priority": "Risk",
        "owner": "Accountable lead",
        "original": "Original deadline",
        "revised": "Revised deadline",
        "status": "RAG",
        "progress": "Evidence / commentary",
    },
    header_row=5,
    rag_key=RAG_KEY_GREEN_DONE,
    rag_fill=True,
    date_style="dmy/",
    revision="columns",
    extra={
        "cover_sheet": "Front sheet",
        "sheet": "GDC actions",
        "key_text": "Cell colour in the RAG column: green - action complete and evidenced; "
        "amber - in progress; red - not yet started.",
    },
    rows=(
        Row(
            ref="REQ 01",
            issue="Students on outreach placements in community clinics were supervised at "
            "ratios of up to 1:8, above the School's 1:6 standard.",
            action="Cap outreach sessions at one supervisor to six students and report ratios "
            "each term.",
            priority="High",
            owner="Director of Clinical Education",
            due="2024-04-30",
            status="Green",
            progress="Rotas rebuilt from the summer term; termly ratio report shows no session "
            "above 1:6.",
        ),
        Row(
            ref="REQ 02",
            issue="Students' records of patient consent were not audited.",
            action="Audit 10% of student case notes for valid consent every term.",
            priority="High",
            owner="Clinical Governance Lead",
            due="2024-06-30",
            status="Amber",
            progress="First audit of 140 case notes under way; results expected late July.",
        ),
        Row(
            ref="REQ 03",
            issue="Outreach supervisors were not aware of the School's raising concerns policy.",
            action="Brief all 37 outreach supervisors and add the policy to their induction.",
            priority="Medium",
            owner="Outreach Coordinator",
            due="2024-05-31",
            status="Green",
            progress="All 37 briefed by 24 May 2024; induction pack updated.",
        ),
        Row(
            ref="REQ 04",
            issue="Final-year students' experience of molar endodontics was below the expected "
            "level (a median of 6 cases against 10).",
            action="Add two endodontic clinics a week for final-year students from September 2024.",
            priority="High",
            owner="Head of Restorative Dentistry",
            due="2024-09-30",
            status="Amber",
            progress="Two specialty dentists recruited; clinics timetabled for the autumn term.",
        ),
        Row(
            ref="REQ 05",
            issue="Too few child patients are referred to the paediatric student clinics.",
            action="Agree a referral pathway with the community dental service.",
            priority="Medium",
            owner="Head of Paediatric Dentistry",
            due="2024-06-30",
            revised="2024-12-31",
            status="Amber",
            progress="Community dental service reorganising; pathway to be agreed with the new "
            "clinical director in the autumn.",
        ),
        Row(
            ref="REQ 06",
            issue="Standard setting for the final OSCE was not documented.",
            action="Adopt borderline regression for all OSCEs and minute each standard-setting "
            "meeting.",
            priority="High",
            owner="Director of Assessment",
            due="2024-03-31",
            status="Green",
            progress="Used for the May 2024 finals; minutes filed with the exam board papers.",
        ),
        Row(
            ref="REQ 07",
            issue="External examiners' reports did not receive a formal written response.",
            action="Reply in writing to every external examiner report within eight weeks.",
            priority="Low",
            owner="Director of Assessment",
            due="2024-07-31",
            status="Amber",
            progress="Template agreed; 2023/24 reports due in August.",
        ),
        Row(
            ref="REQ 08",
            issue="Patient feedback is not used in the assessment of students.",
            action="Introduce patient feedback forms in the Year 4 and Year 5 clinics.",
            priority="Medium",
            owner="Director of Clinical Education",
            due="2024-10-31",
            status="Red",
            progress="",
        ),
        Row(
            ref="REQ 09",
            issue="Student fitness to practise cases took a median of 19 weeks to conclude.",
            action="Appoint a case manager and set a 12-week target for each case.",
            priority="Medium",
            owner="School Manager",
            due="2024-03-31",
            revised="2024-08-31",
            status="Amber",
            progress="Case manager starts on 1 August 2024 (0.6 FTE).",
        ),
        Row(
            ref="REQ 10",
            issue="Assessment outcomes are not analysed by protected characteristic.",
            action="Analyse progression and degree outcomes by protected characteristic every "
            "year.",
            priority="Low",
            owner="",
            due="2024-12-31",
            status="Red",
            progress="Awaiting data from the University's planning office.",
        ),
        Row(
            ref="REQ 11",
            issue="Dental nurse staffing of student clinics was 6.4 WTE below the agreed "
            "establishment of 38 WTE.",
            action="Fund and recruit to the vacant dental nurse posts.",
            priority="High",
            owner="Dental Hospital General Manager",
            due="2024-05-31",
            revised="2024-10-31",
            status="Amber",
            progress="Funding agreed; 3.0 WTE appointed, 3.4 WTE out to advert.",
        ),
    ),
)

# --- 5. dental school, 2025: Markdown, sub-headings by GDC standard, quarters of the
#        financial year, "Target date extended from … to …" in the progress text ------------

QD5 = Paper(
    slug="qd5_kirkmoor_dental_school_gdc_monitoring_2025",
    fmt="md",
    kind="dental school",
    body=_DENTAL,
    committee="Dental Education Quality Committee",
    meeting="Tuesday 8 July 2025",
    title="GDC Requirements and Monitoring Visit - Progress Report 2025",
    intro=(
        "This report updates the Committee on the actions still open from the 2024 GDC "
        "inspection and on the three new requirements from the GDC monitoring visit of "
        "11 March 2025. The visit report concluded that the School had made 'good progress' "
        "and closed REQ 01, REQ 03 and REQ 06.",
        "Targets are given by quarter of the University's financial year (1 April to 31 "
        "March). The second annual monitoring return was submitted on 27 June 2025, signed "
        "by the Dean of Dentistry.",
    ),
    closing=(
        "The Committee is asked to note the report. Of the eleven items, four are met; the "
        "School's next monitoring return is due on 31 December 2025.",
    ),
    headers={
        "ref": "Req.",
        "issue": "GDC requirement",
        "action": "Action taken or planned",
        "owner": "Lead",
        "due": "Target quarter",
        "status": "Standard met?",
        "progress": "Progress note",
    },
    date_style="quarter",
    revision="progress",
    extra={"table_heading": "Requirements and actions", "closing_heading": "Recommendation"},
    rows=(
        Row(
            ref="REQ 02",
            category="Standard 1 - Protecting patients",
            issue="Valid consent must be evidenced in student case notes.",
            action="Termly audit of a tenth of student case notes.",
            owner="Clinical Governance Lead",
            due="2024-09-30",
            status="Met",
            progress="Three audits completed; compliance rose from 82% to 97%.",
        ),
        Row(
            ref="REQ 05",
            category="Standard 1 - Protecting patients",
            issue="Paediatric clinics need a reliable flow of child patients.",
            action="Referral pathway with the community dental service.",
            owner="Clinical Director, Child Dental Health",
            due="2024-12-31",
            revised="2025-06-30",
            status="Partly met",
            progress="Pathway agreed in February 2025; referrals at 60% of the level needed.",
        ),
        Row(
            ref="REQ 11",
            category="Standard 1 - Protecting patients",
            issue="Student clinics must be staffed by dental nurses at the agreed establishment.",
            action="Recruit to the remaining vacant dental nurse posts.",
            owner="Dental Hospital General Manager",
            due="2024-12-31",
            revised="2025-09-30",
            status="Partly met",
            progress="1.4 WTE still vacant after two rounds of advertising.",
        ),
        Row(
            ref="MV 01",
            category="Standard 1 - Protecting patients",
            issue="Validation records for two autoclaves in the decontamination unit were "
            "incomplete.",
            action="Revalidate both autoclaves and keep records on the equipment system.",
            owner="Decontamination Lead",
            due="2025-06-30",
            status="Met",
            progress="Revalidated in April 2025.",
        ),
        Row(
            ref="REQ 07",
            category="Standard 2 - Quality evaluation and review",
            issue="External examiners' reports must be answered formally.",
            action="Written reply to each report within eight weeks.",
            owner="Director of Assessment",
            due="2024-09-30",
            status="Met",
            progress="All five 2023/24 reports answered within six weeks.",
        ),
        Row(
            ref="REQ 10",
            category="Standard 2 - Quality evaluation and review",
            issue="Outcomes must be monitored by protected characteristic.",
            action="Annual analysis of progression and outcomes by protected characteristic.",
            owner="Director of Education (Dentistry)",
            due="2024-12-31",
            revised="2025-12-31",
            status="Not met",
            progress="University data warehouse does not yet hold BDS module marks.",
        ),
        Row(
            ref="MV 02",
            category="Standard 2 - Quality evaluation and review",
            issue="Student feedback from outreach placements is not collected systematically.",
            action="Run an end-of-placement survey for every outreach block.",
            owner="Outreach Coordinator",
            due="2025-12-31",
            status="Not yet started",
            progress="",
        ),
        Row(
            ref="REQ 04",
            category="Standard 3 - Student assessment",
            issue="Final-year students need adequate molar endodontic experience.",
            action="Two extra endodontic clinics a week for final-year students.",
            owner="Head of Restorative Dentistry",
            due="2025-03-31",
            status="Met",
            progress="2025 cohort median 11 molar cases.",
        ),
        Row(
            ref="REQ 08",
            category="Standard 3 - Student assessment",
            issue="Patient feedback should inform the assessment of students.",
            action="Patient feedback forms in the Year 4 and Year 5 clinics.",
            owner="Director of Clinical Education",
            due="2025-03-31",
            revised="2025-09-30",
            status="Partly met",
            progress="In use in Year 5 since January; Year 4 from September.",
        ),
        Row(
            ref="REQ 09",
            category="Standard 3 - Student assessment",
            issue="Fitness to practise cases must be concluded promptly.",
            action="Case manager in post; 12-week target for each case.",
            owner="School Manager",
            due="2025-03-31",
            status="Not met",
            progress="Median now 14 weeks across 9 cases.",
        ),
        Row(
            ref="MV 03",
            category="Standard 3 - Student assessment",
            issue="Progression decisions for students repeating a year were not recorded by "
            "the board of examiners.",
            action="Record every repeat-year decision and its reasons in the board minutes.",
            owner="",
            due="2025-09-30",
            status="Not yet started",
            progress="",
        ),
    ),
)

# --- 6. air ambulance charity: CSV after a preamble, month names, "… now …", two posts in
#        one owner cell, rows with no owner ---------------------------------------------------

QD6 = Paper(
    slug="qd6_dales_fells_air_ambulance_baf_actions",
    fmt="csv",
    kind="air ambulance charity",
    body="Dales and Fells Air Ambulance",
    committee="Quality, Safety and Risk Committee",
    meeting="Thursday 20 March 2025",
    title="Board Assurance Framework - Actions to Close Assurance Gaps",
    intro=(
        "The Board of Trustees reviewed the Board Assurance Framework on 28 January 2025 and "
        "rated two of its seven strategic risks above appetite: aircraft continuity and "
        "income. Twelve assurance gaps have actions against them.",
    ),
    closing=(
        "The Committee is asked to note the actions and escalate BAF3.3 to the Finance and "
        "Income Committee on 10 April 2025.",
    ),
    headers={
        "ref": "Item",
        "issue": "Assurance gap",
        "action": "Mitigating action",
        "owner": "Responsible post(s)",
        "due": "Target month",
        "status": "Current status",
        "progress": "Update at March 2025",
    },
    header_row=4,
    date_style="month",
    revision="now",
    rows=(
        Row(
            ref="BAF1.1",
            issue="No independent review of pre-hospital emergency anaesthesia performance "
            "data since 2022.",
            action="Commission an external peer review of anaesthesia data by the regional "
            "major trauma network.",
            owner="Medical Director",
            due="2024-12-31",
            status="Done",
            progress="Review reported in December 2024: first-pass intubation success 96%, "
            "in line with national benchmarks; two minor recommendations added to the "
            "clinical audit plan.",
        ),
        Row(
            ref="BAF1.2",
            issue="Two discrepancies in the morphine register at the Harrowby base in the "
            "second quarter.",
            action="Monthly controlled drug audits by the pharmacist and double signatures at "
            "every shift change.",
            owner="Medical Director / Lead Pharmacist",
            due="2024-11-30",
            status="Achieved",
            progress="Audits since September found no discrepancies; the matter was reported "
            "to the controlled drugs accountable officer and closed.",
        ),
        Row(
            ref="BAF1.3",
            issue="Clinical staff appraisal rate was 71% against a target of 95%.",
            action="Schedule every outstanding appraisal and report compliance monthly.",
            owner="Director of Operations / Head of People",
            due="2025-03-31",
            status="Behind schedule",
            progress="Rate now 84%; the remaining 9 appraisals are with paramedics on "
            "secondment and will slip into April.",
        ),
        Row(
            ref="BAF2.1",
            issue="The lease of the charity's main helicopter expires in September 2026 with no "
            "approved replacement plan.",
            action="Present an aircraft replacement options appraisal to the Board of Trustees.",
            owner="Chief Executive",
            due="2025-01-31",
            revised="2025-05-31",
            status="In progress",
            progress="Three operators shortlisted; the appraisal was delayed to include a "
            "joint procurement option with a neighbouring charity and will go to the Board in "
            "May.",
        ),
        Row(
            ref="BAF2.2",
            issue="Night flying depends on 4 of the 9 pilots who hold current night vision "
            "imaging system qualifications.",
            action="Train a further three pilots in night vision flying.",
            owner="Director of Aviation / Aviation Operator's Head of Training",
            due="2025-06-30",
            status="On track",
            progress="Two pilots qualified in February; the third is booked for May.",
        ),
        Row(
            ref="BAF3.1",
            issue="Weekly lottery income fell by 11% (£412,000) against plan in 2023/24.",
            action="Relaunch the lottery with door-to-door canvassing in three new districts.",
            owner="Director of Income Generation",
            due="2024-10-31",
            revised="2025-04-30",
            status="Behind schedule",
            progress="Canvassing contract let in January; 2,850 new players so far against a "
            "target of 6,000.",
        ),
        Row(
            ref="BAF3.2",
            issue="Free reserves fell below the policy minimum of six months' running costs "
            "(£5.1m).",
            action="Approve a reserves recovery plan and report reserves quarterly.",
            owner="Director of Finance",
            due="2024-09-30",
            status="Complete",
            progress="Recovery plan approved by the Trustees on 26 September 2024.",
        ),
        Row(
            ref="BAF3.3",
            issue="Five of the 22 charity shop leases expire in 2025 without a review of their "
            "break clauses.",
            action="Review each lease and decide whether to renew, relocate or close.",
            owner="",
            due="2025-02-28",
            status="Overdue",
            progress="Retail Manager post vacant since December; reviews not started for two "
            "of the five shops.",
        ),
        Row(
            ref="BAF4.1",
            issue="The electronic patient record used on the aircraft is not covered by the "
            "charity's Data Security and Protection Toolkit submission.",
            action="Bring the electronic patient record into scope of the June 2025 submission.",
            owner="Head of IT / Caldicott Guardian",
            due="2025-06-30",
            status="Not started",
            progress="",
        ),
        Row(
            ref="BAF4.2",
            issue="Data sharing agreements with two ambulance trusts remain unsigned.",
            action="Agree and sign both data sharing agreements.",
            owner="Caldicott Guardian",
            due="2024-12-31",
            revised="2025-03-31",
            status="Open",
            progress="One agreement signed on 4 March; the other is with the trust's legal team.",
        ),
        Row(
            ref="BAF5.1",
            issue="Lighting at 14 community night landing sites is not inspected every year.",
            action="Set up an annual inspection schedule with the site owners.",
            owner="Director of Operations",
            due="2025-05-31",
            status="Not yet due",
            progress="Schedule drafted; parish councils contacted.",
        ),
        Row(
            ref="BAF5.2",
            issue="Insurance documents for volunteer drivers' own vehicles were not checked.",
            action="Check insurance and MOT certificates for every volunteer driver each year.",
            owner="Volunteer Manager",
            due="2024-08-31",
            status="Implemented",
            progress="All 63 volunteer drivers checked in August 2024.",
        ),
    ),
)

# --- 7. municipal tramway board: borderless portrait PDF, serif, sub-headings by directorate,
#        seasons, "(was …)", a progress column dated at two updates --------------------------

QD7 = Paper(
    slug="qd7_seaholme_tramways_board_safety_actions",
    fmt="pdf",
    kind="municipal tramway board",
    body="Seaholme Tramways Board",
    committee="Safety and Assurance Committee",
    meeting="Monday 17 February 2025",
    title="ORR Inspection and Internal Audit Findings - Action Progress",
    intro=(
        "The Office of Rail and Road inspected the tramway in June 2024 and wrote to the "
        "Board on 9 August 2024 with six findings, none of which required an improvement "
        "notice. The Board's internal auditors reported five findings from their 2024/25 "
        "reviews of depot stores, heritage fleet records and fare income.",
        "Progress is shown as reported to the Committee in October 2024 and as updated for "
        "this meeting. The 2025/26 capital budget approved by Seaholme Borough Council on "
        "12 February 2025 includes £1.35m for track and overhead line renewals.",
    ),
    closing=(
        "The Committee is asked to note progress and agree the moved target dates. The next "
        "meeting is on Monday 19 May 2025, when the ORR's follow-up visit will be reported.",
    ),
    headers={
        "ref": "Finding",
        "issue": "Issue identified",
        "action": "Action",
        "owner": "Directorate lead",
        "due": "Due",
        "status": "Status",
        "progress": "Progress (October 2024 / January 2025)",
    },
    borders=False,
    date_style="season",
    revision="was",
    running_header="Seaholme Tramways Board - Safety and Assurance Committee - 17 February 2025",
    extra={
        "orient": "portrait",
        "size": "9pt",
        "font": "Georgia, 'Times New Roman', serif",
        "table_heading": "Findings by directorate",
        "closing_heading": "Recommendation",
        "footer": "Item 4 - Public",
    },
    rows=(
        Row(
            ref="ORR 24/01",
            category="Engineering and Infrastructure Directorate",
            issue="Side wear on the Promenade curve rail measured 14 mm, above the 12 mm "
            "intervention limit.",
            action="Replace the curve rail during the winter shutdown.",
            owner="Head of Permanent Way",
            due="2025-02-28",
            status="Completed",
            progress="Oct 2024: rail ordered, shutdown booked 6-24 January.\nJan 2025: rail "
            "replaced and gauge checked; line reopened 23 January.",
        ),
        Row(
            ref="ORR 24/02",
            category="Engineering and Infrastructure Directorate",
            issue="Overhead line inspection records were incomplete for 3.2 km of the Northern "
            "Extension.",
            action="Re-inspect the section and record results in the maintenance system.",
            owner="Head of Overhead Line Equipment",
            due="2024-11-30",
            revised="2025-05-31",
            status="In progress",
            progress="Oct 2024: 1.1 km inspected.\nJan 2025: 2.4 km inspected; night "
            "possessions for the rest limited by the timetable.",
        ),
        Row(
            ref="ORR 24/03",
            category="Engineering and Infrastructure Directorate",
            issue="There is no written competence standard for staff who test tram brakes.",
            action="Write the standard and assess every brake tester against it.",
            owner="Depot Engineering Manager",
            due="2025-05-31",
            status="In progress",
            progress="Oct 2024: draft standard out for consultation.\nJan 2025: adopted; 8 of "
            "15 testers assessed.",
        ),
        Row(
            ref="IA 24/05",
            category="Engineering and Infrastructure Directorate",
            issue="Depot stores held £310,000 of obsolete spares with no write-off review.",
            action="Review obsolete stock and write off or sell surplus items.",
            owner="Depot Engineering Manager",
            due="2024-08-31",
            revised="2025-02-28",
            status="Behind schedule",
            progress="Oct 2024: stock list agreed with Finance.\nJan 2025: £120,000 of parts "
            "sold to another heritage operator; remainder still to value.",
        ),
        Row(
            ref="ORR 24/04",
            category="Operations Directorate",
            issue="Route-knowledge refresher training had lapsed for 17 of 64 drivers.",
            action="Refresh all lapsed drivers and track due dates in the training system.",
            owner="Head of Tram Operations",
            due="2024-08-31",
            status="Complete",
            progress="Oct 2024: all 17 drivers refreshed.\nJan 2025: no change.",
        ),
        Row(
            ref="ORR 24/05",
            category="Operations Directorate",
            issue="Near-miss reports at the Marine Parade crossing were not analysed for trends.",
            action="Analyse near misses quarterly and report trends to this Committee.",
            owner="Safety and Compliance Manager",
            due="2024-11-30",
            status="Complete",
            progress="Oct 2024: first analysis of 46 reports done.\nJan 2025: quarterly report "
            "now a standing item.",
        ),
        Row(
            ref="ORR 24/06",
            category="Operations Directorate",
            issue="The fatigue risk management system does not cover control room staff.",
            action="Extend the fatigue system to control room rosters.",
            owner="Head of Tram Operations",
            due="2025-05-31",
            revised="2025-08-31",
            status="Not started",
            progress="Oct 2024: awaiting new rostering software.\nJan 2025: software delivery "
            "moved to June.",
        ),
        Row(
            ref="IA 24/02",
            category="Operations Directorate",
            issue="Maintenance records for the seven heritage cars are kept on paper only.",
            action="Scan and load the heritage fleet records into the maintenance system.",
            owner="",
            due="2025-11-30",
            status="Not started",
            progress="Oct 2024: not yet allocated.\nJan 2025: volunteer support being sought "
            "from the Tramway Society.",
        ),
        Row(
            ref="IA 24/07",
            category="Finance and Commercial Directorate",
            issue="Ticket machine income was reconciled weekly, not daily; a £2,140 shortfall "
            "was unexplained.",
            action="Reconcile ticket machine income daily and investigate any shortfall over £50.",
            owner="Head of Finance",
            due="2024-08-31",
            status="Complete",
            progress="Oct 2024: daily reconciliation live.\nJan 2025: no unexplained "
            "shortfalls since.",
        ),
        Row(
            ref="IA 24/08",
            category="Finance and Commercial Directorate",
            issue="Concessionary fare claims to the Council were not checked against journey data.",
            action="Check each monthly claim against smartcard journey data before it is sent.",
            owner="Head of Finance",
            due="2024-11-30",
            revised="2025-05-31",
            status="In progress",
            progress="Oct 2024: data extract requested from the smartcard supplier.\nJan 2025: "
            "extract received; first checked claim will be April's.",
        ),
        Row(
            ref="IA 24/09",
            category="Finance and Commercial Directorate",
            issue="The tram advertising contract (£95,000 a year) has no performance clauses.",
            action="Add performance and income-share clauses at the contract renewal.",
            owner="Commercial Manager",
            due="2025-08-31",
            status="Not yet due",
            progress="Oct 2024: renewal date confirmed.\nJan 2025: heads of terms drafted.",
        ),
    ),
)

# --- 8. court estates board: HTML, status as symbols with a key, sub-headings by court
#        building, merged owner cells, "end of …" dates, moves told only in the remarks -----

_SYMBOLS = {"\u25cf": "complete", "\u25d0": "ongoing", "\u25cb": "not_started"}
_DONE, _HALF, _NONE = "\u25cf", "\u25d0", "\u25cb"

QD8 = Paper(
    slug="qd8_mercian_borders_court_estates_review",
    fmt="html",
    kind="court estates board",
    body="Mercian Borders Court Estates Board",
    committee="Estates Board",
    meeting="Wednesday 14 May 2025",
    title="Building Condition and Security Review - Recommendations Progress",
    intro=(
        "The condition and security review of the three court buildings in the cluster was "
        "carried out by the regional surveyors between September and November 2024. It made "
        "eleven recommendations and estimated the backlog of maintenance across the cluster "
        "at £2.9m, of which £1.1m is rated urgent.",
        "The Board approved the response on 15 January 2025. Where a target has since moved, "
        "the table keeps the target first agreed and the remarks give the new one.",
    ),
    closing=(
        "The Board is asked to note progress, to endorse the moved targets for HC2, LM2 and "
        "LM3, and to note that the lease decision for Kelsey will come to the meeting of "
        "9 July 2025.",
    ),
    headers={
        "ref": "Rec",
        "issue": "Recommendation of the review",
        "action": "Response",
        "owner": "Estate owner",
        "due": "Complete by",
        "status": "Status",
        "progress": "Remarks",
    },
    borders=True,
    rag_key=_SYMBOLS,
    date_style="words",
    revision="moved",
    merge_fields=("owner",),
    extra={
        "body_label": "Board",
        "table_heading": "Recommendations by building",
        "key_text": "Key: \u25cf complete; \u25d0 in progress; \u25cb not started.",
        "closing_heading": "Decisions for the Board",
        "head_bg": "#f2f2f2",
    },
    rows=(
        Row(
            ref="HC1",
            category="Hereward Combined Court Centre",
            issue="Custody suite door controls failed twice in 2024 and the maintenance "
            "contractor took over four hours to attend.",
            action="Cut the contract response time to two hours and fit a local manual override.",
            owner="Regional Estates Manager",
            due="2025-03-31",
            status=_DONE,
            progress="Contract variation signed in February; override fitted and tested.",
        ),
        Row(
            ref="HC2",
            category="Hereward Combined Court Centre",
            issue="Roof leaks over Courtrooms 3 and 4 caused 11 lost hearing days in winter 2024.",
            action="Replace the flat roof coverings (estimated £640,000).",
            owner="Regional Estates Manager",
            due="2025-09-30",
            revised="2026-03-31",
            status=_HALF,
            progress="Funding approved from the national maintenance programme; works to avoid "
            "the autumn sittings.",
        ),
        Row(
            ref="HC3",
            category="Hereward Combined Court Centre",
            issue="The judicial car park barrier is left open and unguarded after 6pm.",
            action="Fit an access-controlled barrier linked to the security desk.",
            owner="Regional Security Lead",
            due="2025-04-30",
            status=_NONE,
            progress="Quotes requested.",
        ),
        Row(
            ref="HC4",
            category="Hereward Combined Court Centre",
            issue="The asbestos register was not updated after the 2023 refurbishment works.",
            action="Resurvey the refurbished areas and update the register.",
            owner="Health and Safety Adviser",
            due="2024-12-31",
            status=_DONE,
            progress="Survey in December found no new asbestos; register reissued.",
        ),
        Row(
            ref="LM1",
            category="Ludmarsh Magistrates' Court",
            issue="The search arch at the public entrance had been out of calibration since "
            "July 2024.",
            action="Recalibrate the arch and add it to the planned maintenance schedule.",
            owner="Regional Security Lead",
            due="2025-01-31",
            status=_DONE,
            progress="Recalibrated on 13 January 2025.",
        ),
        Row(
            ref="LM2",
            category="Ludmarsh Magistrates' Court",
            issue="There is no level access to the witness suite; a portable ramp is used instead.",
            action="Install a platform lift to the witness suite.",
            owner="Regional Estates Manager",
            due="2025-10-31",
            revised="2026-01-31",
            status=_HALF,
            progress="Listed building consent needed; application made in April.",
        ),
        Row(
            ref="LM3",
            category="Ludmarsh Magistrates' Court",
            issue="Nine of the 21 actions from the 2023 fire risk assessment were still open.",
            action="Close every outstanding fire risk assessment action.",
            owner="Health and Safety Adviser",
            due="2025-03-31",
            revised="2025-07-31",
            status=_HALF,
            progress="Four closed; fire doors to the cells awaiting a specialist contractor.",
        ),
        Row(
            ref="LM4",
            category="Ludmarsh Magistrates' Court",
            issue="Energy use is 38% above the benchmark for a building of its size.",
            action="Commission an energy survey and a plan of savings measures.",
            owner="",
            due="2026-03-31",
            status=_NONE,
            progress="",
        ),
        Row(
            ref="KT1",
            category="Kelsey Tribunal Hearing Centre",
            issue="The lease expires in June 2026 and no decision has been made on renewal or "
            "relocation.",
            action="Put an options appraisal on the lease to the Board.",
            owner="Head of Estates Strategy",
            due="2025-06-30",
            status=_HALF,
            progress="Landlord's terms received; appraisal being drafted.",
        ),
        Row(
            ref="KT2",
            category="Kelsey Tribunal Hearing Centre",
            issue="The 48-seat waiting area is too small on immigration list days.",
            action="Convert the former records room into a second waiting area.",
            owner="Delivery Manager, Kelsey",
            due="2025-02-28",
            status=_DONE,
            progress="Second waiting area of 30 seats opened in February.",
        ),
        Row(
            ref="KT3",
            category="Kelsey Tribunal Hearing Centre",
            issue="CCTV recordings were kept for 90 days against the 31-day retention policy.",
            action="Reset the recorder to 31 days and delete the older footage.",
            owner="Regional Security Lead",
            due="2024-11-30",
            status=_DONE,
            progress="Reset and purged in November 2024.",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (QD1, QD2, QD3, QD4, QD5, QD6, QD7, QD8)


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
    paper: Paper,
    question: str,
    kind: str,
    facts: list[list[str]],
    notes: str,
    sources: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "question": question,
        "type": kind,
        "answerable": True,
        "facts": facts,
        "records": [],
        "sources": sources or [paper.filename],
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
    return _q(
        paper,
        f"Who owns action {ref} in {_where(paper)}?",
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


def q_owner_across(first: Paper, last: Paper, ref: str) -> dict[str, Any]:
    """Who owned ``ref`` in the earlier paper and who in the later one (the post changed)."""
    a, b = _row(first, ref), _row(last, ref)
    return _q(
        last,
        f"Who was responsible for {_GARDEN} internal audit action {ref} in "
        f"'{first.title}' ({first.meeting}) and who is responsible in '{last.title}' "
        f"({last.meeting})?",
        "list",
        [[a.owner], [b.owner]],
        f"{ref}: owner '{a.owner}' in {first.filename}, '{b.owner}' in {last.filename}",
        sources=[first.filename, last.filename],
    )


def q_due_across(papers: tuple[Paper, ...], ref: str) -> dict[str, Any]:
    """The deadline of ``ref`` as each paper gives it, ending with the latest."""
    rows = [(p, _row(p, ref)) for p in papers]
    p_last, r_last = rows[-1]
    current = r_last.revised or r_last.due
    return _q(
        p_last,
        f"Across the {p_last.body} papers of {', '.join(p.meeting.split()[-1] for p in papers)}, "
        f"how has the deadline for action {ref} moved, and when is it now due?",
        "lookup_date",
        [_dates(p_last, current)],
        "; ".join(
            f"{p.filename}: due {r.revised or r.due}"
            + (f" (revised from {r.due})" if r.revised else "")
            for p, r in rows
        ),
        sources=[p.filename for p in papers],
    )


QUESTIONS: tuple[dict[str, Any], ...] = (
    # botanic garden trust 2023 (docx)
    q_revised(QD1),
    q_overdue(QD1),
    q_owner(QD1, "IA23/08"),
    q_count(QD1),
    # botanic garden trust 2024 (ruled pdf)
    q_revised(QD2),
    q_due(QD2, "IA23/11"),
    q_overdue(QD2),
    q_not_started(QD2),
    # botanic garden trust 2025 (scan)
    q_revised(QD3),
    q_owner(QD3, "IA23/04"),
    q_count(QD3),
    # the garden across years
    q_owner_across(QD1, QD3, "IA23/04"),
    q_due_across((QD1, QD2, QD3), "IA23/05"),
    # dental school 2024 (xlsx)
    q_overdue(QD4),
    q_due(QD4, "REQ 11"),
    q_owned_by(QD4, "Director of Assessment"),
    q_count_revised(QD4),
    # dental school 2025 (md)
    q_revised(QD5),
    q_status(QD5, "REQ 09"),
    q_count(QD5),
    q_due_across((QD4, QD5), "REQ 08"),
    # air ambulance charity (csv)
    q_revised(QD6),
    q_owner(QD6, "BAF2.2"),
    q_overdue(QD6),
    q_count(QD6),
    # tramway board (borderless pdf)
    q_revised(QD7),
    q_due(QD7, "ORR 24/06"),
    q_not_started(QD7),
    q_owner(QD7, "IA 24/05"),
    # court estates board (html)
    q_overdue(QD8),
    q_due(QD8, "LM3"),
    q_owner(QD8, "KT1"),
    q_count(QD8),
)
