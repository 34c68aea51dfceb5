"""The second held-out set of the measuring corpus of issue 15 (``data/papers/heldout2``),
written by an outside examiner. Must not be read while building govrag.

Eight papers of eight kinds of body, one a format. Bodies, people and papers are invented.
"""

from __future__ import annotations

from eval.papers.spec import RAG_KEY_DEFAULT, RAG_KEY_GREEN_DONE, Paper, Row

# --- 1. district council: Word, two-row date header, merged owner cells ----------------------

K01 = Paper(
    slug="k01_wyvern_vale_dc_ags_plan",
    fmt="docx",
    kind="council",
    body="Wyvern Vale District Council",
    committee="Audit and Standards Committee",
    meeting="Tuesday 23 July 2024",
    title="Annual Governance Statement 2023/24 - Significant Governance Issues: Action Plan Update",
    intro=(
        "The Accounts and Audit Regulations 2015 require the Council to publish an Annual "
        "Governance Statement (AGS) alongside its Statement of Accounts. The 2022/23 AGS "
        "identified eight significant governance issues, each with an agreed action plan.",
        "This report sets out the position on each action at the start of July 2024, as "
        "reported by the lead officers. Where a target date has been moved, both the original "
        "and revised dates are shown so that the Committee can see the slippage.",
    ),
    closing=(
        "RECOMMENDATION: That the Committee notes the progress made against the 2022/23 AGS "
        "action plan and agrees that the completed and superseded items be removed from future "
        "reports.",
        "Background papers: Annual Governance Statement 2022/23 (Audit and Standards Committee, "
        "25 July 2023).",
    ),
    headers={
        "ref": "Ref",
        "issue": "Governance issue identified",
        "action": "Agreed management action",
        "owner": "Lead officer",
        "original": "Original",
        "revised": "Revised",
        "status": "Position",
        "progress": "Progress update",
    },
    two_row_date_header="Target date",
    merge_fields=("owner",),
    date_style="dmy/",
    revision="columns",
    running_header="Wyvern Vale DC - Audit and Standards Committee - 23 July 2024",
    rows=(
        Row(
            ref="AGS/23/01",
            issue="The medium term financial strategy shows a cumulative budget gap of "
            "£4.2m by 2026/27 with no agreed savings plan.",
            action="Develop and agree a savings and income generation programme to close the "
            "budget gap.",
            owner="Chief Finance Officer (s151)",
            due="2024-02-29",
            status="Partially implemented",
            progress="£2.6m of savings agreed at Budget Council in February. Remaining proposals "
            "to come forward with the 2025/26 budget round.",
            revised="2024-12-31",
        ),
        Row(
            ref="AGS/23/02",
            issue="Treasury management reporting to members was not made at the frequency "
            "required by the CIPFA Code.",
            action="Introduce quarterly treasury management reports to this Committee.",
            owner="Chief Finance Officer (s151)",
            due="2023-12-31",
            status="Complete",
            progress="Quarterly reports now a standing item on the Committee work programme.",
        ),
        Row(
            ref="AGS/23/03",
            issue="Contract procedure rules have not been reviewed since 2016 and do not "
            "reflect the Procurement Act 2023.",
            action="Complete a full rewrite of the contract procedure rules and train budget "
            "holders.",
            owner="Head of Legal and Democratic Services",
            due="2024-03-31",
            status="In progress",
            progress="Draft rules consulted on with managers. Go-live aligned with the "
            "commencement of the new Act.",
            revised="2024-10-31",
        ),
        Row(
            ref="AGS/23/04",
            issue="The register of interests for senior officers was incomplete at the "
            "year-end check.",
            action="Issue annual declaration forms to all officers at Head of Service level "
            "and above and chase returns.",
            owner="Head of Legal and Democratic Services",
            due="2024-05-31",
            status="Overdue",
            progress="Forms issued in April; 11 of 27 returns outstanding.",
        ),
        Row(
            ref="AGS/23/05",
            issue="Cyber security assessment identified unsupported server operating systems "
            "in the data centre.",
            action="Migrate remaining services to supported platforms and decommission legacy "
            "servers.",
            owner="ICT Manager",
            due="2024-06-30",
            status="In progress",
            progress="Four of six servers migrated. The planning system move depends on the "
            "supplier upgrade.",
            revised="2024-09-30",
        ),
        Row(
            ref="AGS/23/06",
            issue="No tested business continuity plan was in place for the revenues and "
            "benefits service.",
            action="Prepare a service business continuity plan and test it through a desktop "
            "exercise.",
            owner="Head of Customer Services",
            due="2024-01-31",
            status="Complete",
            progress="Plan approved and exercise held on 18 January 2024.",
        ),
        Row(
            ref="AGS/23/07",
            issue="The shared waste partnership agreement has expired and the governance "
            "board has not met.",
            action="Renegotiate the partnership agreement with the neighbouring authority.",
            owner="Director of Place",
            due="2024-03-31",
            status="Superseded",
            progress="Replaced by the joint procurement of a new waste contract approved by "
            "Cabinet in March 2024.",
        ),
        Row(
            ref="AGS/23/08",
            issue="The Council's performance management framework does not link service plans "
            "to the corporate plan.",
            action="Refresh the performance framework and introduce a quarterly corporate "
            "performance report.",
            owner="Director of Place",
            due="2024-11-30",
            status="Not started",
            progress="Work to begin once the new corporate plan is adopted in September.",
        ),
    ),
)

