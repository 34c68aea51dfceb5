"""A twenty-fourth held-out set (heldout24): eight papers of five invented bodies of kinds not
used before, one paper per format the renderer offers.

- Aire and Dearne Waterways Trust, North East Regional Board (a canal and river trust's regional
  board): its action log in three successive years (Markdown 2023, Word 2024, ruled PDF 2025);
  rows recur with moved deadlines and changed statuses, revisions written as 'was', as two
  date columns under one heading, and only in the commentary ('Deadline moved back ...'); the
  2024 paper gives its status as a fill colour only; group headings; sub-actions; merged owner
  cells; an 'Ongoing' deadline.
- Wyvern Fells National Park Authority (a national park authority): its internal audit tracker
  in two successive years (Excel 2024 with RAG words read green-is-done, a priority and a
  '% complete' column, themes written once per group; borderless PDF 2025 with seasonal dates
  and revisions written in the commentary, blank owners).
- Mercia Marches Coroner Area Joint Committee (a coroner's service joint committee): an HTML
  improvement plan with group headings, merged owner cells, sub-actions, revisions written
  inline, an 'Ongoing' deadline.
- The Chapter of Wexcombe Cathedral (a cathedral chapter): a scanned quinquennial inspection
  action plan with quarter dates and revisions written 'X now Y'.
- Dunmere Estuary Port Health Authority (a port health authority): a CSV of its food and feed
  audit action plan, header on the fifth line, bare percentages, dates written 'end of Month
  YYYY', revisions written in the commentary, a blank owner and a blank deadline.
"""

from __future__ import annotations

from typing import Any

from eval.papers.spec import RAG_KEY_DEFAULT, RAG_KEY_GREEN_DONE, Paper, Row

# --- A. Aire and Dearne Waterways Trust: North East Regional Board ----------------------------

_A_BODY = "Aire and Dearne Waterways Trust"
_A_COMMITTEE = "North East Regional Board"

_A_ISSUES = {
    "NE23-01": "Principal inspections of 11 of the region's 46 principal structures are more "
    "than two years overdue.",
    "NE23-02": "The reservoir safety report for Greave Clough reservoir recommended measures in "
    "the interests of safety (MIOS) on the spillway that are not yet done.",
    "NE23-03": "Summer water resource plans relied on back-pumping at Lowther Top Lock without "
    "an agreed budget for pumping costs.",
    "NE23-04": "Lock flight closures to save water in August 2022 were announced to boaters with "
    "less than 48 hours' notice.",
    "NE23-05": "Volunteer hours fell 18% short of the 2022/23 target and three lock-keeping "
    "teams have fewer than four volunteers.",
    "NE23-06": "Canal adopter groups do not have a consistent agreement covering tools, training "
    "and insurance.",
    "NE23-07": "The Board has no plan for engaging communities along the Dearne and Dove "
    "restoration route.",
    "NE23-08": "Signage on three towpath closure diversions did not meet the Trust's standard.",
    "NE23-09": "Lone-working devices have been issued to only half of the bank rangers.",
    "NE23-10": "The Board's terms of reference do not reflect the new national advisory structure.",
}

_A_ACTIONS = {
    "NE23-01": "Clear the backlog of principal inspections, starting with Holmebridge Aqueduct "
    "and the Scarth embankment.",
    "NE23-02": "Carry out the MIOS works on the Greave Clough spillway and obtain the "
    "supervising engineer's certificate.",
    "NE23-03": "Agree a back-pumping budget with the national water management team and add it "
    "to the regional water resource plan.",
    "NE23-04": "Agree a notice protocol for water-saving restrictions with the boating user "
    "groups.",
    "NE23-05": "Run a recruitment campaign for volunteer lock keepers ahead of the 2024 boating "
    "season.",
    "NE23-06": "Issue the standard adoption agreement to all 23 adopter groups and record "
    "signed copies.",
    "NE23-07": "Produce a community engagement plan with the Dearne and Dove Canal Society and "
    "the two local councils on the route.",
    "NE23-08": "Audit the signage on every current towpath closure and correct any that fall "
    "short.",
    "NE23-09": "Issue lone-working devices to all bank rangers and check their use monthly.",
    "NE23-10": "Review the terms of reference with the Trust's governance team and bring them "
    "to the Board.",
}

_A_CATS = {
    "NE23-01": "Asset condition",
    "NE23-02": "Asset condition",
    "NE23-03": "Water resources",
    "NE23-04": "Water resources",
    "NE23-05": "Volunteering and communities",
    "NE23-06": "Volunteering and communities",
    "NE23-07": "Volunteering and communities",
    "NE23-08": "Safety and governance",
    "NE23-09": "Safety and governance",
    "NE23-10": "Safety and governance",
}


def _a(ref: str, owner: str, due: str, status: str, progress: str, **kw: Any) -> Row:
    return Row(
        _A_ISSUES[ref],
        _A_ACTIONS[ref],
        owner,
        due,
        status,
        progress,
        ref=ref,
        category=_A_CATS[ref],
        **kw,
    )


