"""A twenty-seventh held-out set (heldout27): eight papers of five invented bodies of kinds not
used before - an independent hospice (three successive years), a seaside pier preservation trust
(two successive years), an agricultural show society, a body of commons conservators and a
domestic abuse charity. One paper per format the renderer offers: Excel, a scanned PDF, Word,
HTML, a ruled PDF, CSV, a borderless PDF and Markdown. Rows recur from year to year with moved
deadlines and changed statuses. House styles: statuses as colour words (written, and as fills
only), group headings, a theme column merged or written per row, sub-actions, merged owner
cells, long progress notes, percentages (as Excel shares and as bare figures), blank owners,
'TBC' and 'Ongoing' deadlines, revisions in columns, inline ('was', 'now', 'revised from') and
in the notes ('extended', 'moved'), and cover lines naming who presents the paper."""

from __future__ import annotations

from eval.papers.spec import RAG_KEY_DEFAULT, RAG_KEY_GREEN_DONE, Paper, Row

# --- 1-3. St Brannock's Hospice: clinical governance action plan, 2023, 2024, 2025 ----------

_HOSPICE = "St Brannock's Hospice"
_HOSPICE_COMMITTEE = "Quality and Clinical Governance Committee"

_CG = {
    "CG1": (
        "Inpatient falls rose by a third in 2022/23.",
        "Introduce a bedside falls risk assessment within six hours of admission and audit it "
        "monthly.",
    ),
    "CG2": (
        "Controlled drugs incidents were not always reported within 24 hours.",
        "Retrain registered nurses on the controlled drugs incident procedure.",
    ),
    "CG3": (
        "Syringe driver checks are recorded on paper charts that are hard to audit.",
        "Move syringe driver checks onto the electronic patient record.",
    ),
    "CG4": (
        "Pressure ulcer reviews do not follow a consistent template.",
        "Adopt the regional pressure ulcer review template.",
    ),
    "CG5": (
        "Mandatory training compliance for bank staff is 71% against a 90% target.",
        "Give bank staff access to the e-learning system and pay for the time spent.",
    ),
    "CG6": (
        "Clinical supervision is not recorded for the hospice at home team.",
        "Set up a supervision log for the hospice at home team.",
    ),
    "CG7": (
        "There is no formal preceptorship for newly qualified nurses.",
        "Write a preceptorship programme and appoint trained preceptors.",
    ),
    "CG8": (
        "The clinical risk register is not reviewed by the Committee.",
        "Bring the clinical risk register to every Committee meeting.",
    ),
    "CG9": (
        "Fourteen of 62 clinical policies are past their review date.",
        "Review and reissue every out-of-date clinical policy.",
    ),
    "CG10": (
        "Duty of candour letters were not sent in two cases.",
        "Add a duty of candour check to the incident review form.",
    ),
    "CG11": (
        "Complaint responses missed the 20 working day target in 30% of cases.",
        "Track open complaints weekly at the senior management team meeting.",
    ),
    "CG12": (
        "Out-of-hours advice line calls are not recorded consistently.",
        "Record every advice line call on the patient record.",
    ),
    "CG13": (
        "Oxygen cylinder storage at the day hospice does not meet guidance.",
        "Install a ventilated external cylinder store.",
    ),
}


def _cg(ref: str, owner: str, due: str, status: str, progress: str = "", **kw: object) -> Row:
    issue, action = _CG[ref]
    return Row(issue, action, owner, due, status, progress, ref=ref, **kw)  # type: ignore[arg-type]


_DCS = "Director of Clinical Services"
_HOP = "Head of People"
_GOV = "Governance Manager"

