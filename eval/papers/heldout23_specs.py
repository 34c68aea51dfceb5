"""The twenty-third held-out set of the measuring corpus of issue 15 (``data/papers/heldout23``),
written by an outside writer. Must not be read while building govrag.

Eight papers of five invented bodies, none of them police, one paper a format: a mountain
rescue federation in three consecutive years (Word 2023, ruled PDF 2024, scan 2025), a
lifeboat charity's regional board in two (Excel 2024, Markdown 2025), a zoological society
(HTML), a regional fostering partnership (CSV) and an observatory trust (borderless PDF).
Bodies, people and papers are invented. ``QUESTIONS`` are derived from the rows below, never
from govrag's answers.
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

_MRF = "Scarthdale and Langmere Mountain Rescue Federation"
_MRF_COMMITTEE = "Finance, Audit and Risk Committee"

# --- 1. mountain rescue federation 2023: Word, two-row date header, merged owners,
#        sub-headings, month dates ------------------------------------------------------------

QF1 = Paper(
    slug="qf1_scarthdale_langmere_mrf_governance_review_2023",
    fmt="docx",
    kind="mountain rescue federation",
    body=_MRF,
    committee=_MRF_COMMITTEE,
    meeting="Tuesday 12 September 2023",
    title="Independent Governance Review 2023 - Action Plan",
    intro=(
        "The trustees commissioned an independent review of the Federation's governance "
        "in January 2023, covering the central charity and its eleven member teams. The "
        "reviewer reported to the Board on 27 April 2023 and gave an overall opinion of "
        "'limited assurance', with 3 high, 6 medium and 3 low priority findings.",
        "The Board approved the action plan below on 15 May 2023 and asked this Committee to "
        "monitor it at each meeting. Where a lead officer has asked for more time the date "
        "first agreed is shown beside the date now expected. The Federation's member teams "
        "responded to 1,184 call-outs in 2022, 9% more than in 2021.",
    ),
    closing=(
        "The Committee is asked to note progress, to accept the revised target dates and to "
        "note that the Treasurer will report the Gift Aid position to the Board in October.",
        "The next meeting of the Committee is on Tuesday 5 December 2023.",
    ),
    headers={
        "ref": "Rec.",
        "issue": "Finding",
        "action": "What we will do",
        "owner": "Lead officer",
        "original": "Originally agreed",
        "revised": "Now expected",
        "status": "Position",
        "progress": "Update at August 2023",
    },
    two_row_date_header="Target date",
    merge_fields=("owner",),
    date_style="month",
    revision="columns",
    running_header="SLMRF - Finance, Audit and Risk Committee - 12 September 2023 - Item 6",
    extra={
        "orient": "landscape",
        "body_label": "Charity",
        "date_label": "Meeting",
        "table_heading": "Appendix A - Governance review action plan",
        "closing_heading": "Decision required",
    },
    rows=(
        Row(
            ref="R1",
            category="Operational assurance",
            issue="Records of the six-monthly thorough examination of ropes, stretchers and "
            "lifting equipment (LOLER) were incomplete for 4 of the 11 member teams.",
            action="Keep one central register of thorough examinations for every team, "
            "completed by a competent person and checked by the Federation each half-year.",
            owner="Federation Equipment Officer",
            due="2023-12-31",
            status="In progress",
            progress="Register built in the Federation's kit database; 7 of 11 teams have "
            "loaded their examination certificates. The remaining four teams (Langmere North, "
            "Hobb Gill, Crag End and Stainfold) have been given until October.",
        ),
        Row(
            ref="R2",
            category="Operational assurance",
            issue="Controlled drug (morphine) stock records at two team bases had not been "
            "reconciled since the previous autumn.",
            action="Team doctors to sign a monthly controlled drug reconciliation and send a "
            "quarterly return to the Federation Medical Officer.",
            owner="Federation Medical Officer",
            due="2023-09-30",
            revised="2023-11-30",
            status="In progress",
            progress="Monthly reconciliations in place at nine teams. Two teams are without a "
            "team doctor until new appointments are made in October.",
        ),
        Row(
            ref="R3",
            category="Operational assurance",
            issue="Three of the 14 VHF radio repeater masts have no maintenance contract and "
            "one failed for 11 days in February 2023.",
            action="Tender a single maintenance contract covering all 14 repeater sites.",
            owner="Communications Officer",
            due="2024-03-31",
            status="Not started",
            progress="Specification to be drafted once the site survey of the two Langmere "
            "masts is complete.",
        ),
        Row(
            ref="R4",
            category="People and safeguarding",
            issue="38 of 412 operational volunteers had no enhanced DBS check renewed within "
            "the three-year period set by the Federation's policy.",
            action="Renew the outstanding checks and hold one tracker of renewal dates for all "
            "teams.",
            owner="Safeguarding Lead",
            due="2023-10-31",
            status="In progress",
            progress="29 checks renewed; 9 outstanding, of whom 4 have been stood down from "
            "call-outs until their checks are returned.",
        ),
        Row(
            ref="R5",
            category="People and safeguarding",
            issue="Only 61% of team leaders had completed safeguarding refresher training.",
            action="Run refresher sessions at each team base and report completion to the "
            "Board quarterly.",
            owner="Safeguarding Lead",
            due="2023-07-31",
            revised="2023-12-31",
            status="In progress",
            progress="Completion now 74%. Summer sessions were cancelled because of call-out "
            "demand during the July heatwave; autumn dates have been set.",
        ),
        Row(
            ref="R6",
            category="People and safeguarding",
            issue="Nine volunteer drivers held no current emergency response driving certificate.",
            action="Stand drivers down from blue-light driving until retrained and show "
            "certificate expiry on the team rota.",
            owner="Vehicles Officer",
            due="2023-06-30",
            status="Complete",
            progress="All nine retrained by June 2023; expiry dates now shown on the rota.",
        ),
        Row(
            ref="R7",
            category="Money and fundraising",
            issue="No Gift Aid has been claimed since 2021 on eligible donations of about "
            "£146,000.",
            action="Register for HMRC Charities Online and claim for the last four years.",
            owner="Treasurer",
            due="2023-08-31",
            status="Overdue",
            progress="Registration completed in July. Donor declarations for 2020 and 2021 "
            "are still being matched to the bank records.",
        ),
        Row(
            ref="R8",
            category="Money and fundraising",
            issue="Unrestricted reserves of £1.24m (26 months of running costs) are held "
            "without a reserves policy.",
            action="Adopt a reserves policy setting a target range and the purposes of any "
            "designated funds.",
            owner="Treasurer",
            due="2023-11-30",
            status="Not started",
            progress="",
        ),
        Row(
            ref="R9",
            category="Money and fundraising",
            issue="An £85,000 restricted grant for a response vehicle was not accounted for "
            "as a separate fund.",
            action="Set up restricted fund codes and report restricted balances to the Board.",
            owner="Treasurer",
            due="2023-05-31",
            status="Complete",
            progress="Fund codes in use from May; restricted balances reported in the Q1 accounts.",
        ),
        Row(
            ref="R10",
            category="Information and systems",
            issue="Call-out logs containing casualty details are kept on team members' own "
            "spreadsheets and there is no information sharing agreement with Fellshire "
            "Constabulary.",
            action="Sign an information sharing agreement with the Constabulary and move all "
            "call-out logs to the Federation's incident system.",
            owner="Federation Secretary",
            due="2023-12-31",
            status="In progress",
            progress="Draft agreement with the Constabulary's data protection officer; "
            "incident system licences bought for all teams.",
        ),
        Row(
            ref="R11",
            category="Information and systems",
            issue="Team email accounts use shared passwords and none has multi-factor "
            "authentication.",
            action="Turn on multi-factor authentication for every Federation and team account.",
            owner="",
            due="2023-10-31",
            status="Not started",
            progress="No volunteer has yet been found to lead this work.",
        ),
        Row(
            ref="R12",
            category="Information and systems",
            issue="The trustees' register of interests had not been updated since 2020.",
            action="Ask each trustee for a new declaration and review the register every year.",
            owner="Federation Secretary",
            due="2023-04-30",
            status="Complete",
            progress="Declarations from all 9 trustees received in April 2023.",
        ),
    ),
)

# --- 2. mountain rescue federation 2024: ruled PDF, RAG words with key, financial quarters,
#        "(revised from …)", three meetings' updates in one cell ---------------------------

QF2 = Paper(
    slug="qf2_scarthdale_langmere_mrf_governance_progress_2024",
    fmt="pdf",
    kind="mountain rescue federation",
    body=_MRF,
    committee=_MRF_COMMITTEE,
    meeting="Wednesday 18 September 2024",
    title="Governance Action Plan - Progress Report 2024",
    intro=(
        "This report carries forward the open actions from the 2023 independent governance "
        "review and adds three actions from the trustees' own review of March 2024. Three of "
        "the twelve 2023 actions (R6, R9 and R12) were closed by the Committee on 5 December "
        "2023; the other nine are carried forward.",
        "Each action is numbered afresh (GR-) and its progress column keeps the updates given "
        "at the Committee's May, July and September 2024 meetings. The annual accounts for "
        "2023/24 showed total income of £1.62m and were approved by the trustees on 24 July "
        "2024.",
    ),
    closing=(
        "The Committee is asked to note the RAG ratings, to close GR-02, GR-04, GR-06, GR-07 "
        "and GR-09, and to agree that GR-10 be added to the Federation's risk register.",
    ),
    headers={
        "ref": "No.",
        "issue": "Issue identified",
        "action": "Agreed action",
        "owner": "Responsible officer",
        "due": "Target quarter",
        "status": "RAG",
        "progress": "Progress (May / July / September 2024 meetings)",
    },
    rag_key=RAG_KEY_DEFAULT,
    borders=True,
    date_style="quarter",
    revision="inline",
    running_header="Scarthdale and Langmere MRF | Finance, Audit and Risk Committee | 18 Sept 2024",
    extra={
        "orient": "landscape",
        "size": "8.5pt",
        "table_heading": "Action plan 2024",
        "key_text": "RAG: Blue - complete; Green - on track; Amber - at risk of missing the "
        "target; Red - not started.",
        "closing_heading": "Recommendations",
        "footer": "FAR Committee 18.09.2024 - Item 5",
    },
    rows=(
        Row(
            ref="GR-01",
            issue="LOLER thorough examination records still incomplete for some member teams.",
            action="Complete the central LOLER register for all eleven teams and check it each "
            "half-year.",
            owner="Deputy Operations Director",
            due="2023-12-31",
            revised="2024-12-31",
            status="Green",
            progress="May: 9 of 11 teams complete.\nJuly: 10 of 11; Stainfold team's "
            "stretchers re-examined.\nSeptember: Crag End certificates received; first "
            "half-year check due in December.",
        ),
        Row(
            ref="GR-02",
            issue="Controlled drug reconciliations missing at two team bases.",
            action="Monthly reconciliation signed by the team doctor, quarterly return to the "
            "Medical Officer.",
            owner="Federation Medical Officer",
            due="2023-09-30",
            revised="2023-11-30",
            status="Blue",
            progress="May: returns received from all teams.\nJuly: two new team doctors "
            "appointed.\nSeptember: two clean quarterly returns; propose closure.",
        ),
        Row(
            ref="GR-03",
            issue="Repeater masts without a maintenance contract.",
            action="Tender one maintenance contract for all 14 repeater sites.",
            owner="Head of Communications and IT",
            due="2024-03-31",
            revised="2025-03-31",
            status="Amber",
            progress="May: specification drafted.\nJuly: only one compliant bid received; "
            "tender to be re-run.\nSeptember: re-tender issued with a closing date of 31 "
            "October; award now expected in Q4.",
        ),
        Row(
            ref="GR-04",
            issue="Enhanced DBS checks overdue for renewal.",
            action="Renew the outstanding checks and keep a single renewal tracker.",
            owner="Safeguarding Lead",
            due="2023-10-31",
            revised="2023-12-31",
            status="Blue",
            progress="May: all 38 checks renewed.\nJuly: tracker in use.\nSeptember: no check "
            "more than three years old.",
        ),
        Row(
            ref="GR-05",
            issue="Safeguarding refresher training not completed by all team leaders.",
            action="Refresher sessions at each base with completion reported quarterly.",
            owner="Safeguarding Lead",
            due="2023-12-31",
            revised="2024-06-30",
            status="Amber",
            progress="May: 81%.\nJuly: 84%.\nSeptember: 84%; the six leaders outstanding "
            "have been offered an online course.",
        ),
        Row(
            ref="GR-06",
            issue="Gift Aid not claimed on eligible donations.",
            action="Claim Gift Aid for the last four years through Charities Online.",
            owner="Treasurer",
            due="2023-08-31",
            revised="2023-12-31",
            status="Blue",
            progress="May: £38,900 reclaimed from HMRC.\nJuly: quarterly claims diarised.\n"
            "September: first quarterly claim paid.",
        ),
        Row(
            ref="GR-07",
            issue="No reserves policy for unrestricted reserves.",
            action="Adopt a reserves policy with a target range of 9 to 12 months' costs.",
            owner="Treasurer",
            due="2023-11-30",
            revised="2024-03-31",
            status="Blue",
            progress="May: policy adopted by the trustees on 19 March 2024.\nJuly: £400,000 "
            "designated for vehicles.\nSeptember: no further action.",
        ),
        Row(
            ref="GR-08",
            issue="No information sharing agreement with Fellshire Constabulary for call-out data.",
            action="Sign the agreement and move all call-out logs to the incident system.",
            owner="Federation Secretary",
            due="2023-12-31",
            revised="2024-12-31",
            status="Green",
            progress="May: Constabulary legal review under way.\nJuly: all teams logging on "
            "the incident system.\nSeptember: agreement due to be signed at the October "
            "liaison meeting.",
        ),
        Row(
            ref="GR-09",
            issue="Shared passwords and no multi-factor authentication on team email.",
            action="Multi-factor authentication on every account.",
            owner="Head of Communications and IT",
            due="2023-10-31",
            revised="2024-03-31",
            status="Blue",
            progress="May: 93 of 102 accounts enabled.\nJuly: all accounts enabled.\n"
            "September: shared accounts closed.",
        ),
        Row(
            ref="GR-10",
            issue="Three of nine Land Rovers are more than 15 years old and there is no "
            "costed vehicle replacement plan.",
            action="Prepare a ten-year costed vehicle replacement plan and a designated "
            "replacement fund.",
            owner="Vehicles Officer",
            due="2025-03-31",
            status="Red",
            progress="May: not yet started.\nJuly: quotes requested for two vehicles.\n"
            "September: plan not yet drafted.",
        ),
        Row(
            ref="GR-11",
            issue="No trustee has a finance qualification since the former Treasurer stood down.",
            action="Carry out a trustee skills audit and recruit a qualified trustee.",
            owner="Chair of Trustees",
            due="2024-06-30",
            status="Amber",
            progress="May: skills audit circulated.\nJuly: advert placed with the county "
            "volunteer centre.\nSeptember: two candidates to be interviewed in October.",
        ),
        Row(
            ref="GR-12",
            issue="7% of call-out logs for 2023 had no grid reference for the incident.",
            action="Make the grid reference a required field and report data quality quarterly.",
            owner="",
            due="2024-12-31",
            status="Red",
            progress="May: not started.\nJuly: not started.\nSeptember: awaiting a supplier "
            "change to the incident system.",
        ),
    ),
)

# --- 3. mountain rescue federation 2025: ruled scan, dd.mm.yyyy, "(was …)", sub-actions
#        (a), (b), (c) inside one row -------------------------------------------------------

QF3 = Paper(
    slug="qf3_scarthdale_langmere_mrf_governance_followup_2025_scan",
    fmt="pdf-scan",
    kind="mountain rescue federation",
    body=_MRF,
    committee=_MRF_COMMITTEE,
    meeting="Thursday 11 September 2025",
    title="Governance Action Plan - Annual Follow-up 2025",
    intro=(
        "Ten actions remain on the plan: seven carried forward from 2024 and three from the "
        "Federation's 2025 risk workshop held on 8 March 2025. Actions with several parts are "
        "shown with lettered sub-actions.",
        "The Federation's teams attended 1,402 call-outs in 2024. The trustees approved a "
        "designated vehicle fund of £180,000 on 20 May 2025.",
    ),
    closing=(
        "The Committee is asked to note the position and to close GR-01, GR-05, GR-08 and "
        "GR-11. A full review of the plan will be presented to the Board on 4 December 2025.",
    ),
    headers={
        "ref": "Action ref",
        "issue": "Area of concern",
        "action": "Actions agreed",
        "owner": "Owner",
        "due": "Deadline",
        "status": "Status",
        "progress": "Commentary",
    },
    borders=True,
    date_style="dmy.",
    revision="was",
    running_header="SLMRF FAR Committee 11.09.2025 - Agenda item 7",
    extra={"size": "9pt", "table_heading": "Follow-up of governance actions"},
    rows=(
        Row(
            ref="GR-01",
            issue="Central LOLER examination register not yet checked for every team.",
            action="Complete the first half-year check of the central LOLER register.",
            owner="Deputy Operations Director",
            due="2024-12-31",
            revised="2025-06-30",
            status="Complete",
            progress="First half-year check completed in June 2025; two expired stretcher "
            "certificates found and renewed.",
        ),
        Row(
            ref="GR-03",
            issue="Repeater network maintenance still not under contract.",
            action="(a) Evaluate re-tender bids; (b) award a contract for all 14 repeater "
            "sites; (c) transfer the three uncovered masts to the contract.",
            owner="Head of Communications and IT",
            due="2025-03-31",
            revised="2025-10-31",
            status="In progress",
            progress="(a) done in November 2024; (b) contract awarded to Pennine Radio "
            "Services in June 2025; (c) transfer of the Langmere masts awaits landowner "
            "consent.",
        ),
        Row(
            ref="GR-05",
            issue="Safeguarding refresher training for team leaders.",
            action="Complete refresher training for the remaining team leaders.",
            owner="Safeguarding Lead",
            due="2024-06-30",
            revised="2024-12-31",
            status="Complete",
            progress="100% of team leaders trained by December 2024.",
        ),
        Row(
            ref="GR-08",
            issue="Information sharing agreement with Fellshire Constabulary.",
            action="Sign and publish the information sharing agreement.",
            owner="Federation Secretary",
            due="2024-12-31",
            status="Complete",
            progress="Signed on 14 January 2025 and published on the Federation's website.",
        ),
        Row(
            ref="GR-10",
            issue="Ageing response vehicles with no replacement plan.",
            action="(a) Approve a ten-year costed replacement plan; (b) set up a designated "
            "vehicle fund; (c) order the first replacement vehicle.",
            owner="Treasurer",
            due="2025-03-31",
            revised="2025-12-31",
            status="Partially implemented",
            progress="(a) plan approved in April 2025; (b) fund of £180,000 designated in May; "
            "(c) order to be placed once the Langmere team's grant bid is decided.",
        ),
        Row(
            ref="GR-11",
            issue="Finance skills on the Board of Trustees.",
            action="Co-opt a qualified accountant as trustee and Treasurer.",
            owner="Chair of Trustees",
            due="2024-06-30",
            revised="2024-12-31",
            status="Complete",
            progress="Chartered accountant co-opted in November 2024 and elected Treasurer.",
        ),
        Row(
            ref="GR-12",
            issue="Missing grid references in call-out logs.",
            action="(a) Make grid reference a required field; (b) report data quality to the "
            "Committee quarterly.",
            owner="Incident Data Manager",
            due="2024-12-31",
            revised="2025-09-30",
            status="In progress",
            progress="(a) done in March 2025; (b) first quarterly report at this meeting shows "
            "1.2% of logs without a grid reference.",
        ),
        Row(
            ref="GR-13",
            issue="No structured support was offered to volunteers after 6 of the 9 fatal "
            "incidents attended in 2024.",
            action="(a) Train four TRiM practitioners; (b) offer a defusing session after every "
            "fatal or traumatic call-out.",
            owner="Welfare Officer",
            due="2025-12-31",
            status="Not started",
            progress="Course places booked for January 2026.",
        ),
        Row(
            ref="GR-14",
            issue="Drone flights at call-outs are made without an approved operations manual.",
            action="Write an operations manual for drone use and have it approved by the trustees.",
            owner="Drone Coordinator",
            due="2025-06-30",
            status="Overdue",
            progress="Draft manual is with the Federation's insurer for comment.",
        ),
        Row(
            ref="GR-15",
            issue="Volunteers use their own vehicles to reach call-outs without the Federation "
            "checking they have business use insurance.",
            action="Collect evidence of business use cover from every volunteer who drives to "
            "call-outs.",
            owner="",
            due="2025-11-30",
            status="Not started",
            progress="",
        ),
    ),
)

_LB = "Firthside Independent Lifeboats"
_LB_COMMITTEE = "Northern Region Board"

# --- 4. lifeboat charity region 2024: Excel, RAG as fill only (green = done), header row 5,
#        an 'Agreed? (Y/N)' management response column -------------------------------------

QF4 = Paper(
    slug="qf4_firthside_lifeboats_north_station_inspections_2024",
    fmt="xlsx",
    kind="lifeboat charity regional board",
    body=_LB,
    committee=_LB_COMMITTEE,
    meeting="Monday 18 March 2024",
    title="Station Inspection Findings - Action Tracker 2023/24",
    intro=(
        "The charity's coxswain-inspectors visited the four stations of the Northern Region "
        "(Wrayness, Skelda Voe, Inverbrora and Portgower) between August and October 2023 "
        "and raised 11 findings. Management did not agree one of them; the Board accepted "
        "that risk on 4 December 2023.",
        "The region's lifeboats launched 187 times in 2023 and rescued 142 people. The "
        "Region's budget for 2024/25 of £2.36m was approved by the charity's Council on "
        "29 February 2024.",
    ),
    closing=(
        "The Board is asked to note the tracker. Status is shown by the colour of the RAG "
        "cell only, according to the key above the table.",
        "Next Regional Board meeting: Monday 17 June 2024.",
    ),
    headers={
        "ref": "Finding no.",
        "issue": "Inspection finding",
        "priority": "Agreed? (Y/N)",
        "action": "Management response",
        "owner": "Station lead",
        "original": "Target date",
        "revised": "Revised target",
        "status": "RAG",
        "progress": "Update at March 2024",
    },
    rag_key=RAG_KEY_GREEN_DONE,
    rag_fill=True,
    header_row=5,
    date_style="dmy/",
    revision="columns",
    extra={
        "cover_sheet": "Board report",
        "sheet": "Inspection actions",
        "key_text": "Key to RAG fill: Green - complete; Amber - in progress; Red - not started",
    },
    rows=(
        Row(
            ref="NR23-01",
            issue="Wrayness: 6 of 14 crew lifejackets were past their annual service date.",
            priority="Y",
            action="Service all lifejackets and add service dates to the station kit log.",
            owner="Wrayness Lifeboat Operations Manager",
            due="2023-11-30",
            status="Green",
            progress="All 14 serviced by Ocean Safety in November 2023.",
        ),
        Row(
            ref="NR23-02",
            issue="Wrayness: the launch tractor's annual service was five months overdue.",
            priority="Y",
            action="Service the launch tractor and put it on the regional fleet maintenance "
            "schedule.",
            owner="Wrayness Lifeboat Operations Manager",
            due="2023-12-31",
            revised="2024-04-30",
            status="Amber",
            progress="Parts for the hydraulic winch are on back order from the manufacturer; "
            "the tractor remains usable under a temporary risk assessment signed by the "
            "Regional Engineer.",
        ),
        Row(
            ref="NR23-03",
            issue="Skelda Voe: three crew members' medical certificates had expired.",
            priority="Y",
            action="Stand the crew members down from sea duty until medicals are renewed.",
            owner="Skelda Voe Coxswain",
            due="2023-10-31",
            status="Green",
            progress="Two renewed; one crew member has moved to shore crew.",
        ),
        Row(
            ref="NR23-04",
            issue="Skelda Voe: the 2,500 litre fuel tank is not bunded.",
            priority="Y",
            action="Install a bunded fuel tank meeting the Oil Storage Regulations.",
            owner="Regional Estates Manager",
            due="2024-03-31",
            revised="2024-09-30",
            status="Amber",
            progress="Planning consent needed because the station is in a conservation area; "
            "application submitted on 12 February 2024.",
        ),
        Row(
            ref="NR23-05",
            issue="Skelda Voe: the slipway winch cable had no record of inspection since 2021.",
            priority="Y",
            action="Commission a thorough examination of the winch cable and keep the "
            "certificate at the station.",
            owner="Regional Estates Manager",
            due="2023-12-31",
            status="Green",
            progress="Examined in December; cable replaced as a precaution.",
        ),
        Row(
            ref="NR23-06",
            issue="Inverbrora: helm assessment records for the D-class lifeboat were "
            "incomplete for four helms.",
            priority="Y",
            action="Reassess the four helms and record the results in the crew training system.",
            owner="Inverbrora Helm Trainer",
            due="2024-02-29",
            status="Red",
            progress="Assessor visit cancelled twice because of weather; rebooked for April.",
        ),
        Row(
            ref="NR23-07",
            issue="Inverbrora: average time from pager alert to launch was 14 minutes "
            "against the charity's 10-minute standard.",
            priority="N",
            action="Not agreed: the station's crew live further from the boathouse than "
            "elsewhere; the Board accepted the risk and will review crew recruitment instead.",
            owner="",
            due="2024-03-31",
            status="Red",
            progress="Risk accepted by the Regional Board on 4 December 2023.",
        ),
        Row(
            ref="NR23-08",
            issue="Portgower: casualty care kits contained 11 items past their expiry dates.",
            priority="Y",
            action="Check casualty care kits monthly against an expiry checklist.",
            owner="Portgower Lifeboat Operations Manager",
            due="2023-09-30",
            status="Green",
            progress="Monthly checks recorded since September 2023.",
        ),
        Row(
            ref="NR23-09",
            issue="Portgower: cash from the station shop (about £31,000 a year) is counted by "
            "one volunteer alone.",
            priority="Y",
            action="Introduce two-person cash counts and weekly banking.",
            owner="Regional Fundraising Manager",
            due="2024-01-31",
            revised="2024-05-31",
            status="Amber",
            progress="Second key-holder recruited; weekly banking starts once the new "
            "night-safe bag contract is in place.",
        ),
        Row(
            ref="NR23-10",
            issue="All stations: crew pagers will not be supported by the network after June 2024.",
            priority="Y",
            action="Replace pagers with the charity's call-out app and a back-up SMS alert.",
            owner="Regional Operations Manager",
            due="2024-06-30",
            status="Amber",
            progress="App live at Wrayness and Portgower; Skelda Voe and Inverbrora have poor "
            "mobile coverage and need a satellite back-up.",
        ),
        Row(
            ref="NR23-11",
            issue="All stations: crew personal data is kept in paper files at the boathouses.",
            priority="Y",
            action="Move crew records to the charity's HR system and destroy the paper files.",
            owner="Regional Operations Manager",
            due="2024-09-30",
            status="Red",
            progress="",
        ),
    ),
)

# --- 5. lifeboat charity region 2025: Markdown, bold sub-headings by station, seasons,
#        "… now …", deadline cells with ranges and 'Ongoing' --------------------------------

QF5 = Paper(
    slug="qf5_firthside_lifeboats_north_inspection_followup_2025",
    fmt="md",
    kind="lifeboat charity regional board",
    body=_LB,
    committee=_LB_COMMITTEE,
    meeting="Monday 17 March 2025",
    title="Station Inspection Findings - Follow-up 2024/25",
    intro=(
        "This paper follows up the open findings of the 2023 inspections and the eight "
        "findings of the September 2024 inspections, grouped by station. Six of the 2023 "
        "findings were closed during 2024 and are not repeated here.",
        "The region's lifeboats launched 203 times in 2024. On 9 January 2025 the charity's "
        "Council approved £420,000 for the new boathouse fuel and winch works at Skelda Voe.",
    ),
    closing=(
        "The Board is asked to note the follow-up and to agree the new target for the "
        "Skelda Voe fuel tank.",
        "The next inspection round is planned for September and October 2025.",
    ),
    headers={
        "ref": "Ref",
        "issue": "What the inspectors found",
        "action": "What we agreed to do",
        "owner": "Who",
        "due": "When",
        "status": "Where we are",
        "progress": "Update at March 2025",
    },
    date_style="season",
    revision="now",
    extra={"table_heading": "Follow-up by station", "closing_heading": "For the Board"},
    rows=(
        Row(
            ref="NR23-02",
            category="Wrayness",
            issue="Launch tractor service overdue (2023 inspection).",
            action="Keep the launch tractor on the regional fleet maintenance schedule.",
            owner="Regional Fleet Engineer",
            due="2024-04-30",
            due_text="April 2024",
            revised="2024-11-30",
            status="Completed",
            progress="Winch parts fitted in October 2024 and the tractor passed its annual "
            "service in November.",
        ),
        Row(
            ref="NR24-01",
            category="Wrayness",
            issue="The boathouse fire alarm was not tested weekly between May and July 2024.",
            action="Test the alarm weekly and sign the log at the Monday crew exercise.",
            owner="Wrayness Lifeboat Operations Manager",
            due="",
            due_text="Ongoing",
            status="Ongoing",
            progress="Weekly tests recorded since September 2024.",
        ),
        Row(
            ref="NR23-04",
            category="Skelda Voe",
            issue="Fuel tank not bunded (2023 inspection).",
            action="Install a bunded tank as part of the boathouse fuel and winch works.",
            owner="Regional Estates Manager",
            due="2024-09-30",
            due_text="September 2024",
            revised="2025-08-31",
            status="In progress",
            progress="Planning consent granted in November 2024 with a condition on the tank "
            "screen. Contractor appointed in February 2025; works to start after the "
            "breeding season of the tern colony beside the slipway ends in late July. The "
            "Council approved £420,000 for the works in January.",
        ),
        Row(
            ref="NR24-02",
            category="Skelda Voe",
            issue="Four of 19 crew had not completed the sea survival refresher.",
            action="Book the four crew on the next regional sea survival course.",
            owner="Skelda Voe Coxswain",
            due="2025-05-31",
            due_text="April to May 2025",
            status="Not yet due",
            progress="Places booked on the course at Inverbrora on 26 April 2025.",
        ),
        Row(
            ref="NR23-06",
            category="Inverbrora",
            issue="Helm assessments incomplete for the D-class lifeboat (2023 inspection).",
            action="Reassess the helms and record results in the training system.",
            owner="Inverbrora Helm Trainer",
            due="2024-02-29",
            revised="2024-05-31",
            status="Complete",
            progress="Three helms passed in April 2024; one stepped down.",
        ),
        Row(
            ref="NR24-03",
            category="Inverbrora",
            issue="Launch times still average 13 minutes against the 10-minute standard.",
            action="Recruit six crew living within five minutes of the boathouse.",
            owner="Regional Volunteer Manager",
            due="2025-11-30",
            status="Behind schedule",
            progress="Two recruits in training; a recruitment evening at Inverbrora Academy "
            "drew 14 enquiries but only one applicant lives close enough.",
        ),
        Row(
            ref="NR24-04",
            category="Inverbrora",
            issue="The D-class lifeboat engine had run 40 hours past its service interval.",
            action="Service the engine and set an hours alert in the fleet system.",
            owner="Regional Fleet Engineer",
            due="2024-11-30",
            status="Done",
            progress="Serviced in October 2024; alert set at 90 hours.",
        ),
        Row(
            ref="NR24-05",
            category="Portgower",
            issue="The station shop's card reader is not covered by the charity's PCI "
            "compliance certificate.",
            action="Replace the reader with the charity's standard terminal.",
            owner="Regional Fundraising Manager",
            due="2025-05-31",
            due_text="March to May 2025",
            status="Not started",
            progress="",
        ),
        Row(
            ref="NR24-06",
            category="Portgower",
            issue="No record that visiting school groups were briefed on boathouse safety.",
            action="Use the charity's visitor safety briefing card for every group.",
            owner="",
            due="",
            due_text="Ongoing",
            status="In progress",
            progress="Cards printed; briefing recorded for 5 of 7 groups since January.",
        ),
        Row(
            ref="NR23-10",
            category="All stations",
            issue="Pager replacement: satellite back-up needed where mobile coverage is poor.",
            action="Fit satellite alerting units at Skelda Voe and Inverbrora.",
            owner="Regional Operations Manager",
            due="2024-06-30",
            due_text="June 2024",
            revised="2025-05-31",
            status="Overdue",
            progress="Units delivered but the supplier's installer is not available until "
            "June; pagers kept in service under a short extension agreed with the network.",
        ),
        Row(
            ref="NR23-11",
            category="All stations",
            issue="Crew records on paper at the boathouses.",
            action="Move crew records to the HR system and destroy the paper files.",
            owner="Regional Operations Manager",
            due="2024-09-30",
            due_text="September 2024",
            revised="2025-02-28",
            status="Partially complete",
            progress="Records of Wrayness, Portgower and Inverbrora moved; Skelda Voe files "
            "being scanned.",
        ),
    ),
)

# --- 6. zoological society: HTML, theme column written only on the first row of its group,
#        merged owner cells, full dates, "Target date extended from … to …" ----------------

QF6 = Paper(
    slug="qf6_westerleigh_zoo_licence_audit_actions",
    fmt="html",
    kind="zoological society",
    body="Westerleigh Zoological Society",
    committee="Audit and Risk Committee",
    meeting="Wednesday 4 June 2025",
    title="Zoo Licence Inspection and Internal Audit - Combined Action Plan",
    intro=(
        "The local authority's periodic zoo licence inspection took place on 22 and 23 "
        "October 2024 with a Secretary of State's zoo inspector. The licence was renewed for "
        "six years subject to four conditions, all of which appear below. Internal audit's "
        "review of income and procurement, reported in January 2025, gave 'moderate "
        "assurance'.",
        "The Society welcomed 486,000 visitors in 2024 and its admissions income was £7.9m. "
        "The combined plan was approved by the Executive Team on 10 February 2025.",
    ),
    closing=(
        "The Committee is asked to note the plan and the two extended targets, and to note "
        "that the licensing authority will make an informal visit in September 2025.",
    ),
    headers={
        "priority": "Theme",
        "ref": "Ref",
        "issue": "Finding",
        "action": "Action",
        "owner": "Accountable manager",
        "due": "Due by",
        "status": "Status",
        "progress": "Progress",
    },
    merge_fields=("owner",),
    borders=True,
    date_style="long",
    revision="extended",
    extra={
        "table_heading": "Combined action plan",
        "body_label": "Organisation",
        "head_bg": "#e2efda",
        "closing_heading": "Recommendation to the Committee",
    },
    rows=(
        Row(
            ref="ZL-1",
            priority="Animal welfare",
            issue="Licence condition 1: clinical records for 23 animals treated in 2024 did "
            "not record the follow-up examination.",
            action="Use the veterinary records system's follow-up prompt for every treatment.",
            owner="Head of Veterinary Services",
            due="2025-01-31",
            status="Complete",
            progress="Prompt in use since January; audit of 40 records found none missing.",
        ),
        Row(
            ref="ZL-2",
            priority="",
            issue="The studbook entries for the Amur leopards and the Sumatran tigers were "
            "two years behind the regional breeding programme.",
            action="Bring studbook entries up to date and submit them to the programme "
            "coordinator.",
            owner="Head of Veterinary Services",
            due="2025-03-31",
            status="Complete",
            progress="Entries submitted on 21 March 2025.",
        ),
        Row(
            ref="ZL-3",
            priority="Visitor and staff safety",
            issue="Licence condition 2: the stand-off barrier at the big cat house is 1.1 "
            "metres high, below the 1.5 metres required for Category 1 animals.",
            action="Raise the stand-off barrier to 1.5 metres along its 62-metre length.",
            owner="Head of Estates",
            due="2025-04-30",
            revised="2025-07-31",
            status="In progress",
            progress="Steelwork fabricated; installation moved to avoid the Easter holidays, "
            "when the big cat house is the busiest area of the zoo.",
        ),
        Row(
            ref="ZL-4",
            priority="",
            issue="Licence condition 3: no animal escape drill had been held for 18 months.",
            action="Hold four escape drills a year, one of them unannounced, and review each one.",
            owner="Head of Animal Operations",
            due="2025-03-31",
            status="Complete",
            progress="Drills held on 11 December 2024 and 19 March 2025 (unannounced).",
        ),
        Row(
            ref="ZL-5",
            priority="",
            issue="Licence condition 4: two of the five members of the firearms team had not "
            "completed their annual requalification.",
            action="Requalify both members and schedule requalification in the training calendar.",
            owner="Head of Animal Operations",
            due="2024-12-31",
            status="Complete",
            progress="Both requalified in December 2024.",
        ),
        Row(
            ref="ZL-6",
            priority="",
            issue="Hand-washing stations at the walk-through lemur enclosure were out of "
            "soap on both days of the inspection.",
            action="Add the stations to the hourly cleaning round and fit refill sensors.",
            owner="Visitor Services Manager",
            due="2025-05-31",
            status="Partially implemented",
            progress="Added to the hourly cleaning round in November 2024. The refill sensors "
            "were ordered in April after a first supplier could not meet the outdoor rating "
            "needed, and are now due to be fitted in June. Spot checks by the duty manager "
            "found soap available at 31 of 32 checks since January.",
        ),
        Row(
            ref="IA-1",
            priority="Income",
            issue="Gift Aid on admissions was claimed on 3,400 tickets bought by visitors who "
            "had not made a valid declaration.",
            action="Change the online ticket form so the Gift Aid declaration is a required "
            "tick box and correct the claims.",
            owner="Director of Finance",
            due="2025-02-28",
            status="Complete",
            progress="Form changed in February; £9,850 repaid to HMRC.",
        ),
        Row(
            ref="IA-2",
            priority="",
            issue="Refunds on the ticketing system can be issued and approved by the same "
            "supervisor.",
            action="Set the system so that refunds over £100 need a second approver.",
            owner="Director of Finance",
            due="2025-03-31",
            revised="2025-06-30",
            status="In progress",
            progress="Supplier upgrade needed for two-step approval; scheduled for June.",
        ),
        Row(
            ref="IA-3",
            priority="Procurement",
            issue="Animal feed worth £412,000 a year is bought from nine suppliers without a "
            "contract or competitive quotes.",
            action="Tender a framework for animal feed and produce with at least three lots.",
            owner="Procurement Manager",
            due="2025-09-30",
            status="Not started",
            progress="Specification to be agreed with the nutrition team in the summer.",
        ),
        Row(
            ref="IA-4",
            priority="",
            issue="14 purchase orders were raised after the invoice had been received.",
            action="Report retrospective orders to the Executive Team each month.",
            owner="Procurement Manager",
            due="2025-04-30",
            status="Overdue",
            progress="Report designed but not yet produced from the finance system.",
        ),
        Row(
            ref="IA-5",
            priority="",
            issue="The contract register omits the catering concession and the car park operator.",
            action="Update the contract register and review it every quarter.",
            owner="",
            due="2025-03-31",
            status="Complete",
            progress="Both contracts added; quarterly review set up.",
        ),
        Row(
            ref="IA-6",
            priority="Information security",
            issue="The keeper tablets used in animal areas have no device management and two "
            "were lost in 2024.",
            action="Enrol all 48 tablets in mobile device management with remote wipe.",
            owner="Head of IT",
            due="2025-06-30",
            status="On track",
            progress="31 of 48 enrolled.",
        ),
    ),
)

# --- 7. regional fostering partnership: CSV after a preamble (header row 4), Mon-YY dates,
#        no status column (status opens the position statement), "Deadline moved back" ----

QF7 = Paper(
    slug="qf7_dunnerholme_lune_fostering_ofsted_audit_tracker",
    fmt="csv",
    kind="regional fostering agency",
    body="Dunnerholme and Lune Fostering Partnership",
    committee="Partnership Board",
    meeting="Tuesday 21 January 2025",
    title="Ofsted Recommendations and Internal Audit Actions - Tracker",
    intro=(
        "Ofsted inspected the Partnership in May 2024 and judged it 'requires improvement "
        "to be good'.",
    ),
    closing=("The Board is asked to note the tracker.",),
    headers={
        "ref": "Ref",
        "issue": "Recommendation / finding",
        "action": "Planned action",
        "owner": "Lead",
        "due": "Deadline",
        "progress": "Position statement",
    },
    header_row=4,
    date_style="mon-yy",
    revision="moved",
    rows=(
        Row(
            ref="OF-1",
            issue="27 of 186 fostering households had not had their annual review within 12 "
            "months.",
            action="Clear the overdue reviews and add an alert at ten months to the case "
            "management system.",
            owner="Fostering Service Manager (Dunnerholme)",
            due="2024-09-30",
            revised="2024-12-31",
            status="Complete",
            progress="Complete - all 27 reviews held; the ten-month alert went live in November.",
        ),
        Row(
            ref="OF-2",
            issue="Supervising social workers carried an average of 21 households against "
            "the Partnership's standard of 18.",
            action="Recruit three supervising social workers and rebalance caseloads.",
            owner="Head of Fostering",
            due="2025-03-31",
            status="In progress",
            progress="In progress: two posts filled in December; average caseload now 19. "
            "The third post is being readvertised with a market supplement.",
        ),
        Row(
            ref="OF-3",
            issue="Unannounced visits to foster homes were not made at least once a year in "
            "14 cases.",
            action="Plan unannounced visits in the supervision calendar and report "
            "completion monthly.",
            owner="Fostering Service Manager (Lune)",
            due="2024-10-31",
            status="Overdue",
            progress="Overdue: 9 of the 14 visits made; the remaining five are booked for "
            "February.",
        ),
        Row(
            ref="OF-4",
            issue="Foster carers did not always know what decisions they could take for the "
            "child (delegated authority).",
            action="Record delegated authority in every placement plan within 5 working days "
            "of placement.",
            owner="Head of Fostering",
            due="2024-12-31",
            status="Partially implemented",
            progress="Partially implemented - recorded in 81% of placement plans audited in "
            "December.",
        ),
        Row(
            ref="OF-5",
            issue="There are too few carers for teenagers and sibling groups; 31 children "
            "were placed with independent agencies at an average weekly cost of £1,140.",
            action="Run a targeted recruitment campaign for carers of teenagers and sibling "
            "groups, aiming for 12 new households in 2025.",
            owner="Recruitment and Marketing Manager",
            due="2025-12-31",
            status="In progress",
            progress="In progress: campaign launched in January 2025 with 46 enquiries in its "
            "first fortnight.",
        ),
        Row(
            ref="OF-6",
            issue="The minutes of the fostering panel did not always record the reasons for "
            "its recommendations.",
            action="Use a minute template with a reasons section and quality-assure minutes "
            "monthly.",
            owner="Panel Adviser",
            due="2024-07-31",
            status="Complete",
            progress="Complete: template in use since July 2024.",
        ),
        Row(
            ref="IA-1",
            issue="Fostering allowances were paid late to 19 households in April 2024 after "
            "the annual uprating.",
            action="Load the new allowance rates before the first April payment run and "
            "check them against the approved rates.",
            owner="Finance Business Partner",
            due="2025-03-31",
            status="Not yet due",
            progress="Not yet due - 2025/26 rates approved by the Board in December; loading "
            "planned for March.",
        ),
        Row(
            ref="IA-2",
            issue="Mileage claims by foster carers were paid without checking the journey "
            "against the placement plan.",
            action="Require the supervising social worker to approve mileage claims over £150 "
            "a month.",
            owner="Finance Business Partner",
            due="2024-11-30",
            revised="2025-02-28",
            status="In progress",
            progress="In progress: approval step built into the new carer payments portal, "
            "which goes live in February.",
        ),
        Row(
            ref="IA-3",
            issue="Carers' household DBS checks were not renewed for adult children who had "
            "turned 18 in 7 households.",
            action="Run a monthly report of household members turning 18 and request checks.",
            owner="",
            due="2024-12-31",
            status="Complete",
            progress="Completed. Checks received for all seven; monthly report in place.",
        ),
        Row(
            ref="IA-4",
            issue="Exit interviews were offered to only 4 of the 17 households who stopped "
            "fostering in 2023/24.",
            action="Offer an independent exit interview to every household that leaves and "
            "report themes to the Board twice a year.",
            owner="Head of Fostering",
            due="2025-01-31",
            status="Not started",
            progress="Not started. An independent interviewer is being sought through the "
            "regional fostering network.",
        ),
        Row(
            ref="IA-5",
            issue="The Partnership's risk register had not been reviewed by the Board since "
            "it was set up in 2022.",
            action="Present the risk register to the Board every six months.",
            owner="Partnership Manager",
            due="2024-09-30",
            status="Closed",
            progress="Closed - reviewed by the Board in September 2024 and again today.",
        ),
        Row(
            ref="IA-6",
            issue="Training records show 38% of carers have not completed the mandatory "
            "trauma-informed care course within their first year.",
            action="Offer the course online and in the evenings and follow up with carers monthly.",
            owner="Learning and Development Officer",
            due="2025-06-30",
            status="On track",
            progress="On track: online version launched in December; completion now 70%.",
        ),
    ),
)

# --- 8. observatory trust: borderless PDF, portrait, sub-headings, 'end of …' dates,
#        "(was …)", a '% complete' column beside the assessment -------------------------------

QF8 = Paper(
    slug="qf8_pellow_fell_observatory_ags_improvement_actions",
    fmt="pdf",
    kind="observatory trust",
    body="Pellow Fell Observatory and Planetarium Trust",
    committee="Audit Sub-Committee of the Board of Trustees",
    meeting="Friday 28 February 2025",
    title="Annual Governance Statement 2023/24 - Significant Issues and Improvement Actions",
    intro=(
        "The Trust's Annual Governance Statement for 2023/24, approved by the Board of "
        "Trustees on 25 September 2024, identified four significant governance issues. The "
        "Head of Internal Audit's opinion for the year was 'reasonable assurance'.",
        "The Trust receives a grant of £640,000 a year from the county council, which "
        "requires the improvement actions below to be reported to the council's Culture "
        "Scrutiny Panel twice a year. 'Assessment' is the lead officer's view of whether each "
        "action has been met; '% complete' is the lead's estimate.",
    ),
    closing=(
        "The Sub-Committee is asked to note progress and to recommend to the Board that "
        "items 1.1, 2.1, 2.3 and 3.2 be closed.",
        "The next report will be made to the Sub-Committee on Friday 27 June 2025.",
    ),
    headers={
        "ref": "Issue",
        "issue": "Governance issue",
        "action": "Improvement action",
        "owner": "Lead",
        "due": "Target",
        "priority": "% complete",
        "status": "Assessment",
        "progress": "Comment",
    },
    borders=False,
    date_style="words",
    revision="was",
    running_header="Pellow Fell Observatory and Planetarium Trust - Audit Sub-Committee",
    extra={
        "orient": "portrait",
        "size": "9pt",
        "font": "Georgia, 'Times New Roman', serif",
        "table_heading": "Improvement actions",
        "closing_heading": "Recommendation",
        "footer": "Audit Sub-Committee, 28 February 2025",
    },
    rows=(
        Row(
            ref="1.1",
            category="1. Financial sustainability",
            issue="The medium-term financial plan did not show how the deficit of £210,000 "
            "forecast for 2025/26 would be closed.",
            action="Prepare a three-year plan with savings and income options for the Board.",
            owner="Director of Finance and Resources",
            due="2024-12-31",
            priority="100%",
            status="Met",
            progress="Plan approved by the Board on 11 December 2024 with savings of £135,000 "
            "and new school programme income of £90,000.",
        ),
        Row(
            ref="1.2",
            category="1. Financial sustainability",
            issue="Planetarium ticket prices had not been reviewed since 2019.",
            action="Benchmark prices against similar venues and propose a new pricing policy.",
            owner="Head of Visitor Experience",
            due="2024-11-30",
            revised="2025-03-31",
            priority="60%",
            status="Partly met",
            progress="Benchmarking of 12 venues done; pricing policy to go to the March Board.",
        ),
        Row(
            ref="1.3",
            category="1. Financial sustainability",
            issue="The Trust has no reserves policy agreed with the county council.",
            action="Agree a reserves policy with the council's Section 151 officer.",
            owner="Director of Finance and Resources",
            due="2025-06-30",
            priority="25%",
            status="In progress",
            progress="First meeting with the council's finance team held on 6 February.",
        ),
        Row(
            ref="2.1",
            category="2. Estates and safety",
            issue="The 1970s dome of the main telescope has asbestos-containing material with "
            "no management plan.",
            action="Commission an asbestos management survey and adopt a management plan.",
            owner="Facilities Manager",
            due="2024-10-31",
            priority="100%",
            status="Met",
            progress="Survey in September 2024; plan adopted in October.",
        ),
        Row(
            ref="2.2",
            category="2. Estates and safety",
            issue="The dome rotation motor and shutter failed three times in 2023/24 and has "
            "no replacement budget.",
            action="Obtain costed options for the dome drive and include them in the capital "
            "programme.",
            owner="Facilities Manager",
            due="2025-01-31",
            revised="2025-05-31",
            priority="40%",
            status="Not met",
            progress="One specialist quotation of £186,000 received. A second firm visits in "
            "March because the Board wants two quotes before the drive goes into the "
            "capital programme; the dome is still usable, with a manual winding procedure "
            "for the shutter agreed with the Facilities team.",
        ),
        Row(
            ref="2.3",
            category="2. Estates and safety",
            issue="Night-time public viewing sessions had no lone-working arrangements for "
            "the duty astronomer.",
            action="Adopt a lone-working procedure with a check-in app for evening staff.",
            owner="",
            due="2024-09-30",
            priority="100%",
            status="Closed",
            progress="Procedure adopted; app used at every evening session since October.",
        ),
        Row(
            ref="3.1",
            category="3. Governance and trustees",
            issue="Five of eleven trustees' terms end in 2025 and there is no succession plan.",
            action="Agree a trustee succession plan and run an open recruitment round.",
            owner="Chair of the Board",
            due="2025-04-30",
            priority="30%",
            status="In progress",
            progress="Skills matrix completed; recruitment round opens in March.",
        ),
        Row(
            ref="3.2",
            category="3. Governance and trustees",
            issue="Conflicts of interest were not declared at the start of Board meetings.",
            action="Make declarations a standing item on every Board and committee agenda.",
            owner="Clerk to the Trustees",
            due="2024-10-31",
            priority="100%",
            status="Met",
            progress="Standing item on every agenda since October 2024.",
        ),
        Row(
            ref="4.1",
            category="4. Data and systems",
            issue="The booking system holds the personal data of 58,000 visitors with no "
            "agreed retention period.",
            action="Set a retention period and delete records older than it.",
            owner="Head of Visitor Experience",
            due="2024-12-31",
            revised="2025-04-30",
            priority="50%",
            status="Partly met",
            progress="Six-year retention period agreed; deletion run planned for April.",
        ),
        Row(
            ref="4.2",
            category="4. Data and systems",
            issue="No tested backup exists for the telescope control and image archive server.",
            action="Set up an offsite backup of the image archive and test a restore twice a year.",
            owner="Data and Systems Officer",
            due="2025-03-31",
            priority="0%",
            status="Not started",
            progress="Awaiting a quote for cloud storage of 14 terabytes.",
        ),
    ),
)

PAPERS: tuple[Paper, ...] = (QF1, QF2, QF3, QF4, QF5, QF6, QF7, QF8)


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
    if row.ref and not row.ref.replace(".", "").isdigit():
        return [row.ref]
    return [" ".join(row.issue.split()[:5]).rstrip(".,")]


def _name(row: Row) -> str:
    return row.ref or " ".join(row.issue.split()[:6])


def _topic(row: Row) -> str:
    return " ".join(row.issue.split()[:9]).rstrip(".,:")


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


def _overdue_rows(paper: Paper) -> list[Row]:
    when = _meeting(paper)
    return [
        r
        for r in paper.rows
        if r.status.lower() == "overdue"
        or (
            gold_status(paper, r) != "complete"
            and (r.revised or r.due)
            and date.fromisoformat(r.revised or r.due) < when
        )
    ]


def q_overdue(paper: Paper) -> dict[str, Any]:
    rows = _overdue_rows(paper)
    return _q(
        (paper,),
        f"Which actions in {_where(paper)} were overdue at the meeting of {paper.meeting}?",
        "list",
        [_label(r) for r in rows],
        f"marked Overdue, or not complete with the current due date before "
        f"{_meeting(paper).isoformat()}: "
        + ", ".join(f"{_name(r)} due {r.revised or r.due}" for r in rows),
    )


def q_owner(paper: Paper, ref: str) -> dict[str, Any]:
    row = _row(paper, ref)
    return _q(
        (paper,),
        f"Who owns action {ref} ('{_topic(row)}') in {_where(paper)}?",
        "lookup",
        [[row.owner]],
        f"{_name(row)}: owner column '{row.owner}'",
    )


def q_due(paper: Paper, ref: str) -> dict[str, Any]:
    row = _row(paper, ref)
    current = row.revised or row.due
    return _q(
        (paper,),
        f"When is action {ref} ('{_topic(row)}') of {_where(paper)} now due?",
        "lookup_date",
        [_dates(paper, current)],
        f"{ref}: current due date {current}"
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


def q_status(paper: Paper, ref: str) -> dict[str, Any]:
    row = _row(paper, ref)
    return _q(
        (paper,),
        f"What is the status of action {ref} ('{_topic(row)}') in {_where(paper)}?",
        "lookup",
        [[row.status]],
        f"{ref}: status as written '{row.status}' (gold {gold_status(paper, row)})",
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


def q_unowned(paper: Paper) -> dict[str, Any]:
    rows = [r for r in paper.rows if not r.owner.strip()]
    return _q(
        (paper,),
        f"Which actions in {_where(paper)} have no owner named?",
        "list",
        [_label(r) for r in rows],
        "owner cell blank: " + ", ".join(_name(r) for r in rows),
    )


def q_across_due(pairs: tuple[tuple[Paper, str], ...], subject: str) -> dict[str, Any]:
    """How the target date of one issue moved across the body's papers of several years."""
    rows = [(p, _row(p, ref)) for p, ref in pairs]
    facts = [_dates(p, r.revised or r.due) for p, r in rows]
    first = rows[0][0]
    return _q(
        tuple(p for p, _ in rows),
        f"How has the target date for the action on {subject} changed across the "
        f"{first.body} papers of " + ", ".join(str(_meeting(p).year) for p, _ in rows) + "?",
        "list",
        facts,
        "; ".join(
            f"{p.filename} {r.ref}: due {r.due}" + (f" revised {r.revised}" if r.revised else "")
            for p, r in rows
        ),
    )