_A_2023_ROWS = (
    _a(
        "NE23-01",
        "Regional Asset Manager",
        "2024-03-31",
        "In progress",
        "Six of the eleven inspections are complete. Holmebridge Aqueduct was inspected in July "
        "and needs masonry repairs to two spandrel walls; the Scarth embankment inspection is "
        "booked for October.",
    ),
    _a(
        "NE23-02",
        "Reservoir Safety Engineer",
        "2023-11-30",
        "On track",
        "The contractor started on site on 4 September. Works to raise the spillway training "
        "walls are programmed to finish in November.",
    ),
    _a(
        "NE23-03",
        "Water Resources Manager",
        "2023-12-31",
        "Not started",
        "Awaiting the national pumping cost model, which is not expected before November.",
    ),
    _a(
        "NE23-04",
        "Boating Liaison Manager",
        "2023-06-30",
        "Complete",
        "A seven-day notice protocol was agreed with the user groups in May and was used for "
        "the Lowther flight restrictions in August.",
    ),
    _a(
        "NE23-05",
        "Volunteer Development Lead",
        "2024-03-31",
        "In progress",
        "The campaign launches at the Holmebridge open day on 30 September. 14 expressions of "
        "interest have already been received.",
    ),
    _a(
        "NE23-06",
        "Volunteer Development Lead",
        "2023-12-31",
        "In progress",
        "Agreements have been signed by 9 of the 23 groups.",
    ),
    _a(
        "NE23-07",
        "Regional Director",
        "2024-06-30",
        "Not started",
        "",
    ),
    _a(
        "NE23-08",
        "Health and Safety Advisor",
        "2023-08-31",
        "Complete",
        "All 7 current diversions were audited in August and the three failing signs replaced.",
    ),
    _a(
        "NE23-09",
        "Operations Manager",
        "2023-07-31",
        "In progress",
        "Devices for the remaining rangers were delayed by the supplier. Delivery is now "
        "promised for October.",
        revised="2023-10-31",
    ),
    _a(
        "NE23-10",
        "Board Secretary",
        "2023-12-31",
        "Not started",
        "To follow the national review of advisory boards reporting in October.",
    ),
)

_A_2024_NEW = (
    Row(
        "The towpath between Scarth Lock and Mill Green Bridge is eroding and has been closed "
        "twice since January.",
        "Commission a condition survey of the towpath and bid for capital funding for repairs.",
        "Regional Asset Manager",
        "2024-12-31",
        "Amber",
        "The survey has been commissioned and will report in October. A bid to the national "
        "capital programme will follow once costs are known.",
        ref="NE24-01",
        category="Asset condition",
    ),
    Row(
        "Income from moorings and events in the region fell 12% below budget in 2023/24.",
        "(a) Review visitor mooring charges at Holmebridge and Scarth basins.",
        "Commercial Manager",
        "2024-10-31",
        "Blue",
        "New charges were approved in June and take effect from 1 October.",
        ref="NE24-02a",
        category="Volunteering and communities",
    ),
    Row(
        "Income from moorings and events in the region fell 12% below budget in 2023/24.",
        "(b) Launch a programme of paid events at the Lowther Top Lock visitor centre.",
        "Commercial Manager",
        "2025-03-31",
        "Amber",
        "Two pilot events ran in August. A full programme depends on recruiting an events "
        "officer, which is on hold.",
        ref="NE24-02b",
        category="Volunteering and communities",
    ),
    Row(
        "Contractor safety inductions were not recorded for two dredging contracts.",
        "Record every contractor induction in the permit-to-work system before work starts.",
        "Health and Safety Advisor",
        "2024-07-31",
        "Blue",
        "The permit-to-work system now blocks a permit until the induction is recorded.",
        ref="NE24-03",
        category="Safety and governance",
    ),
)

_A_2024_ROWS = (
    _a(
        "NE23-01",
        "Regional Asset Manager",
        "2024-03-31",
        "Amber",
        "Nine of the eleven inspections are complete. The remaining two, at Scarth embankment and "
        "Dove culvert, need a drawdown that cannot happen until the winter stoppage.",
        revised="2024-12-31",
    ),
    _a(
        "NE23-02",
        "Reservoir Safety Engineer",
        "2023-11-30",
        "Blue",
        "The supervising engineer certified the works in December 2023.",
    ),
    _a(
        "NE23-03",
        "Water Resources Manager",
        "2023-12-31",
        "Red",
        "The national pumping cost model was issued in May. No budget has yet been agreed.",
        revised="2024-09-30",
    ),
    _a(
        "NE23-05",
        "Volunteer Development Lead",
        "2024-03-31",
        "Blue",
        "22 new volunteer lock keepers were recruited and trained by April. All teams now have "
        "at least five volunteers.",
    ),
    _a(
        "NE23-06",
        "Volunteer Development Lead",
        "2023-12-31",
        "Blue",
        "All 23 groups have signed. Copies are held on the volunteer database.",
        revised="2024-06-30",
    ),
    _a(
        "NE23-07",
        "Regional Director",
        "2024-06-30",
        "Amber",
        "A first workshop with the Canal Society was held in July. The councils have asked for "
        "the plan to be aligned with their local plan consultations.",
        revised="2025-03-31",
    ),
    _a(
        "NE23-09",
        "Operations Manager",
        "2023-07-31",
        "Blue",
        "All rangers have devices. Monthly checks show use above 95%.",
        revised="2024-01-31",
    ),
    _a(
        "NE23-10",
        "Board Secretary",
        "2023-12-31",
        "Blue",
        "New terms of reference were approved by the Board in March 2024.",
    ),
)
# order: the recurring rows and the new ones within their groups
_A_2024_ORDERED = (
    _A_2024_ROWS[0],
    _A_2024_ROWS[1],
    _A_2024_NEW[0],
    _A_2024_ROWS[2],
    _A_2024_ROWS[3],
    _A_2024_ROWS[4],
    _A_2024_ROWS[5],
    _A_2024_NEW[1],
    _A_2024_NEW[2],
    _A_2024_ROWS[6],
    _A_2024_ROWS[7],
    _A_2024_NEW[3],
)