_HOSPICE_2023 = Paper(
    slug="qj01_hospice_governance_2023",
    fmt="xlsx",
    kind="hospice",
    body=_HOSPICE,
    committee=_HOSPICE_COMMITTEE,
    meeting="Thursday 14 September 2023",
    title="Clinical governance action plan 2023/24",
    intro=(
        "Presented by: Director of Clinical Services.",
        "Author: Governance Manager. Position at 31 August 2023.",
        "Status is shown by colour: Green - complete; Amber - in progress; Red - not started.",
    ),
    closing=("The Committee is asked to note progress and agree the revised target dates.",),
    headers={
        "ref": "Ref",
        "issue": "Issue",
        "action": "Action",
        "owner": "Lead",
        "original": "Target date",
        "revised": "Revised target date",
        "pct": "% complete",
        "status": "RAG",
        "progress": "Progress update",
    },
    rows=(
        _cg(
            "CG1", _DCS, "2023-10-31", "Amber",
            "The risk assessment tool has been added to the admission bundle. The first "
            "monthly audit found it completed within six hours for 14 of 20 admissions.",
            pct="60%", category="Patient safety",
        ),
        _cg(
            "CG2", "Controlled Drugs Accountable Officer", "2023-06-30", "Amber",
            "Two of three training sessions have been held. Night staff will be trained in "
            "October.",
            revised="2023-12-31", pct="40%", category="Patient safety",
        ),
        _cg(
            "CG3", "Clinical Systems Lead", "2024-03-31", "Red",
            "Waiting for the supplier to release the syringe driver module.",
            pct="0%", category="Patient safety",
        ),
        _cg(
            "CG4", "Tissue Viability Nurse", "2023-07-31", "Green",
            "Template in use since July.", pct="100%", category="Patient safety",
        ),
        _cg(
            "CG5", _HOP, "2023-09-30", "Amber",
            "Bank staff now have e-learning log-ins. Compliance has risen to 78%.",
            revised="2024-01-31", pct="55%", category="Workforce",
        ),
        _cg(
            "CG6", "Hospice at Home Team Leader", "2023-12-31", "Amber",
            "A draft log has been shared with the team for comment.",
            pct="30%", category="Workforce",
        ),
        _cg(
            "CG7", "Practice Educator", "2024-03-31", "Red",
            "To start once the Practice Educator returns from leave.",
            pct="0%", category="Workforce",
        ),
        _cg(
            "CG8", _DCS, "2023-05-31", "Green",
            "The register has been a standing item since the May meeting.",
            pct="100%", category="Governance and assurance",
        ),
        _cg(
            "CG9", _GOV, "2023-12-31", "Amber",
            "Six of the fourteen policies have been reissued.",
            pct="45%", category="Governance and assurance",
        ),
        _cg(
            "CG10", _GOV, "2023-08-31", "Green",
            "The incident form now includes the duty of candour check.",
            pct="100%", category="Governance and assurance",
        ),
        _cg(
            "CG11", "Chief Executive", "2023-11-30", "Amber",
            "Weekly tracking began in August.", pct="50%", category="Governance and assurance",
        ),
    ),
    revision="columns",
    rag_key=RAG_KEY_GREEN_DONE,
    header_row=4,
    running_header="St Brannock's Hospice - Quality and Clinical Governance Committee",
    extra={
        "key_text": "Key: Green - complete; Amber - in progress; Red - not started.",
        "sheet": "Action plan",
    },
)  # fmt: skip

_HOSPICE_2024 = Paper(
    slug="qj02_hospice_governance_2024",
    fmt="pdf-scan",
    kind="hospice",
    body=_HOSPICE,
    committee=_HOSPICE_COMMITTEE,
    meeting="Thursday 12 September 2024",
    title="Clinical governance action plan: annual review",
    intro=("Presented by the Director of Clinical Services. Actions open at the 2023 review "
           "and two new actions.",),
    closing=("The Committee is asked to note the position.",),
    headers={
        "ref": "Ref",
        "issue": "Issue",
        "action": "Action",
        "owner": "Lead",
        "due": "Due",
        "status": "Status",
    },
    rows=(
        _cg("CG1", _DCS, "2023-10-31", "Complete"),
        _cg("CG2", "Controlled Drugs Accountable Officer", "2023-06-30", "Complete",
            revised="2024-03-31"),
        _cg("CG3", "Clinical Systems Lead", "2024-03-31", "In progress", revised="2024-12-31"),
        _cg("CG5", _HOP, "2023-09-30", "Overdue", revised="2024-06-30"),
        _cg("CG6", "Hospice at Home Team Leader", "2023-12-31", "Complete"),
        _cg("CG7", "Practice Educator", "2024-03-31", "In progress", revised="2024-11-30"),
        _cg("CG9", _GOV, "2023-12-31", "In progress", revised="2024-09-30"),
        _cg("CG11", "Chief Executive", "2023-11-30", "Complete"),
        _cg("CG12", "", "", "Ongoing", due_text="Ongoing"),
        _cg("CG13", "Estates Manager", "2024-12-31", "Not started"),
    ),
    date_style="mon-yy",
    revision="was",
    running_header="St Brannock's Hospice | Quality and Clinical Governance Committee | Item 7",
    extra={"date_label": "Meeting date", "table_heading": "Actions"},
)  # fmt: skip

