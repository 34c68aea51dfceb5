"""The seventeenth further held-out set of the measuring corpus of issue 15
(``data/papers/heldout17``), written by an outside examiner. Must not be read while building
govrag.

Eight papers of six invented bodies (none police), one a format. Two bodies appear in two
years: a combined fire authority (2023/24 tracker in Word, 2024/25 follow-up as a ruled PDF)
and an NHS foundation trust (2023/24 well-led action plan in Excel, 2024/25 closure report in
Markdown), with rows carried over, revised or completed. Bodies, people and papers are invented.
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

# --- 1. combined fire authority, 2023/24: Word, ruled, two-row date header, merged owners,
#        sub-headings, "Month YYYY" dates ------------------------------------------------------

_FIRE = "Hollinshaw and Tarnside Combined Fire Authority"

L01 = Paper(
    slug="l01_hollinshaw_tarnside_cfa_ia_tracker_2023_24",
    fmt="docx",
    kind="combined fire authority",
    body=_FIRE,
    committee="Audit and Governance Committee",
    meeting="Wednesday 17 January 2024",
    title="Internal Audit Recommendations 2023/24 - Implementation Tracker",
    intro=(
        "The Authority's internal auditors, the Tarnside Audit Partnership, completed nine "
        "reviews in the first three quarters of 2023/24. Two reviews (Protection Inspection "
        "Programme and Retained Duty System Payroll) received a limited assurance opinion; the "
        "other seven received reasonable assurance.",
        "Eleven recommendations rated high or medium are tracked below. The Chief Fire Officer "
        "agreed the management responses at the Strategic Leadership Team on 5 December 2023. "
        "Where a target has moved, both the date first agreed and the date now expected are "
        "shown.",
    ),
    closing=(
        "That the Committee notes the position and agrees that IA23/01, IA23/05 and IA23/09 "
        "be closed. The Head of Internal Audit will report an interim opinion to the Committee "
        "on 24 April 2024.",
        "Report author: Treasurer to the Authority.",
    ),
    headers={
        "ref": "Rec.",
        "issue": "Finding",
        "action": "What we will do",
        "owner": "Lead officer",
        "original": "Agreed",
        "revised": "Now expected",
        "status": "Position",
        "progress": "Update at December 2023",
    },
    two_row_date_header="Target date",
    borders=True,
    date_style="month",
    revision="columns",
    merge_fields=("owner",),
    running_header="Hollinshaw and Tarnside CFA - Audit and Governance Committee - 17 January 2024",
    extra={
        "orient": "landscape",
        "body_label": "Authority",
        "date_label": "Meeting",
        "table_heading": "Appendix B - Recommendation tracker",
        "closing_heading": "Recommendations to the Committee",
    },
    rows=(
        Row(
            ref="IA23/01",
            category="Fleet and operational equipment",
            issue="Annual servicing of six of the 31 front-line appliances was completed late, "
            "up to 47 days after the manufacturer's interval.",
            action="Set up the servicing schedule in the fleet management system with automatic "
            "alerts 30 days before each service falls due.",
            owner="Head of Fleet and Engineering",
            due="2023-09-30",
            status="Complete",
            progress="Schedule live since 4 September 2023; no service has been late since.",
        ),
        Row(
            ref="IA23/02",
            category="Fleet and operational equipment",
            issue="Breathing apparatus test records were kept on paper at 14 of the 22 stations "
            "and could not be checked centrally.",
            action="Move all breathing apparatus test records to the electronic asset register "
            "and train station managers to use it.",
            owner="Head of Fleet and Engineering",
            due="2023-12-31",
            revised="2024-03-31",
            status="In progress",
            progress="Nine stations migrated. The remaining five wholetime and on-call stations "
            "need tablets, which were delayed by the supplier until February; training for "
            "watch managers is booked for the weeks after delivery.",
        ),
        Row(
            ref="IA23/03",
            category="Fleet and operational equipment",
            issue="Hydraulic rescue equipment valued at about £410,000 carried no asset tags and "
            "was missing from the asset register.",
            action="Tag and record every item of hydraulic rescue equipment and reconcile the "
            "register to a physical count.",
            owner="Head of Fleet and Engineering",
            due="2024-06-30",
            status="Not yet due",
            progress="Tags purchased; counts to start at the northern stations in April.",
        ),
        Row(
            ref="IA23/04",
            category="Protection and prevention",
            issue="The risk-based inspection programme completed 612 of 900 planned audits of "
            "high-risk premises (68%) in 2022/23.",
            action="Recruit four more fire safety inspectors and reprofile the programme by "
            "premises risk score.",
            owner="Area Manager, Protection",
            due="2023-10-31",
            revised="2024-04-30",
            status="Partially complete",
            progress="Two inspectors appointed in November and two posts re-advertised after an "
            "unsuccessful round. The programme has been reprofiled by risk score and 488 audits "
            "were completed by the end of December against a pro-rata target of 675; the "
            "shortfall is concentrated in sleeping-risk premises in Tarnside town centre.",
        ),
        Row(
            ref="IA23/05",
            category="Protection and prevention",
            issue="Safe and well visits referred by partner agencies were not prioritised by "
            "risk and 214 referrals waited more than 28 days.",
            action="Introduce a triage score for partner referrals and visit the highest-scoring "
            "households within seven days.",
            owner="Area Manager, Prevention",
            due="2023-11-30",
            status="Complete",
            progress="Triage in place from October; referrals waiting over 28 days down to 12.",
        ),
        Row(
            ref="IA23/06",
            category="Protection and prevention",
            issue="Enforcement notices were not followed up within the set timescale in nine of "
            "the 25 cases sampled.",
            action="Add follow-up dates for every enforcement notice to the protection database "
            "and report exceptions monthly.",
            owner="Area Manager, Protection",
            due="2023-12-31",
            status="Overdue",
            progress="Database change specified but not yet delivered by the supplier.",
        ),
        Row(
            ref="IA23/07",
            category="Finance, payroll and pensions",
            issue="Overtime and drill claims of on-call firefighters were approved by their own "
            "watch manager with no independent check.",
            action="Require a second approval by the station commander for claims over £500 and "
            "run a monthly exception report.",
            owner="Head of Finance",
            due="2024-01-31",
            status="In progress",
            progress="Second approval built into the payroll workflow; exception report in test.",
        ),
        Row(
            ref="IA23/08",
            category="Finance, payroll and pensions",
            issue="143 immediate detriment cases under the Firefighters' Pension Scheme remedy "
            "had not been processed.",
            action="Commission extra capacity from the pension administrator and agree a "
            "monthly processing target.",
            owner="",
            due="2024-03-31",
            status="Not started",
            progress="Awaiting a quote from the administrator; lead officer to be confirmed by "
            "the Strategic Leadership Team.",
        ),
        Row(
            ref="IA23/09",
            category="Finance, payroll and pensions",
            issue="Eleven purchase cards were still active for staff who had left the Authority.",
            action="Cancel the cards and link card cancellation to the leavers' process.",
            owner="Head of Finance",
            due="2023-08-31",
            status="Complete",
            progress="All eleven cancelled in July; HR leaver form now notifies Finance.",
        ),
        Row(
            ref="IA23/10",
            category="Finance, payroll and pensions",
            issue="The contracts register omitted 23 contracts worth more than £25,000 each.",
            action="Complete the contracts register and publish it quarterly under the "
            "Transparency Code.",
            owner="Procurement Manager",
            due="2023-12-31",
            revised="2024-05-31",
            status="In progress",
            progress="17 of the 23 contracts added; the remainder need legal advice on terms.",
        ),
        Row(
            ref="IA23/11",
            category="Resilience",
            issue="Fallback arrangements with the neighbouring fire control room had not been "
            "tested since March 2021.",
            action="Run a live fallback exercise with the neighbouring control and record "
            "the lessons.",
            owner="Group Manager, Control",
            due="2024-02-29",
            status="Not started",
            progress="Exercise date being agreed with the partner service.",
        ),
    ),
)

# --- 2. the same fire authority, 2024/25 follow-up: ruled PDF, portrait, RAG words with key,
#        "(revised from …)" dates in dd.mm.yyyy, an assurance column ---------------------------

L02 = Paper(
    slug="l02_hollinshaw_tarnside_cfa_ia_followup_2024_25",
    fmt="pdf",
    kind="combined fire authority",
    body=_FIRE,
    committee="Audit and Governance Committee",
    meeting="Thursday 20 March 2025",
    title="Internal Audit Recommendations - Follow-up Report 2024/25",
    intro=(
        "This report follows up the recommendations brought forward from the 2023/24 tracker "
        "and those made by the Tarnside Audit Partnership in 2024/25. The Head of Internal "
        "Audit's annual opinion for 2023/24, reported in June 2024, was reasonable assurance.",
        "Of the eleven recommendations tracked in January 2024, three were closed then; eight "
        "are carried forward below. Four new recommendations arise from the 2024/25 reviews of "
        "on-call availability, ICT security, payroll and declarations of interest.",
    ),
    closing=(
        "That the Committee notes the report and closes every recommendation rated Blue. The "
        "Chair asked at the last meeting that any recommendation more than twelve months "
        "beyond its first target be explained in person; the Area Manager, Protection will "
        "attend for IA23/04.",
    ),
    headers={
        "ref": "Reference",
        "issue": "Audit finding",
        "action": "Agreed action",
        "priority": "Assurance",
        "owner": "Responsible officer",
        "due": "Deadline",
        "status": "RAG",
        "progress": "Evidence / commentary",
    },
    borders=True,
    rag_key=RAG_KEY_DEFAULT,
    date_style="dmy.",
    revision="inline",
    running_header="Hollinshaw and Tarnside Combined Fire Authority | Audit and Governance",
    extra={
        "orient": "portrait",
        "size": "8.5pt",
        "font": "Verdana, Arial, sans-serif",
        "head_bg": "#fde9d9",
        "table_heading": "Appendix A - Follow-up of audit recommendations",
        "key_text": "RAG: Blue - complete and evidenced; Green - on track; Amber - at risk of "
        "missing the deadline; Red - not started.",
        "closing_heading": "Recommendation",
        "footer": "Agenda item 7",
    },
    rows=(
        Row(
            ref="IA23/02",
            category="Brought forward from 2023/24",
            issue="Breathing apparatus test records were kept on paper at 14 of the 22 stations.",
            action="Move all breathing apparatus test records to the electronic asset register.",
            priority="Reasonable",
            owner="Head of Fleet and Engineering",
            due="2023-12-31",
            revised="2024-09-30",
            status="Blue",
            progress="All 22 stations on the electronic register since August 2024; audit "
            "partnership confirmed in its October testing.",
        ),
        Row(
            ref="IA23/03",
            category="Brought forward from 2023/24",
            issue="Hydraulic rescue equipment valued at about £410,000 carried no asset tags.",
            action="Tag and record every item and reconcile the register to a physical count.",
            priority="Reasonable",
            owner="Head of Fleet and Engineering",
            due="2024-06-30",
            status="Blue",
            progress="312 items tagged; count reconciled with a £6,200 write-off approved by "
            "the Treasurer.",
        ),
        Row(
            ref="IA23/04",
            category="Brought forward from 2023/24",
            issue="The risk-based inspection programme completed only 68% of planned audits of "
            "high-risk premises.",
            action="Recruit four more fire safety inspectors and reprofile the programme by risk.",
            priority="Limited",
            owner="Area Manager, Protection",
            due="2023-10-31",
            revised="2025-06-30",
            status="Amber",
            progress="All four inspectors in post since September 2024, but two are still "
            "working towards the Level 4 Diploma and cannot yet audit sleeping-risk premises "
            "alone. 701 of 900 audits are expected by 31 March; the target for full delivery "
            "has been moved a second time, to the end of the first quarter of 2025/26.",
        ),
        Row(
            ref="IA23/06",
            category="Brought forward from 2023/24",
            issue="Enforcement notices were not followed up within the set timescale.",
            action="Add follow-up dates to the protection database and report exceptions monthly.",
            priority="Limited",
            owner="Area Manager, Protection",
            due="2023-12-31",
            revised="2024-07-31",
            status="Blue",
            progress="Database change delivered in June; monthly exception reports since July.",
        ),
        Row(
            ref="IA23/07",
            category="Brought forward from 2023/24",
            issue="On-call overtime and drill claims were approved without an independent check.",
            action="Require second approval for claims over £500 and run a monthly exception "
            "report.",
            priority="Limited",
            owner="Head of Finance",
            due="2024-01-31",
            revised="2024-06-30",
            status="Blue",
            progress="Exception report running since May; £3,870 of overpayments recovered.",
        ),
        Row(
            ref="IA23/08",
            category="Brought forward from 2023/24",
            issue="Immediate detriment cases under the pension scheme remedy had not been "
            "processed.",
            action="Commission extra administrator capacity and agree a monthly processing target.",
            priority="Limited",
            owner="Head of People Services",
            due="2024-03-31",
            revised="2025-03-31",
            status="Amber",
            progress="96 of 143 cases processed; the administrator expects the rest by the end "
            "of April, after the deadline.",
        ),
        Row(
            ref="IA23/10",
            category="Brought forward from 2023/24",
            issue="The contracts register omitted 23 contracts worth more than £25,000 each.",
            action="Complete the contracts register and publish it quarterly.",
            priority="Reasonable",
            owner="Procurement Manager",
            due="2023-12-31",
            revised="2024-05-31",
            status="Blue",
            progress="Register complete and published each quarter since May 2024.",
        ),
        Row(
            ref="IA23/11",
            category="Brought forward from 2023/24",
            issue="Fallback arrangements with the neighbouring fire control room had not been "
            "tested since 2021.",
            action="Run a live fallback exercise with the neighbouring control.",
            priority="Reasonable",
            owner="Group Manager, Control",
            due="2024-02-29",
            revised="2024-11-30",
            status="Green",
            progress="Exercise postponed twice by the partner's system upgrade; now planned "
            "jointly for April.",
        ),
        Row(
            ref="IA24/01",
            category="New recommendations 2024/25",
            issue="On-call appliance availability fell to 71% against a target of 85%.",
            action="Introduce a banded availability payment and recruit to the eight stations "
            "below 60%.",
            priority="Limited",
            owner="Area Manager, Response",
            due="2025-09-30",
            status="Green",
            progress="Banded payment agreed with the representative bodies; recruitment campaign "
            "launched in February.",
        ),
        Row(
            ref="IA24/02",
            category="New recommendations 2024/25",
            issue="38 control room and station PCs ran an unsupported build of Windows 10.",
            action="Replace or upgrade every unsupported device and add patch levels to the ICT "
            "risk register.",
            priority="Limited",
            owner="Head of ICT",
            due="2025-03-31",
            status="Amber",
            progress="29 replaced; nine control room PCs depend on the mobilising system upgrade.",
        ),
        Row(
            ref="IA24/03",
            category="New recommendations 2024/25",
            issue="Back pay for the 2024 pay award was calculated wrongly for 19 staff.",
            action="Recalculate the arrears, correct the payroll parameters and have a second "
            "officer check each pay award.",
            priority="Reasonable",
            owner="",
            due="2025-06-30",
            status="Red",
            progress="",
        ),
        Row(
            ref="IA24/04",
            category="New recommendations 2024/25",
            issue="The register of gifts, hospitality and interests had not been reviewed since "
            "2022.",
            action="Ask every officer at Group Manager and above to re-declare and publish the "
            "register annually.",
            priority="Reasonable",
            owner="Monitoring Officer",
            due="2024-12-31",
            status="Blue",
            progress="Declarations complete; register published in December.",
        ),
    ),
)

# --- 3. NHS foundation trust, 2023/24: Excel, cover sheet, header row 6, RAG as fill only
#        (green = complete), separate original/revised columns, sub-headings -------------------

_TRUST = "Raventhorpe and Coldbeck Hospitals NHS Foundation Trust"

L03 = Paper(
    slug="l03_raventhorpe_coldbeck_ft_well_led_plan_2023_24",
    fmt="xlsx",
    kind="NHS foundation trust",
    body=_TRUST,
    committee="Audit and Risk Committee",
    meeting="Tuesday 26 March 2024",
    title="Well-led Developmental Review - Action Plan 2023/24",
    intro=(
        "An independent developmental review of leadership and governance against the well-led "
        "framework reported to the Board of Directors in September 2023. It made 19 "
        "recommendations; the Board accepted all of them on 5 October 2023 and asked this "
        "Committee to oversee delivery.",
        "Eleven actions are open and shown on the tracker sheet. The review rated the Trust "
        "'requires improvement' on governance, risk management and use of information.",
    ),
    closing=(
        "The Committee is asked to note progress and to confirm that the Board Assurance "
        "Framework actions may be closed. A year-end report will come to the Committee in "
        "April 2025.",
    ),
    headers={
        "ref": "Action ID",
        "issue": "Review finding",
        "action": "Agreed action",
        "owner": "Executive owner",
        "priority": "Assurance level",
        "original": "Original deadline",
        "revised": "Revised deadline",
        "status": "RAG",
        "progress": "Update at March 2024",
    },
    header_row=6,
    date_style="dmy/",
    revision="columns",
    rag_key=RAG_KEY_GREEN_DONE,
    rag_fill=True,
    extra={
        "cover_sheet": "Front sheet",
        "sheet": "WLR actions",
        "key_text": "Key: Green - completed; Amber - in progress; Red - not started",
    },
    rows=(
        Row(
            ref="WL1.1",
            category="Leadership and culture",
            issue="Board development has no structured programme and four of eleven board "
            "members have had no induction.",
            action="Agree a two-year board development programme with quarterly sessions.",
            owner="Chair",
            priority="Partial",
            due="2023-12-31",
            status="Green",
            progress="Programme approved in December; first session on 18 January 2024.",
        ),
        Row(
            ref="WL1.2",
            category="Leadership and culture",
            issue="Freedom to Speak Up concerns rose from 61 to 118 in a year with no themed "
            "report to the Board.",
            action="Report Freedom to Speak Up themes to the Board twice a year and appoint "
            "two more guardians.",
            owner="Chief People Officer",
            priority="Limited",
            due="2024-01-31",
            revised="2024-06-30",
            status="Amber",
            progress="First themed report presented in February. Recruitment of the two "
            "additional guardians was paused during the vacancy control panel review and "
            "restarts in April, so the deadline has been moved to June.",
        ),
        Row(
            ref="WL1.3",
            category="Leadership and culture",
            issue="Staff survey engagement score of 6.4 is below the national median of 6.8.",
            action="Deliver divisional engagement plans for the three lowest-scoring divisions.",
            owner="Chief People Officer",
            priority="Partial",
            due="2024-09-30",
            status="Red",
            progress="Plans to be drafted once the 2023 survey results are published.",
        ),
        Row(
            ref="WL2.1",
            category="Governance and risk",
            issue="The Board Assurance Framework does not show target risk scores or the dates "
            "by which they should be reached.",
            action="Redesign the Board Assurance Framework with target scores, gaps in "
            "assurance and trajectory dates.",
            owner="Director of Corporate Affairs",
            priority="Limited",
            due="2023-11-30",
            revised="2024-02-29",
            status="Green",
            progress="New framework adopted by the Board on 1 February 2024.",
        ),
        Row(
            ref="WL2.2",
            category="Governance and risk",
            issue="Committee terms of reference overlap and the Quality Committee agenda ran to "
            "over 600 pages.",
            action="Review all committee terms of reference and set a 150-page limit for "
            "agenda packs.",
            owner="Director of Corporate Affairs",
            priority="Partial",
            due="2024-03-31",
            status="Amber",
            progress="Terms of reference revised; page limit applies from April.",
        ),
        Row(
            ref="WL2.3",
            category="Governance and risk",
            issue="Risks on the divisional registers were not reviewed for six months in 31% "
            "of cases.",
            action="Train divisional governance leads and report overdue risk reviews monthly.",
            owner="Chief Nurse",
            priority="Limited",
            due="2024-03-31",
            revised="2024-09-30",
            status="Amber",
            progress="Training for 42 governance leads; overdue reviews now 19%.",
        ),
        Row(
            ref="WL2.4",
            category="Governance and risk",
            issue="The Council of Governors receives no regular report on non-executive "
            "directors' work.",
            action="Add a quarterly non-executive director report to the Council of Governors.",
            owner="Chair",
            priority="Substantial",
            due="2023-12-31",
            status="Green",
            progress="First report given in December 2023.",
        ),
        Row(
            ref="WL3.1",
            category="Quality and performance data",
            issue="The integrated performance report relies on 12-month averages and does not "
            "use statistical process control charts.",
            action="Rebuild the integrated performance report using statistical process control "
            "with the making data count approach.",
            owner="Chief Finance Officer",
            priority="Limited",
            due="2024-06-30",
            status="Amber",
            progress="Prototype seen by the Finance and Performance Committee in March.",
        ),
        Row(
            ref="WL3.2",
            category="Quality and performance data",
            issue="Data quality of 18-week referral to treatment waiting lists is not audited.",
            action="Commission an annual data quality audit of the waiting list and validate "
            "patients waiting over 52 weeks.",
            owner="Chief Operating Officer",
            priority="Limited",
            due="2024-03-31",
            revised="2024-12-31",
            status="Red",
            progress="Validation team funded from April; audit to be commissioned in 2024/25.",
        ),
        Row(
            ref="WL3.3",
            category="Quality and performance data",
            issue="Mortality indicators are reported without clinical commentary.",
            action="Add learning from deaths commentary from the Medical Director to each "
            "mortality report.",
            owner="Medical Director",
            priority="Partial",
            due="2023-10-31",
            status="Green",
            progress="Included from the October Quality Committee.",
        ),
        Row(
            ref="WL3.4",
            category="Quality and performance data",
            issue="Board members could not access ward-level nurse staffing data between meetings.",
            action="Give board members access to the safe staffing dashboard.",
            owner="",
            priority="Substantial",
            due="2024-04-30",
            status="Red",
            progress="",
        ),
    ),
)

# --- 4. the same trust, 2024/25 closure report: Markdown, bold sub-headings, financial
#        quarters, the due column keeps the first target and the update says it moved ---------

L04 = Paper(
    slug="l04_raventhorpe_coldbeck_ft_well_led_closure_2024_25",
    fmt="md",
    kind="NHS foundation trust",
    body=_TRUST,
    committee="Audit and Risk Committee",
    meeting="Tuesday 22 April 2025",
    title="Well-led Review and CQC Well-led Inspection - Year-end Action Report 2024/25",
    intro=(
        "This is the year-end report promised to the Committee in March 2024. Seven actions "
        "from the 2023 developmental review remained open at that date; board access to the "
        "safe staffing dashboard was given in May 2024 and the other six are reported below, "
        "together with five actions arising from the Care Quality Commission's well-led "
        "inspection of November 2024, which rated the Trust 'requires improvement' overall and "
        "'good' for caring.",
        "Targets are shown by quarter of the financial year, as carried forward at March 2024. "
        "Where a target has moved since, the update says so. The Trust's 2024/25 Head of Internal Audit "
        "opinion, due in May, is expected to be moderate assurance.",
    ),
    closing=(
        "The Committee is asked to close the actions marked Closed or Superseded and to refer "
        "WL3.2 to the Finance and Performance Committee, which will oversee the waiting list "
        "validation programme from May 2025.",
        "Paper prepared by the Deputy Director of Corporate Affairs; approved by the Director of "
        "Corporate Affairs on 11 April 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "What was found",
        "action": "Action agreed",
        "owner": "Lead",
        "due": "Target quarter",
        "status": "Status",
        "progress": "Position at March 2025",
    },
    date_style="quarter",
    revision="moved",
    extra={"table_heading": "Action report", "closing_heading": "Decisions sought"},
    rows=(
        Row(
            ref="WL1.2",
            category="Carried forward from the 2023 developmental review",
            issue="Freedom to Speak Up concerns doubled in a year with no themed report to the "
            "Board.",
            action="Report themes twice a year and appoint two more Freedom to Speak Up guardians.",
            owner="Chief People Officer",
            due="2024-06-30",
            revised="2024-09-30",
            status="Closed",
            progress="Two guardians appointed in August; second themed report given in October.",
        ),
        Row(
            ref="WL1.3",
            category="Carried forward from the 2023 developmental review",
            issue="The staff survey engagement score was below the national median.",
            action="Deliver engagement plans in the three lowest-scoring divisions.",
            owner="Chief People Officer",
            due="2024-09-30",
            status="Partly met",
            progress="Plans in place in surgery and medicine; the women's and children's plan "
            "waits for the new divisional director. The 2024 score rose to 6.6.",
        ),
        Row(
            ref="WL2.2",
            category="Carried forward from the 2023 developmental review",
            issue="Committee terms of reference overlapped and agenda packs were too long.",
            action="Enforce the 150-page limit for committee agenda packs.",
            owner="Director of Corporate Affairs",
            due="2024-03-31",
            status="Superseded",
            progress="Replaced by the CQC action on committee effectiveness, CQC-WL2.",
        ),
        Row(
            ref="WL2.3",
            category="Carried forward from the 2023 developmental review",
            issue="Divisional risk registers were not reviewed on time.",
            action="Report overdue risk reviews monthly and bring them below 5%.",
            owner="Chief Nurse",
            due="2024-09-30",
            revised="2025-03-31",
            status="Behind schedule",
            progress="Overdue reviews down to 11% in March. Two divisions moved to the new risk "
            "module in January and reviews lapsed during the move; the Chief Nurse has asked "
            "for weekly reports until the figure is under 5%.",
        ),
        Row(
            ref="WL3.1",
            category="Carried forward from the 2023 developmental review",
            issue="The integrated performance report did not use statistical process control.",
            action="Rebuild the integrated performance report with statistical process control "
            "charts.",
            owner="Chief Finance Officer",
            due="2024-06-30",
            status="Closed",
            progress="New report used by the Board since July 2024.",
        ),
        Row(
            ref="WL3.2",
            category="Carried forward from the 2023 developmental review",
            issue="Waiting list data quality was not audited.",
            action="Audit waiting list data quality annually and validate patients waiting over "
            "52 weeks.",
            owner="Chief Operating Officer",
            due="2024-12-31",
            revised="2025-06-30",
            status="Open",
            progress="4,860 pathways validated; external audit of data quality starts in May.",
        ),
        Row(
            ref="CQC-WL1",
            category="CQC well-led inspection, November 2024",
            issue="Leaders could not show how learning from incidents was shared across divisions.",
            action="Set up a monthly learning forum and publish a learning bulletin.",
            owner="Medical Director",
            due="2025-03-31",
            status="On track",
            progress="Forum meeting monthly since January; bulletin launched in March.",
        ),
        Row(
            ref="CQC-WL2",
            category="CQC well-led inspection, November 2024",
            issue="Board committees did not escalate risks consistently to the Board.",
            action="Introduce an alert, advise and assure report from every committee to the "
            "Board.",
            owner="Director of Corporate Affairs",
            due="2025-03-31",
            status="Closed",
            progress="In use for every committee from the February Board.",
        ),
        Row(
            ref="CQC-WL3",
            category="CQC well-led inspection, November 2024",
            issue="Mandatory training in safeguarding adults level 3 was 71% against a 90% target.",
            action="Book every outstanding member of staff on safeguarding level 3 training.",
            owner="Chief Nurse",
            due="2025-06-30",
            status="On track",
            progress="Compliance 82% at 31 March.",
        ),
        Row(
            ref="CQC-WL4",
            category="CQC well-led inspection, November 2024",
            issue="The fit and proper person test files of two directors were incomplete.",
            action="Complete the files and audit all board members' files against the new "
            "framework.",
            owner="Chair",
            due="2024-12-31",
            status="Closed",
            progress="Files completed in December; audit found no further gaps.",
        ),
        Row(
            ref="CQC-WL5",
            category="CQC well-led inspection, November 2024",
            issue="There is no plan to reduce the Trust's reliance on agency medical staff in "
            "the emergency department.",
            action="Agree a medical workforce plan for the emergency department.",
            owner="",
            due="2025-09-30",
            status="Not yet started",
            progress="",
        ),
    ),
)

# --- 5. district council: HTML, no refs, sub-headings, merged owners, full dates written
#        "… now …" -------------------------------------------------------------------------------

L05 = Paper(
    slug="l05_brackwater_dc_ags_action_plan",
    fmt="html",
    kind="district council",
    body="Brackwater District Council",
    committee="Standards and Audit Committee",
    meeting="Wednesday 27 November 2024",
    title="Annual Governance Statement 2023/24 - Governance Improvement Plan: Mid-year Update",
    intro=(
        "The Annual Governance Statement 2023/24 was approved by this Committee on 24 July 2024 "
        "and signed by the Leader and the Chief Executive with the audited accounts. It "
        "identified two significant governance issues: the late closure of the 2021/22 and "
        "2022/23 accounts, and the Council's reliance on £2.3m of reserves to balance the "
        "2024/25 budget.",
        "The Chief Internal Auditor's opinion for 2023/24 was limited assurance, the first "
        "limited opinion since 2017. The plan below shows the actions agreed to address both "
        "significant issues and nine other areas for improvement.",
    ),
    closing=(
        "Members are asked to note the update. The external auditor's value for money report, "
        "expected in December, will be brought to the meeting on 5 February 2025 with any new "
        "actions added to this plan.",
    ),
    headers={
        "issue": "Governance issue",
        "action": "What we will do",
        "owner": "Lead officer",
        "due": "Target date",
        "status": "Status",
        "progress": "Progress",
    },
    borders=True,
    date_style="long",
    revision="now",
    merge_fields=("owner",),
    extra={
        "body_label": "Council",
        "committee_label": "Meeting of",
        "head_bg": "#e2efda",
        "table_heading": "Governance improvement plan",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            category="Significant governance issues",
            issue="The 2021/22 and 2022/23 statements of accounts were not closed by the "
            "statutory backstop and received disclaimed opinions.",
            action="Prepare a closedown plan with the external auditor to rebuild assurance "
            "over opening balances.",
            owner="Chief Finance Officer (s151)",
            due="2024-09-30",
            status="Complete",
            progress="Plan agreed with the auditor on 12 September 2024.",
        ),
        Row(
            category="Significant governance issues",
            issue="The finance team has a 40% vacancy rate in qualified accountant posts.",
            action="Recruit three qualified accountants and appoint an interim closedown lead.",
            owner="Chief Finance Officer (s151)",
            due="2024-10-31",
            revised="2025-01-31",
            status="Behind schedule",
            progress="Interim lead started in October. One accountant appointed; two posts "
            "re-advertised with a market supplement approved by the Employment Committee on "
            "15 October.",
        ),
        Row(
            category="Significant governance issues",
            issue="The 2024/25 budget relied on £2.3m of general reserves, leaving them at "
            "£3.1m against a minimum of £2.5m.",
            action="Deliver the £1.8m savings programme and report progress to Cabinet monthly.",
            owner="Chief Finance Officer (s151)",
            due="2025-03-31",
            status="On track",
            progress="£1.1m of savings delivered or secured at month 6; forecast overspend of "
            "£240,000 on temporary accommodation offset by higher interest income.",
        ),
        Row(
            category="Other areas for improvement",
            issue="The constitution has not been reviewed since 2019 and the scheme of "
            "delegation names posts that no longer exist.",
            action="Review the constitution and scheme of delegation and take it to Council.",
            owner="Monitoring Officer",
            due="2024-12-31",
            status="On track",
            progress="Draft with the Constitution Working Group; Council date 16 December.",
        ),
        Row(
            category="Other areas for improvement",
            issue="Members' declarations of interest were out of date for nine of 37 councillors.",
            action="Obtain updated declarations from every councillor and remind them every "
            "six months.",
            owner="Monitoring Officer",
            due="2024-07-31",
            status="Complete",
            progress="All 37 declarations updated and published in July.",
        ),
        Row(
            category="Other areas for improvement",
            issue="The corporate risk register was last reported to Cabinet in March 2023.",
            action="Report the corporate risk register to Cabinet every quarter.",
            owner="Head of Policy and Performance",
            due="2024-06-30",
            revised="2024-09-30",
            status="Complete",
            progress="Reported to Cabinet on 18 September 2024.",
        ),
        Row(
            category="Other areas for improvement",
            issue="Contract procedure rules were waived 31 times in 2023/24 without a report "
            "to this Committee.",
            action="Report every waiver to this Committee and tighten the grounds for waiver.",
            owner="Head of Procurement",
            due="2024-09-30",
            status="Complete",
            progress="Waivers reported at each meeting since September.",
        ),
        Row(
            category="Other areas for improvement",
            issue="The Council has no tested cyber incident response plan.",
            action="Adopt a cyber incident response plan and test it in a tabletop exercise.",
            owner="Head of ICT and Digital",
            due="2024-10-31",
            status="Open",
            progress="Plan adopted; tabletop exercise with the Local Resilience Forum postponed "
            "to January.",
        ),
        Row(
            category="Other areas for improvement",
            issue="Subsidiary housing company accounts are not reported to members.",
            action="Report the housing company's business plan and accounts to Cabinet each year.",
            owner="Director of Place",
            due="2025-02-28",
            status="Not started",
            progress="",
        ),
        Row(
            category="Other areas for improvement",
            issue="Only 58% of staff completed data protection training.",
            action="Make data protection training a condition of system access.",
            owner="",
            due="2024-08-31",
            revised="2024-12-31",
            status="On track",
            progress="Completion now 84%; system lock for non-completers from 2 December.",
        ),
        Row(
            category="Other areas for improvement",
            issue="Freedom of information requests answered within 20 working days fell to 71%.",
            action="Assign a coordinator in each service and report compliance quarterly.",
            owner="Head of Policy and Performance",
            due="2024-12-31",
            status="Behind schedule",
            progress="Compliance 76% in Q2.",
        ),
    ),
)

# --- 6. university: CSV, header on row 4 after a preamble, ISO dates, target dates extended
#        in the update text, a priority column ---------------------------------------------------

L06 = Paper(
    slug="l06_hexworth_university_ia_recs",
    fmt="csv",
    kind="university",
    body="University of Hexworth",
    committee="Audit and Risk Committee",
    meeting="Thursday 6 February 2025",
    title="Internal Audit Recommendations Follow-up",
    intro=(),
    closing=(),
    headers={
        "ref": "Recommendation ref",
        "issue": "Audit finding",
        "priority": "Priority",
        "action": "Management action",
        "owner": "Lead",
        "due": "Target date",
        "status": "Status",
        "progress": "Update at January 2025",
    },
    header_row=4,
    date_style="iso",
    revision="extended",
    rows=(
        Row(
            ref="UKVI-01",
            issue="Right to study checks were missing for 14 of 60 sponsored students sampled.",
            priority="High",
            action="Re-check all sponsored students enrolled in 2024/25 and retain copies in the "
            "student record.",
            owner="Academic Registrar",
            due="2024-10-31",
            status="Implemented",
            progress="All 2,312 sponsored students re-checked; copies held in the record system.",
        ),
        Row(
            ref="UKVI-02",
            issue="Attendance of sponsored students was not monitored at the 10 contact points "
            "the University's policy requires.",
            priority="High",
            action="Automate attendance monitoring through the timetabling system and report "
            "non-attenders weekly.",
            owner="Academic Registrar",
            due="2024-12-31",
            revised="2025-04-30",
            status="In progress",
            progress="Pilot running in two faculties since November. Roll-out to the other four "
            "faculties waits for the timetabling upgrade in March.",
        ),
        Row(
            ref="RES-01",
            issue="Time on externally funded research grants was charged without timesheets "
            "in 9 of 25 grants tested.",
            priority="High",
            action="Introduce monthly timesheets for all staff charged to research grants.",
            owner="Director of Research Services",
            due="2024-09-30",
            status="Partially implemented",
            progress="Timesheets in place for UKRI grants; charity and EU-funded grants follow "
            "in the spring.",
        ),
        Row(
            ref="RES-02",
            issue="Overheads recovery on industry contracts averaged 41% against a policy of "
            "100% of full economic cost.",
            priority="Medium",
            action="Require Pro Vice-Chancellor approval of any contract priced below full "
            "economic cost.",
            owner="Director of Research Services",
            due="2024-11-30",
            status="Implemented",
            progress="Approval step added to the costing tool in November.",
        ),
        Row(
            ref="CYB-01",
            issue="Multi-factor authentication was not enforced for 1,150 research accounts.",
            priority="High",
            action="Enforce multi-factor authentication for every account.",
            owner="Chief Information Officer",
            due="2024-08-31",
            revised="2024-12-31",
            status="Implemented",
            progress="Enforced for all accounts from 9 December.",
        ),
        Row(
            ref="CYB-02",
            issue="The disaster recovery plan for the student records system had never been "
            "tested.",
            priority="Medium",
            action="Test recovery of the student records system to the secondary data centre.",
            owner="Chief Information Officer",
            due="2025-01-31",
            status="Overdue",
            progress="Test slot cancelled by the vendor in January; rebooked.",
        ),
        Row(
            ref="FIN-01",
            issue="Student debt over 365 days old had risen to £4.7m with no write-off policy.",
            priority="Medium",
            action="Approve a student debt write-off and provision policy.",
            owner="Director of Finance",
            due="2024-07-31",
            status="Implemented",
            progress="Policy approved by the Finance Committee in July; £1.2m written off.",
        ),
        Row(
            ref="FIN-02",
            issue="Expenses claims of senior staff were approved by their own direct reports.",
            priority="Medium",
            action="Route senior staff expenses to the Chief Operating Officer for approval.",
            owner="Director of Finance",
            due="2024-06-30",
            revised="2024-10-31",
            status="Implemented",
            progress="Workflow changed in October.",
        ),
        Row(
            ref="EST-01",
            issue="Fire risk assessments for 11 halls of residence were past their review date.",
            priority="High",
            action="Complete the overdue fire risk assessments and set an annual review programme.",
            owner="Director of Estates",
            due="2024-09-30",
            status="Implemented",
            progress="All 11 reviewed by September; programme in the estates system.",
        ),
        Row(
            ref="EST-02",
            issue="Net zero capital projects were approved without whole-life carbon appraisal.",
            priority="Low",
            action="Add a whole-life carbon appraisal to the capital investment template.",
            owner="",
            due="2025-07-31",
            due_text="TBC",
            status="Not yet due",
            progress="",
        ),
        Row(
            ref="GOV-01",
            issue="The Council's effectiveness review of 2020 was not followed up.",
            priority="Low",
            action="Commission an external effectiveness review of the Council and its committees.",
            owner="University Secretary",
            due="2025-03-31",
            status="Not implemented",
            progress="Tender documents drafted; procurement starts in February.",
        ),
        Row(
            ref="GOV-02",
            issue="Declarations of interest of Council members were not published.",
            priority="Low",
            action="Publish Council members' registers of interest on the website.",
            owner="University Secretary",
            due="2024-10-31",
            revised="2025-02-28",
            status="In progress",
            progress="Eleven of 19 declarations received.",
        ),
    ),
)

# --- 7. internal drainage board: scan, ruled, Mon-YY dates, "(was …)", no progress column ----

L07 = Paper(
    slug="l07_holme_carr_idb_internal_audit_scan",
    fmt="pdf-scan",
    kind="internal drainage board",
    body="Holme Carr Internal Drainage Board",
    committee="Board Meeting",
    meeting="Tuesday 10 September 2024",
    title="Internal Audit 2023/24 - Matters Arising and Agreed Actions",
    intro=(
        "The internal auditor's report for 2023/24 was received on 14 May 2024. The auditor "
        "confirmed that the Board's control objectives were achieved in all significant "
        "respects, and the Annual Governance and Accountability Return was approved at the "
        "meeting of 18 June 2024. Drainage rates income for 2023/24 was £612,400.",
    ),
    closing=("The Board is asked to note the actions. The Clerk will report again in March 2025.",),
    headers={
        "ref": "No.",
        "issue": "Auditor's finding",
        "action": "Agreed response",
        "owner": "Who",
        "due": "By",
        "status": "Position",
    },
    borders=True,
    date_style="mon-yy",
    revision="was",
    running_header="HOLME CARR IDB - BOARD MEETING 10.09.2024 - ITEM 8",
    extra={
        "size": "9pt",
        "font": "'Times New Roman', Times, serif",
        "body_label": "Board",
        "committee_label": "Meeting",
        "table_heading": "Schedule of actions",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            ref="HC1",
            issue="Pumping station electricity tariffs were not retendered since 2019.",
            action="Obtain three quotes for the four pumping stations.",
            owner="Clerk",
            due="2024-06-30",
            status="Met",
        ),
        Row(
            ref="HC2",
            issue="The asset register omits the weedcutting boat bought in 2022.",
            action="Add the boat at cost of £38,500 and check all plant.",
            owner="Clerk",
            due="2024-05-31",
            status="Met",
        ),
        Row(
            ref="HC3",
            issue="Board minutes do not record approval of payments over £5,000.",
            action="List payments over £5,000 in each set of minutes.",
            owner="Chair",
            due="2024-06-30",
            revised="2024-09-30",
            status="Partly met",
        ),
        Row(
            ref="HC4",
            issue="Special levy on Holme Carr District Council not reconciled to invoices.",
            action="Reconcile the levy each half year.",
            owner="Finance Officer",
            due="2024-10-31",
            status="Not yet due",
        ),
        Row(
            ref="HC5",
            issue="No written risk assessment for working alongside watercourses.",
            action="Adopt a lone working and water safety assessment.",
            owner="Operations Manager",
            due="2024-04-30",
            revised="2024-08-31",
            status="Not met",
        ),
        Row(
            ref="HC6",
            issue="Bank mandate still lists a member who resigned in 2022.",
            action="Update the mandate with the bank.",
            owner="Finance Officer",
            due="2024-05-31",
            status="Met",
        ),
        Row(
            ref="HC7",
            issue="Reserves of £418,000 exceed the policy range without a plan.",
            action="Earmark reserves for pump refurbishment at Carr Dyke.",
            owner="Chair",
            due="2025-03-31",
            status="Not yet due",
        ),
        Row(
            ref="HC8",
            issue="Website does not publish the Transparency Code items.",
            action="Publish the items and the AGAR on the website.",
            owner="",
            due="2024-07-31",
            revised="2024-12-31",
            status="Not met",
        ),
        Row(
            ref="HC9",
            issue="Insurance cover for pumps not revalued since 2018.",
            action="Ask the insurer to revalue the pumps.",
            owner="Clerk",
            due="2024-09-30",
            status="Not started",
        ),
        Row(
            ref="HC10",
            issue="Payroll for the two operatives is not checked by a second person.",
            action="Chair to initial each monthly payroll.",
            owner="Chair",
            due="2024-04-30",
            status="Met",
        ),
    ),
)

# --- 8. national park authority: borderless landscape PDF, sub-headings, seasons, separate
#        planned / revised columns ----------------------------------------------------------------

L08 = Paper(
    slug="l08_greystane_moors_npa_governance_review",
    fmt="pdf",
    kind="national park authority",
    body="Greystane Moors National Park Authority",
    committee="Audit, Resources and Performance Committee",
    meeting="Friday 13 June 2025",
    title="Governance Review 2024 - Recommendation Progress Report",
    intro=(
        "The Authority commissioned an independent review of its governance in 2024 after the "
        "Secretary of State's appointed members raised concerns about decision-making on "
        "planning enforcement. The review reported in October 2024 and made eleven "
        "recommendations, all accepted by the Authority on 29 November 2024.",
        "Members have previously agreed that works on the ground are planned by season. "
        "Where a recommendation's timetable has changed, the planned and revised seasons are "
        "both shown. The Authority's net budget for 2025/26 is £7.9m.",
    ),
    closing=(
        "That the Committee notes progress and recommends to the Authority that the revised "
        "timetables be approved. The reviewer will return to assess progress in Spring 2026.",
    ),
    headers={
        "ref": "Rec",
        "issue": "Review finding",
        "action": "Recommendation",
        "owner": "Responsible officer",
        "original": "Planned",
        "revised": "Revised",
        "status": "Progress",
        "progress": "Comments",
    },
    borders=False,
    date_style="season",
    revision="columns",
    running_header="Greystane Moors NPA - Audit, Resources and Performance Committee",
    extra={
        "orient": "landscape",
        "font": "Georgia, 'Times New Roman', serif",
        "size": "9pt",
        "body_label": "Authority",
        "table_heading": "Progress against the governance review recommendations",
        "closing_heading": "Recommendation",
        "footer": "Item 11",
    },
    rows=(
        Row(
            ref="R1",
            category="Decision-making and the planning function",
            issue="Planning enforcement cases were closed by officers without delegated "
            "authority in 23 of 140 cases in 2023.",
            action="Amend the scheme of delegation and report every enforcement closure to the "
            "Planning Committee quarterly.",
            owner="Head of Development Management",
            due="2025-02-28",
            status="Complete",
            progress="Scheme amended by the Authority in January 2025.",
        ),
        Row(
            ref="R2",
            category="Decision-making and the planning function",
            issue="There is a backlog of 212 open enforcement cases, 64 of them over two years "
            "old.",
            action="Clear the oldest cases with a dedicated enforcement team for a year.",
            owner="Head of Development Management",
            due="2025-08-31",
            status="On track",
            progress="Two fixed-term officers in post; 38 of the 64 oldest cases resolved.",
        ),
        Row(
            ref="R3",
            category="Decision-making and the planning function",
            issue="Members' site visits were not minuted and applicants lobbied members on site.",
            action="Adopt a site visit protocol and minute every visit.",
            owner="Monitoring Officer",
            due="2025-02-28",
            revised="2025-05-31",
            status="Complete",
            progress="Protocol adopted in May after consultation with parish councils.",
        ),
        Row(
            ref="R4",
            category="Members and committees",
            issue="Members appointed by the Secretary of State received no induction on their "
            "role.",
            action="Run an induction programme for all 18 members with Defra.",
            owner="Chief Executive",
            due="2025-05-31",
            status="Partially complete",
            progress="Twelve of 18 members have attended; two catch-up sessions booked.",
        ),
        Row(
            ref="R5",
            category="Members and committees",
            issue="The Audit, Resources and Performance Committee has no independent member.",
            action="Recruit an independent person with audit experience to the Committee.",
            owner="Monitoring Officer",
            due="2025-05-31",
            revised="2025-11-30",
            status="Behind schedule",
            progress="First recruitment round attracted no suitable applicants. The role has "
            "been re-advertised jointly with two neighbouring national park authorities, which "
            "may share the appointment.",
        ),
        Row(
            ref="R6",
            category="Members and committees",
            issue="Committee reports do not set out options or the legal and financial "
            "implications.",
            action="Introduce a new report template with mandatory implications sections.",
            owner="Monitoring Officer",
            due="2024-11-30",
            status="Complete",
            progress="Template in use since December.",
        ),
        Row(
            ref="R7",
            category="Finance and land management",
            issue="Peat restoration grants of £1.6m were paid without post-completion inspection.",
            action="Inspect a risk-based sample of completed peat restoration sites each year.",
            owner="Head of Land Management",
            due="2025-08-31",
            status="On track",
            progress="Sampling plan approved; inspections start after the bird nesting season.",
        ),
        Row(
            ref="R8",
            category="Finance and land management",
            issue="Car park income of £640,000 a year is collected by cash machines that are not "
            "reconciled daily.",
            action="Replace the pay machines with cashless units and reconcile income daily.",
            owner="Head of Finance",
            due="2025-05-31",
            revised="2025-08-31",
            status="On track",
            progress="Cashless units installed at 9 of 14 car parks; the remaining five, "
            "including the high-altitude sites at Greystane Edge, need mobile signal boosters "
            "before the summer season.",
        ),
        Row(
            ref="R9",
            category="Finance and land management",
            issue="The estate of 3,900 hectares has no asset management plan.",
            action="Prepare an asset management plan for the Authority's land and buildings.",
            owner="Head of Land Management",
            due="2025-11-30",
            status="Not started",
            progress="",
        ),
        Row(
            ref="R10",
            category="Finance and land management",
            issue="The 2019 visitor management strategy was never costed.",
            action="Cost the strategy within the medium-term financial plan.",
            owner="Head of Finance",
            due="2025-02-28",
            status="Superseded",
            progress="Replaced by the new National Park Management Plan, adopted in March.",
        ),
        Row(
            ref="R11",
            category="Finance and land management",
            issue="Partnership agreements with the two water companies had lapsed.",
            action="Renew the catchment partnership agreements with both water companies.",
            owner="",
            due="2025-02-28",
            revised="2025-05-31",
            status="Behind schedule",
            progress="One agreement signed; the other awaits the water company's board.",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (L01, L02, L03, L04, L05, L06, L07, L08)


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
    """The row whose ref is ``key``, else whose issue begins with ``key``."""
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
    papers: tuple[Paper, ...], question: str, kind: str, facts: list[list[str]], notes: str
) -> dict[str, Any]:
    return {
        "question": question,
        "type": kind,
        "answerable": True,
        "facts": facts,
        "records": [],
        "sources": [p.filename for p in papers],
        "notes": notes,
    }


def _subject(row: Row) -> str:
    return row.ref if row.ref else f"'{_topic(row)}'"


def q_revised(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if r.revised]
    return _q(
        (paper,),
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
        or (gold_status(paper, r) != "complete" and date.fromisoformat(r.revised or r.due) < when)
    ]
    return _q(
        (paper,),
        f"Which actions in {_where(paper)} were overdue at the meeting of {paper.meeting}?",
        "list",
        [_label(r) for r in rows],
        f"marked Overdue, or not complete with the current due date before "
        f"{when.isoformat()}: " + ", ".join(f"{_name(r)} due {r.revised or r.due}" for r in rows),
    )


def q_owner(paper: Paper, key: str) -> dict[str, Any]:
    row = _row(paper, key)
    question = (
        f"Who owns action {row.ref} in {_where(paper)}?"
        if row.ref
        else f"Who owns the action on '{_topic(row)}' in {_where(paper)}?"
    )
    return _q(
        (paper,),
        question,
        "lookup",
        [[row.owner]],
        f"{_name(row)}: owner column '{row.owner}'",
    )


def q_due(paper: Paper, key: str) -> dict[str, Any]:
    row = _row(paper, key)
    current = row.revised or row.due
    question = (
        f"When is action {row.ref} of {_where(paper)} now due?"
        if row.ref
        else f"When is the action on '{_topic(row)}' in {_where(paper)} now due?"
    )
    return _q(
        (paper,),
        question,
        "lookup_date",
        [_dates(paper, current)],
        f"{_name(row)}: current due date {current}"
        + (f" (revised from {row.due})" if row.revised else ""),
    )


def q_count(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if gold_status(paper, r) == "complete"]
    return _q(
        (paper,),
        f"How many actions in {_where(paper)} are complete?",
        "count",
        [[str(len(rows))]],
        f"{len(rows)} of {len(paper.rows)} rows complete (gold status): "
        + ", ".join(_name(r) for r in rows),
    )


def q_count_revised(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if r.revised]
    return _q(
        (paper,),
        f"How many actions in {_where(paper)} have had their target date moved?",
        "count",
        [[str(len(rows))]],
        f"{len(rows)} of {len(paper.rows)} rows revised: " + ", ".join(_name(r) for r in rows),
    )


def q_status(paper: Paper, key: str) -> dict[str, Any]:
    row = _row(paper, key)
    return _q(
        (paper,),
        f"What is the status of action {_subject(row)} in {_where(paper)}?",
        "lookup",
        [[row.status]],
        f"{_name(row)}: status as written '{row.status}' (gold {gold_status(paper, row)})",
    )


def q_not_started(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if gold_status(paper, r) == "not_started"]
    return _q(
        (paper,),
        f"Which actions in {_where(paper)} have not been started?",
        "list",
        [_label(r) for r in rows],
        "gold status not_started: " + ", ".join(_name(r) for r in rows),
    )


def q_owned_by(paper: Paper, owner: str) -> dict[str, Any]:
    rows = [r for r in paper.rows if r.owner == owner]
    return _q(
        (paper,),
        f"Which actions in {_where(paper)} is the {owner} responsible for?",
        "list",
        [_label(r) for r in rows],
        f"owner column '{owner}': " + ", ".join(_name(r) for r in rows),
    )


def q_across_years_due(earlier: Paper, later: Paper, ref: str) -> dict[str, Any]:
    """An action tracked in both years: its due date in the later paper."""
    first, now = _row(earlier, ref), _row(later, ref)
    current = now.revised or now.due
    return _q(
        (earlier, later),
        f"Action {ref} of {earlier.body} appears in both '{earlier.title}' and "
        f"'{later.title}'. What is its due date in the later paper?",
        "lookup_date",
        [_dates(later, current)],
        f"{ref}: {earlier.filename} due {first.revised or first.due} (status "
        f"'{first.status}'); {later.filename} due {current} (status '{now.status}')",
    )


def q_across_years_closed(earlier: Paper, later: Paper) -> dict[str, Any]:
    """Refs open in the earlier paper and complete in the later one."""
    open_then = {r.ref for r in earlier.rows if gold_status(earlier, r) != "complete"}
    rows = [r for r in later.rows if r.ref in open_then and gold_status(later, r) == "complete"]
    return _q(
        (earlier, later),
        f"Which actions still open in {earlier.body}'s '{earlier.title}' were complete by "
        f"'{later.title}'?",
        "list",
        [_label(r) for r in rows],
        "not complete in the earlier paper, complete in the later one: "
        + ", ".join(_name(r) for r in rows),
    )


QUESTIONS: tuple[dict[str, Any], ...] = (
    # combined fire authority 2023/24 (docx)
    q_revised(L01),
    q_overdue(L01),
    q_owner(L01, "IA23/04"),
    q_count(L01),
    # combined fire authority 2024/25 (ruled pdf)
    q_count(L02),
    q_due(L02, "IA23/04"),
    q_not_started(L02),
    q_overdue(L02),
    # across the two fire authority papers
    q_across_years_due(L01, L02, "IA23/08"),
    q_across_years_closed(L01, L02),
    # NHS foundation trust 2023/24 (xlsx)
    q_count(L03),
    q_due(L03, "WL2.3"),
    q_owned_by(L03, "Chair"),
    q_not_started(L03),
    # NHS foundation trust 2024/25 (md)
    q_revised(L04),
    q_status(L04, "WL1.3"),
    q_due(L04, "WL3.2"),
    q_count(L04),
    # across the two trust papers
    q_across_years_due(L03, L04, "WL2.3"),
    q_across_years_closed(L03, L04),
    # district council (html, no refs)
    q_revised(L05),
    q_owner(L05, "The corporate risk register"),
    q_due(L05, "The finance team has"),
    q_overdue(L05),
    # university (csv)
    q_count_revised(L06),
    q_overdue(L06),
    q_owner(L06, "CYB-02"),
    q_status(L06, "RES-01"),
    # internal drainage board (scan)
    q_revised(L07),
    q_due(L07, "HC3"),
    q_count(L07),
    # national park authority (borderless pdf)
    q_revised(L08),
    q_owner(L08, "R8"),
    q_count(L08),
    q_due(L08, "R5"),
)