_A_2025_ROWS = (
    _a(
        "NE23-01",
        "Regional Asset Manager",
        "2024-03-31",
        "Behind schedule",
        "Ten of the eleven inspections are now complete. The Dove culvert inspection was "
        "abandoned in February when the drawdown was stopped by high flows, and has been "
        "rebooked for the 2025/26 winter stoppage. The Board asked for a risk assessment of the "
        "culvert in the meantime.",
        revised="2025-12-31",
    ),
    Row(
        "The towpath between Scarth Lock and Mill Green Bridge is eroding and has been closed "
        "twice since January.",
        "Commission a condition survey of the towpath and bid for capital funding for repairs.",
        "Regional Asset Manager",
        "2024-12-31",
        "In progress",
        "The survey found 600 metres of failed bank protection. A bid of £410,000 was made to "
        "the national capital programme in January and the decision is due in October.",
        ref="NE24-01",
        category="Asset condition",
        revised="2025-10-31",
    ),
    _a(
        "NE23-03",
        "Water Resources Manager",
        "2023-12-31",
        "Superseded",
        "Back-pumping costs are now met from the national water resilience programme, so no "
        "regional budget is needed.",
        revised="2024-09-30",
    ),
    Row(
        "Water levels on the Dove summit pound fell below navigable depth on 19 days in summer "
        "2024.",
        "Install level telemetry on the summit pound and feed it to the control centre.",
        "Water Resources Manager",
        "2025-11-30",
        "Not started",
        "",
        ref="NE25-01",
        category="Water resources",
    ),
    _a(
        "NE23-07",
        "Regional Director",
        "2024-06-30",
        "Complete",
        "The engagement plan was adopted at the March meeting. The first community forum met in "
        "May with 40 attendees.",
        revised="2025-03-31",
    ),
    Row(
        "Income from moorings and events in the region fell 12% below budget in 2023/24.",
        "(b) Launch a programme of paid events at the Lowther Top Lock visitor centre.",
        "Commercial Manager",
        "2025-03-31",
        "Overdue",
        "The events officer post was not approved in the 2025/26 budget. The Commercial Manager "
        "is seeking a partner organisation to run the programme instead.",
        ref="NE24-02b",
        category="Volunteering and communities",
    ),
    Row(
        "Volunteer safeguarding checks are recorded locally by each team leader.",
        "Keep a single record of volunteer safeguarding checks and review it every quarter.",
        "Volunteer Development Lead",
        "",
        "Complete",
        "The single record went live in April. Quarterly review is now part of business as usual.",
        ref="NE25-02",
        category="Volunteering and communities",
        due_text="Ongoing",
    ),
    Row(
        "Two near-miss reports from boaters at the Scarth swing bridge were not investigated "
        "within the 14 days required.",
        "Refresh near-miss investigation training for supervisors and report response times to "
        "each Board meeting.",
        "Health and Safety Advisor",
        "2025-06-30",
        "Complete",
        "Training was delivered to 11 supervisors in May. All near misses since then have been "
        "investigated within 14 days.",
        ref="NE25-03",
        category="Safety and governance",
    ),
    Row(
        "The regional risk register has not been reviewed by the Board since the new terms of "
        "reference were adopted.",
        "Bring the regional risk register to the Board twice a year.",
        "Board Secretary",
        "2025-09-30",
        "On track",
        "The first review is on this agenda.",
        ref="NE25-04",
        category="Safety and governance",
    ),
)

_A_KEY = (
    "Status key (cell colour): Blue - complete; Green - on track; Amber - delayed or at risk; "
    "Red - not started."
)

# --- B. Wyvern Fells National Park Authority --------------------------------------------------

_B_BODY = "Wyvern Fells National Park Authority"
_B_COMMITTEE = "Audit and Performance Committee"