_HOSPICE_2025 = Paper(
    slug="qj03_hospice_governance_2025",
    fmt="docx",
    kind="hospice",
    body=_HOSPICE,
    committee=_HOSPICE_COMMITTEE,
    meeting="Thursday 11 September 2025",
    title="Clinical governance action plan 2025/26",
    intro=(
        "Report of the Director of Clinical Services, presented by the Deputy Director of "
        "Nursing.",
        "Open actions carried forward from the 2024 review and new actions from the 2025 "
        "clinical audit programme. The RAG colour of each action is shown by the shading of "
        "its status cell.",
    ),
    closing=(
        "The Committee is asked to note progress, approve the extended target dates and "
        "close the actions shaded blue.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Issue",
        "action": "Action",
        "owner": "Lead",
        "due": "Target date",
        "status": "RAG",
        "progress": "Progress",
    },
    rows=(
        _cg(
            "CG3", "Clinical Systems Lead", "2024-03-31", "Blue",
            "The syringe driver module went live on the inpatient unit in May and in the "
            "hospice at home service in June. Paper charts have been withdrawn and the first "
            "audit from the electronic record found checks recorded every four hours in 97% of "
            "cases.",
            revised="2025-06-30", category="Patient safety",
        ),
        _cg(
            "CG13", "Estates Manager", "2024-12-31", "Amber",
            "Planning consent for the store was granted in March. The contractor has been "
            "appointed but the groundworks were delayed by the wet spring, and installation "
            "is now booked for October.",
            revised="2025-10-31", category="Patient safety",
        ),
        Row(
            "NEWS2 scores on the inpatient unit were not always escalated to the doctor.",
            "(a) Train all inpatient nurses in NEWS2 escalation.",
            _DCS, "2025-06-30", "Blue",
            "All 34 inpatient nurses have completed the training, including bank staff. New "
            "starters now complete it in their first week.",
            ref="CG14(a)", category="Patient safety",
        ),
        Row(
            "NEWS2 scores on the inpatient unit were not always escalated to the doctor.",
            "(b) Audit the escalation of NEWS2 scores every quarter.",
            _DCS, "2025-09-30", "Green",
            "The first quarterly audit found 88% of scores of five or more escalated within an "
            "hour. The second audit is under way and will be reported in December.",
            ref="CG14(b)", category="Patient safety",
        ),
        _cg(
            "CG5", _HOP, "2023-09-30", "Blue",
            "Bank staff compliance reached 91% in March and has stayed above target since. "
            "The action can be closed.",
            revised="2025-03-31", category="Workforce",
        ),
        Row(
            "In the staff survey 38% of nurses said their workload was unmanageable.",
            "Carry out a safe staffing review of the nursing establishment.",
            _HOP, "2026-03-31", "Red",
            "The review will start once the new acuity tool has been chosen. No work has "
            "begun yet.",
            ref="CG15", category="Workforce",
        ),
        _cg(
            "CG7", "Practice Educator", "2024-03-31", "Green",
            "The programme was approved in July and three preceptors have been trained. The "
            "first two newly qualified nurses start on it in September.",
            revised="2025-09-30", category="Workforce",
        ),
        Row(
            "Volunteer role descriptions have not been updated since 2018.",
            "Refresh every volunteer role description and reissue them.",
            "Head of Voluntary Services", "2025-12-31", "Green",
            "Twenty of 31 role descriptions have been refreshed with the volunteers who hold "
            "them.",
            ref="CG16", category="Workforce",
        ),
        _cg(
            "CG9", _GOV, "2023-12-31", "Amber",
            "Twelve of the fourteen policies have now been reissued. The last two, on "
            "verification of death and on medicines reconciliation, are waiting for the "
            "regional templates and will come to the December meeting.",
            revised="2025-03-31", category="Governance and assurance",
        ),
        _cg(
            "CG12", _GOV, "", "Green",
            "Calls are recorded on the patient record. A monthly spot check of ten calls is "
            "reported to the Committee.",
            due_text="Ongoing", category="Governance and assurance",
        ),
        Row(
            "The data security and protection toolkit was rated 'approaching standards'.",
            "Complete the outstanding toolkit assertions before the next submission.",
            _GOV, "2026-06-30", "Amber",
            "Nine assertions remain open. Staff data security training is at 84%.",
            ref="CG17", category="Governance and assurance",
        ),
        Row(
            "The hospice's CQC registration still names a registered manager who has left.",
            "Apply to the CQC to register the new registered manager.",
            "Chief Executive", "2025-07-31", "Blue",
            "The CQC confirmed the new registration on 18 July.",
            ref="CG18", category="Governance and assurance",
        ),
    ),
    revision="progress",
    rag_key=RAG_KEY_DEFAULT,
    rag_fill=True,
    merge_fields=("owner",),
    running_header="St Brannock's Hospice - OFFICIAL",
    extra={
        "key_text": "Key: Blue - complete; Green - on track; Amber - at risk; Red - not started.",
        "date_label": "Meeting date",
    },
)  # fmt: skip

# --- 4-5. Saltmarsh Pier Preservation Trust: action log, 2024 and 2025 ------------------------