# --- 2. combined fire authority: Excel, cover sheet, header row 5, RAG as fill only ----------

K02 = Paper(
    slug="k02_trentmoor_cfa_ia_followup",
    fmt="xlsx",
    kind="fire authority",
    body="Trentmoor Combined Fire Authority",
    committee="Audit and Scrutiny Committee",
    meeting="Wednesday 12 March 2025",
    title="Internal Audit Recommendations - Follow-up Tracker",
    intro=(
        "This tracker records every recommendation made by the Authority's internal auditors "
        "that was open at 1 April 2024, with the management update received in February 2025.",
        "The RAG column is shaded: Blue - implemented; Green - on track; Amber - at risk of "
        "slipping; Red - not started. Priority 1 recommendations address fundamental control "
        "weaknesses; priority 3 are minor.",
    ),
    closing=(
        "The Committee is asked to note the progress on implementing internal audit "
        "recommendations and to challenge officers on the amber and red items.",
    ),
    headers={
        "ref": "Rec no.",
        "issue": "Finding",
        "action": "Recommendation",
        "priority": "Priority",
        "owner": "Responsible officer",
        "original": "Implementation date",
        "revised": "Revised implementation date",
        "status": "RAG",
        "progress": "Management update",
    },
    rag_key=RAG_KEY_DEFAULT,
    rag_fill=True,
    header_row=5,
    date_style="dmy/",
    revision="columns",
    rows=(
        Row(
            ref="FIN-01",
            issue="Bank reconciliations for the main account were not independently reviewed "
            "in three months sampled.",
            action="Ensure each monthly reconciliation is signed off by the Finance Manager "
            "within ten working days.",
            priority="1",
            owner="Finance Manager",
            due="2024-06-30",
            status="Blue",
            progress="Review evidenced for every month since June 2024.",
        ),
        Row(
            ref="FIN-03",
            issue="Purchase card transactions lacked receipts and were not coded promptly.",
            action="Suspend cards where receipts are outstanding after 30 days and issue "
            "refreshed guidance to cardholders.",
            priority="2",
            owner="Finance Manager",
            due="2024-09-30",
            status="Amber",
            progress="Guidance issued; suspension rule awaiting system change by the card "
            "provider.",
            revised="2025-03-31",
        ),
        Row(
            ref="HR-02",
            issue="Pre-employment checks were incomplete for four of twenty new starters tested.",
            action="Introduce a checklist signed by HR before a start date is confirmed.",
            priority="1",
            owner="Head of People",
            due="2024-07-31",
            status="Blue",
            progress="Checklist in use since July; spot check found full compliance.",
        ),
        Row(
            ref="HR-04",
            issue="Firefighter fitness testing records were held on spreadsheets with no audit "
            "trail.",
            action="Move fitness testing records onto the HR system.",
            priority="3",
            owner="Head of People",
            due="2024-12-31",
            status="Red",
            progress="Dependent on HR system upgrade, not yet scheduled.",
        ),
        Row(
            ref="ICT-01",
            issue="Leavers' network accounts remained active for up to 60 days after leaving.",
            action="Automate account disablement from the HR leavers feed.",
            priority="1",
            owner="Head of ICT",
            due="2024-10-31",
            status="Green",
            progress="Automated feed in testing, go-live planned for April 2025.",
            revised="2025-04-30",
        ),
        Row(
            ref="ICT-02",
            issue="The ICT disaster recovery plan has not been tested since the move to the "
            "new data centre.",
            action="Carry out a full failover test and update the plan.",
            priority="2",
            owner="Head of ICT",
            due="2025-01-31",
            status="Amber",
            progress="Test booked twice and cancelled because of operational demands.",
        ),
        Row(
            ref="EST-01",
            issue="Statutory fire risk assessments at two stations were past their review date.",
            action="Review all station fire risk assessments and set an annual programme.",
            priority="1",
            owner="Estates Manager",
            due="2024-05-31",
            status="Blue",
            progress="All assessments reviewed and programme in place.",
        ),
        Row(
            ref="EST-03",
            issue="Fuel card usage was not reconciled to vehicle mileage.",
            action="Reconcile fuel card usage to fleet telematics monthly.",
            priority="2",
            owner="Fleet and Estates Manager",
            due="2024-11-30",
            status="Green",
            progress="First reconciliations complete; exceptions being followed up.",
            revised="2025-05-31",
        ),
        Row(
            ref="GOV-01",
            issue="The scheme of delegation does not reflect the current senior management "
            "structure.",
            action="Update the scheme of delegation and present it to the Authority for approval.",
            priority="2",
            owner="Clerk to the Authority",
            due="2025-06-30",
            status="Green",
            progress="Draft prepared for the June Authority meeting.",
        ),
        Row(
            ref="GOV-02",
            issue="Gifts and hospitality declarations were not published on the website.",
            action="Publish the register quarterly.",
            priority="3",
            owner="Clerk to the Authority",
            due="2024-08-31",
            status="Blue",
            progress="Published each quarter since August 2024.",
        ),
    ),
)