_B_2024_ROWS = (
    Row(
        "Planning enforcement cases are not prioritised against the published enforcement plan.",
        "Score every new enforcement case against the plan's priority criteria and report the "
        "backlog by priority quarterly.",
        "Head of Development Management",
        "2024-05-31",
        "Amber",
        "Scoring was introduced in January for new cases. The backlog of 140 older cases is "
        "being scored and about half are done.",
        ref="IA23/04.1",
        priority="High",
        category="Planning",
        pct="50%",
    ),
    Row(
        "Section 106 monitoring fees have not been invoiced for 2022/23.",
        "Invoice outstanding Section 106 monitoring fees and set up a quarterly billing run.",
        "Planning Support Manager",
        "2023-11-30",
        "Green",
        "£18,400 of fees were invoiced in December and the quarterly run is in place.",
        ref="IA23/04.2",
        priority="Medium",
        category="Planning",
        pct="100%",
    ),
    Row(
        "Payments to farmers under the Farming in the Fells grant scheme were made before "
        "claim evidence was checked.",
        "Require a second officer to check claim evidence before any grant payment is released.",
        "Land Management Officer",
        "2023-11-30",
        "Green",
        "The finance system now needs a second approver for all grant payments.",
        ref="IA23/06.1",
        priority="High",
        category="Grants and land management",
        pct="100%",
    ),
    Row(
        "Grant scheme files do not record site visits to confirm that capital works were done.",
        "Visit a sample of at least 10% of completed capital works each year and record the "
        "result.",
        "Land Management Officer",
        "2024-02-29",
        "Amber",
        "Eight visits out of a sample of fifteen have been made. Winter weather delayed the rest.",
        ref="IA23/06.2",
        priority="Medium",
        category="Grants and land management",
        pct="55%",
        revised="2024-05-31",
    ),
    Row(
        "The Authority's record of its 212 public rights of way bridges is incomplete.",
        "Complete the bridge inventory, including condition grades, in the asset system.",
        "Access and Rights of Way Manager",
        "2024-08-31",
        "Red",
        "Work will start when the ranger seasonal staff return in April.",
        ref="IA23/07.1",
        priority="High",
        category="Assets and access",
        pct="0%",
    ),
    Row(
        "Visitor car park ticket machine income is collected by a single member of staff.",
        "Use two people for every cash collection and reconcile to machine audit rolls.",
        "Visitor Services Manager",
        "2023-11-30",
        "Amber",
        "Two-person collection is in place at the four main car parks but not yet at Low Scarr "
        "and Brackenthwaite.",
        ref="IA23/07.2",
        priority="High",
        category="Assets and access",
        pct="70%",
        revised="2024-02-29",
    ),
    Row(
        "Leavers keep access to the Authority's systems for up to a month after leaving.",
        "Remove system access on the leaver's last working day using the HR leaver checklist.",
        "ICT Manager",
        "2023-08-31",
        "Green",
        "The checklist is now sent to ICT automatically. Access was removed on time for all 9 "
        "leavers since September.",
        ref="IA23/09.1",
        priority="High",
        category="Corporate",
        pct="100%",
    ),
    Row(
        "The Authority has not tested its ICT disaster recovery arrangements since 2019.",
        "Run a disaster recovery test of the main systems and report the result to the Committee.",
        "ICT Manager",
        "2024-05-31",
        "Red",
        "",
        ref="IA23/09.2",
        priority="Medium",
        category="Corporate",
        pct="0%",
    ),
    Row(
        "Members' declarations of interest are not published within 28 days of a change.",
        "Remind members of the 28-day rule and check the register before each Authority meeting.",
        "Monitoring Officer",
        "2023-11-30",
        "Green",
        "Reminders were sent in November and the register is checked before each meeting.",
        ref="IA23/09.3",
        priority="Low",
        category="Corporate",
        pct="100%",
    ),
    Row(
        "Volunteer ranger expenses are paid without receipts for mileage claims.",
        "Require a mileage log with every volunteer expense claim.",
        "Volunteer Coordinator",
        "2024-02-29",
        "Amber",
        "A new claim form with a mileage log was issued in February. Old forms are still being "
        "received.",
        ref="IA23/09.4",
        priority="Low",
        category="Corporate",
        pct="80%",
    ),
    Row(
        "The procurement register does not show contracts let by the estates team under "
        "delegated powers.",
        "Add every contract let under delegated powers to the procurement register.",
        "Finance Manager",
        "2024-08-31",
        "Amber",
        "Estates contracts from 2023/24 have been added; earlier years are still to do.",
        ref="IA23/09.5",
        priority="Medium",
        category="Corporate",
        pct="40%",
    ),
)

_B_2025_ROWS = (
    Row(
        "Planning enforcement cases are not prioritised against the published enforcement plan.",
        "Score every new enforcement case against the plan's priority criteria and report the "
        "backlog by priority quarterly.",
        "Head of Development Management",
        "2024-05-31",
        "Implemented",
        "All open cases have now been scored. The backlog has fallen from 140 to 96 cases and "
        "the first quarterly report went to Planning Committee in January.",
        ref="IA23/04.1",
        category="Planning",
        revised="2024-11-30",
    ),
    Row(
        "Grant scheme files do not record site visits to confirm that capital works were done.",
        "Visit a sample of at least 10% of completed capital works each year and record the "
        "result.",
        "Land Management Officer",
        "2024-02-29",
        "Implemented",
        "All fifteen visits were made by July 2024. Two claims were found to be overpaid and the "
        "money has been recovered.",
        ref="IA23/06.2",
        category="Grants and land management",
        revised="2024-05-31",
    ),
    Row(
        "The Farming in the Fells scheme closes in 2025 and no exit plan has been agreed with "
        "Defra.",
        "Agree an exit plan covering staff, open agreements and monitoring duties.",
        "",
        "2025-05-31",
        "Not yet due",
        "Discussions with Defra began in January. The post holder responsible for the scheme "
        "has left and the action will be reallocated.",
        ref="IA24/02.1",
        category="Grants and land management",
    ),
    Row(
        "The Authority's record of its 212 public rights of way bridges is incomplete.",
        "Complete the bridge inventory, including condition grades, in the asset system.",
        "Access and Rights of Way Manager",
        "2024-08-31",
        "Partially implemented",
        "168 of the 212 bridges have been surveyed and graded. Eleven were graded poor and two "
        "were closed. The remaining bridges are on the high fells and will be surveyed in the "
        "summer.",
        ref="IA23/07.1",
        category="Assets and access",
        revised="2025-08-31",
    ),
    Row(
        "Visitor car park ticket machine income is collected by a single member of staff.",
        "Use two people for every cash collection and reconcile to machine audit rolls.",
        "Visitor Services Manager",
        "2023-11-30",
        "Superseded",
        "All car park machines were replaced with card-only machines in October 2024, so there "
        "is no cash to collect.",
        ref="IA23/07.2",
        category="Assets and access",
        revised="2024-02-29",
    ),
    Row(
        "Fees for filming and events on Authority land are set case by case.",
        "Publish a schedule of filming and event fees and apply it from April.",
        "Visitor Services Manager",
        "2025-02-28",
        "Not implemented",
        "A draft schedule has been prepared but has not yet been agreed by the Authority.",
        ref="IA24/03.1",
        category="Assets and access",
    ),
    Row(
        "The Authority has not tested its ICT disaster recovery arrangements since 2019.",
        "Run a disaster recovery test of the main systems and report the result to the Committee.",
        "ICT Manager",
        "2024-05-31",
        "Partially implemented",
        "The finance and planning systems were restored successfully in a test in November. The "
        "GIS and the ranger mobile app could not be restored within the target time and a second "
        "test is planned once the new back-up contract starts.",
        ref="IA23/09.2",
        category="Corporate",
        revised="2025-05-31",
    ),
    Row(
        "Volunteer ranger expenses are paid without receipts for mileage claims.",
        "Require a mileage log with every volunteer expense claim.",
        "Volunteer Coordinator",
        "2024-02-29",
        "Implemented",
        "Old claim forms are no longer accepted.",
        ref="IA23/09.4",
        category="Corporate",
        revised="2024-05-31",
    ),
    Row(
        "The procurement register does not show contracts let by the estates team under "
        "delegated powers.",
        "Add every contract let under delegated powers to the procurement register.",
        "Finance Manager",
        "2024-08-31",
        "Not implemented",
        "No further progress. Earlier years' estates contracts have still to be added because "
        "the Finance Manager post was vacant from September to January.",
        ref="IA23/09.5",
        category="Corporate",
        revised="2025-05-31",
    ),
    Row(
        "Agency staff timesheets at the visitor centres are approved by the agency rather than "
        "by the Authority.",
        "Approve all agency timesheets through the Authority's own managers.",
        "",
        "2024-11-30",
        "Implemented",
        "Approval moved to the Visitor Services team in October.",
        ref="IA24/05.1",
        category="Corporate",
    ),
    Row(
        "Corporate credit card limits have not been reviewed since 2020.",
        "Review every card limit and cancel cards not used in the last twelve months.",
        "Finance Manager",
        "2025-05-31",
        "Not yet due",
        "Four unused cards have been cancelled so far.",
        ref="IA24/05.2",
        category="Corporate",
    ),
    Row(
        "The Authority's climate action plan has no measures of progress.",
        "Set measurable targets for the climate action plan and report them yearly.",
        "Head of Strategy and Performance",
        "2025-08-31",
        "Not yet due",
        "Draft targets will go to the Authority in June.",
        ref="IA24/06.1",
        category="Corporate",
    ),
)