_PIER = "Saltmarsh Pier Preservation Trust"

_P = {
    "P-01": (
        "Structure",
        "The 2023 principal inspection found corrosion in 14 cross-bracing members in bays 9 "
        "to 12.",
        "Replace the cross-bracing in bays 9 to 12 during the winter closure.",
    ),
    "P-02": (
        "Structure",
        "Sixty deck boards at the seaward end are flagged as unsafe.",
        "Replace the flagged deck boards and re-inspect the seaward deck.",
    ),
    "P-03": (
        "Structure",
        "There is no lifecycle plan for the pier-head pavilion roof.",
        "Commission a condition survey and a 30-year lifecycle plan for the roof.",
    ),
    "P-04": (
        "Visitor safety",
        "Lifebuoys were missing from three of the twelve stations.",
        "Replace the missing lifebuoys and add them to the daily opening checklist.",
    ),
    "P-05": (
        "Visitor safety",
        "The landing stage handrail is lower than current guidance.",
        "Raise the landing stage handrail to 1.1 metres.",
    ),
    "P-06": (
        "Visitor safety",
        "There is no procedure for closing the pier in high winds.",
        "Agree wind speed triggers for closing the pier and brief all staff.",
    ),
    "P-07": (
        "Finance and fundraising",
        "The deck restoration has a match funding gap of £420,000.",
        "Launch a public appeal for the deck restoration.",
    ),
    "P-08": (
        "Finance and fundraising",
        "Gift Aid has not been claimed on donations made in 2022 and 2023.",
        "Register with HMRC online and submit the outstanding Gift Aid claims.",
    ),
    "P-09": (
        "Finance and fundraising",
        "The concession leases for the four kiosks expire in 2025.",
        "Renew the kiosk concession leases at market rent.",
    ),
    "P-10": (
        "Governance",
        "There are four trustee vacancies and no trustee with engineering experience.",
        "Recruit trustees with structural engineering and legal skills.",
    ),
    "P-11": (
        "Governance",
        "The trust's articles of association predate the pier's Grade II listing.",
        "Review the articles of association with the trust's solicitors.",
    ),
    "P-12": (
        "Structure",
        "Bird netting under the deck is torn and gulls are nesting on the structure.",
        "Replace the bird netting under bays 1 to 8.",
    ),
    "P-13": (
        "Governance",
        "The governance review found the articles do not allow trustees to meet remotely.",
        "Adopt new articles of association at the 2025 annual general meeting.",
    ),
}


def _p(ref: str, owner: str, due: str, status: str, progress: str = "", **kw: object) -> Row:
    theme, issue, action = _P[ref]
    return Row(issue, action, owner, due, status, progress, ref=ref, category=theme, **kw)  # type: ignore[arg-type]


_ENG = "Pier Engineer"
_OPS = "Operations Manager"

_PIER_2024 = Paper(
    slug="qj04_pier_trust_2024",
    fmt="html",
    kind="pier trust",
    body=_PIER,
    committee="Board of Trustees",
    meeting="Wednesday 22 May 2024",
    title="Trustees' action log",
    intro=(
        "Presented by: Hon. Secretary to the Trustees.",
        "Actions arising from the 2023 principal inspection, the insurers' visitor safety "
        "review and the governance review.",
    ),
    closing=("Trustees are asked to note the log and the revised target quarters.",),
    headers={
        "theme": "Area",
        "ref": "Ref",
        "issue": "Issue",
        "action": "Action",
        "owner": "Owner",
        "priority": "Priority",
        "due": "Target",
        "status": "Status",
        "progress": "Notes",
    },
    rows=(
        _p("P-01", _ENG, "2024-03-31", "Behind schedule",
           "Steel was delivered late, so only bays 9 and 10 were done before Easter. Bays 11 "
           "and 12 will follow in the next winter closure.",
           revised="2024-12-31", priority="High"),
        _p("P-02", _ENG, "2024-06-30", "In progress",
           "Thirty-eight boards replaced so far in greenheart timber.", priority="High"),
        _p("P-03", _ENG, "", "Not started", "Awaiting funding.", due_text="TBC",
           priority="Medium"),
        _p("P-04", _OPS, "2023-12-31", "Complete", "All twelve stations checked daily.",
           priority="High"),
        _p("P-05", _OPS, "2024-09-30", "In progress", "Quotes received from two fabricators.",
           priority="Medium"),
        _p("P-06", _OPS, "2024-03-31", "Complete",
           "Closure at a mean wind speed of 45 mph agreed and staff briefed in March.",
           priority="High"),
        _p("P-07", "Fundraising Manager", "2024-12-31", "In progress",
           "The appeal opened at the Easter weekend and has raised £61,000.", priority="High"),
        _p("P-08", "Treasurer", "2023-09-30", "In progress",
           "HMRC registration complete. The 2022 claim is being prepared.",
           revised="2024-06-30", priority="Medium"),
        _p("P-09", "Treasurer", "2025-03-31", "Not started", "", priority="Low"),
        _p("P-10", "Chair of Trustees", "2024-09-30", "In progress",
           "Advert placed with the local volunteer centre. Two applications received.",
           priority="Medium"),
        _p("P-11", "", "", "Not started", "", due_text="TBC", priority="Low"),
    ),
    date_style="quarter",
    revision="inline",
    merge_fields=("theme", "owner"),
    extra={"table_heading": "Action log", "closing_heading": "Recommendation to trustees"},
)  # fmt: skip