# --- 3. integrated care board: CSV with a preamble, revisions in the progress text ----------

K03 = Paper(
    slug="k03_north_lindmoor_icb_audit_recs",
    fmt="csv",
    kind="integrated care board",
    body="NHS North Lindmoor Integrated Care Board",
    committee="Audit and Risk Committee",
    meeting="Thursday 16 January 2025",
    title="Audit Recommendations Tracker",
    intro=("Open internal and external audit recommendations as at 31 December 2024.",),
    closing=(
        "The Committee is asked to note the tracker and approve the closure of implemented "
        "recommendations.",
    ),
    headers={
        "ref": "ID",
        "issue": "Audit finding",
        "action": "Management response",
        "owner": "Action owner",
        "priority": "Rating",
        "due": "Due date",
        "status": "Status",
        "progress": "Current position",
    },
    header_row=4,
    date_style="iso",
    revision="extended",
    rows=(
        Row(
            ref="R1",
            issue="Continuing healthcare packages were not reviewed within the three month "
            "national timescale.",
            action="Implement a review tracker and report compliance monthly to the Quality "
            "Committee.",
            owner="Director of Nursing",
            priority="High",
            due="2024-06-30",
            status="Implemented",
            progress="Tracker live; compliance 92% in November.",
        ),
        Row(
            ref="R2",
            issue="Conflicts of interest declarations were missing for members of the "
            "primary care commissioning group.",
            action="Obtain declarations from all members before each meeting and minute them.",
            owner="Board Secretary",
            priority="High",
            due="2024-04-30",
            status="Closed",
            progress="Declarations obtained and recorded at every meeting since May.",
        ),
        Row(
            ref="R3",
            issue="Prescribing rebate income was not reconciled to supplier statements.",
            action="Reconcile rebate income quarterly and review variances.",
            owner="Chief Finance Officer",
            priority="Medium",
            due="2025-03-31",
            status="In progress",
            progress="First two quarters reconciled; backlog being cleared.",
            revised=None,
        ),
        Row(
            ref="R4",
            issue="Data protection impact assessments were not completed for two new "
            "digital pathways.",
            action="Complete DPIAs and add a DPIA gateway to the project approval process.",
            owner="Senior Information Risk Owner",
            priority="High",
            due="2024-09-30",
            status="Overdue",
            progress="One DPIA complete; second awaiting supplier information.",
        ),
        Row(
            ref="R5",
            issue="The ICB's business continuity plans do not reflect the post-merger "
            "directorate structure.",
            action="Refresh directorate business continuity plans and test them.",
            owner="Director of Corporate Affairs",
            priority="Medium",
            due="2024-10-31",
            status="In progress",
            progress="Plans refreshed; exercise planned.",
            revised="2025-02-28",
        ),
        Row(
            ref="R6",
            issue="Payments to GP practices under local enhanced services were made without "
            "activity evidence.",
            action="Require activity returns before payment and carry out post-payment "
            "verification.",
            owner="Director of Primary Care",
            priority="High",
            due="2024-12-31",
            status="In progress",
            progress="Returns required from Q3; verification sampling designed.",
            revised="2025-06-30",
        ),
        Row(
            ref="R7",
            issue="Risk register entries lacked target scores and dates for mitigating actions.",
            action="Add target risk scores and action dates for all corporate risks.",
            owner="Director of Corporate Affairs",
            priority="Low",
            due="2025-05-31",
            status="Not yet due",
            progress="",
        ),
        Row(
            ref="R8",
            issue="Staff expenses claims above the policy limit were authorised by the "
            "claimant's peer.",
            action="Configure the expenses system so that claims route to the line manager.",
            owner="Chief Finance Officer",
            priority="Medium",
            due="2024-08-31",
            status="Implemented",
            progress="System routing changed in August.",
        ),
        Row(
            ref="R9",
            issue="Contract management meetings with the community services provider were "
            "not minuted.",
            action="Minute all contract management meetings and track actions.",
            owner="Director of Strategic Commissioning",
            priority="Low",
            due="2024-11-30",
            status="Not started",
            progress="Delayed by team vacancies.",
        ),
    ),
)