_B_KEY = "RAG key: Green - implemented; Amber - in progress; Red - not started."

# --- C. Mercia Marches Coroner Area Joint Committee ------------------------------------------

_C_ROWS = (
    Row(
        "Only 41% of inquests were completed within six months of the death in 2023/24, against "
        "a national average of 52%.",
        "Introduce weekly case progression meetings for all inquests older than four months.",
        "Senior Coroner",
        "2024-10-31",
        "Complete",
        "Weekly meetings began in September. The share of inquests completed within six months "
        "was 47% in the third quarter.",
        ref="1.1",
        category="Timeliness of inquests",
    ),
    Row(
        "Only 41% of inquests were completed within six months of the death in 2023/24, against "
        "a national average of 52%.",
        "Agree turnaround times for post-mortem reports with the two pathology providers.",
        "Senior Coroner",
        "2024-12-31",
        "In progress",
        "Times have been agreed with the Marches Hospitals pathology service. The second "
        "provider has asked for the agreement to wait until its new contract starts.",
        ref="1.2",
        category="Timeliness of inquests",
        revised="2025-04-30",
    ),
    Row(
        "Families report not knowing who to contact about their case.",
        "Name a coroner's officer as the single point of contact for each family from the first "
        "call.",
        "Coroner's Officers Manager",
        "2024-09-30",
        "Complete",
        "Every family now receives a letter naming their officer within two working days.",
        ref="2.1",
        category="Bereaved families",
    ),
    Row(
        "Families report not knowing who to contact about their case.",
        "Publish a guide for bereaved families in English, Welsh and Polish.",
        "Coroner's Officers Manager",
        "2024-12-31",
        "Overdue",
        "The English guide is published. Translation has been held up by a dispute over the "
        "translation contract.",
        ref="2.2",
        category="Bereaved families",
    ),
    Row(
        "The court at Ludford Guildhall has no private room for families.",
        "Convert the former records room into a family room.",
        "",
        "2025-03-31",
        "Not yet started",
        "The host authority's estates team has been asked for a costed proposal.",
        ref="2.3",
        category="Bereaved families",
    ),
    Row(
        "Coroner's officers' caseloads average 96 open cases each, above the 70 recommended.",
        "Recruit two additional coroner's officers funded equally by the three councils.",
        "Service Manager",
        "2024-11-30",
        "Complete",
        "Both officers started in November.",
        ref="3.1",
        category="Staffing and resources",
    ),
    Row(
        "Coroner's officers' caseloads average 96 open cases each, above the 70 recommended.",
        "Review the officers' rota so that weekend cover does not fall on the same three officers.",
        "Service Manager",
        "2025-01-31",
        "In progress",
        "A draft rota is being consulted on with the officers and their union. Weekend cover "
        "is now shared by seven officers, but the overtime budget is forecast to overspend by "
        "£23,000.",
        ref="3.2",
        category="Staffing and resources",
    ),
    Row(
        "Body storage capacity at Ludford mortuary was exceeded on 11 days in winter 2023/24.",
        "Agree a surge storage arrangement with the neighbouring coroner area.",
        "Service Manager",
        "2024-10-31",
        "Overdue",
        "Terms have been agreed in principle but the neighbouring area wants a charge per body "
        "that the councils have not yet accepted.",
        ref="3.3",
        category="Staffing and resources",
        revised="2024-12-31",
    ),
    Row(
        "The case management system does not record when documents are sent to interested persons.",
        "Add a disclosure log to the case management system.",
        "Information Governance Lead",
        "2025-02-28",
        "On track",
        "The supplier has built the change and testing starts in February.",
        ref="4.1",
        category="Information and data",
    ),
    Row(
        "The service has no retention schedule for inquest files.",
        "Adopt a retention schedule consistent with the Chief Coroner's guidance.",
        "Information Governance Lead",
        "2024-08-31",
        "Closed",
        "The schedule was adopted in August. Destruction of files older than 15 years will "
        "take place each March.",
        ref="4.2",
        category="Information and data",
    ),
    Row(
        "Prevention of future deaths reports are not tracked after they are issued.",
        "Keep a log of every prevention of future deaths report and the responses received, "
        "and report it to each Joint Committee.",
        "Senior Coroner",
        "",
        "Complete",
        "The log is now presented at every meeting; it appears as Appendix B to this report.",
        ref="4.3",
        category="Information and data",
        due_text="Ongoing",
    ),
)