_PIER_2025 = Paper(
    slug="qj05_pier_trust_2025",
    fmt="pdf",
    kind="pier trust",
    body=_PIER,
    committee="Board of Trustees",
    meeting="Wednesday 21 May 2025",
    title="Trustees' action log: annual update",
    intro=(
        "Presented by: Hon. Secretary to the Trustees, with the Pier Engineer for the "
        "structural items.",
        "Actions closed at the May 2024 meeting have been removed. Two new actions come from "
        "the 2024 annual inspection and the Charity Governance Code review.",
    ),
    closing=(
        "Trustees are asked to note the log, approve the revised completion dates and close "
        "the completed and superseded actions.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Issue",
        "action": "Action",
        "owner": "Owner",
        "original": "Original",
        "revised": "Revised",
        "pct": "% complete",
        "status": "Status",
        "progress": "Update",
    },
    rows=(
        _p("P-01", _ENG, "2024-03-31", "Complete",
           "Bays 11 and 12 were completed in February and signed off by the inspecting "
           "engineer.", revised="2025-02-28", pct="100%"),
        _p("P-02", _ENG, "2024-06-30", "On track",
           "Fifty-two of the sixty boards have been replaced. The remaining eight are at the "
           "pier head and will be done before the summer season.", revised="2025-05-31",
           pct="85%"),
        _p("P-03", _ENG, "2025-11-30", "Not started",
           "A Heritage Fund development grant has been applied for to pay for the survey.",
           pct="0%"),
        _p("P-12", _ENG, "2025-08-31", "Not started", "", pct="0%"),
        _p("P-05", _OPS, "2024-09-30", "Complete", "Handrail raised in September.", pct="100%"),
        _p("P-07", "Fundraising Manager", "2024-12-31", "On track",
           "The appeal has raised £298,000. A second phase aimed at businesses starts in "
           "June.", revised="2025-08-31", pct="70%"),
        _p("P-08", "Treasurer", "2023-09-30", "Overdue",
           "The 2022 claim was paid. The 2023 claim is held up by missing declarations.",
           revised="2024-06-30", pct="50%"),
        _p("P-09", "Treasurer", "2025-03-31", "On track",
           "Heads of terms agreed with three of the four kiosk tenants.",
           revised="2025-11-30", pct="40%"),
        _p("P-10", "Chair of Trustees", "2024-09-30", "Complete",
           "Two trustees appointed in October, one a chartered structural engineer.",
           pct="100%"),
        _p("P-11", "Company Secretary", "", "Superseded", "Replaced by P-13.",
           due_text="TBC", pct=""),
        _p("P-13", "Company Secretary", "2025-11-30", "On track",
           "Draft articles circulated to trustees.", pct="30%"),
    ),
    date_style="season",
    revision="columns",
    two_row_date_header="Completion date",
    running_header="Saltmarsh Pier Preservation Trust - Trustees' meeting 21 May 2025",
    extra={"footer": "Agenda item 5"},
)  # fmt: skip

# --- 6. Wealdbridge and District Agricultural Society: post-show review (CSV) ----------------

_SHOW = "Wealdbridge and District Agricultural Society"