# --- 4. NHS foundation trust: PDF with borders, separate revised column, Mon-YY ------------

K04 = Paper(
    slug="k04_calderbrook_ft_outstanding_recs",
    fmt="pdf",
    kind="nhs trust",
    body="Calderbrook Teaching Hospitals NHS Foundation Trust",
    committee="Audit Committee",
    meeting="Friday 6 December 2024",
    title="Internal Audit - Outstanding Recommendations Report",
    intro=(
        "This report summarises the internal audit recommendations which remain outstanding, "
        "together with the latest update provided by the responsible executive.",
        "Recommendations are graded Priority 1 (high), Priority 2 (medium) or Priority 3 "
        "(low). Where management has requested an extension the revised deadline is shown; "
        "extensions beyond six months require the approval of this Committee.",
    ),
    closing=(
        "The Audit Committee is asked to NOTE the report and to APPROVE the extensions to "
        "deadlines requested.",
    ),
    headers={
        "ref": "Para",
        "issue": "Weakness identified",
        "action": "Recommendation",
        "priority": "Grading",
        "owner": "Executive lead",
        "original": "Agreed deadline",
        "revised": "Revised deadline",
        "status": "Status",
        "progress": "Update from management",
    },
    borders=True,
    date_style="mon-yy",
    revision="columns",
    running_header="Calderbrook Teaching Hospitals NHS FT | Audit Committee | 6 December 2024",
    rows=(
        Row(
            ref="2.1",
            issue="Consultant job plans were not signed off for 38% of consultants sampled.",
            action="Complete the annual job planning round and sign off all job plans on the "
            "e-job planning system.",
            priority="Priority 1",
            owner="Medical Director",
            due="2024-03-31",
            revised="2024-12-31",
            status="Partially implemented",
            progress="81% of job plans signed off. Remaining plans with clinical directors.",
        ),
        Row(
            ref="2.3",
            issue="Agency shifts were booked outside the approved framework without executive "
            "approval.",
            action="Introduce a break-glass approval process for off-framework agency bookings.",
            priority="Priority 1",
            owner="Chief Nurse",
            due="2024-06-30",
            status="Implemented",
            progress="Process live since May; weekly report to the executive team.",
        ),
        Row(
            ref="3.2",
            issue="Medical devices inventory is incomplete and maintenance records are held "
            "in several systems.",
            action="Consolidate the medical devices inventory into a single asset system.",
            priority="Priority 2",
            owner="Chief Operating Officer",
            due="2024-09-30",
            revised="2025-03-31",
            status="In progress",
            progress="Data cleansing complete for theatres and critical care; wards to follow.",
        ),
        Row(
            ref="3.4",
            issue="Patients' property losses were not investigated consistently.",
            action="Update the patients' property policy and compensation procedure.",
            priority="Priority 3",
            owner="Chief Operating Officer",
            due="2024-08-31",
            status="Not started",
            progress="No update received.",
        ),
        Row(
            ref="4.1",
            issue="The Trust's cyber incident response plan has not been exercised.",
            action="Run a cyber incident exercise with the executive team and record lessons "
            "learned.",
            priority="Priority 1",
            owner="Chief Digital Information Officer",
            due="2024-10-31",
            status="Overdue",
            progress="Exercise postponed owing to the EPR go-live; new date being agreed.",
        ),
        Row(
            ref="4.2",
            issue="Privileged access to the pathology system is not reviewed.",
            action="Perform six-monthly privileged access reviews.",
            priority="Priority 2",
            owner="Chief Digital Information Officer",
            due="2024-07-31",
            status="Complete",
            progress="First review completed in July; next due January.",
        ),
        Row(
            ref="5.1",
            issue="Charitable funds expenditure was approved by fund advisers above their "
            "delegated limit.",
            action="Remind fund advisers of delegated limits and add a system control.",
            priority="Priority 2",
            owner="Chief Financial Officer",
            due="2024-05-31",
            revised="2024-11-30",
            status="Complete",
            progress="System limit applied November 2024.",
        ),
        Row(
            ref="5.3",
            issue="Overpayments of salary were not recovered promptly.",
            action="Agree repayment plans within one month of identification and report "
            "aged overpayments quarterly.",
            priority="Priority 2",
            owner="Chief People Officer",
            due="2025-01-31",
            status="In progress",
            progress="Quarterly reporting started; repayment plan timescales not yet met.",
        ),
        Row(
            ref="6.2",
            issue="Freedom to Speak Up cases were not reported to the Board in line with "
            "national guidance.",
            action="Provide a six-monthly Freedom to Speak Up report to the Board.",
            priority="Priority 3",
            owner="Chief People Officer",
            due="2024-04-30",
            status="Closed",
            progress="Report received by the Board in April and October.",
        ),
    ),
)