# --- D. The Chapter of Wexcombe Cathedral ----------------------------------------------------

_D_ROWS = (
    Row(
        "Loose pinnacle stone on the south-west tower.",
        "Take down and re-fix the loose pinnacle stones.",
        "Surveyor of the Fabric",
        "2024-06-30",
        "Complete",
        "Re-fixed in April using the scaffold for the bell works.",
        ref="A1",
        priority="A",
        category="Urgent (Category A)",
    ),
    Row(
        "Lead roof of the north quire aisle is split in several places.",
        "Repair the splits and renew the lead on the worst bay.",
        "Surveyor of the Fabric",
        "2024-09-30",
        "In progress",
        "Temporary repairs done; the renewal needs a faculty, applied for in May.",
        ref="A2",
        priority="A",
        category="Urgent (Category A)",
        revised="2025-03-31",
    ),
    Row(
        "Fire alarm panel is obsolete and spares are no longer made.",
        "Replace the fire alarm panel and extend detection to the roof voids.",
        "Chapter Clerk",
        "2024-12-31",
        "Not started",
        "Awaiting the result of a grant bid.",
        ref="A3",
        priority="A",
        category="Urgent (Category A)",
    ),
    Row(
        "Rainwater goods on the chapter house are blocked.",
        "Clear the gutters and downpipes twice a year.",
        "Head Verger",
        "2024-06-30",
        "Complete",
        "Cleared in March; a contract is in place for each spring and autumn.",
        ref="B1",
        priority="B",
        category="Within two years (Category B)",
    ),
    Row(
        "Stonework of the west front is eroded around the central doorway.",
        "Commission a conservation report on the west front.",
        "Cathedral Architect",
        "2025-03-31",
        "In progress",
        "Report commissioned.",
        ref="B2",
        priority="B",
        category="Within two years (Category B)",
    ),
    Row(
        "Electrical installation in the song school has not been tested for seven years.",
        "Carry out a full electrical test of the song school.",
        "Chapter Clerk",
        "2024-03-31",
        "In progress",
        "Test booked for July.",
        ref="B3",
        priority="B",
        category="Within two years (Category B)",
        revised="2024-09-30",
    ),
    Row(
        "Clock and bell frame need lubrication and inspection.",
        "Appoint a clock and bell contractor on an annual contract.",
        "Head Verger",
        "2025-06-30",
        "Not started",
        "",
        ref="B4",
        priority="B",
        category="Within two years (Category B)",
    ),
    Row(
        "Cloister garth paths are uneven.",
        "Relay the paths around the cloister garth.",
        "Cathedral Architect",
        "2026-03-31",
        "Not started",
        "",
        ref="C1",
        priority="C",
        category="Within five years (Category C)",
    ),
    Row(
        "Nave hymn boards and some pews are loose.",
        "Repair the nave furniture.",
        "Head Verger",
        "2025-12-31",
        "Complete",
        "Done by the volunteer works team.",
        ref="C2",
        priority="C",
        category="Within five years (Category C)",
    ),
)

# --- E. Dunmere Estuary Port Health Authority ------------------------------------------------

