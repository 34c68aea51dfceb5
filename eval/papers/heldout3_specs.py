"""The third held-out set of the measuring corpus of issue 15 (``data/papers/heldout3``),
written by an outside examiner. Must not be read while building govrag.

Eight papers of eight kinds of body, one a format. Bodies, people and papers are invented.
``QUESTIONS`` (29 of them) are derived from the rows below, never from govrag's answers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eval.papers.spec import RAG_KEY_GREEN_DONE, Paper, Row, format_date, gold_status

# --- 1. town council: Word, borderless, sub-headings by audit objective, "… now …" -----------

J01 = Paper(
    slug="j01_kingsford_magna_tc_internal_audit",
    fmt="docx",
    kind="town council",
    body="Kingsford Magna Town Council",
    committee="Finance and General Purposes Committee",
    meeting="Monday 9 September 2024",
    title="Internal Audit Report 2023/24 - Action Plan and Progress",
    intro=(
        "The Council's internal auditor reported on 2023/24 in April 2024, testing the control "
        "objectives of the Annual Internal Audit Report (AGAR Part 3). Twelve observations "
        "were made, none of which the auditor considered would affect the Council's "
        "assertions in the Annual Governance Statement.",
        "The table below gives the Council's response to each observation and the position at "
        "the end of August 2024. Where a target has moved, the original target is shown "
        "followed by the date now expected.",
    ),
    closing=(
        "That the Committee notes the progress made and recommends to Full Council that "
        "items A1, A2, B1, C2, E1, E2, H1 and K1 be closed.",
        "Contact: Town Clerk, Market Hall, Kingsford Magna.",
    ),
    headers={
        "ref": "Item",
        "issue": "Internal auditor's observation",
        "action": "Council response / action",
        "owner": "Responsible",
        "due": "Target completion",
        "status": "Status",
        "progress": "Progress to date",
    },
    borders=False,
    date_style="long",
    revision="now",
    merge_fields=("owner",),
    running_header="Kingsford Magna Town Council - F&GP Committee - 9 September 2024",
    extra={
        "orient": "portrait",
        "body_label": "Council",
        "date_label": "Meeting date",
        "table_heading": "Appendix 1 - Internal audit action plan",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            ref="A1",
            category="A. Books of account",
            issue="The cashbook was not reconciled to the bank statements monthly between "
            "April and August 2023.",
            action="RFO to reconcile each account monthly and present the reconciliations to "
            "this Committee quarterly.",
            owner="Responsible Financial Officer",
            due="2023-12-31",
            status="Complete",
            progress="Monthly reconciliations since September 2023, signed by the Chair at "
            "each quarterly meeting.",
        ),
        Row(
            ref="A2",
            category="A. Books of account",
            issue="VAT reclaims for 2022/23 had not been submitted to HMRC.",
            action="Submit the outstanding VAT126 claims and diarise quarterly claims.",
            owner="Responsible Financial Officer",
            due="2024-03-31",
            revised="2024-06-30",
            status="Complete",
            progress="Claims for £8,412 submitted in May;\nrefund received June 2024.",
        ),
        Row(
            ref="B1",
            category="B. Standing orders and financial regulations",
            issue="Financial Regulations have not been updated since the 2019 NALC model.",
            action="Adopt the current NALC model Financial Regulations, adapted for the Council.",
            owner="Town Clerk",
            due="2024-05-31",
            status="Complete",
            progress="Adopted at Full Council on 20 May 2024 (minute 24/061).",
        ),
        Row(
            ref="B2",
            category="B. Standing orders and financial regulations",
            issue="Standing Orders do not reflect the Procurement Act 2023 thresholds.",
            action="Review Standing Orders once NALC publishes its revised model.",
            owner="Town Clerk",
            due="2024-10-31",
            revised="2025-01-31",
            status="Not started",
            progress="NALC model now expected in the autumn; review deferred accordingly.",
        ),
        Row(
            ref="C1",
            category="C. Risk management and insurance",
            issue="The risk register has not been reviewed by Council within the year.",
            action="Present the risk register to Council for review and adopt an annual "
            "review cycle.",
            owner="Town Clerk",
            due="2024-07-31",
            status="Overdue",
            progress="Draft register prepared; not yet on a Council agenda.",
        ),
        Row(
            ref="C2",
            category="C. Risk management and insurance",
            issue="Insurance cover for the Market Hall has not been revalued since 2015.",
            action="Obtain a rebuild valuation and adjust the sum insured at renewal.",
            owner="Deputy Town Clerk",
            due="2024-06-01",
            status="Complete",
            progress="Valuation of £1.9m obtained; cover increased at the 1 June renewal.",
        ),
        Row(
            ref="D1",
            category="D. Budget and precept",
            issue="Earmarked reserves are not supported by a statement of their purpose.",
            action="Prepare a reserves policy setting out each earmarked reserve and its purpose.",
            owner="Responsible Financial Officer",
            due="2024-11-30",
            status="In progress",
            progress="Draft policy to be considered with the 2025/26 budget in November.",
        ),
        Row(
            ref="E1",
            category="E. Payroll",
            issue="Payroll was not checked against contracts for two members of staff\n"
            "whose hours changed during the year.",
            action="Check payroll against signed contracts and variations every year.",
            owner="Staffing Committee",
            due="2024-04-30",
            status="Complete",
            progress="Annual check completed in April 2024; no errors found.",
        ),
        Row(
            ref="E2",
            category="E. Payroll",
            issue="Pension contributions were paid to the scheme after the 19th of the "
            "following month on three occasions.",
            action="Pay contributions by direct debit on the 15th of each month.",
            owner="Responsible Financial Officer",
            due="2024-02-29",
            status="Complete",
            progress="Direct debit in place since February 2024.",
        ),
        Row(
            ref="G1",
            category="G. Assets and investments",
            issue="The asset register does not include the play equipment installed at Mill "
            "Lane in 2022.",
            action="Update the asset register and reconcile it to the insurance schedule.",
            owner="Deputy Town Clerk",
            due="2024-03-31",
            revised="2024-09-30",
            status="In progress",
            progress="Play equipment added.\nReconciliation to the insurance schedule outstanding.",
        ),
        Row(
            ref="H1",
            category="H. Transparency and public rights",
            issue="The notice of the period for the exercise of public rights was not "
            "published for the full 30 working days.",
            action="Build the statutory dates into the annual accounts timetable.",
            owner="",
            due="",
            due_text="Each year",
            status="Complete",
            progress="2024/25 timetable includes all statutory dates.",
        ),
        Row(
            ref="J1",
            category="H. Transparency and public rights",
            issue="The Council's website does not meet the public sector accessibility "
            "regulations.",
            action="Commission an accessibility audit and correct the issues found.",
            owner="Town Clerk",
            due="2024-12-31",
            status="In progress",
            progress="Audit received in July; 14 of 31 issues fixed.",
        ),
        Row(
            ref="K1",
            category="H. Transparency and public rights",
            issue="Councillors' registers of interests on the website were out of date.",
            action="Ask every councillor to update their register entry and republish.",
            owner="Town Clerk",
            due="2024-04-30",
            status="Superseded",
            progress="Registers are now published by the District Council's Monitoring "
            "Officer and linked from our website.",
        ),
    ),
)

# --- 2. ambulance trust: Excel, cover sheet, header row 4, sub-heading rows by audit ---------

J02 = Paper(
    slug="j02_north_fells_ambulance_ia_tracker",
    fmt="xlsx",
    kind="ambulance trust",
    body="North Fells and Coast Ambulance Service NHS Trust",
    committee="Audit Committee",
    meeting="Thursday 21 November 2024",
    title="Internal Audit Recommendation Tracker - Quarter 2 2024/25",
    intro=(
        "This tracker lists every internal audit recommendation that was open at 1 July 2024 "
        "or raised since, grouped by audit report, with the update given by the accountable "
        "director in October 2024.",
        "Revised target dates are shown only where an extension has been agreed by the "
        "Director of Finance; extensions to high-risk recommendations are reported to this "
        "Committee.",
    ),
    closing=(
        "The Audit Committee is asked to note the tracker, approve the closure of completed "
        "recommendations and seek assurance on those behind schedule or overdue.",
    ),
    headers={
        "ref": "Audit ref",
        "issue": "Finding",
        "action": "Agreed action",
        "priority": "Risk rating",
        "owner": "Accountable director",
        "original": "Original target date",
        "revised": "Revised target date",
        "status": "Current status",
        "progress": "Update (October 2024)",
    },
    header_row=4,
    date_style="dmy/",
    revision="columns",
    extra={"cover_sheet": "Summary", "sheet": "Q2 tracker"},
    rows=(
        Row(
            ref="FM.1",
            category="Fleet management (report 07 2023/24)",
            issue="Vehicle daily inspection checklists were incomplete at four of ten "
            "stations visited.",
            action="Introduce electronic vehicle daily inspections with exception reporting "
            "to station managers.",
            priority="High",
            owner="Director of Operations",
            due="2024-06-30",
            revised="2024-12-31",
            status="In progress",
            progress="App rolled out to the northern sector; southern sector follows in December.",
        ),
        Row(
            ref="FM.2",
            category="Fleet management (report 07 2023/24)",
            issue="Vehicle servicing was more than 28 days overdue for 9% of the fleet.",
            action="Agree a recovery plan with the fleet workshop and report compliance monthly.",
            priority="Medium",
            owner="Director of Operations",
            due="2024-09-30",
            status="Complete",
            progress="Overdue servicing reduced to 1.5% in September.",
        ),
        Row(
            ref="FM.3",
            category="Fleet management (report 07 2023/24)",
            issue="Fuel card PINs were shared between crews at two stations.",
            action="Reissue cards with individual PINs and remind staff of the policy.",
            priority="Low",
            owner="Director of Finance",
            due="2024-05-31",
            status="Complete",
            progress="Cards reissued in May 2024.",
        ),
        Row(
            ref="MM.1",
            category="Medicines management (report 09 2023/24)",
            issue="Controlled drug registers at three stations had unexplained "
            "discrepancies that were not escalated.",
            action="Require discrepancies to be reported on Datix within 24 hours and "
            "reviewed by the Chief Pharmacist.",
            priority="High",
            owner="Medical Director",
            due="2024-04-30",
            status="Complete",
            progress="Process in place; quarterly CD audit shows full reporting.",
        ),
        Row(
            ref="MM.2",
            category="Medicines management (report 09 2023/24)",
            issue="Medicines pouches were issued without a sealed tamper tag.",
            action="Procure numbered tamper tags and record them on the pouch log.",
            priority="Medium",
            owner="Medical Director",
            due="2024-07-31",
            revised="2024-10-31",
            status="Overdue",
            progress="Supplier delay; tags now due to arrive in late November.",
        ),
        Row(
            ref="MM.3",
            category="Medicines management (report 09 2023/24)",
            issue="Patient group directions for paramedics had passed their review date.",
            action="Review and reauthorise all expired patient group directions.",
            priority="High",
            owner="Medical Director",
            due="2024-08-31",
            status="Complete",
            progress="All 14 PGDs reauthorised by the Medicines Optimisation Group.",
        ),
        Row(
            ref="DS.1",
            category="Data security and protection toolkit (report 02 2024/25)",
            issue="Data security training compliance was 81% against the 95% standard.",
            action="Issue monthly compliance lists to line managers and restrict rota "
            "access for non-compliant staff.",
            priority="High",
            owner="Director of Digital",
            due="2025-03-31",
            status="In progress",
            progress="Compliance at 88%.",
        ),
        Row(
            ref="DS.2",
            category="Data security and protection toolkit (report 02 2024/25)",
            issue="Mobile data terminals in vehicles run an unsupported operating system.",
            action="Replace mobile data terminals as part of the vehicle technology refresh.",
            priority="High",
            owner="Director of Digital",
            due="2024-09-30",
            revised="2025-06-30",
            status="Behind schedule",
            progress="Refresh delayed by national procurement framework; risk accepted on "
            "the corporate risk register.",
        ),
        Row(
            ref="DS.3",
            category="Data security and protection toolkit (report 02 2024/25)",
            issue="The information asset register had no owner for 12 assets.",
            action="Assign an information asset owner to every asset.",
            priority="Medium",
            owner="",
            due="2024-12-31",
            status="Not started",
            progress="Awaiting appointment of a new Senior Information Risk Owner.",
        ),
        Row(
            ref="PY.1",
            category="Payroll and overtime (report 11 2023/24)",
            issue="Overtime claims were approved by staff who had worked the same shift.",
            action="Configure the rostering system so that claims route to the duty manager.",
            priority="High",
            owner="Director of People",
            due="2024-03-31",
            revised="2024-08-31",
            status="Complete",
            progress="System change went live in August.",
        ),
        Row(
            ref="PY.2",
            category="Payroll and overtime (report 11 2023/24)",
            issue="Salary overpayments to leavers totalled £46,000 in the year.",
            action="Require leaver forms to be submitted before the final payroll cut-off and "
            "report late forms to directors.",
            priority="Medium",
            owner="Director of People",
            due="2024-10-31",
            status="Overdue",
            progress="Leaver process redesigned; reporting to directors not yet started.",
        ),
        Row(
            ref="PY.3",
            category="Payroll and overtime (report 11 2023/24)",
            issue="Payroll exception reports were not reviewed before each pay run.",
            action="Finance business partner to sign off exception reports before each run.",
            priority="Medium",
            owner="Director of Finance",
            due="2024-06-30",
            status="Complete",
            progress="Sign-off evidenced for each pay run since June.",
        ),
        Row(
            ref="PY.4",
            category="Payroll and overtime (report 11 2023/24)",
            issue="Enhancements for unsocial hours were paid at the wrong rate to bank staff.",
            action="Correct the pay element set-up and recover or repay differences.",
            priority="Low",
            owner="Director of People",
            due="2025-01-31",
            status="Not started",
            progress="",
        ),
    ),
)

# --- 3. police and crime panel: CSV after a preamble, Mon-YY dates, "(was …)" --------------

J03 = Paper(
    slug="j03_wessendale_pcp_recs_log",
    fmt="csv",
    kind="police and crime panel",
    body="Wessendale Police and Crime Panel",
    committee="Police and Crime Panel",
    meeting="Wednesday 5 February 2025",
    title="Panel Recommendations to the Police and Crime Commissioner - Tracking Log",
    intro=("Recommendations made by the Panel in 2023/24 and 2024/25.",),
    closing=("The Panel is asked to note the log.",),
    headers={
        "ref": "Rec No",
        "issue": "Panel finding",
        "action": "Recommendation to the PCC",
        "status": "Status",
        "due": "Response due",
        "owner": "OPCC lead",
        "progress": "PCC response / current position",
    },
    header_row=5,
    date_style="mon-yy",
    revision="was",
    rows=(
        Row(
            ref="PCP/23/04",
            issue="The precept report did not show how the increase would be spent on "
            "neighbourhood policing.",
            action="Set out in future precept reports the planned use of any increase by "
            "policing area.",
            status="Closed",
            due="2024-01-31",
            owner="Chief Finance Officer (OPCC)",
            progress="Done in the 2025/26 precept report.",
        ),
        Row(
            ref="PCP/23/07",
            issue="Victims' Code compliance is not reported to the Panel.",
            action="Report Victims' Code compliance figures to the Panel twice a year.",
            status="Open",
            due="2024-06-30",
            revised="2025-03-31",
            owner="Head of Commissioning",
            progress="First report delayed pending the new national compliance framework.",
        ),
        Row(
            ref="PCP/23/09",
            issue="The Panel could not judge progress on the Police and Crime Plan from the "
            "annual report.",
            action="Include measurable targets and year-on-year figures in the annual report.",
            status="Partially implemented",
            due="2024-07-31",
            owner="Chief Executive (OPCC)",
            progress="Figures included; targets to follow in the refreshed plan.",
        ),
        Row(
            ref="PCP/23/11",
            issue="Complaint reviews by the OPCC exceeded the 28-day target in half of cases.",
            action="Publish quarterly complaint review timeliness data.",
            status="Closed",
            due="2024-03-31",
            owner="Head of Complaints and Reviews",
            progress="Published quarterly since April 2024.",
        ),
        Row(
            ref="PCP/24/01",
            issue="Rural crime funding was not linked to any outcome measures.",
            action="Agree outcome measures with the rural crime team before the next "
            "funding round.",
            status="Overdue",
            due="2024-10-31",
            owner="Head of Commissioning",
            progress="Measures drafted but not agreed with the Force.",
        ),
        Row(
            ref="PCP/24/02",
            issue="The Panel was not consulted on the Commissioner's estates strategy.",
            action="Bring the estates strategy to the Panel before it is finalised.",
            status="Closed",
            due="2024-09-30",
            revised="2024-12-31",
            owner="Chief Executive (OPCC)",
            progress="Considered by the Panel on 4 December 2024.",
        ),
        Row(
            ref="PCP/24/03",
            issue="Call handling times on 101 remain well above the Commissioner's target.",
            action="Provide monthly 101 performance data and the Force's improvement plan.",
            status="Open",
            due="2025-04-30",
            owner="Head of Performance and Scrutiny",
            progress="Data now shared monthly;\nimprovement plan expected in April.",
        ),
        Row(
            ref="PCP/24/04",
            issue="Members asked how the Commissioner holds the Chief Constable to account "
            "for vetting.",
            action="Publish the minutes of accountability board meetings that discuss vetting.",
            status="Not started",
            due="",
            due_text="Not set",
            owner="",
            progress="PCC to respond at the next meeting.",
        ),
        Row(
            ref="PCP/24/05",
            issue="Youth diversion grants were awarded without open competition.",
            action="Run future youth diversion grants as an open competitive round.",
            status="Closed",
            due="2024-11-30",
            owner="Head of Commissioning",
            progress="Open round launched November 2024.",
        ),
        Row(
            ref="PCP/24/06",
            issue="The Panel's confirmation hearing papers arrived two days before the meeting.",
            action="Send confirmation hearing papers at least ten working days before the hearing.",
            status="Open",
            due="2024-12-31",
            revised="2025-05-31",
            owner="Chief Executive (OPCC)",
            progress="Agreed; to apply from the next hearing.",
        ),
        Row(
            ref="PCP/24/07",
            issue="Road safety partnership spending is not reported publicly.",
            action="Publish annual road safety partnership accounts on the OPCC website.",
            status="Partially implemented",
            due="2025-01-31",
            owner="Chief Finance Officer (OPCC)",
            progress="2023/24 accounts published; partner contributions still to be added.",
        ),
    ),
)

# --- 4. mental health trust: borderless PDF, RAG words (green = done), quarters,
#        "Target date extended from … to …" in the progress text ------------------------------

J04 = Paper(
    slug="j04_thornbury_wold_mh_cqc_plan",
    fmt="pdf",
    kind="mental health trust",
    body="Thornbury and Wold Partnership NHS Foundation Trust",
    committee="Quality Committee",
    meeting="Tuesday 14 January 2025",
    title="CQC Inspection of Acute Wards for Adults of Working Age - Improvement Plan Progress",
    intro=(
        "The Care Quality Commission inspected the Trust's acute wards for adults of working "
        "age and psychiatric intensive care units in March 2024. The report, published in "
        "June 2024, set out seven actions the Trust must take to comply with its legal "
        "obligations and six actions it should take to improve.",
        "The improvement plan below records each action, the executive lead, the target "
        "quarter and the evidence gathered. Progress is rated using the key under the table; "
        "green ratings are proposed for closure once evidence has been validated by the "
        "Quality Assurance Panel.",
    ),
    closing=(
        "The Quality Committee is asked to note the progress, to approve the closure of the "
        "green-rated actions and to receive the next update in April 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "CQC requirement",
        "action": "Improvement action",
        "owner": "Executive lead",
        "due": "Target",
        "status": "RAG",
        "progress": "Evidence / progress",
    },
    borders=False,
    rag_key=RAG_KEY_GREEN_DONE,
    date_style="quarter",
    revision="extended",
    running_header="Thornbury and Wold Partnership NHS FT - Quality Committee - 14 January 2025",
    extra={
        "size": "9pt",
        "table_heading": "Improvement plan",
        "key_text": "RAG key: Green - action complete and evidenced; Amber - in progress; "
        "Red - not started.",
        "closing_heading": "Action required",
        "footer": "Agenda item 9.2",
    },
    rows=(
        Row(
            ref="MD01",
            category="Must do - Regulation 12: Safe care and treatment",
            issue="The Trust must ensure ligature risk assessments are reviewed after every "
            "change to the ward environment.",
            action="Embed ligature risk review into the estates change request process.",
            owner="Chief Nurse",
            due="2024-09-30",
            status="Green",
            progress="Change request form amended;\naudit of 20 changes shows 100% reviewed.",
        ),
        Row(
            ref="MD02",
            category="Must do - Regulation 12: Safe care and treatment",
            issue="The Trust must ensure that physical health observations are recorded after "
            "rapid tranquillisation.",
            action="Introduce an electronic observations chart with prompts at the required "
            "intervals.",
            owner="Medical Director",
            due="2024-12-31",
            revised="2025-03-31",
            status="Amber",
            progress="E-obs live on four of seven wards.",
        ),
        Row(
            ref="MD03",
            category="Must do - Regulation 12: Safe care and treatment",
            issue="The Trust must ensure that seclusion records are completed in line with "
            "the Mental Health Act Code of Practice.",
            action="Audit all seclusion episodes monthly and feed back to ward managers.",
            owner="Medical Director",
            due="2024-09-30",
            status="Green",
            progress="Monthly audit in place since July; compliance 96%.",
        ),
        Row(
            ref="MD04",
            category="Must do - Regulation 12: Safe care and treatment",
            issue="The Trust must ensure emergency equipment is checked daily on every ward.",
            action="Move emergency equipment checks onto the digital checklist and report "
            "missed checks weekly.",
            owner="Chief Nurse",
            due="2024-06-30",
            revised="2024-12-31",
            status="Green",
            progress="Digital checklist in use on all wards; no missed checks in December.",
        ),
        Row(
            ref="MD05",
            category="Must do - Regulation 18: Staffing",
            issue="The Trust must ensure there are enough qualified nurses on each shift to "
            "meet the planned establishment.",
            action="Complete the establishment review and recruit to the agreed establishment.",
            owner="Chief People Officer",
            due="2025-03-31",
            revised="2025-09-30",
            status="Amber",
            progress="Establishment review approved by the Board;\n"
            "registered nurse vacancy rate 14%.",
        ),
        Row(
            ref="MD06",
            category="Must do - Regulation 18: Staffing",
            issue="The Trust must ensure staff complete mandatory training in immediate life "
            "support.",
            action="Provide additional ILS training dates and track completion by ward.",
            owner="Chief People Officer",
            due="2024-12-31",
            status="Amber",
            progress="Compliance 84% against 90% target.",
        ),
        Row(
            ref="MD07",
            category="Must do - Regulation 18: Staffing",
            issue="The Trust must ensure staff receive regular clinical supervision.",
            action="Record supervision on the ESR system and report compliance to the "
            "Workforce Committee.",
            owner="Chief Nurse",
            due="2025-06-30",
            status="Red",
            progress="Recording module to be configured in Q1 2025/26.",
        ),
        Row(
            ref="SD01",
            category="Should do",
            issue="The Trust should ensure patients are involved in writing their care plans.",
            action="Relaunch the co-produced care planning template with peer support workers.",
            owner="Chief Nurse",
            due="2024-12-31",
            status="Green",
            progress="Template relaunched October 2024; patient survey shows improvement.",
        ),
        Row(
            ref="SD02",
            category="Should do",
            issue="The Trust should ensure the food on the PICU meets patients' cultural and "
            "dietary needs.",
            action="Review the menu with patients and the catering contractor.",
            owner="Chief Operating Officer",
            due="2024-09-30",
            revised="2025-03-31",
            status="Amber",
            progress="Menu review held; contract variation with the caterer under negotiation.",
        ),
        Row(
            ref="SD03",
            category="Should do",
            issue="The Trust should ensure carers receive information about the ward on admission.",
            action="Produce a carers' information pack for each ward.",
            owner="Director of Nursing, Quality and Patient Experience",
            due="2024-12-31",
            status="Green",
            progress="Packs in use on all wards since November.",
        ),
        Row(
            ref="SD04",
            category="Should do",
            issue="The Trust should ensure the outside space on Heron Ward is accessible "
            "at all times.",
            action="Install a new access door and anti-climb fencing to the courtyard.",
            owner="Chief Operating Officer",
            due="2025-06-30",
            status="Red",
            progress="Capital bid approved for 2025/26.",
        ),
        Row(
            ref="SD05",
            category="Should do",
            issue="The Trust should ensure that blanket restrictions are reviewed regularly.",
            action="Review blanket restrictions at each ward's monthly community meeting.",
            owner="Medical Director",
            due="2024-09-30",
            status="Green",
            progress="Reviews minuted monthly since August.",
        ),
        Row(
            ref="SD06",
            category="Should do",
            issue="The Trust should ensure that patients' leave is not cancelled because of "
            "staffing shortages.",
            action="Record cancelled leave on Datix and review the themes monthly.",
            owner="Chief Operating Officer",
            due="2024-12-31",
            revised="2025-06-30",
            status="Amber",
            progress="Datix category created;\nfirst thematic review due in March.",
        ),
    ),
)

# --- 5. combined authority: PDF with cell borders, portrait, rowspan owners, ISO dates,
#        separate "Revised date" column, sub-headings by VfM criterion ----------------------

J05 = Paper(
    slug="j05_mercia_vale_ca_vfm_recs",
    fmt="pdf",
    kind="combined authority",
    body="Mercia Vale Combined Authority",
    committee="Audit and Governance Committee",
    meeting="Friday 28 March 2025",
    title="External Auditor's Annual Report 2023/24 - Progress on Recommendations",
    intro=(
        "The external auditor's annual report for 2023/24 made two key recommendations and "
        "nine improvement recommendations under the three value for money criteria of the "
        "Code of Audit Practice. Management responses were agreed at this Committee in "
        "November 2024.",
        "This report gives the position at 14 March 2025. Dates are shown in the format "
        "used by the Authority's performance system (year-month-day).",
    ),
    closing=(
        "The Committee is recommended to note the progress against the auditor's "
        "recommendations and the revised dates proposed by officers.",
        "Report author: Head of Governance and Assurance.",
    ),
    headers={
        "ref": "Recommendation",
        "issue": "Issue raised by the auditor",
        "action": "Management response",
        "priority": "Type",
        "owner": "Responsible officer",
        "original": "Agreed date",
        "revised": "Revised date",
        "status": "Position",
        "progress": "Commentary",
    },
    borders=True,
    date_style="iso",
    revision="columns",
    merge_fields=("owner",),
    running_header="Mercia Vale Combined Authority | Audit and Governance Committee",
    extra={
        "orient": "portrait",
        "font": "Georgia, 'Times New Roman', serif",
        "size": "8.5pt",
        "head_bg": "#e7e6e6",
        "table_heading": "Appendix A - Recommendations and progress",
        "committee_label": "Meeting",
        "footer": "Item 6 - Appendix A",
    },
    rows=(
        Row(
            ref="KR1",
            category="Financial sustainability",
            issue="The medium-term financial plan does not show how the gap in the bus "
            "services budget will be closed after the end of government grant.",
            action="Set out a funded plan for bus services in the 2025/26 budget and "
            "medium-term financial plan.",
            priority="Key",
            owner="Chief Finance Officer",
            due="2025-02-28",
            status="Implemented",
            progress="Budget approved 7 February 2025 includes a three-year bus funding plan.",
        ),
        Row(
            ref="IR1",
            category="Financial sustainability",
            issue="Savings from the transport integration programme are not tracked "
            "against the business case.",
            action="Add a benefits realisation tracker to the programme's monthly report.",
            priority="Improvement",
            owner="Chief Finance Officer",
            due="2024-12-31",
            revised="2025-06-30",
            status="Partially implemented",
            progress="Tracker designed; first report delayed until the programme re-baseline.",
        ),
        Row(
            ref="IR2",
            category="Financial sustainability",
            issue="Capital programme slippage is reported without reasons or revised profiles.",
            action="Report slippage by scheme with reasons and a re-profiled spend forecast.",
            priority="Improvement",
            owner="Chief Finance Officer",
            due="2024-12-31",
            status="Implemented",
            progress="Included in the Q3 capital monitoring report.",
        ),
        Row(
            ref="KR2",
            category="Governance",
            issue="The Authority did not publish its forward plan of key decisions 28 days in "
            "advance on several occasions.",
            action="Introduce a forward plan protocol with deadlines for directorates and "
            "monthly checks by Democratic Services.",
            priority="Key",
            owner="Monitoring Officer",
            due="2024-12-31",
            status="Implemented",
            progress="Protocol adopted; all key decisions since January published in time.",
        ),
        Row(
            ref="IR3",
            category="Governance",
            issue="The Audit and Governance Committee has no independent member with "
            "financial expertise.",
            action="Recruit two independent members to the Committee.",
            priority="Improvement",
            owner="Monitoring Officer",
            due="2025-01-31",
            revised="2025-05-31",
            status="Not implemented",
            progress="First recruitment round unsuccessful; readvertised in March.",
        ),
        Row(
            ref="IR4",
            category="Governance",
            issue="The corporate risk register does not record risks held by the "
            "constituent councils for devolved functions.",
            action="Agree a shared risk protocol with the constituent councils.",
            priority="Improvement",
            owner="Head of Governance and Assurance",
            due="2025-03-31",
            status="Partially implemented",
            progress="Protocol agreed by four of the five constituent councils.",
        ),
        Row(
            ref="IR5",
            category="Governance",
            issue="Declarations of interest by Board members are not reviewed annually.",
            action="Issue an annual reminder and publish updated declarations.",
            priority="Improvement",
            owner="Monitoring Officer",
            due="2024-10-31",
            status="Implemented",
            progress="Declarations refreshed and published October 2024.",
        ),
        Row(
            ref="IR6",
            category="Improving economy, efficiency and effectiveness",
            issue="Grant agreements with delivery partners for the adult skills fund lack "
            "performance clawback clauses.",
            action="Include clawback clauses in all adult skills grant agreements from "
            "August 2025.",
            priority="Improvement",
            owner="Director of Skills and Employment",
            due="2025-07-31",
            status="Not implemented",
            progress="New template drafted for the 2025/26 academic year.",
        ),
        Row(
            ref="IR7",
            category="Improving economy, efficiency and effectiveness",
            issue="Contract management of the concessionary fares scheme relies on operator "
            "self-reporting.",
            action="Commission an independent audit of operator concessionary claims.",
            priority="Improvement",
            owner="Director of Transport",
            due="2024-11-30",
            revised="2025-04-30",
            status="Partially implemented",
            progress="Audit of the two largest operators complete; remaining operators scheduled.",
        ),
        Row(
            ref="IR8",
            category="Improving economy, efficiency and effectiveness",
            issue="The Authority's performance framework does not include measures for the "
            "housing investment fund.",
            action="Add housing investment fund measures to the corporate performance report.",
            priority="Improvement",
            owner="Director of Housing and Regeneration",
            due="2025-03-31",
            status="Superseded",
            progress="Replaced by the national outcomes framework for integrated settlements.",
        ),
        Row(
            ref="IR9",
            category="Improving economy, efficiency and effectiveness",
            issue="Procurement waivers were used for 11 contracts above £100,000 without "
            "reporting to the Committee.",
            action="Report all procurement waivers above £100,000 to this Committee each quarter.",
            priority="Improvement",
            owner="Head of Procurement",
            due="2024-09-30",
            revised="2025-01-31",
            status="Implemented",
            progress="First quarterly waiver report presented in January 2025.",
        ),
    ),
)

# --- 6. probation service: borderless scan, numbered recommendations, "(revised from …)" ---

J06 = Paper(
    slug="j06_eastmoor_probation_hmip_scan",
    fmt="pdf-scan",
    kind="probation service",
    body="Probation Service - Eastmoor Probation Delivery Unit",
    committee="Regional Quality and Performance Board",
    meeting="Wednesday 11 December 2024",
    title="HMI Probation Inspection - Post-inspection Action Plan",
    intro=(
        "HM Inspectorate of Probation rated the Eastmoor PDU 'Requires improvement' in May "
        "2024 and made ten recommendations. Progress at the end of November 2024 is below.",
    ),
    closing=("The Board is asked to note the progress and agree the revised completion dates.",),
    headers={
        "ref": "No.",
        "issue": "Inspectorate recommendation",
        "action": "Action",
        "owner": "Owner",
        "due": "Completion date",
        "status": "Status",
    },
    borders=False,
    date_style="dmy/",
    revision="inline",
    running_header="OFFICIAL - Eastmoor PDU - Quality and Performance Board",
    extra={
        "size": "10pt",
        "font": "Arial, Helvetica, sans-serif",
        "table_heading": "Action plan",
        "date_label": "Date",
        "closing_heading": "Decision required",
    },
    rows=(
        Row(
            ref="1",
            issue="Improve the quality of risk of serious harm assessments.",
            action="Quality assure 10 assessments a month per team.",
            owner="Head of PDU",
            due="2024-09-30",
            status="Complete",
        ),
        Row(
            ref="2",
            issue="Make home visits in all domestic abuse cases.",
            action="Add home visit prompts to case allocation.",
            owner="Senior Probation Officer (Team 2)",
            due="2024-10-31",
            revised="2025-01-31",
            status="Behind schedule",
        ),
        Row(
            ref="3",
            issue="Complete safeguarding checks before sentence.",
            action="Agree a data-sharing protocol with children's services.",
            owner="Court Team Manager",
            due="2024-08-31",
            status="Complete",
        ),
        Row(
            ref="4",
            issue="Reduce the number of unallocated cases.",
            action="Use the regional workload tool weekly.",
            owner="Deputy Head of PDU",
            due="2024-12-31",
            status="On track",
        ),
        Row(
            ref="5",
            issue="Improve the delivery of accredited programmes.",
            action="Run two extra Building Choices groups.",
            owner="Interventions Manager",
            due="2024-11-30",
            revised="2025-03-31",
            status="On track",
        ),
        Row(
            ref="6",
            issue="Strengthen links with local drug services.",
            action="Place a drug worker in the office weekly.",
            owner="Partnerships Manager",
            due="2024-07-31",
            status="Complete",
        ),
        Row(
            ref="7",
            issue="Review all MAPPA level 1 cases.",
            action="Complete a case audit and act on findings.",
            owner="Head of PDU",
            due="2024-10-31",
            status="Behind schedule",
        ),
        Row(
            ref="8",
            issue="Improve induction for newly qualified officers.",
            action="Deliver a PQiP induction week.",
            owner="Learning and Development Lead",
            due="2025-02-28",
            status="Not started",
        ),
        Row(
            ref="9",
            issue="Record contact with victims' liaison.",
            action="Add a victim contact field to case notes.",
            owner="",
            due="2024-09-30",
            revised="2024-12-31",
            status="Complete",
        ),
        Row(
            ref="10",
            issue="Make better use of unpaid work placements.",
            action="Recruit two new placement providers.",
            owner="Community Payback Manager",
            due="2025-03-31",
            status="On track",
        ),
    ),
)

# --- 7. further-education college: HTML, two-row date header, seasons, rowspan owners ------

J07 = Paper(
    slug="j07_harrowden_college_audit_followup",
    fmt="html",
    kind="further education college",
    body="Harrowden and District College",
    committee="Audit and Risk Committee of the Corporation",
    meeting="Tuesday 25 February 2025",
    title="Internal Audit and Funding Assurance - Recommendations Follow-up",
    intro=(
        "This report follows up recommendations made by the College's internal auditors and "
        "by the ESFA funding assurance review. The 'Implemented?' column records "
        "management's assessment; internal audit will verify a sample at its spring visit.",
        "Target dates follow the academic calendar. Where management has asked to move a "
        "target, the original target and the revised target are both shown.",
    ),
    closing=(
        "Members are asked to note the report and approve the revised target dates.",
        "Director of Governance, February 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Finding",
        "action": "Management action",
        "owner": "Responsible manager",
        "priority": "Grade",
        "original": "Original",
        "revised": "Revised",
        "status": "Implemented?",
        "progress": "Management comment",
    },
    two_row_date_header="Target date",
    merge_fields=("owner",),
    borders=True,
    date_style="season",
    revision="columns",
    extra={
        "table_heading": "Recommendations follow-up",
        "body_label": "College",
        "committee_label": "Meeting of",
        "head_bg": "#fff2cc",
    },
    rows=(
        Row(
            ref="ILR 1.1",
            category="Learner data (ILR) 2023/24",
            issue="Learning agreements were not signed for 6 of 40 learners sampled.",
            action="Move learning agreements to e-signature at enrolment.",
            owner="Head of MIS",
            priority="High",
            due="2024-08-31",
            status="Yes",
            progress="E-signature used for all 2024/25 enrolments.",
        ),
        Row(
            ref="ILR 1.2",
            category="Learner data (ILR) 2023/24",
            issue="Withdrawal dates in the ILR did not match the last date of attendance.",
            action="Run a monthly check of withdrawals against the attendance register.",
            owner="Head of MIS",
            priority="Medium",
            due="2024-11-30",
            revised="2025-05-31",
            status="Partially implemented",
            progress="Monthly check started in January;\nbacklog of 2023/24 withdrawals "
            "still being corrected.",
        ),
        Row(
            ref="ILR 1.3",
            category="Learner data (ILR) 2023/24",
            issue="Evidence of prior attainment was missing for adult learners on funded courses.",
            action="Add a prior attainment check to the adult enrolment checklist.",
            owner="Head of Adult Learning",
            priority="Medium",
            due="2024-08-31",
            status="Yes",
            progress="Checklist updated for September 2024.",
        ),
        Row(
            ref="APP 2.1",
            category="Apprenticeships funding assurance",
            issue="Off-the-job training hours were not evidenced for 9 apprentices.",
            action="Record off-the-job hours monthly in the e-portfolio and review at "
            "progress reviews.",
            owner="Director of Apprenticeships",
            priority="High",
            due="2024-11-30",
            status="No",
            progress="E-portfolio configured but recording is inconsistent across departments.",
        ),
        Row(
            ref="APP 2.2",
            category="Apprenticeships funding assurance",
            issue="Tripartite progress reviews were more than 12 weeks apart.",
            action="Schedule reviews at 10-week intervals and report late reviews weekly.",
            owner="Director of Apprenticeships",
            priority="High",
            due="2024-08-31",
            revised="2025-02-28",
            status="No",
            progress="Late reviews reduced from 31% to 12%.",
        ),
        Row(
            ref="APP 2.3",
            category="Apprenticeships funding assurance",
            issue="Employer agreements had expired for two subcontracted apprenticeship standards.",
            action="Bring subcontracted delivery back in house.",
            owner="Director of Apprenticeships",
            priority="Medium",
            due="2025-05-31",
            status="Superseded",
            progress="Subcontracting ended July 2024 under the new strategy.",
        ),
        Row(
            ref="SG 3.1",
            category="Safeguarding and Prevent",
            issue="Prevent training completion among agency staff was not monitored.",
            action="Require evidence of Prevent training before an agency worker's first shift.",
            owner="Designated Safeguarding Lead",
            priority="High",
            due="2024-05-31",
            status="Yes",
            progress="Agency contract amended; compliance checked at booking.",
        ),
        Row(
            ref="SG 3.2",
            category="Safeguarding and Prevent",
            issue="The single central record did not record overseas checks for two staff.",
            action="Audit the single central record termly.",
            owner="Head of HR",
            priority="High",
            due="2024-11-30",
            status="Yes",
            progress="Termly audits completed in autumn term.",
        ),
        Row(
            ref=None,
            category="Safeguarding and Prevent",
            issue="Visitors' badges were not returned at two campus receptions.",
            action="Introduce a visitor management system at all receptions.",
            owner="",
            priority="Low",
            due="",
            due_text="TBC",
            status="No",
            progress="Options being costed; no date agreed.",
        ),
        Row(
            ref="EST 4.1",
            category="Estates and IT",
            issue="The planned maintenance programme was not linked to condition survey "
            "priorities.",
            action="Re-prioritise the programme using the 2024 condition survey.",
            owner="Director of Estates",
            priority="Medium",
            due="2025-02-28",
            revised="2025-08-31",
            status="Partially implemented",
            progress="Survey received; programme to be re-prioritised over the summer.",
        ),
        Row(
            ref="EST 4.2",
            category="Estates and IT",
            issue="Backups of the student records system were not tested.",
            action="Test restores quarterly and record the results.",
            owner="Head of IT Services",
            priority="High",
            due="2024-12-31",
            status="Yes",
            progress="Restore tests in October and January successful.",
        ),
        Row(
            ref="EST 4.3",
            category="Estates and IT",
            issue="Multi-factor authentication was not enabled for remote access by "
            "teaching staff.",
            action="Enable MFA for all staff accounts.",
            owner="Head of IT Services",
            priority="High",
            due="2024-08-31",
            revised="2024-11-30",
            status="Yes",
            progress="MFA enforced for all staff from 18 November 2024.",
        ),
    ),
)

# --- 8. district council scrutiny committee: Markdown, bold sub-headings, "end of …" dates,
#        the due column keeps the first date and the update says the deadline moved -------

J08 = Paper(
    slug="j08_fenmarsh_dc_scrutiny_ta_tracker",
    fmt="md",
    kind="district council scrutiny committee",
    body="Fenmarsh District Council",
    committee="Overview and Scrutiny Committee",
    meeting="Thursday 10 April 2025",
    title="Scrutiny Review of Temporary Accommodation - Recommendation Tracker (Six-month Update)",
    intro=(
        "In July 2024 the Committee's task and finish group on temporary accommodation made "
        "twelve recommendations, which Cabinet accepted on 17 September 2024. This tracker "
        "reports progress six months on, as provided by the lead officers.",
        "Status is given as Achieved, Partly met, In progress, Not met or Not yet due. The "
        "target column shows the date agreed by Cabinet; any change is explained in the "
        "update.",
    ),
    closing=(
        "That the Committee (a) notes the progress and (b) decides whether to call the "
        "Cabinet Member for Housing to its July meeting on the recommendations not met.",
    ),
    headers={
        "ref": "No.",
        "issue": "Task group finding",
        "action": "Recommendation (as agreed by Cabinet)",
        "owner": "Cabinet Member / lead officer",
        "due": "Target",
        "status": "Status",
        "progress": "Update",
    },
    date_style="words",
    revision="moved",
    extra={"table_heading": "Recommendation tracker", "closing_heading": "Recommendations"},
    rows=(
        Row(
            ref="TA1",
            category="Prevention",
            issue="Too few households are helped before they become homeless.",
            action="Extend the prevention fund and allow officers to make offers of up to "
            "£2,000 without approval.",
            owner="Cllr R. Okafor / Head of Housing Options",
            due="2024-10-31",
            status="Achieved",
            progress="Delegation in place since October; prevention outcomes up 18%.",
        ),
        Row(
            ref="TA2",
            category="Prevention",
            issue="Landlords serving notice do not know the Council can help them keep tenants.",
            action="Launch a landlord helpline and a tenancy sustainment offer.",
            owner="Head of Housing Options",
            due="2024-12-31",
            revised="2025-03-31",
            status="Achieved",
            progress="Helpline launched in March.",
        ),
        Row(
            ref="TA3",
            category="Prevention",
            issue="Hospital and prison discharges into homelessness are not planned.",
            action="Agree discharge protocols with the hospital trust and the prison.",
            owner="Head of Housing Options",
            due="2025-01-31",
            status="Partly met",
            progress="Hospital protocol signed; prison protocol in draft.",
        ),
        Row(
            ref="TA4",
            category="Supply of accommodation",
            issue="The Council relies on nightly-paid bed and breakfast accommodation.",
            action="Buy 40 homes for use as temporary accommodation.",
            owner="Cllr R. Okafor / Director of Place",
            due="2025-03-31",
            revised="2025-09-30",
            status="In progress",
            progress="23 homes bought;\n9 more under offer.",
        ),
        Row(
            ref="TA5",
            category="Supply of accommodation",
            issue="Families with children stay in bed and breakfast longer than six weeks.",
            action="End the use of bed and breakfast for families except in emergencies.",
            owner="Head of Housing Options",
            due="2024-12-31",
            status="Not met",
            progress="Seven families were over six weeks at 31 March.",
        ),
        Row(
            ref="TA6",
            category="Supply of accommodation",
            issue="Empty homes in the district are not brought back into use.",
            action="Appoint an empty homes officer and offer loans to owners.",
            owner="Head of Private Sector Housing",
            due="2025-06-30",
            status="Not yet due",
            progress="Officer appointed in February; loan scheme to Cabinet in June.",
        ),
        Row(
            ref="TA7",
            category="Supply of accommodation",
            issue="Housing association partners do not prioritise move-on from temporary "
            "accommodation.",
            action="Agree a move-on quota in the nominations agreement.",
            owner="Cllr R. Okafor",
            due="2024-11-30",
            revised="2025-05-31",
            status="In progress",
            progress="Two of three partners have agreed a quota.",
        ),
        Row(
            ref="TA8",
            category="Quality and cost",
            issue="Temporary accommodation is not inspected before it is used.",
            action="Inspect every unit before first use and annually after.",
            owner="Head of Private Sector Housing",
            due="2024-09-30",
            status="Achieved",
            progress="All 112 units inspected; annual programme set.",
        ),
        Row(
            ref="TA9",
            category="Quality and cost",
            issue="The net cost of temporary accommodation has risen to £3.1m a year.",
            action="Report temporary accommodation spend to this Committee quarterly.",
            owner="Section 151 Officer",
            due="2024-12-31",
            status="Achieved",
            progress="Quarterly reports since December.",
        ),
        Row(
            ref="TA10",
            category="Quality and cost",
            issue="Residents placed outside the district lose contact with schools and GPs.",
            action="Place households outside the district only with the approval of the "
            "Head of Housing Options.",
            owner="",
            due="2024-10-31",
            status="Not met",
            progress="Approval process agreed but not yet recorded on the system.",
        ),
        Row(
            ref="TA11",
            category="Quality and cost",
            issue="Residents are not asked about their experience of temporary accommodation.",
            action="Run an annual residents' survey and publish the results.",
            owner="Head of Housing Options",
            due="2025-02-28",
            revised="2025-07-31",
            status="In progress",
            progress="Survey designed with residents; fieldwork in the summer.",
        ),
        Row(
            ref="TA12",
            category="Quality and cost",
            issue="Rent arrears in temporary accommodation are not pursued.",
            action="Assign a dedicated income officer to temporary accommodation.",
            owner="Head of Revenues and Benefits",
            due="2025-06-30",
            status="Not yet due",
            progress="",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (J01, J02, J03, J04, J05, J06, J07, J08)


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


QUESTIONS: tuple[dict[str, Any], ...] = (
    # town council (docx)
    q_revised(J01),
    q_overdue(J01),
    q_owner(J01, "G1"),
    q_count(J01),
    # ambulance trust (xlsx)
    q_overdue(J02),
    q_due(J02, "DS.2"),
    q_owned_by(J02, "Medical Director"),
    q_count_revised(J02),
    # police and crime panel (csv)
    q_revised(J03),
    q_status(J03, "PCP/23/09"),
    q_count(J03),
    # mental health trust (borderless pdf)
    q_revised(J04),
    q_due(J04, "MD05"),
    q_count(J04),
    q_not_started(J04),
    # combined authority (pdf with borders)
    q_owner(J05, "IR4"),
    q_revised(J05),
    q_count(J05),
    q_due(J05, "IR3"),
    # probation service (scan)
    q_revised(J06),
    q_owner(J06, "7"),
    q_count(J06),
    # college (html)
    q_overdue(J07),
    q_due(J07, "ILR 1.2"),
    q_owner(J07, "APP 2.2"),
    # district council scrutiny (md)
    q_revised(J08),
    q_overdue(J08),
    q_due(J08, "TA4"),
    q_status(J08, "TA3"),
)