# --- 5. police and crime commissioner: borderless PDF, sub-headings, RAG words, long rows ---

_LONG = (
    " A working group chaired by the lead officer meets fortnightly and reports to the "
    "Force Performance Board. Evidence of progress is being collated for the inspectorate's "
    "next monitoring visit, and the Commissioner's office receives a written update each month."
)

K05 = Paper(
    slug="k05_glenmoor_opcc_hmicfrs_progress",
    fmt="pdf",
    kind="pcc",
    body="Office of the Police and Crime Commissioner for Glenmoor",
    committee="Joint Audit Committee",
    meeting="Wednesday 25 September 2024",
    title="HMICFRS Recommendations and Areas for Improvement - Progress Report",
    intro=(
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) made a "
        "number of recommendations and areas for improvement (AFIs) for Glenmoor Police in its "
        "2023 PEEL inspection and in thematic inspections published during 2023/24.",
        "This report provides the Committee with assurance on the Force's progress. The RAG "
        "rating is the lead officer's assessment: Green - complete and evidenced; Amber - in "
        "progress; Red - not started. Where a target has moved, the column shows the original "
        "date followed by the new one.",
    ),
    closing=(
        "Recommendation: Members are asked to note the progress made against HMICFRS "
        "recommendations and AFIs and to consider whether they require further assurance on "
        "any red-rated item.",
    ),
    headers={
        "ref": "No.",
        "issue": "Area for improvement / recommendation",
        "action": "Planned activity",
        "owner": "Chief officer lead",
        "due": "Target completion",
        "status": "RAG",
        "progress": "Current position",
    },
    borders=False,
    rag_key=RAG_KEY_GREEN_DONE,
    date_style="words",
    revision="now",
    running_header="OPCC Glenmoor - Joint Audit Committee - Agenda item 9",
    rows=(
        Row(
            ref="AFI 1",
            category="PEEL 2023: Responding to the public",
            issue="The force should improve how quickly it answers non-emergency calls.",
            action="Introduce a call-back facility and online triage for 101 calls.",
            owner="ACC Local Policing",
            due="2024-03-31",
            revised="2024-10-31",
            status="Amber",
            progress="Call-back went live in June. Average answer time down from 9 to 5 "
            "minutes; online triage delayed by the supplier." + _LONG,
        ),
        Row(
            ref="AFI 2",
            category="PEEL 2023: Responding to the public",
            issue="The force should make sure that repeat and vulnerable callers are "
            "identified at first contact.",
            action="Deploy the THRIVE+ structured triage tool in the contact centre.",
            owner="ACC Local Policing",
            due="2024-06-30",
            status="Green",
            progress="THRIVE+ in use on every call since April; compliance audited monthly."
            + _LONG,
        ),
        Row(
            ref="AFI 3",
            category="PEEL 2023: Investigating crime",
            issue="The force should improve the supervision of investigations.",
            action="Introduce minimum supervisory review standards and a dip-sampling regime.",
            owner="Detective Chief Superintendent, Crime",
            due="2024-05-31",
            revised="2024-12-31",
            status="Amber",
            progress="Standards published; dip sampling shows 64% compliance against a 90% "
            "target." + _LONG,
        ),
        Row(
            ref="AFI 4",
            category="PEEL 2023: Investigating crime",
            issue="The force should make sure victims' needs assessments are recorded and "
            "the Victims' Code is complied with.",
            action="Add a mandatory Victims' Code compliance field to the crime record.",
            owner="Detective Chief Superintendent, Crime",
            due="2024-08-31",
            status="Red",
            progress="System change requested; not yet scheduled by the records management "
            "supplier." + _LONG,
        ),
        Row(
            ref="AFI 5",
            category="PEEL 2023: Developing a positive workplace",
            issue="The force should understand the wellbeing needs of its workforce.",
            action="Run a workforce wellbeing survey and publish a wellbeing plan.",
            owner="Director of People",
            due="2024-04-30",
            status="Green",
            progress="Survey completed in February; plan published in April." + _LONG,
        ),
        Row(
            ref="AFI 6",
            category="PEEL 2023: Developing a positive workplace",
            issue="The force should improve the quality of performance development reviews.",
            action="Relaunch the PDR process with a new template and manager training.",
            owner="Director of People",
            due="2024-09-30",
            revised="2025-01-31",
            status="Amber",
            progress="Template agreed with staff associations; training starts in October." + _LONG,
        ),
        Row(
            ref="R1",
            category="Vetting and counter-corruption (thematic)",
            issue="Forces should make sure all officers and staff have a current vetting "
            "clearance at the correct level.",
            action="Review all posts for vetting level and renew lapsed clearances.",
            owner="Deputy Chief Constable",
            due="2024-03-31",
            status="Green",
            progress="All posts reviewed; 100% of staff hold a current clearance." + _LONG,
        ),
        Row(
            ref="R2",
            category="Vetting and counter-corruption (thematic)",
            issue="Forces should have the capability to monitor all their IT systems to "
            "identify data misuse.",
            action="Procure and implement a proactive IT monitoring solution.",
            owner="Deputy Chief Constable",
            due="2024-07-31",
            revised="2025-03-31",
            status="Amber",
            progress="Contract awarded in August; implementation underway. Phase one covers "
            "the command and control, crime recording and intelligence systems, with the "
            "remaining systems in phase two. The Professional Standards Department has recruited "
            "two analysts to review the alerts generated, and a monitoring policy has been agreed "
            "with the staff associations and the Police Federation. Data protection impact "
            "assessments have been completed for each system in phase one. The target date has "
            "moved because the procurement framework originally identified did not include a "
            "supplier able to meet the security requirements, and a second mini-competition was "
            "needed. The risk of data misuse going undetected in the meantime is mitigated by "
            "reactive auditing of systems on request, random sampling of searches on the police "
            "national computer, and the publication of misconduct outcomes to deter misuse. "
            "Progress is reported monthly to the Deputy Chief Constable's counter-corruption "
            "board, and the Commissioner's office will seek evidence that alerts are being "
            "reviewed within the agreed timescale once the system is live." + _LONG,
        ),
        Row(
            ref="R3",
            category="Vetting and counter-corruption (thematic)",
            issue="Forces should record and assess all intelligence about abuse of position "
            "for a sexual purpose.",
            action="Train counter-corruption unit staff and update the intelligence "
            "assessment procedure.",
            owner="Head of Professional Standards",
            due="2024-06-30",
            status="Red",
            progress="Training course not yet sourced." + _LONG,
        ),
        Row(
            ref="R4",
            category="Custody inspection 2024",
            issue="The force should make sure detainees are offered their rights and "
            "entitlements in a language they understand.",
            action="Make interpretation available at the booking-in desk in every suite.",
            owner="Chief Superintendent, Criminal Justice",
            due="2024-09-30",
            status="Green",
            progress="Telephone interpreting available in all three suites." + _LONG,
        ),
        Row(
            ref="R5",
            category="Custody inspection 2024",
            issue="The force should improve the recording of use of force in custody.",
            action="Issue body-worn video to custody staff and audit use of force forms.",
            owner="Chief Superintendent, Criminal Justice",
            due="2024-12-31",
            status="Amber",
            progress="Cameras issued; first audit due in November." + _LONG,
        ),
        Row(
            ref="R6",
            category="Custody inspection 2024",
            issue="The force should review its arrangements for the release of vulnerable "
            "detainees.",
            action="Introduce a pre-release risk assessment and safe release plan.",
            owner="Chief Superintendent, Criminal Justice",
            due="2025-02-28",
            status="Amber",
            progress="Draft assessment being piloted at the central suite." + _LONG,
        ),
    ),
)