_SHOW_2025 = Paper(
    slug="qj06_agricultural_show_review",
    fmt="csv",
    kind="agricultural show society",
    body=_SHOW,
    committee="Show Management Committee",
    meeting="Friday 3 October 2025",
    title="2025 Show: post-show review action tracker",
    intro=("Presented by the Show Director.",),
    closing=("The Committee is asked to agree the actions and owners for the 2026 Show.",),
    headers={
        "theme": "Area",
        "ref": "No.",
        "issue": "What happened",
        "action": "Action for 2026",
        "owner": "Who",
        "priority": "Priority",
        "due": "By when",
        "status": "Status",
        "progress": "Update",
    },
    rows=(
        Row("The ground at the main ring gate was churned up after rain on the second day.",
            "Lay temporary trackway at the main ring gate for the 2026 Show.",
            "Showground Manager", "2026-05-31", "Open",
            "Two hire quotes received; the cheaper one includes installation.",
            ref="25/01", priority="High", category="Showground"),
        Row("Two generators failed during the evening concert.",
            "Add a standby generator clause to the power contract.",
            "Showground Manager", "2025-11-30", "Open",
            "Contractor has agreed in principle.",
            ref="25/02", priority="High", category="Showground"),
        Row("Cattle lines were not cleaned between judging classes.",
            "Put a steward on the cattle lines for every judging session.",
            "Livestock Secretary", "2026-03-31", "Not started", "",
            ref="25/03", priority="Medium", category="Livestock"),
        Row("Sheep movement licences were checked late on the first morning.",
            "Send exhibitors the movement licence guidance with their entry confirmations.",
            "Livestock Secretary", "2025-09-30", "Open",
            "Guidance being updated after the change to the online licensing service.",
            revised="2025-12-31", ref="25/04", priority="Medium", category="Livestock"),
        Row("Traffic queued for three miles on the main road on Saturday morning.",
            "Open the north car park gate at 7am and add a second ticket lane.",
            "Traffic Coordinator", "2026-04-30", "Open",
            "Landowner has agreed to the earlier opening. Highways to be consulted on "
            "signage.",
            ref="25/05", priority="High", category="Traffic and parking"),
        Row("Disabled parking signs were missing at the east entrance.",
            "Buy permanent disabled parking signs.",
            "", "2025-08-31", "Done", "Signs bought and stored in the showground shed.",
            ref="25/06", priority="Low", category="Traffic and parking"),
        Row("Twelve traders did not send public liability insurance certificates.",
            "Make a valid insurance certificate a condition of booking a stand.",
            "Trade Stand Manager", "2025-10-31", "Done",
            "Booking terms changed for 2026.",
            ref="25/07", priority="High", category="Trade stands"),
        Row("Gas safety certificates of food traders were not checked.",
            "Check gas safety certificates at set-up with the environmental health officer.",
            "Trade Stand Manager", "2025-07-31", "Open",
            "Not possible for this year's Show; moved to the 2026 set-up days.",
            revised="2026-05-31", ref="25/08", priority="High", category="Trade stands"),
        Row("Stewards had not been briefed on the lost child procedure.",
            "Brief every steward on the lost child procedure at the pre-show meeting.",
            "Volunteer Coordinator", "", "Open", "To be repeated every year.",
            due_text="Ongoing", ref="25/09", priority="High", category="Volunteers"),
        Row("Volunteer numbers fell from 240 to 190.",
            "Run a volunteer recruitment drive with the Young Farmers' clubs.",
            "Volunteer Coordinator", "2026-03-31", "Not started", "",
            ref="25/10", priority="Medium", category="Volunteers"),
        Row("Volunteer hours were not recorded for the lottery funding bid.",
            "Record volunteer hours through the sign-in app.",
            "", "", "Open", "", due_text="Ongoing",
            ref="25/11", priority="Low", category="Volunteers"),
        Row("Gate ticket income was £18,000 below budget.",
            "Review ticket prices and the advance ticket discount for 2026.",
            "Honorary Treasurer", "2025-12-31", "Closed",
            "Superseded by the Finance Committee's wider review of Show pricing.",
            ref="25/12", priority="Medium", category="Finance"),
    ),
    date_style="dmy.",
    revision="now",
    header_row=4,
    extra={"theme_once": True},
)  # fmt: skip

# --- 7. Cleeve Down Conservators: internal audit recommendations (borderless PDF) ------------

_CONS = "Cleeve Down Conservators"
_CLERK = "Clerk to the Conservators"
_FIN = "Finance Officer"

