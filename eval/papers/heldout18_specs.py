"""The eighteenth held-out set of the measuring corpus of issue 15 (``data/papers/heldout18``),
written by an outside writer. Must not be read while building govrag.

Eight papers of six invented public bodies (none of them police), one paper in each format;
two bodies (an integrated care board and a valuation joint board) have papers of two years,
with recommendations carried over, revised or closed between them. Bodies, people and papers
are invented. ``QUESTIONS`` are derived from the rows below, never from govrag's answers.
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

# --- 1. integrated care board, 2023/24: Word, ruled, two-row date header, sub-headings by
#        audit area, owners merged down the column, long dates ---------------------------------

QA1 = Paper(
    slug="qa1_severnvale_wyre_icb_ia_tracker_2023_24",
    fmt="docx",
    kind="integrated care board",
    body="NHS Severnvale and Wyre Integrated Care Board",
    committee="Audit and Risk Committee",
    meeting="Tuesday 12 March 2024",
    title="Internal Audit Recommendations Tracker 2023/24 - Position at February 2024",
    intro=(
        "The Board's internal auditors, Marcher Audit Partnership, have issued nine reports "
        "on the 2023/24 plan to date. Two reports (Continuing Healthcare and Data Security and "
        "Protection Toolkit) received limited assurance; the remainder received reasonable "
        "assurance.",
        "Eleven recommendations remain open or were closed since the Committee last met on "
        "14 November 2023. Extensions to target dates have been agreed by the Chief Finance "
        "Officer, Helen Marwood, and are shown in the 'Revised' column.",
    ),
    closing=(
        "The Committee is asked to note the position, approve the closure of the three "
        "completed recommendations and agree the revised target dates.",
        "The Head of Internal Audit expects to give a 'moderate' opinion for 2023/24, subject "
        "to the closure of the Continuing Healthcare recommendations by June 2024.",
    ),
    headers={
        "ref": "Rec ID",
        "issue": "Finding",
        "action": "What we will do",
        "owner": "Lead officer",
        "original": "Agreed",
        "revised": "Revised",
        "status": "Progress status",
        "progress": "Update at February 2024",
    },
    two_row_date_header="Target date",
    merge_fields=("owner",),
    date_style="long",
    revision="columns",
    running_header="NHS Severnvale and Wyre ICB - Audit and Risk Committee - 12 March 2024",
    extra={
        "body_label": "Organisation",
        "date_label": "Meeting date",
        "table_heading": "Appendix A - Open and recently closed recommendations",
        "closing_heading": "Recommendation to the Committee",
    },
    rows=(
        Row(
            ref="IA23-01",
            category="Continuing healthcare (limited assurance)",
            issue="CHC eligibility assessments were not completed within 28 days for 41% of "
            "referrals sampled in quarter 2.",
            action="Agree a recovery trajectory with the commissioning support unit and fund "
            "four additional fixed-term nurse assessors.",
            owner="Director of Nursing and Quality",
            due="2024-03-31",
            revised="2024-06-30",
            status="In progress",
            progress="Three of the four assessors in post from January 2024. Compliance with "
            "the 28-day standard rose from 59% in September to 71% in January against the 80% "
            "national expectation; the trajectory now reaches 80% in June.",
        ),
        Row(
            ref="IA23-02",
            category="Continuing healthcare (limited assurance)",
            issue="Personal health budget reviews were not held within three months of the "
            "package starting for 9 of 25 packages tested.",
            action="Set up a review scheduler in the case management system with a monthly "
            "exception report to the CHC panel.",
            owner="Director of Nursing and Quality",
            due="2024-01-31",
            status="Complete",
            progress="Scheduler live from 8 January 2024; the February exception report "
            "showed no overdue reviews.",
        ),
        Row(
            ref="IA23-03",
            category="Continuing healthcare (limited assurance)",
            issue="Care home invoices were paid without checking them against commissioned "
            "hours, leading to overpayments of £212,400.",
            action="Reconcile provider invoices to the care package schedule before payment "
            "and recover the overpayments identified.",
            owner="Deputy Director of Finance",
            due="2023-12-31",
            status="Complete",
            progress="£198,750 recovered by credit note; the balance of £13,650 is being "
            "recovered from one provider in monthly instalments.",
        ),
        Row(
            ref="IA23-04",
            category="Primary care contracting",
            issue="Additional Roles Reimbursement Scheme claims from three of twelve primary "
            "care networks were paid without evidence that staff were in post.",
            action="Introduce post-payment verification of ARRS claims against the workforce "
            "return for every network each quarter.",
            owner="Director of Primary Care",
            due="2024-02-29",
            status="Overdue",
            progress="Verification template agreed with the Local Medical Committee; the "
            "first quarterly check has not yet been carried out because of vacancies in the "
            "primary care finance team.",
        ),
        Row(
            ref="IA23-05",
            category="Primary care contracting",
            issue="Decisions of the Primary Care Commissioning Committee were not recorded on "
            "the contracts register.",
            action="Update the contracts register within ten working days of each committee "
            "decision and check it at every meeting.",
            owner="Director of Primary Care",
            due="2024-03-31",
            status="On track",
            progress="Register brought up to date for the 17 decisions made since April 2023.",
        ),
        Row(
            ref="IA23-06",
            category="Primary care contracting",
            issue="Clawback for underperformance against dental units of dental activity was "
            "not calculated for 2022/23.",
            action="Calculate the 2022/23 clawback for each dental contract and issue "
            "recovery notices.",
            owner="Director of Primary Care",
            due="2024-06-30",
            status="Not started",
            progress="Awaiting the year-end activity data from the NHS Business Services "
            "Authority.",
        ),
        Row(
            ref="IA23-07",
            category="Financial controls",
            issue="Invoices without a purchase order made up 18% of non-pay spend against a "
            "target of 5%.",
            action="Adopt a 'no purchase order, no pay' policy with a published list of "
            "exempt categories.",
            owner="Chief Finance Officer",
            due="2024-04-30",
            status="In progress",
            progress="Policy approved by the Executive Committee on 6 February 2024; "
            "suppliers to be notified in March before it takes effect on 1 April.",
        ),
        Row(
            ref="IA23-08",
            category="Financial controls",
            issue="Seven of nineteen waivers of standing financial instructions were approved "
            "after the spend had been committed.",
            action="Report every waiver, and any retrospective approval, to each meeting of "
            "this Committee.",
            owner="Chief Finance Officer",
            due="2023-11-30",
            status="Implemented",
            progress="Waiver report now a standing item; none retrospective since November.",
        ),
        Row(
            ref="IA23-09",
            category="Financial controls",
            issue="Authority limits held in the ledger did not match the scheme of delegation "
            "for 14 budget holders.",
            action="Reconcile ledger approval limits to the scheme of delegation and repeat "
            "the check every six months.",
            owner="",
            due="2024-01-31",
            revised="2024-05-31",
            status="Partially implemented",
            progress="Eleven of the fourteen limits corrected; the remaining three await the "
            "restructure of the Strategy directorate.",
        ),
        Row(
            ref="IA23-10",
            category="Data security and protection (limited assurance)",
            issue="Three mandatory assertions of the Data Security and Protection Toolkit "
            "were not met in the 2022/23 submission.",
            action="Deliver a DSPT improvement plan and obtain 'standards met' in the June "
            "2024 submission.",
            owner="Chief Digital and Information Officer",
            due="2024-06-30",
            status="In progress",
            progress="Two of the three assertions now evidenced; business continuity testing "
            "of the clinical systems is planned for April.",
        ),
        Row(
            ref="IA23-11",
            category="Data security and protection (limited assurance)",
            issue="Only 62% of staff had completed data security awareness training against "
            "the 95% standard.",
            action="Send monthly reminders to managers and suspend network access for staff "
            "more than 60 days overdue.",
            owner="Chief Digital and Information Officer",
            due="2024-03-31",
            revised="2024-06-30",
            status="Behind schedule",
            progress="Completion at 81% on 29 February 2024; access suspension deferred "
            "pending consultation with staff side.",
        ),
    ),
)

# --- 2. the same ICB, 2024/25: Excel, cover sheet, header row 5, RAG only as a fill colour with
#        a key, carried-over recommendations ------------------------------------------------

QA2 = Paper(
    slug="qa2_severnvale_wyre_icb_ia_tracker_2024_25",
    fmt="xlsx",
    kind="integrated care board",
    body="NHS Severnvale and Wyre Integrated Care Board",
    committee="Audit and Risk Committee",
    meeting="Thursday 13 March 2025",
    title="Internal Audit Recommendations Tracker 2024/25 - Position at February 2025",
    intro=(
        "The tracker carries forward the six 2023/24 recommendations that were open at 1 April "
        "2024 and adds the recommendations raised on the 2024/25 plan. The Head of Internal "
        "Audit gave a moderate opinion for 2023/24 in May 2024.",
        "The RAG rating is shown as a cell colour only; the key is above the table. The "
        "Committee approved the second extension of IA23-06 at its meeting of 10 October 2024.",
    ),
    closing=(
        "The Committee is asked to note the tracker and approve the closure of the five "
        "recommendations rated blue.",
        "Of 38 recommendations raised across 2023/24 and 2024/25, 29 are now closed.",
    ),
    headers={
        "ref": "Rec ID",
        "issue": "Finding",
        "action": "Agreed action",
        "priority": "Priority",
        "owner": "Executive lead",
        "original": "Original target",
        "revised": "Revised target",
        "status": "RAG",
        "progress": "Update at February 2025",
    },
    header_row=5,
    date_style="dmy/",
    revision="columns",
    rag_key=RAG_KEY_DEFAULT,
    rag_fill=True,
    extra={
        "cover_sheet": "Cover report",
        "sheet": "Tracker Feb 2025",
        "key_text": "Key: Blue = complete; Green = on track; Amber = at risk of slipping; "
        "Red = not started.",
    },
    rows=(
        Row(
            ref="IA23-01",
            issue="CHC eligibility assessments were not completed within 28 days for 41% of "
            "referrals sampled in quarter 2.",
            action="Agree a recovery trajectory with the commissioning support unit and fund "
            "four additional fixed-term nurse assessors.",
            priority="High",
            owner="Director of Nursing and Quality",
            due="2024-03-31",
            revised="2024-09-30",
            status="Blue",
            progress="28-day compliance at 83% for six consecutive months; follow-up audit in "
            "December 2024 gave reasonable assurance.",
        ),
        Row(
            ref="IA23-04",
            issue="Additional Roles Reimbursement Scheme claims from three of twelve primary "
            "care networks were paid without evidence that staff were in post.",
            action="Introduce post-payment verification of ARRS claims against the workforce "
            "return for every network each quarter.",
            priority="High",
            owner="Director of Primary Care",
            due="2024-02-29",
            revised="2024-09-30",
            status="Blue",
            progress="Quarterly verification in place since quarter 1; £36,200 recovered from "
            "two networks.",
        ),
        Row(
            ref="IA23-06",
            issue="Clawback for underperformance against dental units of dental activity was "
            "not calculated for 2022/23.",
            action="Calculate the 2022/23 clawback for each dental contract and issue "
            "recovery notices.",
            priority="Medium",
            owner="Director of Primary Care",
            due="2024-06-30",
            revised="2025-03-31",
            status="Amber",
            progress="Clawback of £1.14m calculated across 31 contracts; notices issued to 24. "
            "Seven contractors have disputed the figures through the NHS Resolution process, "
            "which may push completion into 2025/26.",
        ),
        Row(
            ref="IA23-09",
            issue="Authority limits held in the ledger did not match the scheme of delegation "
            "for 14 budget holders.",
            action="Reconcile ledger approval limits to the scheme of delegation and repeat "
            "the check every six months.",
            priority="Medium",
            owner="Chief Finance Officer",
            due="2024-01-31",
            revised="2024-05-31",
            status="Blue",
            progress="All limits reconciled in May 2024; six-monthly check repeated in "
            "November with no exceptions.",
        ),
        Row(
            ref="IA23-10",
            issue="Three mandatory assertions of the Data Security and Protection Toolkit "
            "were not met in the 2022/23 submission.",
            action="Deliver a DSPT improvement plan and obtain 'standards met' in the June "
            "2024 submission.",
            priority="High",
            owner="Chief Digital and Information Officer",
            due="2024-06-30",
            revised="2025-06-30",
            status="Green",
            progress="June 2024 submission was 'approaching standards'; the remaining "
            "assertion (tested business continuity) is scheduled for the 2024/25 submission "
            "under the new Cyber Assessment Framework.",
        ),
        Row(
            ref="IA23-11",
            issue="Only 62% of staff had completed data security awareness training against "
            "the 95% standard.",
            action="Send monthly reminders to managers and suspend network access for staff "
            "more than 60 days overdue.",
            priority="Medium",
            owner="Chief Digital and Information Officer",
            due="2024-03-31",
            revised="2024-12-31",
            status="Blue",
            progress="Completion at 96% in December 2024.",
        ),
        Row(
            ref="IA24-01",
            issue="Multi-factor authentication was not enforced for 11% of user accounts, "
            "including two administrator accounts.",
            action="Enforce multi-factor authentication for every account through conditional "
            "access policies.",
            priority="High",
            owner="Chief Digital and Information Officer",
            due="2025-03-31",
            status="Green",
            progress="Administrator accounts fixed in January; 97% of user accounts enforced.",
        ),
        Row(
            ref="IA24-02",
            issue="Declarations of interest were missing for 23% of decision-making staff sampled.",
            action="Run a declarations campaign and make annual declaration part of the "
            "appraisal checklist.",
            priority="Medium",
            owner="Director of Corporate Affairs",
            due="2024-12-31",
            status="Blue",
            progress="Declaration rate 98% at 31 December 2024; register published.",
        ),
        Row(
            ref="IA24-03",
            issue="Section 117 aftercare joint funding agreements with the two local "
            "authorities remain unsigned.",
            action="Agree and sign a section 117 joint funding protocol with both councils.",
            priority="High",
            owner="Director of Nursing and Quality",
            due="2025-06-30",
            status="Red",
            progress="Work has not begun; awaiting the councils' nominated leads.",
        ),
        Row(
            ref="IA24-04",
            issue="Income from prescribing rebate schemes was not reconciled to the "
            "manufacturers' statements.",
            action="Reconcile rebate income quarterly and report it to the Medicines "
            "Optimisation Group.",
            priority="Low",
            owner="Chief Finance Officer",
            due="2024-12-31",
            revised="2025-03-31",
            status="Amber",
            progress="Quarters 1 and 2 reconciled; quarter 3 delayed by manufacturer data.",
        ),
        Row(
            ref="IA24-05",
            issue="Safeguarding training compliance in GP practices is not monitored by the ICB.",
            action="Collect practice safeguarding training data through the annual "
            "assurance return.",
            priority="Medium",
            owner="",
            due="2025-09-30",
            status="Green",
            progress="Questions added to the 2025 return, which opens in June.",
        ),
        Row(
            ref="IA24-06",
            issue="Independent sector elective activity was paid on plan rather than on "
            "validated actual activity.",
            action="Move to payment on validated monthly activity with a year-end reconciliation.",
            priority="High",
            owner="Chief Finance Officer",
            due="2025-01-31",
            status="Amber",
            progress="Two of five providers paid on actuals; contract variations for the "
            "other three are with their legal teams.",
        ),
    ),
)

# --- 3. valuation joint board, 2022/23 report: CSV after a preamble, quarters, the new date
#        only in the commentary ("Deadline moved back from … to …") ---------------------------

QA3 = Paper(
    slug="qa3_lomond_clyde_vjb_audit_actions_2024",
    fmt="csv",
    kind="valuation joint board",
    body="Lomond and Clyde Valuation Joint Board",
    committee="Valuation Joint Board",
    meeting="Friday 14 June 2024",
    title="Annual Audit Report 2022/23 - Action Plan Progress",
    intro=(
        "The external auditor's Annual Audit Report for 2022/23 was considered by the Board "
        "on 22 September 2023 and gave an unqualified opinion on the annual accounts.",
    ),
    closing=("The Board is asked to note the progress.",),
    headers={
        "ref": "Action no.",
        "issue": "Issue identified",
        "action": "Management response",
        "owner": "Responsible officer",
        "due": "Target date",
        "status": "Status",
        "progress": "Commentary",
    },
    header_row=4,
    date_style="quarter",
    revision="moved",
    rows=(
        Row(
            ref="22/23-01",
            issue="Of 3,412 appeals lodged against the 2023 non-domestic revaluation, 1,108 "
            "were unresolved, putting the statutory disposal deadline at risk.",
            action="Run an appeals disposal programme with monthly monitoring by the "
            "Management Team and a report to each Board meeting.",
            owner="Depute Assessor (Non-Domestic)",
            due="2024-03-31",
            revised="2024-12-31",
            status="In progress",
            progress="1,796 of 3,412 appeals disposed of at 31 May 2024; 212 referred to the "
            "Lands Tribunal. Two senior valuers seconded from council tax work from April.",
        ),
        Row(
            ref="22/23-02",
            issue="14% of council tax banding proposals were not determined within three months.",
            action="Introduce a triage step in the banding workflow and report performance "
            "quarterly.",
            owner="Depute Assessor (Council Tax)",
            due="2023-09-30",
            status="Complete",
            progress="Late determinations down to 3% in 2023/24.",
        ),
        Row(
            ref="22/23-03",
            issue="The household canvass response rate fell to 78% from 84% the year before.",
            action="Target door-to-door canvassing at the twelve lowest-responding "
            "multi-member wards and extend local data matching.",
            owner="Electoral Registration Manager",
            due="2023-12-31",
            status="Complete",
            progress="2023 canvass response 82%; register published on 1 December 2023.",
        ),
        Row(
            ref="22/23-04",
            issue="The valuation roll system contract expires in March 2025 and there is no "
            "plan to procure a replacement.",
            action="Procure a replacement system through a national framework, with a "
            "project board chaired by the Assessor.",
            owner="Head of Business Support",
            due="2024-09-30",
            revised="2025-03-31",
            status="Behind schedule",
            progress="Framework call-off delayed by the supplier's merger; current contract "
            "extended by twelve months at a cost of £84,000.",
        ),
        Row(
            ref="22/23-05",
            issue="Six of nineteen valuer posts were vacant and the Board has no workforce plan.",
            action="Approve a workforce plan including a trainee valuer scheme supported "
            "through the RICS Assessment of Professional Competence.",
            owner="Assessor and Electoral Registration Officer",
            due="2024-03-31",
            status="Partially complete",
            progress="Workforce plan approved in February 2024; three trainees appointed, "
            "recruitment to the remaining posts continuing.",
        ),
        Row(
            ref="22/23-06",
            issue="Requisitions from three constituent councils were not agreed until June, "
            "after the start of the financial year.",
            action="Agree a budget timetable with the councils' directors of finance so that "
            "requisitions are set by February.",
            owner="Treasurer",
            due="2023-12-31",
            status="Complete",
            progress="2024/25 requisitions of £6.48m agreed by all councils on 16 February 2024.",
        ),
        Row(
            ref="22/23-07",
            issue="No Best Value self-assessment has been carried out since 2019.",
            action="Carry out a self-assessment using the Accounts Commission toolkit and "
            "report the results to the Board.",
            owner="Assessor and Electoral Registration Officer",
            due="2024-06-30",
            status="In progress",
            progress="Staff survey and stakeholder interviews complete; report drafted.",
        ),
        Row(
            ref="22/23-08",
            issue="The records management plan has not been agreed with the Keeper of the "
            "Records of Scotland.",
            action="Submit a records management plan to the Keeper under the Public Records "
            "(Scotland) Act 2011.",
            owner="Head of Business Support",
            due="2024-03-31",
            revised="2024-09-30",
            status="Open",
            progress="Plan drafted; retention schedule still being agreed with the "
            "constituent councils' archivists.",
        ),
        Row(
            ref="22/23-09",
            issue="Key performance indicators are not published for the public.",
            action="Publish an annual performance report on the Board's website.",
            owner="",
            due="2023-09-30",
            status="Closed",
            progress="2022/23 performance report published in September 2023.",
        ),
        Row(
            ref="22/23-10",
            issue="212 National Fraud Initiative matches from the 2022 exercise had not been "
            "investigated.",
            action="Review all recommended matches and record the outcomes on the NFI web "
            "application.",
            owner="Treasurer",
            due="2023-12-31",
            status="Not started",
            progress="Delayed by staff turnover in the council finance team that supports the "
            "Board.",
        ),
        Row(
            ref="22/23-11",
            issue="The corporate risk register has not been considered by the Board since 2021.",
            action="Present the risk register to the Board quarterly.",
            owner="Head of Business Support",
            due="2023-12-31",
            status="Complete",
            progress="Considered by the Board in December 2023 and March 2024.",
        ),
    ),
)

# --- 4. the same valuation joint board, a year on: a scan, dotted dates, "(revised from …)" --

QA4 = Paper(
    slug="qa4_lomond_clyde_vjb_audit_actions_2025",
    fmt="pdf-scan",
    kind="valuation joint board",
    body="Lomond and Clyde Valuation Joint Board",
    committee="Valuation Joint Board",
    meeting="Friday 13 June 2025",
    title="Annual Audit Reports 2022/23 and 2023/24 - Action Plan Progress",
    intro=(
        "Five actions from the 2022/23 report remained open in June 2024. The 2023/24 Annual "
        "Audit Report, considered on 27 September 2024, added four actions. The auditor again "
        "gave an unqualified opinion.",
    ),
    closing=(
        "The Board is asked to note progress and agree the revised date for 22/23-01, approved "
        "by the Assessor on 2 May 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Audit finding",
        "action": "Agreed improvement action",
        "owner": "Officer",
        "due": "Due",
        "status": "Position",
        "progress": "Update - May 2025",
    },
    borders=True,
    date_style="dmy.",
    revision="inline",
    running_header="Lomond and Clyde VJB - Board - 13 June 2025 - Item 6",
    extra={
        "size": "9pt",
        "font": "'Liberation Serif', 'Times New Roman', serif",
        "table_heading": "Action plan",
        "date_label": "Date",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            ref="22/23-01",
            issue="Appeals against the 2023 non-domestic revaluation unresolved.",
            action="Appeals disposal programme with monthly monitoring.",
            owner="Depute Assessor (Non-Domestic)",
            due="2024-03-31",
            revised="2025-09-30",
            status="Open",
            progress="2,911 of 3,412 appeals disposed of; 164 with the Lands Tribunal.",
        ),
        Row(
            ref="22/23-04",
            issue="No plan to replace the valuation roll system.",
            action="Procure a replacement system through a national framework.",
            owner="Head of Business Support",
            due="2024-09-30",
            revised="2025-03-31",
            status="Met",
            progress="New system live on 3 March 2025.",
        ),
        Row(
            ref="22/23-05",
            issue="Valuer vacancies and no workforce plan.",
            action="Workforce plan and trainee valuer scheme.",
            owner="Assessor and Electoral Registration Officer",
            due="2024-03-31",
            revised="2025-03-31",
            status="Partly met",
            progress="Four trainees in post; two valuer vacancies remain.",
        ),
        Row(
            ref="22/23-08",
            issue="Records management plan not agreed with the Keeper.",
            action="Submit a records management plan to the Keeper.",
            owner="Head of Business Support",
            due="2024-03-31",
            revised="2024-09-30",
            status="Met",
            progress="Plan agreed by the Keeper in September 2024.",
        ),
        Row(
            ref="22/23-10",
            issue="National Fraud Initiative matches not investigated.",
            action="Review all recommended matches and record outcomes.",
            owner="Treasurer",
            due="2023-12-31",
            revised="2024-09-30",
            status="Met",
            progress="All 212 matches closed; two overpayments of £1,240 recovered.",
        ),
        Row(
            ref="23/24-01",
            issue="640 new-build dwellings awaiting a council tax band.",
            action="Clear the banding backlog with overtime and a temporary valuer.",
            owner="Depute Assessor (Council Tax)",
            due="2025-09-30",
            status="Open",
            progress="Backlog down to 215 dwellings.",
        ),
        Row(
            ref="23/24-02",
            issue="Cyber Essentials Plus accreditation lapsed in 2024.",
            action="Remedy the failed controls and regain accreditation.",
            owner="Head of Business Support",
            due="2025-03-31",
            status="Not met",
            progress="Reassessment failed on patching; retest booked for July 2025.",
        ),
        Row(
            ref="23/24-03",
            issue="Only 5 of 12 Board members completed induction training.",
            action="Hold induction sessions for all Board members.",
            owner="Clerk to the Board",
            due="2024-12-31",
            status="Met",
            progress="All 12 members completed induction by December.",
        ),
        Row(
            ref="23/24-04",
            issue="Results of local data matching not evaluated.",
            action="Evaluate the 2024 canvass data matching results.",
            owner="",
            due="2025-12-31",
            status="Open",
            progress="",
        ),
    ),
)

# --- 5. commons conservators: borderless PDF, portrait, sub-headings by theme, single-digit
#        refs, seasons, "… now …", RAG words with a green-is-complete key --------------------

QA5 = Paper(
    slug="qa5_hartmoor_commons_ags_actions",
    fmt="pdf",
    kind="commons conservators",
    body="Hartmoor and Ashby Commons Conservators",
    committee="Finance, Audit and Risk Committee",
    meeting="Wednesday 16 October 2024",
    title="Annual Governance Statement 2023/24 - Significant Governance Issues Action Plan",
    intro=(
        "The Conservators manage 1,870 hectares of registered common land under the Hartmoor "
        "Commons Act 1898. The Annual Governance Statement for 2023/24 was approved by the "
        "Board of Conservators on 26 June 2024, with the internal auditor's opinion of "
        "'reasonable assurance'.",
        "The Statement identified the twelve issues below. Ratings follow the key under the "
        "table. Where a target season has moved, the first target is shown followed by the "
        "season now expected.",
    ),
    closing=(
        "The Committee is asked to note the action plan and the green-rated actions proposed "
        "for closure. The net cost of the grazing review (item 6) is estimated at £18,500, met "
        "from the Countryside Stewardship reserve.",
    ),
    headers={
        "ref": "No.",
        "issue": "Governance issue",
        "action": "Action to be taken",
        "owner": "Lead",
        "due": "When",
        "status": "RAG",
        "progress": "Update at September 2024",
    },
    borders=False,
    rag_key=RAG_KEY_GREEN_DONE,
    date_style="season",
    revision="now",
    running_header="Hartmoor and Ashby Commons Conservators - FAR Committee",
    extra={
        "orient": "portrait",
        "size": "9pt",
        "font": "Verdana, 'DejaVu Sans', sans-serif",
        "table_heading": "Action plan",
        "key_text": "Key: Green - completed; Amber - in hand; Red - not yet begun.",
        "closing_heading": "Recommendation",
        "footer": "Agenda item 8",
    },
    rows=(
        Row(
            ref="1",
            category="Governance and constitution",
            issue="The 1898 byelaws do not cover e-bikes, drones or wild camping, and "
            "enforcement has been challenged twice.",
            action="Consult on revised byelaws and submit them to the Secretary of State for "
            "confirmation.",
            owner="Clerk to the Conservators",
            due="2025-05-31",
            status="Amber",
            progress="Public consultation ran from 1 July to 30 August 2024 and drew 412 "
            "responses, most of them supporting a ban on drones over the ground-nesting bird "
            "areas; the draft will be revised before submission to Defra.",
        ),
        Row(
            ref="2",
            category="Governance and constitution",
            issue="Four of the eleven Conservator seats were vacant for more than six months.",
            action="Ask the appointing councils and the commoners' association to fill the "
            "vacancies and publish a role profile.",
            owner="Clerk to the Conservators",
            due="2024-05-31",
            revised="2024-08-31",
            status="Green",
            progress="All seats filled at the July 2024 election of commoners' representatives.",
        ),
        Row(
            ref="3",
            category="Governance and constitution",
            issue="The register of interests of Conservators was not reviewed in 2023/24.",
            action="Review the register annually and publish it on the website.",
            owner="",
            due="2024-08-31",
            status="Green",
            progress="Reviewed and published in August 2024.",
        ),
        Row(
            ref="4",
            category="Finance",
            issue="The levy on the three riparian councils has not been index-linked since "
            "2016 and the reserves fell to £142,000, below the £200,000 minimum.",
            action="Agree a five-year levy settlement with the councils and a reserves "
            "recovery plan.",
            owner="Finance Officer",
            due="2024-11-30",
            revised="2025-02-28",
            status="Amber",
            progress="Councils have agreed in principle to a 4% annual increase; the "
            "settlement needs the approval of each council's cabinet, the last of which meets "
            "in January 2025.",
        ),
        Row(
            ref="5",
            category="Finance",
            issue="Car park income of £96,000 a year is collected in cash without "
            "independent reconciliation.",
            action="Replace cash machines with card and app payment and reconcile income monthly.",
            owner="Finance Officer",
            due="2024-08-31",
            status="Green",
            progress="Card and app payment live at all five car parks since June 2024.",
        ),
        Row(
            ref="6",
            category="Land management",
            issue="Conservation grazing agreements with commoners have lapsed on 420 "
            "hectares, affecting the heathland SSSI condition.",
            action="Review the grazing scheme with Natural England and renew the agreements.",
            owner="Head of Ranger Services",
            due="2025-02-28",
            status="Amber",
            progress="Grazing survey complete; three of the seven graziers have signed new "
            "agreements.",
        ),
        Row(
            ref="7",
            category="Land management",
            issue="The wildfire plan has not been tested since the 2022 Ashby Heath fire.",
            action="Run a joint wildfire exercise with the fire and rescue service and update "
            "the plan.",
            owner="Head of Ranger Services",
            due="2024-05-31",
            revised="2024-11-30",
            status="Amber",
            progress="Exercise booked for 9 November 2024 with Hartshire Fire and Rescue.",
        ),
        Row(
            ref="8",
            category="Land management",
            issue="Tree safety inspections along the public highways were 14 months behind "
            "the two-year cycle.",
            action="Commission a contractor to clear the inspection backlog.",
            owner="Head of Ranger Services",
            due="2024-08-31",
            status="Green",
            progress="Backlog cleared; 38 trees felled or reduced.",
        ),
        Row(
            ref="9",
            category="People and health and safety",
            issue="Lone working arrangements for rangers do not meet the Conservators' own "
            "health and safety policy.",
            action="Issue lone-worker devices and introduce a check-in procedure.",
            owner="Operations Manager",
            due="2024-11-30",
            status="Red",
            progress="Procurement of devices not yet begun.",
        ),
        Row(
            ref="10",
            category="People and health and safety",
            issue="Volunteer hours (9,200 in 2023/24) are not recorded consistently and "
            "volunteers' DBS checks are not tracked.",
            action="Introduce a volunteer management system with DBS expiry alerts.",
            owner="Operations Manager",
            due="2025-05-31",
            status="Red",
            progress="Options paper to the November Committee.",
        ),
        Row(
            ref="11",
            category="Information and data",
            issue="Commoners' rights records are held on paper only at the Ranger Office.",
            action="Digitise the register of commoners' rights and hold a backup copy off site.",
            owner="Clerk to the Conservators",
            due="2025-08-31",
            status="Amber",
            progress="Scanning under way with volunteer help; 40% complete.",
        ),
        Row(
            ref="12",
            category="Information and data",
            issue="There is no information asset register as required for UK GDPR accountability.",
            action="Compile an information asset register and appoint a data protection lead.",
            owner="Clerk to the Conservators",
            due="2024-05-31",
            revised="2024-08-31",
            status="Green",
            progress="Register compiled; the Finance Officer appointed data protection lead.",
        ),
    ),
)

# --- 6. economic partnership: HTML, no refs, an assurance-level column, owners merged, Mon-YY,
#        "(was …)" ------------------------------------------------------------------------------

QA6 = Paper(
    slug="qa6_north_solway_growth_assurance_recs",
    fmt="html",
    kind="economic growth partnership",
    body="North Solway Economic Growth Partnership",
    committee="Audit and Assurance Panel",
    meeting="Monday 27 January 2025",
    title="Assurance Framework Review 2024 - Recommendation Tracker",
    intro=(
        "The accountable body's internal audit service reviewed the Partnership's assurance "
        "framework in May 2024 and concluded that it provided 'limited' assurance over the "
        "appraisal and monitoring of the £46m Growth Deal capital programme.",
        "The Partnership Board accepted all eleven recommendations on 18 July 2024. This "
        "tracker shows the position at the end of December 2024; revised deadlines show the "
        "deadline first agreed in brackets.",
    ),
    closing=(
        "The Panel is asked to note the tracker. A follow-up audit is planned for April 2025; "
        "its opinion will be reported to the Panel in July.",
    ),
    headers={
        "issue": "Recommendation area",
        "action": "Agreed response",
        "owner": "Responsible lead",
        "priority": "Assurance level",
        "due": "Deadline",
        "status": "Status",
        "progress": "Position at January 2025",
    },
    merge_fields=("owner",),
    borders=True,
    date_style="mon-yy",
    revision="was",
    extra={
        "table_heading": "Recommendation tracker",
        "body_label": "Partnership",
        "committee_label": "Meeting of",
        "head_bg": "#e2efda",
        "closing_heading": "Action for the Panel",
    },
    rows=(
        Row(
            issue="Business cases for Growth Deal projects were approved without an "
            "independent appraisal of value for money.",
            action="Commission independent appraisal for every business case over £1m "
            "before it goes to the Board.",
            owner="Head of Programme Management Office",
            priority="Limited",
            due="2024-09-30",
            status="Complete",
            progress="Framework contract with two appraisal firms let in August 2024; three "
            "business cases appraised so far.",
        ),
        Row(
            issue="Grant claims from project sponsors were paid without checking evidence of "
            "defrayed expenditure.",
            action="Require evidence of defrayal with each quarterly claim and sample 20% of "
            "claims for a full check.",
            owner="Head of Programme Management Office",
            priority="Limited",
            due="2024-10-31",
            status="Complete",
            progress="New claim form in use from quarter 2; £310,000 of claims held back "
            "pending evidence.",
        ),
        Row(
            issue="Output and outcome monitoring does not track the 1,450 jobs the programme "
            "is expected to create.",
            action="Introduce a benefits realisation register with annual returns from sponsors.",
            owner="Head of Programme Management Office",
            priority="Limited",
            due="2024-12-31",
            revised="2025-03-31",
            status="Overdue",
            progress="Register designed, but sponsors' first returns were incomplete and "
            "have been sent back. The Panel's December workshop agreed a simpler template "
            "with six core indicators.",
        ),
        Row(
            issue="Conflicts of interest of private sector Board members were not minuted "
            "when funding decisions were taken.",
            action="Record declarations at the start of every Board item and publish the "
            "register of interests.",
            owner="Partnership Secretary",
            priority="Reasonable",
            due="2024-08-31",
            status="Complete",
            progress="Declarations minuted at every meeting since August.",
        ),
        Row(
            issue="The assurance framework has not been updated for the English Devolution "
            "guidance published in 2024.",
            action="Revise the assurance framework and submit it to the department for approval.",
            owner="Partnership Secretary",
            priority="Reasonable",
            due="2025-03-31",
            status="Not yet due",
            progress="Draft circulated to the three council section 151 officers.",
        ),
        Row(
            issue="Board papers with funding decisions are not published five clear working "
            "days before meetings.",
            action="Adopt a publication timetable and publish decision notices within two days.",
            owner="Partnership Secretary",
            priority="Reasonable",
            due="2024-09-30",
            status="Superseded",
            progress="Replaced by the accountable body's own publication scheme from October 2024.",
        ),
        Row(
            issue="The risk register does not record the risk of cost overruns on the £12.6m "
            "Port of Annanmouth quay project.",
            action="Add project-level risks over £500,000 to the programme risk register "
            "and review them monthly.",
            owner="Programme Risk Manager",
            priority="Limited",
            due="2024-10-31",
            revised="2025-01-31",
            status="Open",
            progress="Quay project risk now recorded with an estimated £1.9m overrun; "
            "monthly review started in January.",
        ),
        Row(
            issue="Change requests to project scope were agreed by officers without Board "
            "approval.",
            action="Define thresholds for change requests that require Board approval in "
            "the scheme of delegation.",
            owner="Programme Risk Manager",
            priority="Limited",
            due="2025-02-28",
            status="Open",
            progress="Thresholds drafted: changes over 10% of budget or any change to "
            "outputs to go to the Board.",
        ),
        Row(
            issue="The accountable body's section 151 officer does not sign off the annual "
            "programme accounts.",
            action="Build a section 151 sign-off into the year-end timetable.",
            owner="Accountable Body Finance Lead",
            priority="Reasonable",
            due="2025-06-30",
            status="Not yet due",
            progress="",
        ),
        Row(
            issue="Subsidy control assessments were not kept on file for four grants to "
            "businesses.",
            action="Complete and retain a subsidy control assessment for every grant to an "
            "enterprise.",
            owner="",
            priority="Limited",
            due="2024-11-30",
            status="Not started",
            progress="Awaiting legal advice from the accountable body.",
        ),
        Row(
            issue="Evaluation of completed projects is not planned or budgeted.",
            action="Agree an evaluation plan and ring-fence 1% of programme funding for it.",
            owner="Head of Programme Management Office",
            priority="Reasonable",
            due="2025-03-31",
            status="In progress",
            progress="Evaluation plan to the Board in February 2025.",
        ),
    ),
)

# --- 7. youth justice partnership: ruled PDF, serif type, priorities, "end of …" dates,
#        "Target date extended from … to …" in the progress text --------------------------------

QA7 = Paper(
    slug="qa7_eastmere_yjs_inspection_plan",
    fmt="pdf",
    kind="youth justice partnership",
    body="Eastmere Youth Justice Partnership",
    committee="Youth Justice Management Board",
    meeting="Thursday 5 December 2024",
    title="Inspection of Youth Justice Services - Post-inspection Improvement Plan",
    intro=(
        "HM Inspectorate of Probation inspected Eastmere Youth Justice Service in February "
        "2024 and rated it 'Requires improvement' overall, with 'Inadequate' for resettlement "
        "policy and provision. The report made twelve recommendations.",
        "The improvement plan was approved by this Board on 23 May 2024 and submitted to the "
        "Youth Justice Board. The service worked with 214 children in 2023/24, 31 of them on "
        "custodial or community orders with a resettlement element.",
    ),
    closing=(
        "The Board is asked to note the progress, endorse the extended target dates and "
        "receive the next update at its meeting on 6 March 2025.",
    ),
    headers={
        "ref": "Rec",
        "issue": "Inspectorate recommendation",
        "action": "Improvement action",
        "owner": "Board lead",
        "priority": "Priority",
        "due": "Target",
        "status": "Status",
        "progress": "Progress and evidence",
    },
    borders=True,
    date_style="words",
    revision="extended",
    running_header="Eastmere Youth Justice Partnership - Management Board - OFFICIAL",
    extra={
        "font": "Georgia, 'DejaVu Serif', serif",
        "size": "9pt",
        "head_bg": "#ededed",
        "table_heading": "Improvement plan",
        "closing_heading": "Recommendations to the Board",
        "footer": "Item 5 - 5 December 2024",
    },
    rows=(
        Row(
            ref="R1",
            issue="The Management Board should ensure that it understands the needs of "
            "children from minority ethnic backgrounds, who make up 27% of the caseload.",
            action="Commission a disproportionality analysis and add ethnicity to every "
            "performance report to the Board.",
            owner="Chair of the Management Board",
            priority="High",
            due="2024-09-30",
            status="Complete",
            progress="Analysis presented in September 2024; it found children of mixed "
            "heritage were 2.4 times more likely to be remanded. Performance reports now "
            "broken down by ethnicity.",
        ),
        Row(
            ref="R2",
            issue="The Management Board should make sure that partner agencies attend and "
            "contribute at the right level of seniority.",
            action="Revise the Board's terms of reference to set out membership and minimum "
            "attendance.",
            owner="Chair of the Management Board",
            priority="Medium",
            due="2024-06-30",
            status="Complete",
            progress="Terms of reference adopted in June; attendance 88% since then.",
        ),
        Row(
            ref="R3",
            issue="The service should develop a resettlement policy that meets the needs of "
            "children leaving custody.",
            action="Write and adopt a resettlement policy with the secure estate and "
            "children's social care, including accommodation planning from day one.",
            owner="Head of Youth Justice Service",
            priority="High",
            due="2024-07-31",
            revised="2024-12-31",
            status="In progress",
            progress="Policy drafted with the two young offender institutions that hold most "
            "Eastmere children; the accommodation protocol needs sign-off by the Director of "
            "Children's Services.",
        ),
        Row(
            ref="R4",
            issue="The service should improve the quality of assessments of risk of harm to "
            "others.",
            action="Deliver AssetPlus risk training to all case managers and introduce "
            "monthly quality assurance of a 10% sample.",
            owner="Head of Youth Justice Service",
            priority="High",
            due="2024-10-31",
            status="On track",
            progress="19 of 22 case managers trained. The October audit of 14 cases rated 11 "
            "assessments sufficient, against 6 of 14 at inspection; the remaining three staff "
            "are booked on the January course.",
        ),
        Row(
            ref="R5",
            issue="The service should ensure that victims are contacted and offered "
            "restorative justice in every case.",
            action="Appoint a dedicated victim worker and record contact on ChildView.",
            owner="Restorative Justice Coordinator",
            priority="Medium",
            due="2024-08-31",
            status="Complete",
            progress="Victim worker started in August; 94% of victims contacted in quarter 2.",
        ),
        Row(
            ref="R6",
            issue="Education, health and care plan information should be shared with the "
            "service for every child with special educational needs.",
            action="Agree an information sharing protocol with the SEND service.",
            owner="Head of Education Inclusion",
            priority="Medium",
            due="2024-09-30",
            revised="2025-01-31",
            status="Behind schedule",
            progress="Protocol awaiting the council's data protection officer.",
        ),
        Row(
            ref="R7",
            issue="Health partners should provide speech, language and communication "
            "screening for all children entering the service.",
            action="Fund a speech and language therapist post from the integrated care "
            "board's children's budget.",
            owner="Designated Nurse for Children in Care",
            priority="High",
            due="2025-03-31",
            status="Not started",
            progress="Funding bid of £52,000 to go to the ICB panel in January.",
        ),
        Row(
            ref="R8",
            issue="The police should reduce the number of children held overnight in police "
            "custody.",
            action="Agree a concordat with the local authority on accommodation for children "
            "refused bail and monitor overnight detentions monthly.",
            owner="Superintendent, Eastmere Police",
            priority="High",
            due="2024-06-30",
            revised="2024-11-30",
            status="Overdue",
            progress="Concordat drafted; 17 overnight detentions in the six months to "
            "October, against 26 in the previous six months.",
        ),
        Row(
            ref="R9",
            issue="The service should improve the quality of out-of-court disposal assessments.",
            action="Introduce a joint decision-making panel with the police and a standard "
            "assessment tool.",
            owner="Head of Youth Justice Service",
            priority="Medium",
            due="2024-09-30",
            status="Complete",
            progress="Joint panel meets weekly since July; the Youth Justice Board's "
            "Prevention and Diversion Assessment Tool in use.",
        ),
        Row(
            ref="R10",
            issue="Staff should receive regular supervision that reflects on the quality of "
            "their work.",
            action="Set a supervision standard of every four weeks and audit compliance each "
            "quarter.",
            owner="Operations Manager",
            priority="Low",
            due="2024-12-31",
            status="On track",
            progress="Compliance 81% in quarter 2.",
        ),
        Row(
            ref="R11",
            issue="The service should review its use of remand and the support offered to "
            "children on remand.",
            action="Establish a remand review panel and a remand fostering placement with "
            "children's social care.",
            owner="Operations Manager",
            priority="Medium",
            due="2024-11-30",
            revised="2025-05-31",
            status="In progress",
            progress="Panel meets fortnightly; fostering placement recruitment has not found "
            "a suitable carer.",
        ),
        Row(
            ref="R12",
            issue="The Management Board should monitor the delivery of this improvement plan.",
            action="Make the improvement plan a standing item at every Board meeting.",
            owner="",
            priority="Low",
            due="2024-06-30",
            status="Complete",
            progress="Standing item since June 2024.",
        ),
    ),
)

# --- 8. community leisure trust: Markdown, bold sub-headings by site, separate original and
#        revised date columns, month dates ---------------------------------------------------

QA8 = Paper(
    slug="qa8_brackenford_leisure_hs_audit",
    fmt="md",
    kind="community leisure trust",
    body="Brackenford Community Leisure Trust",
    committee="Board of Trustees - Audit and Risk Sub-committee",
    meeting="Tuesday 18 February 2025",
    title="External Health and Safety Audit 2024 - Recommendations Progress",
    intro=(
        "The Trust operates three leisure centres and a lido on behalf of Brackenford District "
        "Council under a 15-year contract, with 1.3 million visits in 2023/24.",
        "An external health and safety audit by Cowley Safety Consultants in September 2024 "
        "scored the Trust at 78%, down from 84% in 2022, and made twelve recommendations. The "
        "Chief Executive accepted all of them on 7 October 2024.",
    ),
    closing=(
        "The Sub-committee is asked to note progress. The consultants will re-audit the "
        "Trust in September 2025; the contract requires a score of at least 80%.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Finding",
        "action": "Recommendation",
        "owner": "Manager responsible",
        "original": "Date agreed",
        "revised": "Revised date",
        "status": "Stage",
        "progress": "Notes",
    },
    date_style="month",
    revision="columns",
    extra={"table_heading": "Recommendations", "closing_heading": "Recommendation"},
    rows=(
        Row(
            ref="HS-01",
            category="Brackenford Pool",
            issue="Pool water chemical dosing records had gaps on 11 days in July and August 2024.",
            action="Move to automated dosing logs with alarms to the duty manager's phone.",
            owner="Aquatics Manager",
            due="2024-12-31",
            status="Done",
            progress="Automated logging installed in November 2024.",
        ),
        Row(
            ref="HS-02",
            category="Brackenford Pool",
            issue="Normal operating procedure and emergency action plan not reviewed since "
            "the 2022 refurbishment.",
            action="Review the pool safety operating procedures and brief all lifeguards.",
            owner="Aquatics Manager",
            due="2024-11-30",
            status="Achieved",
            progress="Reviewed; 46 lifeguards briefed by 29 November.",
        ),
        Row(
            ref="HS-03",
            category="Brackenford Pool",
            issue="Five lifeguards' National Pool Lifeguard Qualifications had expired.",
            action="Remove expired lifeguards from the rota until requalified and run an "
            "expiry report monthly.",
            owner="Aquatics Manager",
            due="2024-10-31",
            status="Done",
            progress="All five requalified in October.",
        ),
        Row(
            ref="HS-04",
            category="Millbank Sports Centre",
            issue="Legionella risk assessment was more than two years old and showers in "
            "the sports hall changing rooms were not flushed weekly.",
            action="Commission a new legionella risk assessment and introduce a weekly "
            "flushing log.",
            owner="Facilities Manager",
            due="2024-11-30",
            revised="2025-01-31",
            status="Partially complete",
            progress="Flushing log in place; the risk assessment contractor reported in "
            "January and five remedial works were identified.",
        ),
        Row(
            ref="HS-05",
            category="Millbank Sports Centre",
            issue="Fire doors on the first-floor studio corridor did not close fully.",
            action="Repair or replace the fire doors and add them to the weekly fire check.",
            owner="Facilities Manager",
            due="2024-10-31",
            status="Done",
            progress="Two doors replaced in October.",
        ),
        Row(
            ref="HS-06",
            category="Millbank Sports Centre",
            issue="Gym equipment inspection records were incomplete for 9 of 60 machines.",
            action="Put all gym equipment on the supplier's planned maintenance contract.",
            owner="Millbank Centre Manager",
            due="2024-12-31",
            revised="2025-03-31",
            status="In progress",
            progress="Contract variation agreed; supplier inspection visit booked for March.",
        ),
        Row(
            ref="HS-07",
            category="Hollins Lido",
            issue="There is no written plan for responding to a casualty in the deep-water "
            "area when only one lifeguard is on the poolside.",
            action="Write a lone-lifeguard rescue plan and test it before the 2025 season.",
            owner="Lido Manager",
            due="2025-04-30",
            status="Not yet started",
            progress="Lido closed for the winter; planned for April training week.",
        ),
        Row(
            ref="HS-08",
            category="Hollins Lido",
            issue="Sun safety and heat illness are not covered in the lido risk assessment.",
            action="Add heat and sun exposure to the risk assessment and provide shade for staff.",
            owner="Lido Manager",
            due="2025-05-31",
            status="Not yet started",
            progress="",
        ),
        Row(
            ref="HS-09",
            category="Trust-wide",
            issue="Accident reports were not investigated within the Trust's 7-day "
            "standard in 31% of cases.",
            action="Introduce an online accident reporting system with investigation "
            "deadlines and escalation.",
            owner="Head of Health and Safety",
            due="2025-01-31",
            revised="2025-04-30",
            status="In progress",
            progress="System chosen after a trial at Millbank. Roll-out to the other sites "
            "is planned for March and April, after the duty managers' training; in the "
            "meantime investigations are tracked on a spreadsheet and late ones are reported "
            "to the Chief Executive weekly.",
        ),
        Row(
            ref="HS-10",
            category="Trust-wide",
            issue="Contractors working on site were not always signed in or given a site "
            "induction.",
            action="Introduce a permit-to-work and contractor induction procedure.",
            owner="Head of Health and Safety",
            due="2024-12-31",
            status="Achieved",
            progress="Procedure live in all sites since December.",
        ),
        Row(
            ref="HS-11",
            category="Trust-wide",
            issue="Health and safety performance is not reported to the Board of Trustees.",
            action="Report key health and safety indicators to every Board meeting.",
            owner="Chief Executive",
            due="2025-01-31",
            status="Done",
            progress="First report to the Board in January 2025.",
        ),
        Row(
            ref="HS-12",
            category="Trust-wide",
            issue="Stress risk assessments have not been carried out for duty managers.",
            action="Carry out stress risk assessments using the HSE Management Standards.",
            owner="",
            due="2025-06-30",
            status="Not yet started",
            progress="HR adviser post vacant until April.",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (QA1, QA2, QA3, QA4, QA5, QA6, QA7, QA8)


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
    """The row whose ref is ``ref``, or (papers without refs) whose issue starts with it."""
    for r in paper.rows:
        if r.ref == ref or (not r.ref and r.issue.startswith(ref)):
            return r
    raise KeyError(ref)


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
    papers: Paper | tuple[Paper, ...],
    question: str,
    kind: str,
    facts: list[list[str]],
    notes: str,
) -> dict[str, Any]:
    group = papers if isinstance(papers, tuple) else (papers,)
    return {
        "question": question,
        "type": kind,
        "answerable": True,
        "facts": facts,
        "records": [],
        "sources": [p.filename for p in group],
        "notes": notes,
    }


def _subject(row: Row) -> str:
    return row.ref if row.ref and not row.ref.isdigit() else f"on '{_topic(row)}'"


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
    subject = _subject(row)
    return _q(
        paper,
        f"Who owns action {subject} in {_where(paper)}?"
        if row.ref and not row.ref.isdigit()
        else f"Who owns the action {subject} in {_where(paper)}?",
        "lookup",
        [[row.owner]],
        f"{_name(row)}: owner column '{row.owner}'",
    )


def q_due(paper: Paper, ref: str) -> dict[str, Any]:
    row = _row(paper, ref)
    current = row.revised or row.due
    subject = _subject(row)
    return _q(
        paper,
        f"When is action {subject} of {_where(paper)} now due?"
        if row.ref and not row.ref.isdigit()
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
        f"What is the status of action {_subject(row)} in {_where(paper)}?",
        "lookup",
        [[row.status]],
        f"{_name(row)}: status as written '{row.status}' (gold {gold_status(paper, row)})",
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


def q_across_due(earlier: Paper, later: Paper, ref: str) -> dict[str, Any]:
    """Follow one recommendation from one year's paper to the next: its due date in each."""
    a, b = _row(earlier, ref), _row(later, ref)
    then, now = a.revised or a.due, b.revised or b.due
    return _q(
        (earlier, later),
        f"Recommendation {ref} of the {earlier.body} appears in both '{earlier.title}' "
        f"({earlier.meeting}) and '{later.title}' ({later.meeting}). When was it due according "
        f"to each paper?",
        "lookup_date",
        [_dates(earlier, then), _dates(later, now)],
        f"{ref}: due {then} in {earlier.filename} (status '{a.status}'), due {now} in "
        f"{later.filename} (status '{b.status}', gold {gold_status(later, b)})",
    )


