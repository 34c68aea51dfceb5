"""The nineteenth held-out set of the measuring corpus of issue 15 (``data/papers/heldout19``),
written by an outside writer. Must not be read while building govrag.

Eight papers of six invented bodies, one a format (Word, Excel, borderless PDF, ruled PDF,
scanned PDF, HTML, CSV, Markdown); an integrated care board and a joint archive service each
have papers of two years, with rows carried over. Bodies, people and papers are invented.
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

# --- 1. integrated care board 2023/24: Word, ruled, two-row date header, sub-headings by
#        directorate, merged owner cells, two posts in one owner cell, RAG words + key -------

K01 = Paper(
    slug="k01_tamar_downs_icb_ia_tracker_2023_24",
    fmt="docx",
    kind="integrated care board",
    body="NHS Tamar and Downs Integrated Care Board",
    committee="Audit and Risk Committee",
    meeting="Thursday 14 March 2024",
    title="Internal Audit Recommendations Tracker 2023/24",
    intro=(
        "The Head of Internal Audit's interim opinion for 2023/24, reported to the Committee "
        "on 11 January 2024, was 'moderate assurance'. Nine audits have been completed this "
        "year, raising 31 recommendations: 2 high, 17 medium and 12 low priority.",
        "This tracker shows the open high and medium priority recommendations, grouped by "
        "the directorate that owns them. Where the Committee has agreed to move a target, "
        "the agreed and revised dates are both shown. Progress is rated using the key below "
        "the table.",
    ),
    closing=(
        "The Committee is asked to note the position, approve the three revised dates shown "
        "and agree the closure of the recommendations rated Blue.",
        "The full tracker, including low priority recommendations, is available from the "
        "Board Secretary. Prepared by the Deputy Director of Corporate Governance, 4 March 2024.",
    ),
    headers={
        "ref": "Rec. no.",
        "issue": "Finding",
        "action": "What we will do",
        "owner": "Lead officer",
        "original": "Agreed",
        "revised": "Revised",
        "status": "RAG",
        "progress": "Update at February 2024",
    },
    two_row_date_header="Target date",
    merge_fields=("owner",),
    rag_key=RAG_KEY_DEFAULT,
    date_style="long",
    revision="columns",
    running_header="NHS Tamar and Downs ICB - Audit and Risk Committee - 14 March 2024 - Item 7",
    extra={
        "orient": "landscape",
        "body_label": "Organisation",
        "date_label": "Meeting",
        "table_heading": "Appendix A - Open recommendations by directorate",
        "key_text": "RAG key: Blue - complete; Green - on track; Amber - at risk of missing the "
        "target date; Red - not started.",
        "closing_heading": "Action required of the Committee",
    },
    rows=(
        Row(
            ref="IA23-01",
            category="Finance and Contracting",
            issue="Continuing healthcare packages over £2,500 a week were approved without "
            "the second signatory required by the scheme of delegation in 7 of 25 cases.",
            action="Configure the CHC brokerage system to block approval without a second "
            "authoriser and re-train the brokerage team.",
            owner="Chief Finance Officer",
            due="2023-12-31",
            status="Blue",
            progress="System control live from 4 December 2023; sample of 30 packages since "
            "then shows full compliance.",
        ),
        Row(
            ref="IA23-02",
            category="Finance and Contracting",
            issue="Seventeen of 64 community contracts with providers had expired and were "
            "running on rolling extensions without a waiver.",
            action="Bring every expired contract onto a compliant footing, through a waiver "
            "or procurement under the Provider Selection Regime.",
            owner="Chief Finance Officer",
            due="2024-03-31",
            revised="2024-09-30",
            status="Amber",
            progress="Nine contracts regularised; eight require procurement under the "
            "Provider Selection Regime, which came into force on 1 January 2024, and cannot "
            "be completed by March.",
        ),
        Row(
            ref="IA23-03",
            category="Finance and Contracting",
            issue="The register of prescribing rebate schemes was not reconciled to income "
            "received, leaving £184,000 of rebates unchased at 31 March 2023.",
            action="Reconcile the rebate register to the ledger quarterly and chase "
            "outstanding income.",
            owner="Head of Medicines Optimisation and Deputy Chief Finance Officer",
            due="2024-01-31",
            status="Green",
            progress="Quarter 3 reconciliation done; £121,000 recovered so far.",
        ),
        Row(
            ref="IA23-04",
            category="Nursing and Quality",
            issue="Serious incident action plans from providers were closed without evidence "
            "being reviewed in 11 of 20 cases sampled.",
            action="Introduce an evidence checklist for closure under the Patient Safety "
            "Incident Response Framework.",
            owner="Chief Nursing Officer",
            due="2024-02-29",
            status="Blue",
            progress="Checklist adopted by the System Quality Group in January 2024.",
        ),
        Row(
            ref="IA23-05",
            category="Nursing and Quality",
            issue="The ICB cannot show that looked-after children's initial health "
            "assessments were completed within 20 working days (41% in Q1).",
            action="Agree a recovery trajectory with the community provider and report "
            "compliance monthly to the Quality Committee.",
            owner="Chief Nursing Officer",
            due="2024-03-31",
            revised="2024-06-30",
            status="Amber",
            progress="Trajectory agreed in November. Compliance 58% in January 2024 against "
            "a target of 85%; paediatric vacancies remain the main cause.",
        ),
        Row(
            ref="IA23-06",
            category="Nursing and Quality",
            issue="Safeguarding training compliance for ICB staff was 72% at level 3 against "
            "a target of 90%.",
            action="Issue named reminders and report compliance by team to the Executive "
            "Management Team.",
            owner="Chief Nursing Officer",
            due="2024-03-31",
            status="Green",
            progress="Compliance 86% at the end of February.",
        ),
        Row(
            ref="IA23-07",
            category="Digital and Information Governance",
            issue="Leavers' network accounts were not disabled within five working days in "
            "14 of 40 cases.",
            action="Automate account disablement from the ESR leaver notification.",
            owner="Director of Digital Transformation and Senior Information Risk Owner",
            due="2024-04-30",
            status="Green",
            progress="Interface built and in test; go-live planned for April.",
        ),
        Row(
            ref="IA23-08",
            category="Digital and Information Governance",
            issue="The Data Security and Protection Toolkit submission for 2022/23 was "
            "assessed 'limited' on four of ten National Data Guardian standards.",
            action="Deliver the DSPT improvement plan and commission an independent "
            "re-assessment before the June 2024 submission.",
            owner="Director of Digital Transformation and Senior Information Risk Owner",
            due="2024-06-30",
            status="Red",
            progress="",
        ),
        Row(
            ref="IA23-09",
            category="Strategy and Partnerships",
            issue="The Better Care Fund section 75 agreement with Tamar County Council was "
            "not signed for 2023/24 until October 2023.",
            action="Agree and sign the 2024/25 section 75 agreement before 1 April 2024.",
            owner="Director of Strategy and Partnerships",
            due="2024-03-31",
            status="Green",
            progress="Draft agreed by both finance directors; due for signature at the "
            "Health and Wellbeing Board on 21 March.",
        ),
        Row(
            ref="IA23-10",
            category="Strategy and Partnerships",
            issue="Benefits of the virtual ward programme (£3.6m in 2023/24) are not measured "
            "against the business case.",
            action="Set out a benefits realisation framework and report it to the Strategic "
            "Commissioning Committee.",
            owner="Director of Strategy and Partnerships",
            due="2023-12-31",
            revised="2024-05-31",
            status="Amber",
            progress="Metrics agreed with the two acute trusts. First report delayed until "
            "winter activity data for 2023/24 is complete.",
        ),
        Row(
            ref="IA23-11",
            category="Strategy and Partnerships",
            issue="Conflicts of interest declarations were missing for 6 of 19 members of "
            "the Primary Care Commissioning Committee.",
            action="Obtain the missing declarations and check them before each meeting.",
            owner="",
            due="2023-11-30",
            status="Blue",
            progress="All declarations received; the Board Secretary now checks them for "
            "each agenda.",
        ),
    ),
)

# --- 2. integrated care board 2024/25: ruled PDF, portrait, "… now …" dates by quarter,
#        progress dated at two updates, status words -------------------------------------------

K02 = Paper(
    slug="k02_tamar_downs_icb_ia_followup_2024_25",
    fmt="pdf",
    kind="integrated care board",
    body="NHS Tamar and Downs Integrated Care Board",
    committee="Audit and Risk Committee",
    meeting="Thursday 13 March 2025",
    title="Follow-up of Internal Audit Recommendations 2024/25",
    intro=(
        "Internal audit followed up all recommendations brought forward from 2023/24 and "
        "those raised in 2024/25. The Head of Internal Audit gave 'moderate assurance' again "
        "for 2023/24 in her annual opinion of June 2024, and expects to give the same for "
        "2024/25. Of the 31 recommendations made in 2023/24, 24 have now been implemented.",
        "Targets are by quarter of the financial year. Where a target has been moved, the "
        "date cell shows the target first agreed followed by the quarter now expected. The "
        "update column gives the position at the September 2024 and January 2025 follow-ups.",
    ),
    closing=(
        "The Committee is asked to note the follow-up, and to call the Chief Finance Officer "
        "to its June meeting to explain the further delay to IA23-02.",
        "Recommendations from the 2024/25 audit of the Primary Care Additional Roles "
        "Reimbursement Scheme (£14.2m claimed in 2023/24) will be reported in June 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Recommendation",
        "owner": "Exec lead",
        "action": "Management response",
        "due": "Target quarter",
        "status": "Position",
        "progress": "Follow-up notes (Sep 24 / Jan 25)",
    },
    date_style="quarter",
    revision="now",
    borders=True,
    running_header="Tamar and Downs ICB | Audit and Risk Committee | 13 March 2025",
    extra={
        "orient": "portrait",
        "size": "8.5pt",
        "head_bg": "#e2efda",
        "footer": "Agenda item 8 - Follow-up of internal audit recommendations",
        "table_heading": "Follow-up schedule",
        "closing_heading": "Recommendations to the Committee",
    },
    rows=(
        Row(
            ref="IA23-02",
            issue="Regularise expired community contracts running on rolling extensions.",
            owner="Chief Finance Officer",
            action="Procure the eight remaining services under the Provider Selection Regime.",
            due="2024-09-30",
            revised="2025-06-30",
            status="Behind schedule",
            progress="Sep 24: four procurements awarded, four at evaluation.\nJan 25: "
            "podiatry and wheelchair services re-tendered after a challenge; contracts "
            "expected to start by June 2025.",
        ),
        Row(
            ref="IA23-03",
            issue="Reconcile the prescribing rebate register to income received.",
            owner="Head of Medicines Optimisation and Deputy Chief Finance Officer",
            action="Quarterly reconciliation and chasing of unpaid rebates.",
            due="2024-01-31",
            status="Implemented",
            progress="Sep 24: four quarters reconciled.\nJan 25: internal audit verified; "
            "£176,000 of the £184,000 recovered.",
        ),
        Row(
            ref="IA23-05",
            issue="Initial health assessments for looked-after children within 20 working days.",
            owner="Chief Nursing Officer",
            action="Recovery trajectory with the community provider, reported monthly.",
            due="2024-06-30",
            revised="2025-03-31",
            status="Partially implemented",
            progress="Sep 24: 71% compliance.\nJan 25: 79% compliance; two locum "
            "paediatricians appointed. Target of 85% now expected in Q4.",
        ),
        Row(
            ref="IA23-07",
            issue="Disable leavers' network accounts within five working days.",
            owner="Director of Digital Transformation",
            action="Automated disablement from the ESR leaver notification.",
            due="2024-04-30",
            status="Implemented",
            progress="Sep 24: live since May 2024.\nJan 25: audit sample of 25 leavers all "
            "disabled within two days.",
        ),
        Row(
            ref="IA23-08",
            issue="DSPT improvement plan and independent re-assessment.",
            owner="Senior Information Risk Owner",
            action="Complete the improvement plan; commission an independent assessment.",
            due="2024-06-30",
            revised="2024-12-31",
            status="Implemented",
            progress="Sep 24: submission moved to December under the new Cyber Assessment "
            "Framework.\nJan 25: submitted 20 December 2024, 'standards met'.",
        ),
        Row(
            ref="IA23-10",
            issue="Measure the benefits of the virtual ward programme.",
            owner="Director of Strategy and Partnerships",
            action="Benefits realisation framework reported to the Strategic Commissioning "
            "Committee.",
            due="2024-05-31",
            status="Implemented",
            progress="Sep 24: first report in July showed 2,140 bed days avoided.\nJan 25: "
            "reported quarterly since.",
        ),
        Row(
            ref="IA24-01",
            issue="Personal health budgets were paid without the annual review required by "
            "the ICB policy in 9 of 30 cases.",
            owner="Chief Nursing Officer",
            action="Diarise reviews in the case management system and report overdue reviews "
            "monthly.",
            due="2025-03-31",
            status="On track",
            progress="Sep 24: system change specified.\nJan 25: live; 31 overdue reviews "
            "being cleared.",
        ),
        Row(
            ref="IA24-02",
            issue="The ICB's financial recovery plan savings of £38.5m are not tracked by "
            "scheme at Board level.",
            owner="Chief Finance Officer",
            action="Add a scheme-level savings schedule to the monthly finance report.",
            due="2024-12-31",
            status="Implemented",
            progress="Sep 24: template agreed.\nJan 25: included from the November report.",
        ),
        Row(
            ref="IA24-03",
            issue="Business continuity plans for three of five ICB directorates have not been "
            "tested since 2021.",
            owner="Director of Corporate Affairs",
            action="Run a tabletop exercise for each directorate and update the plans.",
            due="2024-12-31",
            status="Overdue",
            progress="Sep 24: exercise designed.\nJan 25: postponed twice because of the "
            "winter response; the Committee is asked to agree a new target of Q2 2025/26.",
        ),
        Row(
            ref="IA24-04",
            issue="Primary care estates grants were paid before the legal charge was "
            "registered in two of six schemes.",
            owner="Director of Primary Care",
            action="Make registration of the legal charge a condition of the final payment.",
            due="2025-06-30",
            status="Not started",
            progress="Jan 25: grant conditions to be revised for the 2025/26 round.",
        ),
        Row(
            ref="IA24-05",
            issue="Freedom to Speak Up concerns were not reported to the Board by theme.",
            owner="",
            action="Report thematic analysis of concerns to the People Committee twice a year.",
            due="2024-09-30",
            status="Implemented",
            progress="Sep 24: first thematic report to the People Committee.",
        ),
        Row(
            ref="IA24-06",
            issue="Section 117 aftercare costs (£11.8m in 2023/24) are split with the local "
            "authorities without an agreed policy.",
            owner="Chief Finance Officer and Director of Strategy and Partnerships",
            action="Agree a joint section 117 funding policy with the three local authorities.",
            due="2025-09-30",
            status="Not yet due",
            progress="Sep 24: scoping meeting held.\nJan 25: draft policy shared with the "
            "local authorities' directors of adult social services.",
        ),
    ),
)

# --- 3. joint archive service 2023: Excel, cover sheet, header row 5 under a key, sub-
#        headings by accreditation area, RAG only as cell fill, original/revised columns -----

K03 = Paper(
    slug="k03_severn_marches_archives_accreditation_2023",
    fmt="xlsx",
    kind="joint archive service",
    body="Severn Marches Joint Archive Service",
    committee="Joint Archives Committee",
    meeting="Friday 8 December 2023",
    title="Archive Service Accreditation - Improvement Action Plan 2023",
    intro=(
        "The Archive Service Accreditation Panel awarded the service provisional "
        "accreditation on 19 July 2023, subject to improvements in collections care, "
        "building resilience and governance. The Panel will re-examine the service in "
        "autumn 2024.",
        "The Joint Committee approved a one-off contribution of £96,000 from the partner "
        "councils' reserves on 22 September 2023 to fund the environmental monitoring and "
        "cataloguing actions.",
        "Each action's rating is shown by the colour of its status cell, using the key at the "
        "top of the tracker sheet.",
    ),
    closing=(
        "The Committee is asked to note the plan and the revised dates shown, and to receive "
        "the next update at its meeting in June 2024.",
        "County Archivist, November 2023.",
    ),
    headers={
        "ref": "Action ref",
        "issue": "Panel observation",
        "action": "Improvement action",
        "owner": "Responsible",
        "original": "Original deadline",
        "revised": "Revised deadline",
        "status": "Status",
        "progress": "Commentary",
    },
    header_row=5,
    rag_fill=True,
    rag_key=RAG_KEY_GREEN_DONE,
    date_style="dmy/",
    revision="columns",
    extra={
        "cover_sheet": "Report",
        "sheet": "Action plan",
        "key_text": "Status colour: green = complete; amber = in progress; red = not started.",
    },
    rows=(
        Row(
            ref="CC1",
            category="Collections care",
            issue="Relative humidity in strongroom 2 exceeded 60% for 41 days in 2022.",
            action="Install continuous environmental monitoring with alerts in all four "
            "strongrooms.",
            owner="Conservation Manager",
            due="2023-10-31",
            status="Green",
            progress="Wireless loggers installed in October 2023; alerts go to the duty archivist.",
        ),
        Row(
            ref="CC2",
            category="Collections care",
            issue="There is no conservation survey of the 1,860 volumes of quarter sessions "
            "records.",
            action="Commission a condition survey and prioritise volumes for treatment.",
            owner="Conservation Manager",
            due="2024-03-31",
            revised="2024-07-31",
            status="Amber",
            progress="Surveyor appointed; survey starts January 2024.",
        ),
        Row(
            ref="CC3",
            category="Collections care",
            issue="The emergency salvage plan has not been exercised since 2019.",
            action="Hold a salvage exercise with the fire service and update the plan.",
            owner="Collections Manager",
            due="2024-05-31",
            status="Red",
            progress="",
        ),
        Row(
            ref="AC1",
            category="Access and cataloguing",
            issue="About 14% of holdings (by linear metre) are uncatalogued, including the "
            "Marches Railway deposit.",
            action="Reduce the cataloguing backlog to below 10% using the reserves funding.",
            owner="Collections Manager",
            due="2024-09-30",
            status="Amber",
            progress="Two fixed-term cataloguers started in November 2023.",
        ),
        Row(
            ref="AC2",
            category="Access and cataloguing",
            issue="The online catalogue does not meet WCAG 2.2 AA accessibility standards.",
            action="Migrate to the supplier's hosted catalogue with an accessible interface.",
            owner="Digital Archivist",
            due="2023-12-31",
            revised="2024-03-31",
            status="Amber",
            progress="Data migration tested; supplier's launch slot moved to March.",
        ),
        Row(
            ref="AC3",
            category="Access and cataloguing",
            issue="Search room opening was cut to three days a week without consulting users.",
            action="Consult users on opening hours and publish the outcome.",
            owner="County Archivist",
            due="2023-11-30",
            status="Green",
            progress="Survey of 412 users closed in November; Saturday opening restored monthly.",
        ),
        Row(
            ref="GV1",
            category="Governance and resources",
            issue="The joint agreement between the three partner councils expired in 2021.",
            action="Renew the joint agreement, with a cost-sharing formula and exit terms.",
            owner="Clerk to the Joint Committee",
            due="2024-03-31",
            status="Amber",
            progress="Heads of terms agreed by the three monitoring officers.",
        ),
        Row(
            ref="GV2",
            category="Governance and resources",
            issue="The collections development policy has not been reviewed since 2017.",
            action="Review the policy and submit it to the Joint Committee for approval.",
            owner="County Archivist",
            due="2024-06-30",
            status="Red",
            progress="",
        ),
        Row(
            ref="GV3",
            category="Governance and resources",
            issue="The digital preservation policy does not cover born-digital council records.",
            action="Extend the policy and agree transfer arrangements with each partner's "
            "records manager.",
            owner="Digital Archivist",
            due="2024-06-30",
            status="Amber",
            progress="Transfer pilot under way with Severnside District Council.",
        ),
        Row(
            ref="GV4",
            category="Governance and resources",
            issue="Volunteer roles are not covered by written role descriptions.",
            action="Write role descriptions for each of the 11 volunteer roles.",
            owner="Outreach Officer",
            due="2023-09-30",
            status="Green",
            progress="Role descriptions issued to all 57 volunteers.",
        ),
        Row(
            ref="BD1",
            category="Building",
            issue="The record office roof has leaked over the conservation studio twice in "
            "two years.",
            action="Replace the flat roof over the studio under the partners' capital programme.",
            owner="Property Services (host council)",
            due="2024-08-31",
            revised="2024-11-30",
            status="Amber",
            progress="Scheme estimated at £212,000; tender to be issued in February 2024.",
        ),
    ),
)

# --- 4. joint archive service 2024: scanned PDF, serif, dd.mm.yyyy dates "(revised from …)",
#        status words, blank owners -------------------------------------------------------------

K04 = Paper(
    slug="k04_severn_marches_archives_accreditation_2024_scan",
    fmt="pdf-scan",
    kind="joint archive service",
    body="Severn Marches Joint Archive Service",
    committee="Joint Archives Committee",
    meeting="Friday 6 December 2024",
    title="Accreditation Improvement Plan - Position One Year On",
    intro=(
        "The Accreditation Panel re-examined the service on 15 October 2024 and confirmed full "
        "accreditation, noting two outstanding areas. Of the £96,000 reserves contribution, "
        "£81,300 has been spent.",
    ),
    closing=(
        "The Committee is asked to note the plan and close the completed actions. Roof works "
        "(BD1) were approved at £238,000 by the host council's Cabinet on 12 September 2024.",
    ),
    headers={
        "ref": "Ref",
        "issue": "Area for improvement",
        "action": "Action",
        "owner": "Officer",
        "due": "Deadline",
        "status": "Status",
    },
    borders=True,
    date_style="dmy.",
    revision="inline",
    running_header="Severn Marches Joint Archive Service - Joint Archives Committee - 6.12.2024",
    extra={
        "font": "Georgia, 'Times New Roman', serif",
        "size": "9pt",
        "head_bg": "#ffffff",
        "table_heading": "Outstanding and completed actions",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            ref="CC2",
            issue="No condition survey of the quarter sessions volumes.",
            action="Condition survey and treatment priorities.",
            owner="Conservation Manager",
            due="2024-07-31",
            status="Complete",
        ),
        Row(
            ref="CC3",
            issue="Salvage plan not exercised since 2019.",
            action="Salvage exercise with the fire service.",
            owner="Collections Manager",
            due="2024-05-31",
            revised="2024-10-31",
            status="Complete",
        ),
        Row(
            ref="AC1",
            issue="Cataloguing backlog of 14% of holdings.",
            action="Reduce the backlog below 10%.",
            owner="Collections Manager",
            due="2024-09-30",
            revised="2025-03-31",
            status="In progress",
        ),
        Row(
            ref="AC2",
            issue="Online catalogue not accessible.",
            action="Move to the hosted accessible catalogue.",
            owner="Digital Archivist",
            due="2024-03-31",
            status="Complete",
        ),
        Row(
            ref="GV1",
            issue="Joint agreement between partners expired.",
            action="Renew the joint agreement.",
            owner="Clerk to the Joint Committee",
            due="2024-03-31",
            revised="2024-09-30",
            status="Overdue",
        ),
        Row(
            ref="GV2",
            issue="Collections development policy out of date.",
            action="Review and approve the policy.",
            owner="County Archivist",
            due="2024-06-30",
            status="Complete",
        ),
        Row(
            ref="GV3",
            issue="Digital preservation policy omits born-digital records.",
            action="Extend the policy; agree transfers.",
            owner="Digital Archivist",
            due="2024-06-30",
            revised="2025-01-31",
            status="Partially complete",
        ),
        Row(
            ref="BD1",
            issue="Roof leaks over the conservation studio.",
            action="Replace the flat roof over the studio.",
            owner="",
            due="2024-11-30",
            revised="2025-04-30",
            status="Not started",
        ),
        Row(
            ref="NW1",
            issue="Panel: no succession plan for the County Archivist post.",
            action="Agree a deputy role and a succession plan.",
            owner="",
            due="2025-06-30",
            status="Not yet due",
        ),
    ),
)

# --- 5. lottery distributor: HTML, no refs, seasons, "(was …)", sub-headings by programme,
#        assurance level column, rowspan owners --------------------------------------------------

K05 = Paper(
    slug="k05_northern_lights_lottery_fund_grant_assurance",
    fmt="html",
    kind="lottery distributor",
    body="Northern Lights Community Lottery Fund",
    committee="Audit, Risk and Assurance Committee",
    meeting="Wednesday 22 January 2025",
    title="Grant Assurance Review 2024 - Management Action Plan",
    intro=(
        "The Fund distributed £47.3m in 2023/24 through four grant programmes. The Government "
        "Internal Audit Agency reviewed grant assurance in June 2024 and gave a 'limited' "
        "opinion, with 3 high, 6 medium and 2 low findings.",
        "The Board approved this management action plan on 17 September 2024. Each row gives "
        "the assurance level internal audit attached to the area reviewed. Where a target has "
        "moved, the earlier target is shown in brackets.",
    ),
    closing=(
        "The Committee is asked to note progress and to agree that the follow-up audit be "
        "brought forward to spring 2025. The Accounting Officer has informed the sponsor "
        "department of the limited opinion.",
    ),
    headers={
        "issue": "Finding",
        "action": "Agreed management action",
        "priority": "Assurance level",
        "owner": "Action owner",
        "due": "Target",
        "status": "Progress status",
        "progress": "Latest update",
    },
    merge_fields=("owner",),
    borders=True,
    date_style="season",
    revision="was",
    extra={
        "table_heading": "Management action plan",
        "body_label": "Distributor",
        "committee_label": "Committee",
        "head_bg": "#fce4d6",
        "closing_heading": "Decision sought",
    },
    rows=(
        Row(
            category="Awards for All (grants up to £20,000)",
            issue="Bank account ownership was not verified for 12 of 60 awards sampled, "
            "including one payment of £9,850 later found to be fraudulent.",
            action="Add open banking account verification to the application portal before "
            "any payment.",
            priority="Limited",
            owner="Director of Funding Operations",
            due="2024-11-30",
            status="Completed",
            progress="Live from 4 November 2024; 2,318 applications verified to date.",
        ),
        Row(
            category="Awards for All (grants up to £20,000)",
            issue="End-of-grant reports were not received for 31% of awards closed in 2023/24.",
            action="Automate reminders and withhold further funding where a report is outstanding.",
            priority="Limited",
            owner="Director of Funding Operations",
            due="2024-11-30",
            revised="2025-02-28",
            status="In progress",
            progress="Reminder workflow built; the block on repeat funding needs a change to "
            "the grant terms, which the Board will consider in February.",
        ),
        Row(
            category="Awards for All (grants up to £20,000)",
            issue="Conflict of interest declarations by assessors are not checked against "
            "applicant organisations.",
            action="Match assessors' declarations against the trustee lists of applicants.",
            priority="Moderate",
            owner="Head of Counter Fraud",
            due="2025-05-31",
            status="Not started",
            progress="Data matching specification to be written once the new Head of Counter "
            "Fraud takes up post in February.",
        ),
        Row(
            category="Reaching Communities (grants over £20,000)",
            issue="Site visits before payment were not carried out for 5 of 18 capital "
            "grants over £250,000.",
            action="Make a recorded pre-payment visit mandatory for capital grants over £250,000.",
            priority="Limited",
            owner="Director of Funding Operations",
            due="2024-08-31",
            status="Completed",
            progress="Grant procedures updated in August; all 7 capital grants paid since "
            "were visited.",
        ),
        Row(
            category="Reaching Communities (grants over £20,000)",
            issue="Grant variations over 10% of the award were approved by officers below the "
            "delegated level.",
            action="Restate the delegations and build the limits into the grants system.",
            priority="Moderate",
            owner="Director of Finance and Corporate Services",
            due="2024-11-30",
            status="Completed",
            progress="Delegations restated by the Board on 17 September; system limits live "
            "in October.",
        ),
        Row(
            category="Reaching Communities (grants over £20,000)",
            issue="Monitoring of outcomes relies on grantee self-reporting with no sampling "
            "of evidence.",
            action="Sample 5% of outcome reports each quarter for supporting evidence.",
            priority="Moderate",
            owner="Director of Finance and Corporate Services",
            due="2025-02-28",
            status="On track",
            progress="First quarterly sample of 24 reports under way.",
        ),
        Row(
            category="Strategic investments",
            issue="The £6m Coastal Communities partnership was agreed without a documented "
            "due diligence assessment of the lead partner.",
            action="Complete retrospective due diligence and set a standard template for "
            "strategic partners.",
            priority="Limited",
            owner="Director of Strategy and Investment",
            due="2024-08-31",
            revised="2024-11-30",
            status="Completed",
            progress="Due diligence completed in November: no concerns found.",
        ),
        Row(
            category="Strategic investments",
            issue="Board reports on strategic investments do not show spend against the "
            "agreed profile.",
            action="Add spend-against-profile reporting to the quarterly investment report.",
            priority="Substantial",
            owner="Director of Strategy and Investment",
            due="2025-02-28",
            status="On track",
            progress="Format agreed with the Chair of the Investment Committee.",
        ),
        Row(
            category="Counter fraud",
            issue="The fraud risk assessment was last refreshed in 2021 and omits identity "
            "fraud in online applications.",
            action="Refresh the fraud risk assessment, including online application fraud.",
            priority="Limited",
            owner="Head of Counter Fraud",
            due="2024-11-30",
            revised="2025-05-31",
            status="Behind schedule",
            progress="Delayed by the vacancy in the Head of Counter Fraud post; the Public "
            "Sector Fraud Authority has offered support.",
        ),
        Row(
            category="Counter fraud",
            issue="Losses from grant fraud are not reported to the Committee.",
            action="Report fraud losses and recoveries to each meeting of this Committee.",
            priority="Moderate",
            owner="",
            due="2024-11-30",
            status="Completed",
            progress="First report at the November 2024 meeting: £61,400 lost in 2023/24, "
            "£22,900 recovered.",
        ),
        Row(
            category="Counter fraud",
            issue="Staff with access to change grantee bank details can also approve payments.",
            action="Separate the bank detail change and payment approval roles in the "
            "finance system.",
            priority="Limited",
            owner="Director of Finance and Corporate Services",
            due="2024-08-31",
            status="Completed",
            progress="Roles separated in August 2024; quarterly access review in place.",
        ),
    ),
)

# --- 6. community rail partnership: CSV after a preamble (header on row 4), Mon-YY dates,
#        the due column keeping the first date and the update saying it moved -----------------

K06 = Paper(
    slug="k06_wyvern_valley_crp_action_log",
    fmt="csv",
    kind="community rail partnership",
    body="Wyvern Valley Line Community Rail Partnership",
    committee="Partnership Board",
    meeting="Tuesday 29 April 2025",
    title="Accreditation Review and Business Plan Action Log 2024/25",
    intro=("Actions from the Community Rail Network accreditation review.",),
    closing=("The Board is asked to note the log.",),
    headers={
        "ref": "No",
        "issue": "Review point",
        "action": "Agreed step",
        "owner": "Who",
        "due": "By when",
        "status": "Status",
        "progress": "Remarks",
    },
    header_row=4,
    date_style="mon-yy",
    revision="moved",
    rows=(
        Row(
            ref="CR-01",
            issue="The partnership's designation by the DfT lapses in September 2025 unless "
            "re-accreditation is sought.",
            action="Submit the re-accreditation application with an updated business plan.",
            owner="Partnership Officer",
            due="2025-06-30",
            status="In progress",
            progress="Draft business plan for 2025-2030 out to member councils for comment.",
        ),
        Row(
            ref="CR-02",
            issue="Station adoption groups at 4 of the 11 stations have no written agreement "
            "with the train operator.",
            action="Agree station adoption agreements for Pennock, Hale Cross, Wyvern Halt "
            "and Stanbrook.",
            owner="Station Adoption Coordinator",
            due="2024-12-31",
            revised="2025-03-31",
            status="Complete",
            progress="All four agreements signed in March 2025.",
        ),
        Row(
            ref="CR-03",
            issue="Ridership on the line is 78% of 2019 levels, below the 90% business plan "
            "target.",
            action="Run a 'Try the Train' marketing campaign with discounted group travel.",
            owner="Marketing and Communications Officer",
            due="2024-09-30",
            status="Complete",
            progress="Campaign reached 46,000 people; 1,250 group tickets sold.",
        ),
        Row(
            ref="CR-04",
            issue="The partnership holds no reserve against the loss of its Community Rail "
            "Network grant (£42,000 a year).",
            action="Build a reserve equal to three months' running costs.",
            owner="Treasurer",
            due="2025-03-31",
            status="Partially complete",
            progress="Reserve stands at £9,800 against a target of £15,500.",
        ),
        Row(
            ref="CR-05",
            issue="No safeguarding policy covers volunteers working with school groups on "
            "the rail safety programme.",
            action="Adopt a safeguarding policy and DBS-check volunteers in those roles.",
            owner="Partnership Officer",
            due="2024-07-31",
            status="Complete",
            progress="Policy adopted July 2024; 14 volunteers checked.",
        ),
        Row(
            ref="CR-06",
            issue="Step-free access at Hale Cross is not on the Access for All shortlist.",
            action="Prepare a joint bid with the county council for the next Access for All round.",
            owner="Chair of the Partnership and County Council Rail Officer",
            due="2025-01-31",
            revised="2025-07-31",
            status="Behind schedule",
            progress="DfT has not yet announced the next round; feasibility study of "
            "£18,000 funded by the county council.",
        ),
        Row(
            ref="CR-07",
            issue="The partnership's website and social media do not publish Board minutes.",
            action="Publish approved minutes within 20 working days.",
            owner="",
            due="2024-10-31",
            status="Complete",
            progress="Minutes from October 2024 onwards published.",
        ),
        Row(
            ref="CR-08",
            issue="Bus connections at Stanbrook do not meet evening trains.",
            action="Work with the bus operator on timed connections for the December "
            "timetable change.",
            owner="Partnership Officer",
            due="2024-12-31",
            status="Not met",
            progress="Operator declined to alter the evening timetable; the county council "
            "is considering a tendered service.",
        ),
        Row(
            ref="CR-09",
            issue="Volunteer hours are not recorded, so in-kind match funding cannot be claimed.",
            action="Introduce a simple online volunteer timesheet.",
            owner="Station Adoption Coordinator",
            due="2024-11-30",
            revised="2025-05-31",
            status="Not started",
            progress="Waiting for the Community Rail Network's free volunteer app.",
        ),
        Row(
            ref="CR-10",
            issue="Heritage interpretation boards at Wyvern Halt are faded and inaccurate.",
            action="Replace the boards using the £6,500 heritage lottery grant.",
            owner="Marketing and Communications Officer",
            due="2025-08-31",
            status="Not yet due",
            progress="Text drafted with the local history society.",
        ),
        Row(
            ref="CR-11",
            issue="The Board has no member with finance experience since the Treasurer "
            "announced she would step down.",
            action="Recruit a Treasurer-designate through the volunteer centre.",
            owner="Chair of the Partnership",
            due="2025-04-30",
            status="On track",
            progress="Two candidates to be interviewed on 8 May.",
        ),
        Row(
            ref="CR-12",
            issue="Litter picking and planting at stations is not covered by the partnership's "
            "public liability insurance when done by non-members.",
            action="Extend the insurance to cover all registered volunteers.",
            owner="Treasurer",
            due="2024-06-30",
            status="Closed",
            progress="Cover extended at renewal for an extra £340 a year.",
        ),
    ),
)

# --- 7. regional arts council: borderless PDF, landscape, "end of …" dates, "Target date
#        extended from … to …" in the progress text, RAG words (blue complete), sub-headings --

K07 = Paper(
    slug="k07_trent_peak_arts_council_risk_actions",
    fmt="pdf",
    kind="regional arts council",
    body="Trent and Peak Regional Arts Council",
    committee="Finance, Audit and Risk Committee",
    meeting="Monday 7 July 2025",
    title="Corporate Risk Register - Risk Treatment Actions, Quarter 1 2025/26",
    intro=(
        "The Council's corporate risk register holds 14 risks, of which 4 are rated above "
        "the appetite agreed by Council on 24 February 2025. This paper reports the "
        "treatment actions for those risks and for two further risks the Committee asked "
        "to monitor.",
        "The Council's 2024/25 accounts received an unqualified audit opinion from the "
        "external auditor on 27 June 2025. Investment in the 62 National Portfolio "
        "Organisations of the region totals £18.9m for 2025/26.",
    ),
    closing=(
        "The Committee is asked to note the treatment actions and to confirm that it is "
        "content with the target dates extended since the last report.",
    ),
    headers={
        "ref": "Risk / action",
        "issue": "Risk",
        "action": "Treatment action",
        "owner": "Risk owner",
        "due": "Due",
        "status": "Rating",
        "progress": "Progress",
    },
    borders=False,
    rag_key=RAG_KEY_DEFAULT,
    date_style="words",
    revision="extended",
    running_header="Trent and Peak Regional Arts Council - FAR Committee - 7 July 2025 - Item 6",
    extra={
        "orient": "landscape",
        "size": "9pt",
        "font": "Calibri, Carlito, Arial, sans-serif",
        "table_heading": "Risk treatment actions",
        "key_text": "Rating key: Blue - action complete; Green - on track; Amber - at risk; "
        "Red - not started.",
        "closing_heading": "Recommendation",
        "footer": "Official",
    },
    rows=(
        Row(
            ref="CR1.1",
            category="CR1 Financial sustainability of funded organisations",
            issue="Funded organisations fail as a result of falling earned income and rising "
            "costs.",
            action="Introduce a quarterly financial health check for the 20 organisations "
            "with reserves below three months' costs.",
            owner="Director of Investment",
            due="2025-06-30",
            status="Blue",
            progress="First health checks completed in June for all 20; four placed on "
            "enhanced monitoring.",
        ),
        Row(
            ref="CR1.2",
            category="CR1 Financial sustainability of funded organisations",
            issue="Funded organisations fail as a result of falling earned income and rising "
            "costs.",
            action="Agree a contingency protocol for emergency grant advances.",
            owner="Director of Investment",
            due="2025-05-31",
            revised="2025-09-30",
            status="Amber",
            progress="Protocol drafted; sponsor department's consent needed for advances over "
            "£100,000.",
        ),
        Row(
            ref="CR2.1",
            category="CR2 Cyber security",
            issue="A cyber attack disrupts the grants management system during an open "
            "funding round.",
            action="Achieve Cyber Essentials Plus certification.",
            owner="Head of Digital",
            due="2025-03-31",
            status="Blue",
            progress="Certified on 14 March 2025.",
        ),
        Row(
            ref="CR2.2",
            category="CR2 Cyber security",
            issue="A cyber attack disrupts the grants management system during an open "
            "funding round.",
            action="Test restoration of the grants system from offline backups.",
            owner="Head of Digital",
            due="2025-04-30",
            revised="2025-08-31",
            status="Green",
            progress="Supplier's test window moved to August to avoid the Project Grants "
            "round. Restoration of the finance system tested successfully in May.",
        ),
        Row(
            ref="CR3.1",
            category="CR3 Relocation of the regional office",
            issue="The move to the Nottingham Creative Quarter office is late or over the "
            "£1.4m budget.",
            action="Appoint a project manager and report monthly to the Executive Team.",
            owner="Director of Resources",
            due="2025-01-31",
            status="Blue",
            progress="Project manager appointed in January 2025.",
        ),
        Row(
            ref="CR3.2",
            category="CR3 Relocation of the regional office",
            issue="The move to the Nottingham Creative Quarter office is late or over the "
            "£1.4m budget.",
            action="Complete the fit-out and move all 68 staff.",
            owner="Director of Resources",
            due="2025-09-30",
            revised="2025-12-31",
            status="Amber",
            progress="Fit-out contractor went into administration in May; re-tender under "
            "way with a forecast overspend of £85,000.",
        ),
        Row(
            ref="CR4.1",
            category="CR4 Equality of access to funding",
            issue="Applications from the rural north of the region remain low (6% of awards "
            "against 14% of population).",
            action="Run funding surgeries in the High Peak and Bassetlaw districts.",
            owner="Director of Engagement",
            due="2025-05-31",
            status="Blue",
            progress="Eight surgeries held, attended by 143 artists and organisations.",
        ),
        Row(
            ref="CR4.2",
            category="CR4 Equality of access to funding",
            issue="Applications from the rural north of the region remain low (6% of awards "
            "against 14% of population).",
            action="Set and publish a target share of awards for the rural north.",
            owner="Director of Engagement",
            due="2025-10-31",
            status="Red",
            progress="",
        ),
        Row(
            ref="CR5.1",
            category="CR5 Safeguarding in funded activity",
            issue="A funded organisation fails to safeguard children or adults at risk.",
            action="Require safeguarding policies at application for all projects involving "
            "under-18s.",
            owner="Director of Investment and Safeguarding Lead",
            due="2025-04-30",
            status="Blue",
            progress="Condition added to all programmes from April 2025.",
        ),
        Row(
            ref="CR5.2",
            category="CR5 Safeguarding in funded activity",
            issue="A funded organisation fails to safeguard children or adults at risk.",
            action="Train relationship managers in handling safeguarding disclosures.",
            owner="Safeguarding Lead",
            due="2025-06-30",
            revised="2025-10-31",
            status="Green",
            progress="Course booked for September after the trainer withdrew.",
        ),
        Row(
            ref="CR6.1",
            category="CR6 Loss of key staff",
            issue="Loss of specialist staff in the investment team delays decisions.",
            action="Document procedures for each funding programme.",
            owner="",
            due="2025-08-31",
            status="Green",
            progress="Procedures written for three of five programmes.",
        ),
        Row(
            ref="CR6.2",
            category="CR6 Loss of key staff",
            issue="Loss of specialist staff in the investment team delays decisions.",
            action="Complete the pay and grading review for investment roles.",
            owner="Director of Resources",
            due="2025-03-31",
            revised="2025-07-31",
            status="Amber",
            progress="Job evaluation done; the pay proposal awaits sponsor department approval.",
        ),
    ),
)

# --- 8. inshore fisheries authority: Markdown, bold sub-headings, ISO dates in separate
#        original / current columns, Met / Partly met / Not met -----------------------------------

K08 = Paper(
    slug="k08_solway_furness_ifca_ags_plan",
    fmt="md",
    kind="inshore fisheries and conservation authority",
    body="Solway and Furness Inshore Fisheries and Conservation Authority",
    committee="Finance and Audit Sub-Committee",
    meeting="Wednesday 19 February 2025",
    title="Annual Governance Statement 2023/24 - Significant Issues Action Plan",
    intro=(
        "The Authority's Annual Governance Statement for 2023/24, approved by the full "
        "Authority on 26 September 2024, identified four significant governance issues. The "
        "internal auditor's opinion for 2023/24 was 'reasonable assurance'.",
        "The Authority's levy on its four constituent councils for 2025/26, £1,684,000, was "
        "agreed on 29 January 2025. The table gives each action against the significant "
        "issues, with the original deadline and, where it has moved, the current one.",
    ),
    closing=(
        "Members are asked to note progress and to agree that the actions marked Met be "
        "removed from the next report.",
        "Clerk and Chief Officer, February 2025.",
    ),
    headers={
        "ref": "Action",
        "issue": "Governance issue",
        "action": "Action to address it",
        "owner": "Officer responsible",
        "original": "Original deadline",
        "revised": "Current deadline",
        "status": "Met?",
        "progress": "Comment",
    },
    date_style="iso",
    revision="columns",
    extra={
        "table_heading": "Significant issues action plan",
        "key_text": "Met = action completed; Partly met = some elements completed; Not met = "
        "action outstanding.",
        "closing_heading": "Recommendation",
    },
    rows=(
        Row(
            ref="1.1",
            category="1. Patrol vessel replacement",
            issue="The patrol vessel Solway Warden (built 2001) is beyond its economic life "
            "and the replacement has no approved business case.",
            action="Present an outline business case for a replacement vessel to the Authority.",
            owner="Chief Fishery Officer",
            due="2024-12-31",
            status="Met",
            progress="Outline business case (£2.3m vessel) approved on 12 December 2024.",
        ),
        Row(
            ref="1.2",
            category="1. Patrol vessel replacement",
            issue="The patrol vessel Solway Warden (built 2001) is beyond its economic life "
            "and the replacement has no approved business case.",
            action="Agree funding shares for the vessel with the constituent councils and Defra.",
            owner="Treasurer",
            due="2025-03-31",
            revised="2025-09-30",
            status="Not met",
            progress="Defra grant decision not expected until the summer.",
        ),
        Row(
            ref="2.1",
            category="2. Byelaw enforcement capacity",
            issue="Three of nine IFCO posts were vacant for most of 2023/24, reducing "
            "inspections of the cockle fishery by 40%.",
            action="Recruit to the vacant Inshore Fisheries and Conservation Officer posts.",
            owner="Deputy Chief Officer",
            due="2024-09-30",
            status="Met",
            progress="All three posts filled by September 2024.",
        ),
        Row(
            ref="2.2",
            category="2. Byelaw enforcement capacity",
            issue="Three of nine IFCO posts were vacant for most of 2023/24, reducing "
            "inspections of the cockle fishery by 40%.",
            action="Agree a joint enforcement protocol with the Marine Management Organisation.",
            owner="Deputy Chief Officer",
            due="2024-12-31",
            revised="2025-04-30",
            status="Partly met",
            progress="Protocol agreed at officer level; MMO sign-off awaited.",
        ),
        Row(
            ref="2.3",
            category="2. Byelaw enforcement capacity",
            issue="Inspection records are kept on paper and cannot be analysed.",
            action="Introduce mobile inspection recording on officers' tablets.",
            owner="Data and Systems Officer",
            due="2025-06-30",
            status="Not met",
            progress="Supplier chosen through the Association of IFCAs framework.",
        ),
        Row(
            ref="3.1",
            category="3. Members' governance",
            issue="Seven of 21 members had not completed induction training, and the register "
            "of interests was incomplete.",
            action="Deliver induction to every member and refresh the register of interests.",
            owner="Clerk and Chief Officer",
            due="2024-10-31",
            status="Met",
            progress="Induction completed by all members; register published in October.",
        ),
        Row(
            ref="3.2",
            category="3. Members' governance",
            issue="The constitution and scheme of delegation date from 2011.",
            action="Review the constitution and scheme of delegation.",
            owner="Clerk and Chief Officer and Legal Adviser",
            due="2024-12-31",
            revised="2025-06-30",
            status="Partly met",
            progress="Scheme of delegation revised; constitution review combined with the "
            "Defra model constitution consultation.",
        ),
        Row(
            ref="3.3",
            category="3. Members' governance",
            issue="Sub-committee minutes were not reported to the full Authority.",
            action="Report all sub-committee minutes to the next Authority meeting.",
            owner="",
            due="2024-09-30",
            status="Met",
            progress="Standing agenda item since September 2024.",
        ),
        Row(
            ref="4.1",
            category="4. Financial controls",
            issue="Internal audit found purchase card transactions without receipts totalling "
            "£3,870.",
            action="Issue new purchase card rules and review statements monthly.",
            owner="Treasurer",
            due="2024-08-31",
            status="Met",
            progress="Rules issued in August; no missing receipts since.",
        ),
        Row(
            ref="4.2",
            category="4. Financial controls",
            issue="The Authority's reserves policy does not set a minimum general reserve.",
            action="Set a minimum general reserve in the reserves policy.",
            owner="Treasurer",
            due="2025-01-31",
            status="Met",
            progress="Minimum of £250,000 set with the 2025/26 budget.",
        ),
        Row(
            ref="4.3",
            category="4. Financial controls",
            issue="Fixed penalty income is not reconciled to enforcement records.",
            action="Reconcile fixed penalty notices issued to income each quarter.",
            owner="Treasurer",
            due="2025-03-31",
            status="Not met",
            progress="First reconciliation due at the end of the year.",
        ),
        Row(
            ref="4.4",
            category="4. Financial controls",
            issue="Permit fees for the cockle fishery have not been reviewed since 2019.",
            action="Review permit fees and consult the industry.",
            owner="Chief Fishery Officer",
            due="2025-05-31",
            status="Not started",
            progress="To begin after the 2025 cockle stock survey.",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (K01, K02, K03, K04, K05, K06, K07, K08)


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


def _subject(row: Row) -> str:
    return f"action {row.ref}" if row.ref else f"the action on '{_topic(row)}'"


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
        or (
            gold_status(paper, r) != "complete"
            and (r.revised or r.due)
            and date.fromisoformat(r.revised or r.due) < when
        )
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
    return _q(
        (paper,),
        f"Who owns {_subject(row)} in {_where(paper)}?",
        "lookup",
        [[row.owner]],
        f"{_name(row)}: owner column '{row.owner}'",
    )


def q_due(paper: Paper, key: str) -> dict[str, Any]:
    row = _row(paper, key)
    current = row.revised or row.due
    return _q(
        (paper,),
        f"When is {_subject(row)} of {_where(paper)} now due?",
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
        f"What is the status of {_subject(row)} in {_where(paper)}?",
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


def q_across(earlier: Paper, later: Paper, ref: str) -> dict[str, Any]:
    """An issue followed across two years: its due date in the earlier paper and in the later."""
    old, new = _row(earlier, ref), _row(later, ref)
    then, now = old.revised or old.due, new.revised or new.due
    return _q(
        (earlier, later),
        f"Action {ref} of the {earlier.body} appears in both '{earlier.title}' and "
        f"'{later.title}'. When was it due in the first, and when is it due in the second?",
        "list",
        [_dates(earlier, then), _dates(later, now)],
        f"{ref}: due {then} ({earlier.meeting}, status {old.status}); due {now} "
        f"({later.meeting}, status {new.status})",
    )


def q_closed_since(earlier: Paper, later: Paper) -> dict[str, Any]:
    """Refs not complete in the earlier paper and complete in the later one."""
    done = {r.ref for r in later.rows if gold_status(later, r) == "complete"}
    rows = [r for r in earlier.rows if r.ref in done and gold_status(earlier, r) != "complete"]
    return _q(
        (earlier, later),
        f"Which actions still open in the {earlier.body} paper '{earlier.title}' are reported "
        f"complete in '{later.title}'?",
        "list",
        [_label(r) for r in rows],
        "open in the earlier paper, complete in the later: " + ", ".join(_name(r) for r in rows),
    )


QUESTIONS: tuple[dict[str, Any], ...] = (
    # integrated care board 2023/24 (docx)
    q_revised(K01),
    q_owner(K01, "IA23-03"),
    q_count(K01),
    q_not_started(K01),
    # integrated care board 2024/25 (ruled pdf)
    q_overdue(K02),
    q_due(K02, "IA23-05"),
    q_owner(K02, "IA24-06"),
    q_count(K02),
    # joint archive service 2023 (xlsx, fill-only status)
    q_revised(K03),
    q_status(K03, "CC3"),
    q_count(K03),
    q_owned_by(K03, "Collections Manager"),
    # joint archive service 2024 (scan)
    q_overdue(K04),
    q_due(K04, "AC1"),
    q_count(K04),
    # across years
    q_across(K01, K02, "IA23-02"),
    q_across(K03, K04, "BD1"),
    q_closed_since(K03, K04),
    q_closed_since(K01, K02),
    # lottery distributor (html, no refs)
    q_revised(K05),
    q_owner(K05, "Staff with access to change grantee bank details"),
    q_due(K05, "End-of-grant reports were not received"),
    q_count(K05),
    # community rail partnership (csv)
    q_revised(K06),
    q_overdue(K06),
    q_status(K06, "CR-04"),
    q_owner(K06, "CR-06"),
    # regional arts council (borderless pdf)
    q_count_revised(K07),
    q_due(K07, "CR3.2"),
    q_not_started(K07),
    q_owner(K07, "CR5.1"),
    # inshore fisheries and conservation authority (md)
    q_revised(K08),
    q_due(K08, "3.2"),
    q_count(K08),
    q_owned_by(K08, "Treasurer"),
)