# --- 6. university: HTML, no refs, rowspan owners, sub-heading colspan rows, quarters -------

K06 = Paper(
    slug="k06_eastbrook_university_ia_followup",
    fmt="html",
    kind="university",
    body="University of Eastbrook",
    committee="Audit and Risk Committee",
    meeting="Monday 10 February 2025",
    title="Follow-up of Internal Audit Recommendations",
    intro=(
        "Purpose: to update the Committee on the implementation of recommendations made by "
        "the internal auditors in 2023/24 reports.",
        "Recommendations are classified as Fundamental, Significant or Merits attention. "
        "Target dates are given as quarters of the financial year running from April, as in "
        "the auditors' reports. Where a target has been revised this is shown in brackets.",
    ),
    closing=(
        "The Committee is invited to note the status of the recommendations and to confirm "
        "that it is content for implemented items to be closed.",
    ),
    headers={
        "issue": "Audit area and finding",
        "action": "Agreed action",
        "priority": "Classification",
        "owner": "Responsible officer",
        "due": "Target",
        "status": "Status at January 2025",
        "progress": "Comments",
    },
    merge_fields=("owner",),
    date_style="quarter",
    revision="inline",
    rows=(
        Row(
            category="Student recruitment and admissions",
            issue="Offers to international students were issued before financial sponsor "
            "evidence had been verified.",
            action="Introduce a pre-offer verification checkpoint in the admissions system.",
            priority="Fundamental",
            owner="Director of Admissions",
            due="2024-06-30",
            revised="2024-12-31",
            status="Implemented",
            progress="Checkpoint live for the January 2025 intake.",
        ),
        Row(
            category="Student recruitment and admissions",
            issue="Agent commission payments were made without matching enrolment data.",
            action="Reconcile agent invoices to enrolment records before payment.",
            priority="Significant",
            owner="Director of Admissions",
            due="2024-09-30",
            status="Partially implemented",
            progress="Reconciliation in place for new agents; legacy agreements being re-papered.",
        ),
        Row(
            category="Research grants",
            issue="Time recorded against research grants was not supported by timesheets.",
            action="Require monthly timesheets for staff charged to externally funded projects.",
            priority="Significant",
            owner="Head of Research Finance",
            due="2024-12-31",
            revised="2025-03-31",
            status="Partially implemented",
            progress="Timesheet module launched; completion rate 70%.",
        ),
        Row(
            category="Research grants",
            issue="Grant closure reports were submitted late to funders.",
            action="Set up a closure calendar with reminders at 90 and 30 days.",
            priority="Merits attention",
            owner="Head of Research Finance",
            due="2024-09-30",
            status="Implemented",
            progress="Calendar in use; no late reports since October.",
        ),
        Row(
            category="Estates and capital projects",
            issue="Capital project business cases were approved without a post-project "
            "evaluation plan.",
            action="Amend the capital governance framework to require evaluation plans.",
            priority="Significant",
            owner="Director of Estates",
            due="2024-12-31",
            status="Not implemented",
            progress="Framework revision deferred pending the new estates strategy.",
        ),
        Row(
            category="Estates and capital projects",
            issue="Asbestos surveys were out of date for three residential blocks.",
            action="Commission updated surveys and hold a central asbestos register.",
            priority="Fundamental",
            owner="Director of Estates",
            due="2024-06-30",
            status="Implemented",
            progress="Surveys completed; register held in the CAFM system.",
        ),
        Row(
            category="Information governance",
            issue="Subject access requests exceeded the statutory one-month deadline in 40% "
            "of cases.",
            action="Appoint a dedicated information rights officer and track requests.",
            priority="Fundamental",
            owner="University Secretary",
            due="2024-09-30",
            revised="2025-06-30",
            status="In progress",
            progress="Post advertised twice; interim support from the legal team.",
        ),
        Row(
            category="Information governance",
            issue="Records retention schedules are not applied to shared network drives.",
            action="Apply retention schedules and delete out-of-date records.",
            priority="Merits attention",
            owner="University Secretary",
            due="2025-09-30",
            status="Not yet due",
            progress="",
        ),
    ),
)