def q_across_closed(earlier: Paper, later: Paper) -> dict[str, Any]:
    """The recommendations open in the earlier paper that the later paper records complete."""
    open_before = {r.ref for r in earlier.rows if r.ref and gold_status(earlier, r) != "complete"}
    rows = [r for r in later.rows if r.ref in open_before and gold_status(later, r) == "complete"]
    return _q(
        (earlier, later),
        f"Which recommendations that were still open in the {earlier.body} paper "
        f"'{earlier.title}' are recorded as complete in '{later.title}'?",
        "list",
        [_label(r) for r in rows],
        f"open (gold status not complete) in {earlier.filename} and complete in "
        f"{later.filename}: " + ", ".join(_name(r) for r in rows),
    )


QUESTIONS: tuple[dict[str, Any], ...] = (
    # integrated care board 2023/24 (docx)
    q_revised(QA1),
    q_overdue(QA1),
    q_owner(QA1, "IA23-05"),
    q_count(QA1),
    # integrated care board 2024/25 (xlsx, RAG fill only)
    q_status(QA2, "IA24-03"),
    q_due(QA2, "IA23-06"),
    q_count(QA2),
    q_owned_by(QA2, "Chief Finance Officer"),
    # the ICB across the two years
    q_across_due(QA1, QA2, "IA23-01"),
    q_across_closed(QA1, QA2),
    # valuation joint board 2024 (csv, dates moved in the commentary)
    q_revised(QA3),
    q_due(QA3, "22/23-04"),
    q_overdue(QA3),
    # valuation joint board 2025 (scan)
    q_count(QA4),
    q_owner(QA4, "23/24-03"),
    q_overdue(QA4),
    # the valuation joint board across the two years
    q_across_due(QA3, QA4, "22/23-01"),
    q_across_closed(QA3, QA4),
    # commons conservators (borderless pdf, RAG words)
    q_revised(QA5),
    q_not_started(QA5),
    q_due(QA5, "4"),
    q_count(QA5),
    # economic growth partnership (html, no refs)
    q_overdue(QA6),
    q_owner(QA6, "The risk register does not record"),
    q_count_revised(QA6),
    # youth justice partnership (ruled pdf)
    q_revised(QA7),
    q_due(QA7, "R11"),
    q_owner(QA7, "R8"),
    q_count(QA7),
    # leisure trust (md)
    q_revised(QA8),
    q_status(QA8, "HS-04"),
    q_owned_by(QA8, "Aquatics Manager"),
    q_not_started(QA8),
)