_CONS_2025 = Paper(
    slug="qj07_conservators_internal_audit",
    fmt="pdf",
    kind="commons conservators",
    body=_CONS,
    committee="Finance and General Purposes Committee",
    meeting="Monday 27 January 2025",
    title="Internal audit recommendations: follow-up report",
    intro=(
        "Report of the Clerk to the Conservators, presented by the Finance Officer.",
        "This report sets out progress on the recommendations of the 2023/24 and 2024/25 "
        "internal audits. Where a deadline has moved, the update says so.",
    ),
    closing=(
        "The Committee is asked to note progress and to agree that the implemented and "
        "superseded recommendations be closed.",
    ),
    headers={
        "ref": "Rec.",
        "issue": "Finding",
        "action": "Recommendation",
        "priority": "Priority",
        "owner": "Officer",
        "due": "Deadline",
        "status": "Position",
        "progress": "Update",
    },
    rows=(
        Row("Grazing licence fees have not been reviewed since 2019.",
            "Review grazing licence fees against local rates and set a new schedule of fees.",
            _CLERK, "2024-09-30", "Partially implemented",
            "A comparison with three neighbouring commons has been completed and a draft "
            "schedule prepared. Graziers are being consulted before it comes to the March "
            "meeting.",
            revised="2025-03-31", ref="IA23/01", priority="High", category="Income and fees"),
        Row("Car park takings are banked weekly without a reconciliation to machine records.",
            "Reconcile car park takings to the pay machine audit reports each month.",
            _FIN, "2024-06-30", "Implemented",
            "Monthly reconciliations have been done since June and reviewed by the Clerk.",
            ref="IA23/02", priority="High", category="Income and fees"),
        Row("Easement and wayleave income is not recorded in a register.",
            "Create a register of easements and wayleaves and invoice the annual fees.",
            "Land Agent", "2024-12-31", "Not implemented",
            "The Land Agent post was vacant from August to November. The new Land Agent has "
            "begun collecting the deeds held by the Conservators' solicitors.",
            revised="2025-06-30", ref="IA23/03", priority="Medium",
            category="Income and fees"),
        Row("Three scrub clearance contracts went over the quotation threshold without three "
            "quotes.",
            "Remind staff of Standing Orders and test compliance every quarter.",
            _FIN, "2024-03-31", "Implemented",
            "Staff were briefed in March. Quarterly testing has found no further breaches.",
            ref="IA23/04", priority="High", category="Procurement"),
        Row("No contracts register is published as the Transparency Code requires.",
            "Publish a contracts register on the Conservators' website.",
            _CLERK, "2024-06-30", "Implemented",
            "The register was published in December and will be updated each quarter.",
            revised="2024-12-31", ref="IA23/05", priority="Medium", category="Procurement"),
        Row("The fixed asset register leaves out the visitor centre and two tractors.",
            "Update the asset register and reconcile it to the insurance schedule.",
            _FIN, "2025-03-31", "Partially implemented",
            "The visitor centre and tractors have been added. The reconciliation to the "
            "insurance schedule will be done when the policy renews in March.",
            ref="IA24/01", priority="Medium", category="Assets"),
        Row("Safety inspections of trees along roadside boundaries are overdue.",
            "Complete the roadside tree survey and record the results in the tree system.",
            "Head Ranger", "2024-11-30", "Partially implemented",
            "Eleven of the sixteen kilometres of roadside have been surveyed. The remainder "
            "is planned for February, before the bird nesting season.",
            revised="2025-04-30", ref="IA24/02", priority="High", category="Assets"),
        Row("Logbooks are not kept for estate vehicles.",
            "Keep a logbook for each vehicle and check mileage monthly.",
            "Head Ranger", "2024-10-31", "Implemented", "Logbooks in use since October.",
            ref="IA24/03", priority="Low", category="Assets"),
        Row("Declarations of interest from elected and nominated Conservators are incomplete.",
            "Collect a declaration from every Conservator each year.",
            _CLERK, "2024-12-31", "Not implemented",
            "Forms were sent in November. Seven of eighteen have been returned and reminders "
            "have gone out.",
            ref="IA24/04", priority="Medium", category="Governance"),
        Row("The financial regulations have not been updated since 2016.",
            "Revise the financial regulations for adoption by the full Board of "
            "Conservators.",
            _CLERK, "2025-06-30", "Not implemented", "Drafting will begin in April.",
            ref="IA24/05", priority="Medium", category="Governance"),
        Row("The business continuity plan does not cover loss of the estate office.",
            "Extend the business continuity plan to cover loss of the estate office.",
            _CLERK, "2024-09-30", "Superseded",
            "Replaced by the emergency plan adopted by the Board in October, which covers "
            "the estate office.",
            ref="IA24/06", priority="Low", category="Governance"),
    ),
    date_style="words",
    revision="moved",
    borders=False,
    running_header="Cleeve Down Conservators | Finance and General Purposes Committee",
    extra={"orient": "landscape", "closing_heading": "Recommendations",
           "committee_label": "Meeting of", "date_label": "Date"},
)  # fmt: skip

# --- 8. Tamsin House: safeguarding and service quality plan (Markdown) ----------------------

_TAMSIN = "Tamsin House Domestic Abuse Service"
_DBS = "Six staff DBS checks are more than three years old."
_REF = "Refuge Manager"
_OD = "Operations Director"