# --- 7. housing association: Markdown, bold sub-headings, "(was ...)", month-year dates ----

K07 = Paper(
    slug="k07_saltmarsh_homes_actions_log",
    fmt="md",
    kind="housing",
    body="Saltmarsh Homes Group",
    committee="Audit and Risk Committee",
    meeting="Thursday 27 June 2024",
    title="Internal Audit Actions Log - June 2024 Update",
    intro=(
        "This paper updates the Committee on actions agreed in response to internal audit "
        "reports issued in 2023/24. Each action is assessed as Met, Met: partially or Not "
        "met. Where a deadline has moved, the original deadline is given in brackets.",
    ),
    closing=(
        "The Committee is recommended to note the update and agree the revised deadlines shown.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Issue",
        "action": "Action agreed",
        "owner": "Owner",
        "due": "Deadline",
        "status": "Met?",
        "progress": "Commentary",
    },
    date_style="month",
    revision="was",
    rows=(
        Row(
            ref="IA/23/04",
            category="Building safety and compliance",
            issue="Fire door inspections in high-rise blocks were not completed quarterly.",
            action="Bring fire door inspections onto the compliance system with quarterly "
            "scheduling.",
            owner="Head of Building Safety",
            due="2023-12-31",
            revised="2024-03-31",
            status="Met",
            progress="All quarterly inspections completed since January.",
        ),
        Row(
            ref="IA/23/05",
            category="Building safety and compliance",
            issue="Gas safety certificates were missing for 14 properties at the audit date.",
            action="Escalate no-access cases through the legal access procedure within 28 days.",
            owner="Head of Building Safety",
            due="2024-02-29",
            status="Met: partially",
            progress="Two properties remain without certificates; injunctions sought.",
        ),
        Row(
            ref="IA/23/07",
            category="Building safety and compliance",
            issue="Damp and mould reports were not triaged within the policy timescale.",
            action="Introduce a damp and mould triage team and a 48-hour inspection target.",
            owner="Director of Property Services",
            due="2024-05-31",
            status="Not met",
            progress="Team recruited but performance at 61% against target.",
        ),
        Row(
            ref="IA/23/09",
            category="Rent and income",
            issue="Former tenant arrears were written off without approval at the correct level.",
            action="Apply the write-off delegations in the financial regulations and report "
            "write-offs quarterly.",
            owner="Head of Income",
            due="2024-01-31",
            status="Met",
            progress="Quarterly reports to Finance Committee since February.",
        ),
        Row(
            ref="IA/23/10",
            category="Rent and income",
            issue="Service charge budgets were not reconciled to actual costs at year end.",
            action="Complete service charge reconciliations within six months of the year end.",
            owner="Head of Income",
            due="2024-09-30",
            status="Not yet due",
            progress="Reconciliations for 2023/24 in progress.",
        ),
        Row(
            ref="IA/23/12",
            category="Governance and data",
            issue="Board member appraisals were not completed for 2022/23.",
            action="Complete board appraisals and link outcomes to the skills matrix.",
            owner="Company Secretary",
            due="2023-11-30",
            revised="2024-04-30",
            status="Met",
            progress="Appraisals completed in April.",
        ),
        Row(
            ref="IA/23/13",
            category="Governance and data",
            issue="Tenant data held in the housing management system contained duplicate "
            "and incomplete records.",
            action="Run a data cleansing exercise and set data quality KPIs.",
            owner="Head of Digital",
            due="2024-03-31",
            revised="2024-10-31",
            status="Met: partially",
            progress="Duplicates removed; KPIs to be set once the new system is live.",
        ),
        Row(
            ref="IA/23/15",
            category="Governance and data",
            issue="The organisation has not tested its response to a data breach.",
            action="Run a data breach simulation and update the incident procedure.",
            owner="Head of Digital",
            due="2024-04-30",
            status="Not met",
            progress="Simulation postponed to July.",
        ),
    ),
)