_E_ROWS = (
    Row(
        "Imported food control: documentary checks on high-risk consignments were not "
        "evidenced on 6 of the 30 files sampled.",
        "Record every documentary check in the port health system before release of the "
        "consignment.",
        "Principal Port Health Officer",
        "2024-06-30",
        "Complete",
        "The system now blocks release until the check is recorded. A re-sample of 30 files in "
        "August found no gaps.",
        ref="FSA-1",
        pct="100%",
    ),
    Row(
        "Imported food control: sampling of products of non-animal origin fell below the level "
        "set in the annual sampling plan.",
        "Deliver the full sampling plan for 2024/25 and report sampling numbers monthly.",
        "Principal Port Health Officer",
        "2025-03-31",
        "On track",
        "62 of the 110 planned samples have been taken by the end of September.",
        ref="FSA-2",
        pct="56%",
    ),
    Row(
        "Shipping sanitation: ship sanitation certificates were issued without a record of the "
        "inspection checklist.",
        "Use the standard inspection checklist for every ship sanitation certificate and attach "
        "it to the record.",
        "Senior Port Health Officer",
        "2024-03-31",
        "Complete",
        "In use since February.",
        ref="FSA-3",
        pct="100%",
        revised="2024-05-31",
    ),
    Row(
        "Shipping sanitation: the authority has not tested its arrangements for a case of "
        "infectious disease on board a vessel.",
        "Hold a joint exercise with the UK Health Security Agency and the harbour master.",
        "Senior Port Health Officer",
        "2024-09-30",
        "Overdue",
        "The exercise was postponed twice because the health protection team could not attend. "
        "A table-top exercise is now planned for November, with a live exercise in the spring.",
        ref="FSA-4",
        pct="25%",
    ),
    Row(
        "Staff competency: two officers authorised to sign veterinary checks lack recorded "
        "continuing professional development.",
        "Keep CPD records for every authorised officer and review them at each appraisal.",
        "Head of Port Health",
        "2024-08-31",
        "Complete",
        "Records are complete for all 14 officers.",
        ref="FSA-5",
        pct="100%",
    ),
    Row(
        "Staff competency: the authorisation of officers is not reviewed when their duties change.",
        "Review officer authorisations each year and whenever duties change.",
        "Head of Port Health",
        "",
        "Complete",
        "The annual review took place in July and is now part of the appraisal cycle.",
        ref="FSA-6",
        pct="100%",
        due_text="Ongoing",
    ),
    Row(
        "Premises: the border control post's chilled inspection room does not hold "
        "temperature records.",
        "Fit a temperature logger with an alarm to the chilled room.",
        "Facilities Manager",
        "2024-07-31",
        "In progress",
        "The logger has been fitted. The alarm link to the duty officer's phone is still being "
        "configured by the port's IT contractor.",
        ref="FSA-7",
        pct="80%",
        revised="2024-12-31",
    ),
    Row(
        "Premises: pest control visits at the border control post are not recorded.",
        "Keep a pest control log and review the contractor's reports quarterly.",
        "",
        "2024-06-30",
        "Complete",
        "",
        ref="FSA-8",
        pct="100%",
    ),
    Row(
        "Enforcement: the authority's enforcement policy pre-dates the current import regime.",
        "Revise the enforcement policy and take it to the Joint Board for adoption.",
        "Head of Port Health",
        "2024-12-31",
        "Not started",
        "Waiting for the Food Standards Agency's revised guidance, expected in the autumn.",
        ref="FSA-9",
        pct="0%",
    ),
    Row(
        "Enforcement: detention notices were not always copied to the importer's agent.",
        "Copy every detention notice to the importer's agent and record that it was sent.",
        "Principal Port Health Officer",
        "2024-04-30",
        "Complete",
        "",
        ref="FSA-10",
        pct="100%",
    ),
    Row(
        "Financial management: charges for checks at the border control post do not recover "
        "the full cost.",
        "Review the charging schedule so that charges recover the cost of checks.",
        "Treasurer",
        "2024-09-30",
        "Behind schedule",
        "A cost model has been built but fees for 2025/26 cannot be set until the Government "
        "confirms its common user charge. The Treasurer will bring a report to the January "
        "meeting.",
        ref="FSA-11",
        pct="40%",
        revised="2025-01-31",
    ),
)