def q_across_owner(pairs: tuple[tuple[Paper, str], ...], subject: str) -> dict[str, Any]:
    """Who owned one issue in each of the body's papers (the owner changed)."""
    rows = [(p, _row(p, ref)) for p, ref in pairs]
    first = rows[0][0]
    return _q(
        tuple(p for p, _ in rows),
        f"Who was responsible for the action on {subject} in each of the {first.body} papers "
        "of " + ", ".join(str(_meeting(p).year) for p, _ in rows) + "?",
        "list",
        [[r.owner] for _, r in rows if r.owner],
        "; ".join(f"{p.filename} {r.ref}: owner '{r.owner}'" for p, r in rows),
    )


QUESTIONS: tuple[dict[str, Any], ...] = (
    # mountain rescue federation 2023 (docx)
    q_revised(QF1),
    q_overdue(QF1),
    q_owner(QF1, "R10"),
    q_count(QF1),
    # mountain rescue federation 2024 (ruled pdf, RAG)
    q_count(QF2),
    q_due(QF2, "GR-03"),
    q_not_started(QF2),
    q_overdue(QF2),
    # mountain rescue federation 2025 (scan)
    q_revised(QF3),
    q_status(QF3, "GR-10"),
    q_owner(QF3, "GR-12"),
    q_unowned(QF3),
    # across the federation's three years
    q_across_due(
        ((QF1, "R3"), (QF2, "GR-03"), (QF3, "GR-03")), "the repeater mast maintenance contract"
    ),
    q_across_owner(
        ((QF1, "R3"), (QF2, "GR-03"), (QF3, "GR-03")), "the repeater mast maintenance contract"
    ),
    q_across_due(((QF1, "R1"), (QF2, "GR-01"), (QF3, "GR-01")), "the LOLER examination register"),
    # lifeboat region 2024 (xlsx, RAG fill)
    q_count(QF4),
    q_not_started(QF4),
    q_due(QF4, "NR23-04"),
    q_count_revised(QF4),
    # lifeboat region 2025 (md)
    q_overdue(QF5),
    q_owner(QF5, "NR23-02"),
    q_status(QF5, "NR23-11"),
    # across the region's two years
    q_across_due(((QF4, "NR23-04"), (QF5, "NR23-04")), "the Skelda Voe fuel tank"),
    q_across_owner(((QF4, "NR23-02"), (QF5, "NR23-02")), "the Wrayness launch tractor"),
    # zoological society (html)
    q_revised(QF6),
    q_owned_by(QF6, "Procurement Manager"),
    q_overdue(QF6),
    q_count(QF6),
    # fostering partnership (csv)
    q_overdue(QF7),
    q_status(QF7, "OF-4"),
    q_due(QF7, "IA-2"),
    q_count(QF7),
    # observatory trust (borderless pdf)
    q_revised(QF8),
    q_due(QF8, "2.2"),
    q_owned_by(QF8, "Director of Finance and Resources"),
    q_count(QF8),
)