_TAMSIN_2025 = Paper(
    slug="qj08_domestic_abuse_quality_plan",
    fmt="md",
    kind="domestic abuse charity",
    body=_TAMSIN,
    committee="Quality and Safeguarding Sub-Committee of the Board of Trustees",
    meeting="Wednesday 19 March 2025",
    title="Safeguarding and service quality improvement plan: Quarter 4 update",
    intro=(
        "Presented by: Head of Services. Lead trustee: Safeguarding Trustee.",
        "The plan brings together the actions from the 2024 safeguarding audit, the "
        "commissioner's contract review and the refuge fire risk assessment. Where a target "
        "date has been extended, the progress note gives the original date.",
    ),
    closing=(
        "The Sub-Committee is asked to note progress and approve the extended target dates.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Issue",
        "action": "Action",
        "owner": "Lead",
        "due": "Target",
        "pct": "Progress %",
        "status": "Status",
        "progress": "Progress",
    },
    rows=(
        Row("Safeguarding supervision for refuge workers is not held monthly.",
            "Hold monthly group safeguarding supervision led by the Designated Safeguarding "
            "Lead.",
            "Designated Safeguarding Lead", "2024-12-31", "Achieved",
            "Monthly sessions have run since October and attendance is recorded.",
            ref="1.1", pct="100%", category="Safeguarding"),
        Row(_DBS, "(a) Renew the six expired DBS checks.",
            "HR Officer", "2024-11-30", "Achieved", "All six renewed.",
            ref="1.2a", pct="100%", category="Safeguarding"),
        Row(_DBS, "(b) Sign every member of staff up to the DBS Update Service.",
            "HR Officer", "2024-10-31", "On track",
            "Twenty-three of 35 staff have subscribed. The rest will be asked at their "
            "supervision this quarter.",
            revised="2025-06-30", ref="1.2b", pct="60%", category="Safeguarding"),
        Row("Safeguarding referrals about children were not always shared with the child's "
            "school.",
            "Agree an information-sharing protocol with the local education safeguarding "
            "team.",
            "Children and Young People's Lead", "2025-03-31", "Partly achieved",
            "The protocol has been drafted and agreed by our trustees. It is waiting for sign-"
            "off by the education safeguarding team, whose lead has changed.",
            ref="1.3", pct="50%", category="Safeguarding"),
        Row("Fire doors in the refuge do not close by themselves.",
            "Repair the door closers and add the fire doors to the weekly check.",
            _REF, "2024-09-30", "Overdue",
            "Closers repaired on the ground and first floors. The landlord has not yet "
            "repaired the second-floor doors despite three requests.",
            revised="2025-01-31", ref="2.1", pct="70%", category="Refuge services"),
        Row("Support stops when women move on from the refuge.",
            "Set up a six-month resettlement support offer for women leaving the refuge.",
            _REF, "2025-09-30", "On track",
            "A resettlement worker has been recruited and starts in April.",
            ref="2.2", pct="35%", category="Refuge services"),
        Row("There are no funded bed spaces for women with no recourse to public funds.",
            "Bid to the county community foundation for two funded bed spaces.",
            "", "2025-06-30", "Not yet started", "",
            ref="2.3", pct="0%", category="Refuge services"),
        Row("Helpline calls go unanswered between 6pm and 8pm.",
            "Extend helpline staffing to 8pm using trained volunteers.",
            "Helpline Coordinator", "2025-04-30", "On track",
            "Six volunteers are in training. Evening cover starts two nights a week from "
            "April.",
            ref="3.1", pct="45%", category="Outreach and helpline"),
        Row("Referrals from the service to MARAC fell by a fifth.",
            "Refresh DASH risk assessment training for outreach workers.",
            "Outreach Manager", "2024-12-31", "Partly achieved",
            "Half the outreach team has been trained. The trainer cancelled the February "
            "session.",
            revised="2025-05-31", ref="3.2", pct="60%", category="Outreach and helpline"),
        Row("Case files are held on a shared drive without access controls.",
            "Move case records into the case management system with role-based access.",
            _OD, "2025-03-31", "On track",
            "Refuge and helpline records have moved. Outreach records will follow once the "
            "supplier has built the outreach forms.",
            revised="2025-09-30", ref="4.1", pct="65%", category="Data protection"),
        Row("The privacy notice does not cover the children's service.",
            "Update the privacy notice and publish a child-friendly version.",
            _OD, "", "Not yet started", "", due_text="TBC",
            ref="4.2", pct="0%", category="Data protection"),
    ),
    date_style="month",
    revision="extended",
    extra={"pct_bare": True, "table_heading": "Improvement plan"},
)  # fmt: skip

PAPERS = (
    _HOSPICE_2023,
    _HOSPICE_2024,
    _HOSPICE_2025,
    _PIER_2024,
    _PIER_2025,
    _SHOW_2025,
    _CONS_2025,
    _TAMSIN_2025,
)
