"""The fourth held-out set of the measuring corpus of issue 15 (``data/papers/heldout4``),
written by an outside examiner who had not read govrag's code. Must not be read while building
govrag.

Eight papers of eight kinds of body not used in the earlier halves, one a format. Bodies,
people and papers are invented. ``QUESTIONS`` are derived from the rows below, never from
govrag's answers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eval.papers.spec import RAG_KEY_DEFAULT, Paper, Row, format_date, gold_status

# --- 1. port health authority: Word, ruled, ISO dates, two-row date header, sub-headings -----

N01 = Paper(
    slug="n01_humbermouth_pha_fsa_audit",
    fmt="docx",
    kind="port health authority",
    body="Humbermouth Port Health Authority",
    committee="Port Health Authority Board",
    meeting="Wednesday 12 March 2025",
    title="FSA Audit of Imported Food Controls - Action Plan Update",
    intro=(
        "The Food Standards Agency audited the Authority's official controls on imported food "
        "and feed at the Humbermouth border control post in June 2024. The final report made "
        "thirteen recommendations, which the Authority accepted in full.",
        "This update gives the position at 28 February 2025. Dates are shown in the form "
        "YYYY-MM-DD; where the Board has agreed a new date, it is shown under 'Revised'.",
    ),
    closing=(
        "The Board is recommended to note the progress made, approve the revised target "
        "dates and agree that completed actions are closed.",
        "Report author: Port Health Manager. Background papers: FSA audit report, June 2024.",
    ),
    headers={
        "ref": "Ref",
        "issue": "FSA recommendation",
        "action": "Action agreed",
        "owner": "Lead officer",
        "original": "Agreed",
        "revised": "Revised",
        "status": "Status",
        "progress": "Position at 28 February 2025",
    },
    two_row_date_header="Target date",
    borders=True,
    date_style="iso",
    revision="columns",
    merge_fields=("owner",),
    running_header="Humbermouth Port Health Authority - Board - 12 March 2025 - Item 7",
    extra={
        "orient": "landscape",
        "body_label": "Authority",
        "committee_label": "Meeting of",
        "date_label": "Date",
        "table_heading": "Appendix A: Audit action plan",
        "closing_heading": "Recommendations to the Board",
    },
    rows=(
        Row(
            ref="PHA-01",
            category="Border control post operations",
            issue="Documentary checks on high-risk consignments were not always completed "
            "before release.",
            action="Introduce a release hold in the port community system until the checks "
            "are recorded.",
            owner="Port Health Manager",
            due="2024-09-30",
            status="Complete",
            progress="Hold configured and live since 16 September 2024.",
        ),
        Row(
            ref="PHA-02",
            category="Border control post operations",
            issue="Identity and physical check rates did not match the rates set in "
            "retained regulation.",
            action="Monthly reconciliation of check rates by commodity, reported to the "
            "Board quarterly.",
            owner="Port Health Manager",
            due="2024-10-31",
            status="Complete",
            progress="Reconciliations from October 2024; first quarterly report to this meeting.",
        ),
        Row(
            ref="PHA-03",
            category="Border control post operations",
            issue="The inspection bay at Berth 14 lacked a temperature log for chilled products.",
            action="Install data loggers and record temperatures at each inspection.",
            owner="Senior Port Health Officer",
            due="2024-12-31",
            revised="2025-04-30",
            status="In progress",
            progress="Loggers ordered; installation delayed by the berth refurbishment.",
        ),
        Row(
            ref="PHA-04",
            category="Border control post operations",
            issue="Out-of-hours cover relied on a single officer on call.",
            action="Establish a two-officer on-call rota with an agreed call-out payment.",
            owner="Senior Port Health Officer",
            due="2024-11-30",
            status="Overdue",
            progress="Rota drafted; consultation with staff side not yet concluded.",
        ),
        Row(
            ref="PHA-05",
            category="Sampling and laboratory",
            issue="The annual sampling plan was not risk based.",
            action="Adopt a risk-based sampling plan for 2025/26 using national priorities "
            "and local intelligence.",
            owner="Food Safety Lead",
            due="2025-03-31",
            status="In progress",
            progress="Draft plan circulated to members; for approval at this meeting.",
        ),
        Row(
            ref="PHA-06",
            category="Sampling and laboratory",
            issue="Samples were not always dispatched to the official laboratory within "
            "the required time.",
            action="Contract a same-day courier and monitor dispatch times.",
            owner="Food Safety Lead",
            due="2024-08-31",
            status="Complete",
            progress="Courier contract let in August; all samples dispatched same day since.",
        ),
        Row(
            ref="PHA-07",
            category="Sampling and laboratory",
            issue="Unsatisfactory results were not followed up in writing with the importer.",
            action="Standard follow-up letter and a 10-day response deadline.",
            owner="Food Safety Lead",
            due="2024-10-31",
            revised="2025-01-31",
            status="Complete",
            progress="Letter template approved January 2025.",
        ),
        Row(
            ref="PHA-08",
            category="Records, IT and training",
            issue="Officer competency records were incomplete for three officers.",
            action="Complete competency assessments and keep training records centrally.",
            owner="Port Health Manager",
            due="2024-12-31",
            status="Complete",
            progress="All assessments completed December 2024.",
        ),
        Row(
            ref="PHA-09",
            category="Records, IT and training",
            issue="The case management system does not record the reason a consignment was "
            "rejected.",
            action="Add a mandatory rejection reason field to the system.",
            owner="ICT Business Partner",
            due="2025-01-31",
            revised="2025-06-30",
            status="In progress",
            progress="Change request accepted by the supplier; release scheduled for June.",
        ),
        Row(
            ref="PHA-10",
            category="Records, IT and training",
            issue="Document retention periods were not defined for import records.",
            action="Add import control records to the corporate retention schedule.",
            owner="Information Governance Officer",
            due="2025-02-28",
            status="Overdue",
            progress="Awaiting sign-off by the Senior Information Risk Owner.",
        ),
        Row(
            ref="PHA-11",
            category="Records, IT and training",
            issue="There was no refresher training on the official controls regulation since 2021.",
            action="Deliver refresher training to all warranted officers.",
            owner="Senior Port Health Officer",
            due="2025-05-31",
            status="Not started",
            progress="Course booked with the Chartered Institute for May 2025.",
        ),
        Row(
            ref="PHA-12",
            category="Governance",
            issue="The Board did not receive regular performance information on import controls.",
            action="Add an import controls dashboard to each Board agenda.",
            owner="Chief Port Health Officer",
            due="2024-09-30",
            status="Complete",
            progress="Dashboard presented since the September 2024 Board.",
        ),
        Row(
            ref="PHA-13",
            category="Governance",
            issue="The service plan did not set out the resources needed to meet the "
            "statutory check rates.",
            action="Include a resourcing assessment in the 2025/26 service plan.",
            owner="Chief Port Health Officer",
            due="2025-03-31",
            revised="2025-07-31",
            status="Not started",
            progress="Deferred until the national fees review is published.",
        ),
    ),
)

# --- 2. county council pension fund committee: Excel, header row 4, priority, separate dates -

N02 = Paper(
    slug="n02_severnshire_pension_fund_ia_recs",
    fmt="xlsx",
    kind="pension fund committee",
    body="Severnshire Pension Fund",
    committee="Pension Fund Committee",
    meeting="Thursday 27 June 2024",
    title="Internal Audit Recommendations Tracker 2023/24",
    intro=(
        "Severnshire County Council, as administering authority of the Severnshire Pension "
        "Fund, commissions an annual programme of internal audit work on the Fund. This "
        "tracker reports the implementation of agreed recommendations from the 2022/23 and "
        "2023/24 audits.",
        "Each recommendation is graded High, Medium or Low. Where an original deadline has "
        "been missed a revised deadline agreed with Internal Audit is shown alongside it.",
    ),
    closing=(
        "Recommendation: that the Committee notes the implementation of audit "
        "recommendations and the revised deadlines shown.",
        "Contact: Head of Pensions, Severnshire County Council.",
    ),
    headers={
        "ref": "Rec no.",
        "priority": "Priority",
        "issue": "Finding",
        "action": "Agreed management action",
        "owner": "Officer responsible",
        "original": "Original deadline",
        "revised": "Revised deadline",
        "status": "Implementation status",
        "progress": "Update June 2024",
    },
    date_style="dmy/",
    revision="columns",
    header_row=4,
    extra={
        "cover_sheet": "Cover report",
        "sheet": "Recs tracker",
    },
    rows=(
        Row(
            ref="2023/01",
            priority="High",
            issue="Member contribution bandings were not updated for two employers after "
            "the April pay award.",
            action="Annual check of contribution bands for all employers each May.",
            owner="Employer Services Manager",
            due="2023-09-30",
            status="Implemented",
            progress="Check completed in May 2024 for all 212 employers.",
        ),
        Row(
            ref="2023/02",
            priority="Medium",
            issue="Transfer-out payments were authorised by the officer who calculated them.",
            action="Separate calculation and authorisation of transfer payments in the "
            "pensions system.",
            owner="Pensions Administration Manager",
            due="2023-12-31",
            revised="2024-03-31",
            status="Implemented",
            progress="Workflow changed March 2024; tested by Internal Audit.",
        ),
        Row(
            ref="2023/03",
            priority="High",
            issue="Annual benefit statements were issued late to 9% of active members.",
            action="Project plan for 2024 statements with monthly data returns from employers.",
            owner="Pensions Administration Manager",
            due="2024-08-31",
            status="Partially implemented",
            progress="Monthly returns received from 180 of 212 employers.",
        ),
        Row(
            ref="2023/04",
            priority="Low",
            issue="The Fund's breaches log was not reported to the Local Pension Board.",
            action="Report the breaches log to each Local Pension Board meeting.",
            owner="Governance and Compliance Officer",
            due="2023-10-31",
            status="Implemented",
            progress="Reported at each Board meeting since October 2023.",
        ),
        Row(
            ref="2023/05",
            priority="Medium",
            issue="Bank reconciliations for the Fund account were up to three months in arrears.",
            action="Reconcile the Fund bank account monthly within 15 working days.",
            owner="Pension Fund Accountant",
            due="2023-11-30",
            revised="2024-04-30",
            status="Partially implemented",
            progress="Reconciliations up to date to April; review sign-off still lagging.",
        ),
        Row(
            ref="2024/01",
            priority="High",
            issue="Deaths were not identified promptly, leading to overpaid pensions.",
            action="Subscribe to a monthly mortality screening service.",
            owner="Pensions Administration Manager",
            due="2024-06-30",
            status="Implemented",
            progress="Service live from June 2024 payroll.",
        ),
        Row(
            ref="2024/02",
            priority="Medium",
            issue="The cyber security policy for the Fund's third-party administrators "
            "has not been reviewed.",
            action="Obtain assurance reports from the administrator, custodian and "
            "investment pool.",
            owner="Head of Pensions",
            due="2024-09-30",
            status="Not implemented",
            progress="Requests issued; responses due in August.",
        ),
        Row(
            ref="2024/03",
            priority="High",
            issue="Employer cessation valuations were not requested within the statutory "
            "timescale.",
            action="Trigger the cessation process from the monthly employer leavers report.",
            owner="Employer Services Manager",
            due="2024-03-31",
            revised="2024-09-30",
            status="Not implemented",
            progress="Report specification with the systems team.",
        ),
        Row(
            ref="2024/04",
            priority="Low",
            issue="Committee training records were not kept for all members.",
            action="Maintain a training log and report it in the annual report.",
            owner="",
            due="2024-05-31",
            status="Implemented",
            progress="Log published with the 2023/24 annual report draft.",
        ),
        Row(
            ref="2024/05",
            priority="Medium",
            issue="Investment manager fee invoices were not checked against the mandate terms.",
            action="Check fees quarterly against the Cost Transparency templates.",
            owner="Pension Fund Accountant",
            due="2024-04-30",
            status="Not implemented",
            progress="Templates received for Q4; check not yet done.",
        ),
        Row(
            ref="2024/06",
            priority="Medium",
            issue="The Fund's risk register does not score climate-related risks.",
            action="Add climate risks to the register in line with the Fund's TCFD report.",
            owner="Head of Pensions",
            due="2024-12-31",
            status="Not implemented",
            progress="Not yet due.",
        ),
        Row(
            ref="2024/07",
            priority="Low",
            issue="Access to the pensions system was not removed promptly for two leavers.",
            action="Monthly review of user accounts against the HR leavers list.",
            owner="Systems Team Leader",
            due="2024-05-31",
            revised="2024-07-31",
            status="Partially implemented",
            progress="First review done in June; process to be documented.",
        ),
    ),
)

# --- 3. coroner service: CSV, header on row 1, "Rec 3.2" refs, Mon-YY dates, "(was …)" ------

N03 = Paper(
    slug="n03_ardenshire_coroner_improvement_log",
    fmt="csv",
    kind="coroner service",
    body="Ardenshire Coroner Service",
    committee="Coroner Service Improvement Board",
    meeting="Tuesday 15 October 2024",
    title="Chief Coroner's Review - Improvement Plan Progress Log",
    intro=("Progress log exported from the improvement plan register.",),
    closing=("Board to note.",),
    headers={
        "ref": "Rec",
        "issue": "Review finding",
        "action": "Improvement action",
        "owner": "Lead",
        "due": "Target",
        "status": "RAG / status",
        "progress": "Commentary",
    },
    date_style="mon-yy",
    revision="was",
    header_row=1,
    rows=(
        Row(
            ref="Rec 1.1",
            issue="Inquests concluded more than 12 months after death exceed the national average.",
            action="Triage all cases over 9 months old and list them for hearing.",
            owner="Senior Coroner",
            due="2024-06-30",
            revised="2024-12-31",
            status="Open",
            progress="Backlog down from 214 to 131 cases.",
        ),
        Row(
            ref="Rec 1.2",
            issue="Pre-inquest review hearings are not used consistently.",
            action="Hold a PIRH in all Article 2 and jury inquests.",
            owner="Senior Coroner",
            due="2024-03-31",
            status="Closed",
            progress="In place since March.",
        ),
        Row(
            ref="Rec 1.3",
            issue="There is no cover arrangement when an area coroner is on leave.",
            action="Appoint two assistant coroners to the rota.",
            owner="Head of Coroner Service",
            due="2024-09-30",
            status="Superseded",
            progress="Replaced by the area coroner appointment agreed by Cabinet.",
        ),
        Row(
            ref="Rec 2.1",
            issue="Bereaved families are not told who their named officer is.",
            action="Send a first-contact letter naming the coroner's officer within 2 "
            "working days.",
            owner="Coroner's Officer Team Leader",
            due="2024-05-31",
            status="Closed",
            progress="Letter in use; audit showed 94% within 2 days.",
        ),
        Row(
            ref="Rec 2.2",
            issue="The service's web pages are out of date.",
            action="Rewrite the bereavement pages with the Coroners' Courts Support Service.",
            owner="Communications Officer",
            due="2024-07-31",
            revised="2024-11-30",
            status="Open",
            progress="Draft pages with CCSS for comment.",
        ),
        Row(
            ref="Rec 2.3",
            issue="Families wait too long for the release of the body after a post-mortem.",
            action="Agree a release protocol with the mortuary and funeral directors.",
            owner="Coroner's Officer Team Leader",
            due="2024-08-31",
            status="Overdue",
            progress="Protocol drafted; mortuary sign-off awaited.",
        ),
        Row(
            ref="Rec 3.1",
            issue="Post-mortem reports take over 8 weeks to be received.",
            action="Renegotiate the pathology contract with a 6-week standard.",
            owner="Head of Coroner Service",
            due="2025-03-31",
            status="Open",
            progress="Procurement under way.",
        ),
        Row(
            ref="Rec 3.2",
            issue="There is no non-invasive post-mortem (CT) option locally.",
            action="Business case for digital autopsy with neighbouring areas.",
            owner="",
            due="2024-10-31",
            revised="2025-04-30",
            status="Open",
            progress="Joint case with two areas; lead authority to be agreed.",
        ),
        Row(
            ref="Rec 3.3",
            issue="Toxicology results are not tracked.",
            action="Add toxicology dates to the case management system.",
            owner="Case Management System Lead",
            due="2024-04-30",
            status="Closed",
            progress="Fields added April.",
        ),
        Row(
            ref="Rec 4.1",
            issue="Court accommodation has no separate room for families.",
            action="Convert the Room 3 office at the Shire Hall into a family room.",
            owner="Facilities Manager",
            due="2024-12-31",
            status="Open",
            progress="Works scheduled for November.",
        ),
        Row(
            ref="Rec 4.2",
            issue="Jurors' facilities do not meet HMCTS guidance.",
            action="Review jury facilities and cost the works.",
            owner="Facilities Manager",
            due="2024-09-30",
            status="Overdue",
            progress="Survey done; costs not yet received.",
        ),
        Row(
            ref="Rec 5.1",
            issue="Prevention of future deaths reports are not tracked to a response.",
            action="Log every PFD report and chase responses at 56 days.",
            owner="Senior Coroner",
            due="",
            due_text="Ongoing",
            status="Open",
            progress="Log kept since June; 3 responses outstanding.",
        ),
    ),
)

# --- 4. community health trust: borderless PDF, must-/should-do sub-headings, quarters,
#        "Target date extended from … to …" in the progress text ------------------------------

N04 = Paper(
    slug="n04_ridgeway_community_health_cqc",
    fmt="pdf",
    kind="community health trust",
    body="Ridgeway Community Health NHS Trust",
    committee="Quality and Safety Committee",
    meeting="Thursday 23 January 2025",
    title="CQC Inspection of Community Health Services - Action Plan Progress Report",
    intro=(
        "The Care Quality Commission inspected the Trust's community health services for "
        "adults, children and young people, and community inpatient (rehabilitation) beds "
        "between 12 and 28 March 2024. The report, published in July 2024, rated the Trust "
        "'Requires improvement' overall and identified eight actions the Trust must take "
        "and six it should take.",
        "Targets are expressed in financial-year quarters. Where the Executive Management "
        "Team has agreed to extend a target, the new quarter is shown and the commentary "
        "records the change.",
    ),
    closing=(
        "The Committee is asked to receive the report, note the extended targets for M3, "
        "M6 and S4, and seek assurance on the two actions reported behind schedule.",
        "Paper prepared by the Head of Quality Compliance on behalf of the Chief Nurse.",
    ),
    headers={
        "ref": "No",
        "issue": "CQC requirement",
        "action": "Trust action",
        "owner": "Executive / operational lead",
        "due": "Target",
        "status": "Progress status",
        "progress": "Evidence and commentary",
    },
    borders=False,
    date_style="quarter",
    revision="extended",
    running_header="Ridgeway Community Health NHS Trust | Quality and Safety Committee | "
    "Part 1 | Item 9",
    extra={
        "orient": "landscape",
        "size": "9pt",
        "font": "'DejaVu Sans', Verdana, sans-serif",
        "body_label": "Trust",
        "committee_label": "Committee",
        "date_label": "Meeting date",
        "table_heading": "Action plan: position at 31 December 2024",
        "closing_heading": "Recommendation",
        "footer": "Quality and Safety Committee - 23 January 2025",
    },
    rows=(
        Row(
            ref="M1",
            category="Actions the Trust MUST take",
            issue="Ensure that staff in community inpatient units complete and record "
            "falls risk assessments within 24 hours of admission.",
            action="Falls assessment added to the electronic admission bundle;\nweekly "
            "audit by ward managers.",
            owner="Chief Nurse / Matron, Inpatient Rehabilitation",
            due="2024-09-30",
            status="Complete",
            progress="Audit compliance 97% for three consecutive months (Oct-Dec).",
        ),
        Row(
            ref="M2",
            category="Actions the Trust MUST take",
            issue="Ensure that medicines are stored at the correct temperature in all "
            "community clinic bases.",
            action="Install remote fridge temperature monitoring at 23 clinic bases.",
            owner="Chief Pharmacist",
            due="2024-12-31",
            status="Complete",
            progress="Monitoring live at all bases; alerts routed to pharmacy.",
        ),
        Row(
            ref="M3",
            category="Actions the Trust MUST take",
            issue="Ensure that children's community nursing caseloads are safely managed "
            "and reviewed.",
            action="Implement a caseload weighting tool and monthly caseload review.",
            owner="Director of Children's Services",
            due="2024-12-31",
            revised="2025-03-31",
            status="On track",
            progress="Tool piloted in two localities; rollout to the rest in Q4.",
        ),
        Row(
            ref="M4",
            category="Actions the Trust MUST take",
            issue="Ensure that mandatory safeguarding level 3 training meets the "
            "Trust's 90% target.",
            action="Targeted training dates and monthly compliance reports to service leads.",
            owner="Named Nurse Safeguarding",
            due="2024-09-30",
            status="Behind schedule",
            progress="Compliance 84% at December (from 71%).",
        ),
        Row(
            ref="M5",
            category="Actions the Trust MUST take",
            issue="Ensure that patients' capacity to consent is assessed and recorded.",
            action="Mental Capacity Act template in SystmOne and quarterly record audit.",
            owner="Deputy Chief Nurse",
            due="2025-03-31",
            status="On track",
            progress="Template live; first audit due February.",
        ),
        Row(
            ref="M6",
            category="Actions the Trust MUST take",
            issue="Ensure there are enough suitably qualified staff on the night shift in "
            "the rehabilitation units.",
            action="Recruit 8 WTE registered nurses and review the night establishment.",
            owner="Chief Nurse",
            due="2024-12-31",
            revised="2025-06-30",
            status="Behind schedule",
            progress="5 WTE appointed; international recruits arriving in April.",
        ),
        Row(
            ref="M7",
            category="Actions the Trust MUST take",
            issue="Ensure that complaints are responded to within the Trust's policy timescales.",
            action="Weekly complaints huddle and escalation at day 20.",
            owner="Director of Corporate Affairs",
            due="2024-09-30",
            status="Complete",
            progress="Responses within 25 working days: 89% (Q3).",
        ),
        Row(
            ref="M8",
            category="Actions the Trust MUST take",
            issue="Ensure that equipment in district nursing bases is serviced in line "
            "with manufacturers' guidance.",
            action="Asset register for all medical devices with a planned maintenance schedule.",
            owner="Head of Estates and Facilities",
            due="2025-06-30",
            status="Not started",
            progress="Asset survey contract to be awarded in Q4.",
        ),
        Row(
            ref="S1",
            category="Actions the Trust SHOULD take",
            issue="Consider how patients' views are used to improve community services.",
            action="Patient panels in each locality reporting to the Patient Experience Group.",
            owner="Head of Patient Experience",
            due="2024-12-31",
            status="Complete",
            progress="Four panels established; minutes to PEG.",
        ),
        Row(
            ref="S2",
            category="Actions the Trust SHOULD take",
            issue="Consider improving the sharing of learning from incidents across teams.",
            action="Monthly 'learning from events' bulletin and team briefings.",
            owner="Head of Patient Safety",
            due="2024-09-30",
            status="Complete",
            progress="Bulletin issued monthly since August.",
        ),
        Row(
            ref="S3",
            category="Actions the Trust SHOULD take",
            issue="Consider reviewing waiting times for the community paediatric therapy service.",
            action="Demand and capacity review with commissioners.",
            owner="Director of Children's Services",
            due="2025-03-31",
            status="On track",
            progress="Review started December.",
        ),
        Row(
            ref="S4",
            category="Actions the Trust SHOULD take",
            issue="Consider how staff access clinical supervision in the adult community teams.",
            action="Supervision framework and recording on the ESR system.",
            owner="Deputy Chief Nurse",
            due="2024-12-31",
            revised="2025-09-30",
            status="Not started",
            progress="Deferred to allow ESR upgrade.",
        ),
        Row(
            ref="S5",
            category="Actions the Trust SHOULD take",
            issue="Consider the environment of the Westfield Unit day room.",
            action="Refurbish the day room with patient input.",
            owner="Head of Estates and Facilities",
            due="2025-03-31",
            status="On track",
            progress="Designs agreed with patients; works in February.",
        ),
        Row(
            ref="S6",
            category="Actions the Trust SHOULD take",
            issue="Consider whether interpreter booking is accessible to all staff.",
            action="Single online booking route for interpreting services.",
            owner="",
            due="2024-12-31",
            status="Complete",
            progress="Online booking launched November.",
        ),
    ),
)

# --- 5. arts council: PDF with borders, portrait, RAG colour words with key, "end of …",
#        "(revised from …)" -----------------------------------------------------------------

N05 = Paper(
    slug="n05_arts_council_marches_arac_followup",
    fmt="pdf",
    kind="arts council",
    body="Arts Council of the Marches",
    committee="Audit and Risk Assurance Committee",
    meeting="Tuesday 4 February 2025",
    title="Internal Audit Follow-up: Grant-in-Aid and Lottery Distribution",
    intro=(
        "This report sets out progress in implementing recommendations made by the "
        "Council's internal auditors in their reviews of grant-in-aid funding agreements "
        "(2023/24) and Lottery project grants (2024/25).",
        "Each recommendation carries the auditor's priority (1 = highest). The RAG rating "
        "reflects the Executive's assessment at 20 January 2025; where a target has been "
        "moved, the original target is given in brackets.",
    ),
    closing=(
        "The Committee is invited to note progress and to agree that the recommendations "
        "rated Blue are closed.",
        "Director of Finance and Resources, January 2025.",
    ),
    headers={
        "ref": "Ref",
        "priority": "Pri.",
        "issue": "Recommendation",
        "action": "Management response",
        "owner": "Owner",
        "due": "Target",
        "status": "RAG",
        "progress": "Progress",
    },
    borders=True,
    date_style="words",
    revision="inline",
    rag_key=RAG_KEY_DEFAULT,
    running_header="Arts Council of the Marches - ARAC - 4 February 2025 - Paper ARAC 25/03",
    extra={
        "orient": "portrait",
        "size": "9pt",
        "font": "Georgia, 'DejaVu Serif', serif",
        "head_bg": "#e7e6e6",
        "body_label": "Organisation",
        "date_label": "Meeting",
        "table_heading": "Annex A - Recommendations tracker",
        "closing_heading": "Action required",
        "key_text": "RAG key: Blue - complete; Green - on track; Amber - at risk of delay; "
        "Red - not yet started.",
        "footer": "OFFICIAL",
    },
    rows=(
        Row(
            ref="GIA/24/01",
            priority="1",
            issue="Funding agreements for national portfolio organisations were signed "
            "after the first payment was made.",
            action="No payment to be released until the signed agreement is on file; "
            "control built into the grants system.",
            owner="Head of Grants",
            due="2024-06-30",
            status="Blue",
            progress="System control live since June; no exceptions found.",
        ),
        Row(
            ref="GIA/24/02",
            priority="2",
            issue="Annual survey returns from funded organisations were not reviewed for risk.",
            action="Risk-rate every survey return and record the relationship manager's review.",
            owner="Director of Investment",
            due="2024-09-30",
            revised="2025-03-31",
            status="Amber",
            progress="Risk framework drafted; reviews completed for 60% of returns.",
        ),
        Row(
            ref="GIA/24/03",
            priority="2",
            issue="Conflicts of interest declared by assessors were not recorded against "
            "the applications they assessed.",
            action="Declarations to be held in the grants system and checked at allocation.",
            owner="Head of Grants",
            due="2024-10-31",
            status="Blue",
            progress="Field added in October 2024.",
        ),
        Row(
            ref="GIA/24/04",
            priority="3",
            issue="The grant-in-aid funding agreement template pre-dates the current "
            "management agreement with DCMS.",
            action="Update the template at the next funding round.",
            owner="Head of Legal and Governance",
            due="2025-03-31",
            status="Green",
            progress="Revised template with lawyers.",
        ),
        Row(
            ref="GIA/24/05",
            priority="1",
            issue="Payments to funded organisations in financial difficulty continued "
            "without Executive approval.",
            action="Enhanced monitoring procedure with Executive sign-off for any payment "
            "to an organisation on the watch list.",
            owner="Director of Finance and Resources",
            due="2024-08-31",
            revised="2024-12-31",
            status="Blue",
            progress="Procedure approved by the Executive in December 2024.",
        ),
        Row(
            ref="LOT/25/01",
            priority="1",
            issue="Lottery project grants were paid in advance of evidence of match "
            "funding being received.",
            action="Require evidence of secured match funding before the first instalment.",
            owner="Head of Lottery Programmes",
            due="2025-01-31",
            status="Amber",
            progress="Guidance updated; system change outstanding.",
        ),
        Row(
            ref="LOT/25/02",
            priority="2",
            issue="End-of-project reports were not received for 14 projects closed in 2023.",
            action="Chase outstanding reports and withhold the final 10% until received.",
            owner="Head of Lottery Programmes",
            due="2024-12-31",
            status="Blue",
            progress="All 14 reports received.",
        ),
        Row(
            ref="LOT/25/03",
            priority="2",
            issue="Lottery distribution policy directions are not mapped to assessment criteria.",
            action="Map each policy direction to the assessment criteria and publish the map.",
            owner="Director of Investment",
            due="2025-04-30",
            status="Red",
            progress="",
        ),
        Row(
            ref="LOT/25/04",
            priority="3",
            issue="Grant recipients' acknowledgement of Lottery funding is not checked.",
            action="Sample check of acknowledgement in project publicity.",
            owner="Communications Manager",
            due="2024-11-30",
            revised="2025-05-31",
            status="Red",
            progress="Deferred owing to the website replacement project.",
        ),
        Row(
            ref="LOT/25/05",
            priority="2",
            issue="Fraud risk assessment for Lottery programmes last updated in 2021.",
            action="Refresh the fraud risk assessment with the counter-fraud specialist.",
            owner="Director of Finance and Resources",
            due="2025-02-28",
            status="Green",
            progress="Workshop held in January; report drafting.",
        ),
        Row(
            ref="LOT/25/06",
            priority="3",
            issue="Decision panel minutes did not record reasons for departing from "
            "officer recommendations.",
            action="Amend the panel minute template to record reasons.",
            owner="Board Secretary",
            due="2024-09-30",
            status="Blue",
            progress="Template in use from September panel.",
        ),
    ),
)

# --- 6. internal drainage board: ruled scan, numbered points, separate revised column,
#        dd.mm.yyyy dates --------------------------------------------------------------------

N06 = Paper(
    slug="n06_cottenmere_idb_audit_points_scan",
    fmt="pdf-scan",
    kind="internal drainage board",
    body="Cottenmere Internal Drainage Board",
    committee="Meeting of the Board",
    meeting="Wednesday 6 November 2024",
    title="Internal and External Audit - Schedule of Action Points",
    intro=(
        "The schedule below lists the points raised by the internal auditor and the external "
        "auditor on the 2023/24 Annual Governance and Accountability Return, with the Clerk's "
        "update for members.",
    ),
    closing=("Members are asked to note the schedule and approve the revised dates.",),
    headers={
        "ref": "No.",
        "issue": "Point raised",
        "action": "Action to be taken",
        "owner": "By",
        "original": "Date agreed",
        "revised": "Revised date",
        "status": "Position",
    },
    borders=True,
    date_style="dmy.",
    revision="columns",
    running_header="Cottenmere IDB - Board papers - Agenda item 8",
    extra={
        "size": "10.5pt",
        "font": "'Times New Roman', 'Liberation Serif', serif",
        "head_bg": "#fff",
        "body_label": "Board",
        "committee_label": "Meeting",
        "date_label": "Date",
        "table_heading": "Schedule of action points",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            ref="1",
            issue="Asset register not reconciled to the AGAR box 9 figure.",
            action="Reconcile and correct the register.",
            owner="Clerk",
            due="2024-07-31",
            status="Done",
        ),
        Row(
            ref="2",
            issue="No evidence that the pumping station insurance was reviewed.",
            action="Obtain revaluation of the three pumping stations.",
            owner="Engineer",
            due="2024-09-30",
            revised="2024-12-31",
            status="Open",
        ),
        Row(
            ref="3",
            issue="Drainage rates arrears over one year not written off or pursued.",
            action="Report arrears list to the Board with a write-off policy.",
            owner="Finance Officer",
            due="2024-11-06",
            status="Done",
        ),
        Row(
            ref="4",
            issue="Special levy apportionment not checked against the council tax base.",
            action="Check apportionment for 2025/26 levy.",
            owner="Finance Officer",
            due="2025-01-31",
            status="Not started",
        ),
        Row(
            ref="5",
            issue="Standing orders not reviewed since 2017.",
            action="Adopt the ADA model standing orders.",
            owner="Clerk",
            due="2024-09-30",
            revised="2025-02-28",
            status="Open",
        ),
        Row(
            ref="6",
            issue="Risk assessment does not cover flood event working.",
            action="Add lone working and flood event risks.",
            owner="Engineer",
            due="2024-10-31",
            status="Overdue",
        ),
        Row(
            ref="7",
            issue="Website lacks the documents required by the Transparency Code.",
            action="Publish minutes, accounts and AGAR on the website.",
            owner="Clerk",
            due="2024-08-31",
            status="Done",
        ),
        Row(
            ref="8",
            issue="Payments over £500 not published.",
            action="Publish quarterly spending list.",
            owner="Finance Officer",
            due="2024-10-31",
            revised="2025-01-31",
            status="Open",
        ),
        Row(
            ref="9",
            issue="VAT on the weedcutting contract not reclaimed.",
            action="Submit the VAT126 claim.",
            owner="",
            due="2024-08-31",
            status="Done",
        ),
        Row(
            ref="10",
            issue="Conflict of interest declarations not renewed annually.",
            action="Members to complete new declarations.",
            owner="Clerk",
            due="2024-11-06",
            status="Open",
        ),
    ),
)

# --- 7. children's services improvement board: HTML, sub-headings by priority, rowspan
#        owners, month-year dates, "… now …" -------------------------------------------------

N07 = Paper(
    slug="n07_brackenfield_childrens_improvement",
    fmt="html",
    kind="children's services improvement board",
    body="Brackenfield Borough Council",
    committee="Children's Services Improvement Board",
    meeting="Monday 2 December 2024",
    title="Ofsted ILACS Improvement Plan - Highlight Report",
    intro=(
        "Ofsted's inspection of local authority children's services (ILACS) in February 2024 "
        "judged services in Brackenfield to require improvement to be good. The improvement "
        "plan agreed by the Board in May 2024 is organised under four priorities.",
        "This highlight report shows each action's target month. Where a target has been "
        "rescheduled, the original month is followed by the month now expected.",
    ),
    closing=(
        "The Board is asked to note the report and to challenge progress on the actions "
        "that are overdue or behind schedule.",
        "Report of the Director of Children's Services.",
    ),
    headers={
        "ref": "Action",
        "issue": "What we need to improve",
        "action": "What we will do",
        "owner": "Accountable lead",
        "due": "By when",
        "status": "Status",
        "progress": "Update for the Board",
    },
    borders=True,
    date_style="month",
    revision="now",
    merge_fields=("owner",),
    extra={
        "body_label": "Council",
        "committee_label": "Board",
        "date_label": "Date of meeting",
        "table_heading": "Improvement plan actions",
        "closing_heading": "Recommendations",
        "head_bg": "#fde9d9",
    },
    rows=(
        Row(
            ref="P1.1",
            category="Priority 1: The front door (MASH) and early help",
            issue="Thresholds are not consistently applied at the front door.",
            action="Refresh the threshold document with partners and train MASH staff.",
            owner="Head of MASH and Early Help",
            due="2024-07-31",
            status="Complete",
            progress="Threshold document relaunched in July; 96 staff trained.",
        ),
        Row(
            ref="P1.2",
            category="Priority 1: The front door (MASH) and early help",
            issue="Strategy discussions do not always include health and police.",
            action="Daily multi-agency strategy meeting slot in the MASH.",
            owner="Head of MASH and Early Help",
            due="2024-09-30",
            revised="2024-11-30",
            status="Complete",
            progress="Daily slot in place since November.",
        ),
        Row(
            ref="P1.3",
            category="Priority 1: The front door (MASH) and early help",
            issue="Step-down from social care to early help is not timely.",
            action="Joint step-down panel meeting weekly.",
            owner="Head of MASH and Early Help",
            due="2024-10-31",
            status="Overdue",
            progress="Panel terms of reference agreed; first meeting delayed.",
        ),
        Row(
            ref="P2.1",
            category="Priority 2: Quality of practice",
            issue="Plans for children in need are not specific or measurable.",
            action="SMART planning workshops for all social workers;\nmonthly audit of plans.",
            owner="Principal Social Worker",
            due="2024-12-31",
            status="On track",
            progress="Workshops delivered to 4 of 6 teams.",
        ),
        Row(
            ref="P2.2",
            category="Priority 2: Quality of practice",
            issue="Management oversight is not evident on case files.",
            action="Supervision recording template in the case recording system.",
            owner="Principal Social Worker",
            due="2024-08-31",
            revised="2025-01-31",
            status="Behind schedule",
            progress="Template built; awaiting system release.",
        ),
        Row(
            ref="P2.3",
            category="Priority 2: Quality of practice",
            issue="Direct work with children is not always recorded.",
            action="Direct work toolkit and recording guidance.",
            owner="Principal Social Worker",
            due="2024-10-31",
            status="Complete",
            progress="Toolkit launched October.",
        ),
        Row(
            ref="P3.1",
            category="Priority 3: Children in care and care leavers",
            issue="Too many children in care have had three or more placements in a year.",
            action="Placement stability panel and additional foster carer support.",
            owner="Head of Children in Care",
            due="2025-03-31",
            status="On track",
            progress="Panel meets fortnightly; 12 children reviewed.",
        ),
        Row(
            ref="P3.2",
            category="Priority 3: Children in care and care leavers",
            issue="Pathway plans for care leavers are not updated when circumstances change.",
            action="Review every pathway plan with the young person.",
            owner="Head of Children in Care",
            due="2024-11-30",
            revised="2025-02-28",
            status="Behind schedule",
            progress="61% reviewed; staffing gaps in the leaving care team.",
        ),
        Row(
            ref="P3.3",
            category="Priority 3: Children in care and care leavers",
            issue="Care leavers do not have access to suitable accommodation at 18.",
            action="Commission 10 supported lodgings placements.",
            owner="Commissioning Manager",
            due="2025-06-30",
            status="Not started",
            progress="Tender to be issued in January.",
        ),
        Row(
            ref="P3.4",
            category="Priority 3: Children in care and care leavers",
            issue="Health assessments for children in care are late.",
            action="Joint tracking with the designated nurse.",
            owner="",
            due="2024-09-30",
            status="Complete",
            progress="98% on time in Q2.",
        ),
        Row(
            ref="P4.1",
            category="Priority 4: Workforce and leadership",
            issue="Reliance on agency social workers is high.",
            action="Recruitment and retention offer, including a market supplement.",
            owner="Assistant Director, Workforce",
            due="2024-12-31",
            revised="2025-04-30",
            status="On track",
            progress="Agency rate down from 31% to 24%.",
        ),
        Row(
            ref="P4.2",
            category="Priority 4: Workforce and leadership",
            issue="Caseloads in the assessment teams are too high.",
            action="Two additional assessment teams funded from reserves.",
            owner="Assistant Director, Workforce",
            due="2024-10-31",
            status="Overdue",
            progress="One team in post; second team manager vacancy.",
        ),
        Row(
            ref="P4.3",
            category="Priority 4: Workforce and leadership",
            issue="Performance information is not used by team managers.",
            action="Team-level performance dashboard and monthly clinics.",
            owner="Head of Performance and Quality",
            due="2025-01-31",
            status="On track",
            progress="Dashboard in testing.",
        ),
    ),
)

# --- 8. students' union: Markdown, sub-headings, seasons, deadline moved in the update text -

N08 = Paper(
    slug="n08_calder_vale_su_governance_review",
    fmt="md",
    kind="students' union",
    body="Calder Vale Students' Union",
    committee="Trustee Board",
    meeting="Wednesday 19 March 2025",
    title="External Governance Review - Implementation Tracker",
    intro=(
        "An external governance review of the Union was completed in June 2024 against the "
        "Charity Governance Code and the Education Act 1994 requirements. The Board accepted "
        "twelve recommendations at its July 2024 meeting.",
        "The tracker keeps the deadline first agreed; where a deadline has moved, the update "
        "column says so.",
    ),
    closing=(
        "Trustees are asked to note progress and approve the moved deadlines for GOV-03, "
        "FIN-02 and DEM-02.",
        "Prepared by the Governance Manager for the Chief Executive.",
    ),
    headers={
        "ref": "Rec",
        "issue": "Review recommendation",
        "action": "What the Union will do",
        "owner": "Lead",
        "due": "Deadline",
        "status": "Status",
        "progress": "Update",
    },
    date_style="season",
    revision="moved",
    extra={
        "table_heading": "Implementation tracker",
        "closing_heading": "Decision",
    },
    rows=(
        Row(
            ref="GOV-01",
            category="Board and trustees",
            issue="The Board is too large to be effective.",
            action="Reduce the Board from 16 to 12 trustees through an Articles change.",
            owner="Chair of Trustees",
            due="2024-11-30",
            status="Complete",
            progress="Articles amended at the AGM in November.",
        ),
        Row(
            ref="GOV-02",
            category="Board and trustees",
            issue="External trustees lack a defined term and induction.",
            action="Role descriptions, fixed terms and an induction pack.",
            owner="Governance Manager",
            due="2024-11-30",
            status="Complete",
            progress="Pack in use for the two new external trustees.",
        ),
        Row(
            ref="GOV-03",
            category="Board and trustees",
            issue="There is no regular review of Board effectiveness.",
            action="Annual Board effectiveness survey and externally facilitated review "
            "every three years.",
            owner="Governance Manager",
            due="2025-02-28",
            revised="2025-05-31",
            status="In progress",
            progress="Survey drafted.",
        ),
        Row(
            ref="GOV-04",
            category="Board and trustees",
            issue="Conflicts of interest are not recorded at each meeting.",
            action="Standing item and register of interests published online.",
            owner="Governance Manager",
            due="2024-08-31",
            status="Complete",
            progress="Register published.",
        ),
        Row(
            ref="FIN-01",
            category="Finance and risk",
            issue="Reserves policy is not linked to the Union's risks.",
            action="Revise the reserves policy with a risk-based target.",
            owner="Head of Finance",
            due="2025-02-28",
            status="Not started",
            progress="To Finance Committee in April.",
        ),
        Row(
            ref="FIN-02",
            category="Finance and risk",
            issue="Commercial services' risks are not on the risk register.",
            action="Add bar, shop and events risks to the corporate register.",
            owner="Head of Commercial Services",
            due="2024-11-30",
            revised="2025-05-31",
            status="In progress",
            progress="Risk workshop held.",
        ),
        Row(
            ref="FIN-03",
            category="Finance and risk",
            issue="The Finance Committee has no independent member.",
            action="Co-opt an independent member with a finance qualification.",
            owner="Chair of Finance Committee",
            due="2024-08-31",
            status="Superseded",
            progress="Replaced by an external trustee place (GOV-01).",
        ),
        Row(
            ref="DEM-01",
            category="Democracy and student voice",
            issue="Turnout in elections is low.",
            action="Move to online voting across all campuses.",
            owner="Democracy and Engagement Manager",
            due="2025-05-31",
            status="In progress",
            progress="Online voting used in the spring elections.",
        ),
        Row(
            ref="DEM-02",
            category="Democracy and student voice",
            issue="Clubs and societies are not represented in decision-making.",
            action="Create a Student Activities Committee reporting to Student Council.",
            owner="Democracy and Engagement Manager",
            due="2024-11-30",
            revised="2025-08-31",
            status="Not started",
            progress="Deferred after the review of committees.",
        ),
        Row(
            ref="DEM-03",
            category="Democracy and student voice",
            issue="The Union's Code of Practice under the Education Act 1994 is not published.",
            action="Agree the Code with the University and publish it.",
            owner="Chief Executive",
            due="2024-08-31",
            status="Complete",
            progress="Published September.",
        ),
        Row(
            ref="DEM-04",
            category="Democracy and student voice",
            issue="Postgraduate students have no elected representative.",
            action="Create a Postgraduate Officer role.",
            owner="",
            due="",
            due_text="TBC",
            status="Not started",
            progress="To be considered with the officer review.",
        ),
        Row(
            ref="STF-01",
            category="Staff and sabbatical officers",
            issue="Sabbatical officer handover is inconsistent.",
            action="Structured handover programme in June and July.",
            owner="Chief Executive",
            due="2024-08-31",
            status="Closed",
            progress="Handover programme ran in summer 2024.",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (N01, N02, N03, N04, N05, N06, N07, N08)


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
    subject = f"action {ref}" if not ref.isdigit() else f"the action on '{_topic(row)}'"
    return _q(
        paper,
        f"When is {subject} of {_where(paper)} now due?",
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


def q_owned_by(paper: Paper, owner: str) -> dict[str, Any]:
    rows = [r for r in paper.rows if r.owner == owner]
    return _q(
        paper,
        f"Which actions in {_where(paper)} is the {owner} responsible for?",
        "list",
        [_label(r) for r in rows],
        f"owner column '{owner}': " + ", ".join(_name(r) for r in rows),
    )


QUESTIONS: tuple[dict[str, Any], ...] = (
    # port health authority (docx)
    q_revised(N01),
    q_overdue(N01),
    q_owner(N01, "PHA-11"),
    # pension fund committee (xlsx)
    q_due(N02, "2024/03"),
    q_count(N02),
    q_owned_by(N02, "Employer Services Manager"),
    # coroner service (csv)
    q_revised(N03),
    q_overdue(N03),
    q_due(N03, "Rec 2.2"),
    # community health trust (borderless pdf)
    q_count_revised(N04),
    q_due(N04, "M6"),
    q_owner(N04, "M4"),
    # arts council (pdf with borders)
    q_revised(N05),
    q_count(N05),
    q_due(N05, "GIA/24/02"),
    # drainage board (scan)
    q_owner(N06, "8"),
    q_revised(N06),
    q_count(N06),
    # children's services improvement board (html)
    q_overdue(N07),
    q_due(N07, "P3.2"),
    q_count(N07),
    # students' union (md)
    q_revised(N08),
    q_due(N08, "DEM-02"),
    q_owner(N08, "FIN-02"),
    q_count(N08),
)