PAPERS = (
    # 1. Markdown 2023: group headings, revisions written 'X (was Y)', month dates
    Paper(
        slug="qg01_waterways_board_2023",
        fmt="md",
        kind="canal and river trust regional board",
        body=_A_BODY,
        committee=_A_COMMITTEE,
        meeting="14 September 2023",
        title="Regional Board action log 2023",
        intro=(
            "Report of the Regional Director.",
            "This log records the actions the Board agreed after its annual review of the "
            "region's assets, water resources and volunteering in autumn 2022. Actions marked "
            "Complete will be removed from the next log.",
        ),
        closing=("The Board is asked to note progress and agree the revised target dates.",),
        headers={
            "ref": "Ref",
            "issue": "Issue",
            "action": "Agreed action",
            "owner": "Lead",
            "due": "Target",
            "status": "Status",
            "progress": "Update",
        },
        rows=_A_2023_ROWS,
        date_style="month",
        revision="was",
        extra={"table_heading": "Action log"},
    ),
    # 2. Word 2024: status as a fill colour only, two date columns under one heading, merged
    # owner and issue cells (sub-actions), mon-yy dates
    Paper(
        slug="qg02_waterways_board_2024",
        fmt="docx",
        kind="canal and river trust regional board",
        body=_A_BODY,
        committee=_A_COMMITTEE,
        meeting="12 September 2024",
        title="Regional Board action log 2024",
        intro=(
            "Report of the Regional Director.",
            "Actions completed before September 2023 have been removed. New actions from the "
            "2024 annual review carry an NE24 reference. The status of each action is shown by "
            "the colour of its status cell.",
        ),
        closing=("The Board is asked to note the log and approve the revised target dates shown.",),
        headers={
            "ref": "Ref",
            "issue": "Issue",
            "action": "Agreed action",
            "owner": "Lead",
            "original": "Original",
            "revised": "Revised",
            "status": "Status",
            "progress": "Update",
        },
        rows=_A_2024_ORDERED,
        date_style="mon-yy",
        revision="columns",
        two_row_date_header="Target date",
        rag_key=RAG_KEY_DEFAULT,
        rag_fill=True,
        merge_fields=("issue", "owner"),
        running_header="Aire and Dearne Waterways Trust - North East Regional Board - Item 7",
        extra={"key_text": _A_KEY, "table_heading": "Action log"},
    ),
    # 3. ruled PDF 2025: the due column keeps the first date, moves written in the update;
    # an 'Ongoing' deadline; long dates
    Paper(
        slug="qg03_waterways_board_2025",
        fmt="pdf",
        kind="canal and river trust regional board",
        body=_A_BODY,
        committee=_A_COMMITTEE,
        meeting="11 September 2025",
        title="Regional Board action log 2025",
        intro=(
            "Report of the Regional Director.",
            "The log carries forward every open action from 2023 and 2024 and adds the actions "
            "from the 2025 annual review. Where a deadline has moved, the original date is kept "
            "in the Target date column and the change is explained in the update.",
        ),
        closing=("The Board is asked to note the log and close the completed actions.",),
        headers={
            "ref": "Ref",
            "issue": "Issue",
            "action": "Agreed action",
            "owner": "Lead",
            "due": "Target date",
            "status": "Status",
            "progress": "Update",
        },
        rows=_A_2025_ROWS,
        date_style="long",
        revision="moved",
        running_header="Aire and Dearne Waterways Trust | North East Regional Board | "
        "11 September 2025",
        extra={"table_heading": "Action log", "closing_heading": "Recommendation to the Board"},
    ),
    # 4. Excel 2024: RAG words read green-is-done, key above the header, priority and
    # percentage columns, themes written once per group, two date columns
    Paper(
        slug="qg04_national_park_audit_2024",
        fmt="xlsx",
        kind="national park authority",
        body=_B_BODY,
        committee=_B_COMMITTEE,
        meeting="21 March 2024",
        title="Internal audit recommendations tracker",
        intro=(
            "Report of the Head of Finance and Corporate Services.",
            "The tracker shows every internal audit recommendation from the 2022/23 and 2023/24 "
            "audit plans that was open at 1 September 2023.",
        ),
        closing=("Members are asked to note the position and the two revised dates.",),
        headers={
            "theme": "Audit area",
            "ref": "Rec no.",
            "issue": "Finding",
            "action": "Agreed management action",
            "priority": "Priority",
            "owner": "Responsible officer",
            "original": "Agreed date",
            "revised": "Revised date",
            "pct": "% complete",
            "status": "RAG",
            "progress": "Progress to date",
        },
        rows=_B_2024_ROWS,
        revision="columns",
        rag_key=RAG_KEY_GREEN_DONE,
        header_row=4,
        extra={
            "key_text": _B_KEY,
            "theme_once": True,
            "sheet": "Recommendations",
            "cover_sheet": "Report",
        },
    ),
    # 5. borderless PDF 2025: seasonal dates, changes of date written in the commentary,
    # blank owners, group headings
    Paper(
        slug="qg05_national_park_audit_2025",
        fmt="pdf",
        kind="national park authority",
        body=_B_BODY,
        committee=_B_COMMITTEE,
        meeting="20 March 2025",
        title="Internal audit recommendations: follow-up report",
        intro=(
            "Report of the Head of Finance and Corporate Services.",
            "Recommendations implemented by March 2024 have been removed. The table shows those "
            "still open then and the recommendations made in the 2024/25 audits. Officer posts "
            "left blank are vacant and will be reallocated by the Chief Executive.",
        ),
        closing=(
            "Members are asked to note the report and agree that the implemented and superseded "
            "recommendations are closed.",
        ),
        headers={
            "ref": "Recommendation",
            "issue": "Finding",
            "action": "Action agreed",
            "owner": "Officer",
            "due": "Target",
            "status": "Position",
            "progress": "Commentary",
        },
        rows=_B_2025_ROWS,
        date_style="season",
        revision="extended",
        borders=False,
        extra={
            "table_heading": "Recommendations followed up",
            "body_label": "Authority",
            "orient": "portrait",
        },
    ),
    # 6. HTML: group headings, merged owner cells, sub-actions, revisions written inline,
    # an 'Ongoing' deadline, a blank owner
    Paper(
        slug="qg06_coroner_service_plan",
        fmt="html",
        kind="coroner's service joint committee",
        body="Mercia Marches Coroner Area Joint Committee",
        committee="Joint Committee",
        meeting="28 January 2025",
        title="Coroner service improvement plan: progress update",
        intro=(
            "Report of the Service Manager on behalf of the host authority.",
            "The improvement plan was agreed in July 2024 after the review of the coroner "
            "service commissioned by the three constituent councils. Each recommendation of "
            "the review is split into the actions that deliver it.",
        ),
        closing=(
            "The Joint Committee is asked to note progress and to agree the revised dates for "
            "actions 1.2 and 3.3.",
        ),
        headers={
            "ref": "Action",
            "issue": "Review finding",
            "action": "What we will do",
            "owner": "Lead",
            "due": "By",
            "status": "Status",
            "progress": "Progress",
        },
        rows=_C_ROWS,
        date_style="dmy.",
        revision="inline",
        merge_fields=("issue", "owner"),
        extra={"table_heading": "Improvement plan", "committee_label": "Meeting of"},
    ),
    # 7. scanned PDF: quarter dates, revisions written 'X now Y', priority groups
    Paper(
        slug="qg07_cathedral_quinquennial",
        fmt="pdf-scan",
        kind="cathedral chapter",
        body="The Chapter of Wexcombe Cathedral",
        committee="Fabric and Finance Committee",
        meeting="6 June 2024",
        title="Quinquennial inspection 2023: action plan",
        intro=(
            "Paper from the Chapter Clerk. Works follow the Cathedral Architect's 2023 "
            "inspection report.",
        ),
        closing=("The Committee is asked to note the plan.",),
        headers={
            "ref": "Item",
            "issue": "Defect",
            "action": "Work",
            "owner": "Responsible",
            "due": "Target",
            "status": "Status",
            "progress": "Notes",
        },
        rows=_D_ROWS,
        date_style="quarter",
        revision="now",
        running_header="Wexcombe Cathedral - Fabric and Finance Committee - Paper FF/24/11",
        extra={"table_heading": "Works arising from the inspection"},
    ),
    # 8. CSV: header on line 5, bare percentages, 'end of Month YYYY' dates, date changes in
    # the commentary, a blank owner and an 'Ongoing' deadline
    Paper(
        slug="qg08_port_health_fsa_audit",
        fmt="csv",
        kind="port health authority",
        body="Dunmere Estuary Port Health Authority",
        committee="Joint Board",
        meeting="15 October 2024",
        title="Food Standards Agency audit 2023: action plan update",
        intro=(),
        closing=(),
        headers={
            "ref": "Ref",
            "issue": "Audit finding",
            "action": "Action",
            "owner": "Responsible officer",
            "due": "Target date",
            "pct": "% complete",
            "status": "Status",
            "progress": "Progress",
        },
        rows=_E_ROWS,
        date_style="words",
        revision="progress",
        header_row=5,
        extra={"pct_bare": True},
    ),
)