# --- 8. multi-academy trust: scanned page, dd.mm.yyyy, separate revised column ------------

K08 = Paper(
    slug="k08_oakhurst_lp_scrutiny_scan",
    fmt="pdf-scan",
    kind="school trust",
    body="Oakhurst Learning Partnership",
    committee="Finance, Audit and Risk Committee",
    meeting="Tuesday 4 March 2025",
    title="Internal Scrutiny Recommendations - Action Tracker",
    intro=(
        "The Academy Trust Handbook requires the Trust to follow up internal scrutiny "
        "findings. This tracker shows recommendations from the autumn term visits.",
    ),
    closing=("Trustees are asked to note the tracker and the revised dates.",),
    headers={
        "ref": "Rec",
        "issue": "Observation",
        "action": "Action to be taken",
        "owner": "By whom",
        "original": "By when",
        "revised": "Revised date",
        "status": "Status",
        "progress": "Update",
    },
    borders=True,
    date_style="dmy.",
    revision="columns",
    rows=(
        Row(
            ref="S1",
            issue="Lettings income at two academies was not invoiced.",
            action="Invoice all lettings in advance via the finance system.",
            owner="Chief Finance Officer",
            due="2024-12-31",
            status="Complete",
            progress="All lettings invoiced.",
        ),
        Row(
            ref="S2",
            issue="Single central record checks missing for two volunteers.",
            action="Complete checks and audit the SCR termly.",
            owner="Head of HR",
            due="2024-11-30",
            status="Complete",
            progress="Checks done; termly audit set.",
        ),
        Row(
            ref="S3",
            issue="Related party transactions not declared to the ESFA.",
            action="Declare transactions and brief trustees.",
            owner="Governance Professional",
            due="2024-10-31",
            revised="2025-04-30",
            status="In progress",
            progress="Declaration drafted.",
        ),
        Row(
            ref="S4",
            issue="School fund accounts not audited at three primaries.",
            action="Arrange independent audit of school funds.",
            owner="Chief Finance Officer",
            due="2025-01-31",
            due_text="31.1.25",
            status="Overdue",
            progress="Auditor not yet appointed.",
        ),
        Row(
            ref="S5",
            issue="Asset registers not updated for IT equipment.",
            action="Update registers and tag all laptops.",
            owner="Trust IT Lead",
            due="2025-02-28",
            revised="2025-07-31",
            status="In progress",
            progress="Tagging 60% complete.",
        ),
        Row(
            ref="S6",
            issue="Catering contract not retendered in line with procurement policy.",
            action="Retender the catering contract.",
            owner="Chief Operating Officer",
            due="2025-08-31",
            status="Not started",
            progress="Specification to be drafted.",
        ),
        Row(
            ref="S7",
            issue="Budget monitoring reports not shared with local governing bodies.",
            action="Share monthly reports with LGB chairs.",
            owner="Chief Finance Officer",
            due="2024-12-31",
            status="Complete",
            progress="Shared from December.",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (K01, K02, K03, K04, K05, K06, K07, K08)
