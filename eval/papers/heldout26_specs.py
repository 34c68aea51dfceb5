"""A twenty-sixth held-out set (heldout26): eight papers of five invented bodies of kinds not
used before: an inshore fisheries and conservation authority (three successive annual updates
of one action plan, in which rows recur with moved deadlines and changed statuses), an
almshouse charity (two successive years), a regional orchestra, a rural bus partnership and a
food bank network. One paper per format the renderer offers: Markdown, Word, a borderless PDF,
a scanned PDF, Excel, HTML, CSV and a ruled PDF.

House styles: group headings, financial-year quarters, seasons, 'mon-yy', 'end of Month'
dates, a two-row date header, revisions written 'was', 'now', inline, in the commentary
('moved', 'extended' and 'progress'), RAG colour words with a key, merged owner cells,
sub-actions, a theme column written once per group, percentages, priorities, bare-number
refs, blank owners and deadlines, 'Ongoing' deadlines and long multi-sentence notes.
"""

from __future__ import annotations

from eval.papers.spec import RAG_KEY_DEFAULT, Paper, Row

# --- 1-3: an inshore fisheries and conservation authority, three years -------------------------

_IFCA = "Wenmouth and Saltings Inshore Fisheries and Conservation Authority"
_IFCA_KIND = "inshore fisheries and conservation authority"
_ENF = "Enforcement and compliance"
_BYE = "Byelaws and regulation"
_SCI = "Science and evidence"
_GOV = "Governance and finance"

_E1 = "Patrol vessel sea-days fell 22% short of the target in the business plan."
_E1A = "Agree a revised patrol schedule with crew rotas that protect the sea-day target."
_E2 = "Inspection records made by shore-based and vessel officers are kept on paper forms."
_E2A = "Move all inspection records into the case management system using mobile forms."
_E3 = "There is no written policy on when a warning letter should become a prosecution."
_E3A = "Write and publish an enforcement escalation policy."
_E4 = "Crew working hours on long patrols are not monitored against any fatigue policy."
_E4A = "Adopt a fatigue management policy for vessel crews and record hours on every patrol."
_E5 = "Two enforcement officers do not hold the accredited investigator qualification."
_E5A = "Fund both officers through the accredited counter-fraud and investigation course."
_B1 = "The shellfish permit byelaw has not been reviewed since it was made in 2015."
_B1A = "Review the shellfish permit byelaw, consult permit holders and submit it to Defra."
_B2 = "Bass nursery area signs are missing at three public slipways."
_B2A = "Replace the signs at Kettle Hard, Port Ennis and Saltings Quay slipways."
_B3 = "Permit holders say the permit conditions are hard to find on the website."
_B3A = "Rewrite the permits pages of the website in plain English."
_B4 = "No catch data is collected from recreational sea anglers in the district."
_B4A = "Run a voluntary catch-recording pilot with the district's angling clubs."
_S1 = "The cockle stock assessment relies on a single autumn survey each year."
_S1A = "Add a spring survey of the three main cockle beds."
_S2 = "Survey data are stored on officers' own laptops with no backup."
_S2A = "Move all survey data to the shared, backed-up data store."
_S3 = "There is no agreed method for assessing the condition of seagrass beds."
_S3A = "Agree a seagrass monitoring method with Natural England and apply it each year."
_S4 = "The annual research report has been published late in each of the last three years."
_S4A = "Publish the research report by the end of July each year."
_S5 = "Environment Agency water quality data is not used in shellfish classification advice."
_S5A = "Agree a data-sharing arrangement with the Environment Agency and use it in advice."
_G1 = "Declarations of interest were incomplete for four members of the Authority."
_G1A = "Obtain full declarations from every member and review them each year."
_G2 = "The vessel replacement reserve has no agreed target balance."
_G2A = "Set a target balance for the reserve in the medium-term financial plan."
_G3 = "Levy arrangements with the four funding councils are not written down."
_G3A = "Agree a memorandum of understanding on the levy with all four funding councils."
_G4 = "Members do not review the strategic risk register."
_G4A = "Bring the strategic risk register to every second meeting of the Authority."
_G5 = "The Authority's website does not meet the public sector accessibility regulations."
_G5A = "Fix the failures found in the accessibility audit and publish a statement."
_G6 = "There is no succession plan for the Chief Officer and Clerk roles."
_G6A = "Agree a succession and contingency plan for both statutory roles."

_HEF = "Head of Enforcement"
_SEO = "Senior Environment Officer"
_PS = "Principal Scientist"
_CLERK = "Clerk to the Authority"
_TREAS = "Treasurer"
_COMMS = "Communications Officer"

_IFCA_2024 = (
    Row(_E1, _E1A, _HEF, "2024-06-30", "In progress",
        "A draft schedule for April to September has been shared with the crews. It assumes "
        "the second vessel returns from refit in May.",
        ref="E1", category=_ENF),
    Row(_E2, _E2A, _HEF, "2023-12-31", "Behind schedule",
        "The supplier has been slow to set up the mobile forms. Testing has started with two "
        "shore officers.",
        revised="2024-09-30", ref="E2", category=_ENF),
    Row(_E3, _E3A, _HEF, "2023-12-31", "Complete",
        "Approved by the Authority in December and published on the website.",
        ref="E3", category=_ENF),
    Row(_B1, _B1A, _SEO, "2024-09-30", "Not started",
        "Waiting for the outcome of the cockle stock assessment (S1) before consultation "
        "can begin.",
        ref="B1", category=_BYE),
    Row(_B2, _B2A, _SEO, "2024-03-31", "On track",
        "Signs ordered; installation booked for the week of 18 March.",
        ref="B2", category=_BYE),
    Row(_B3, _B3A, _COMMS, "2023-09-30", "Overdue",
        "The pages have been drafted but need checking against the byelaw review.",
        revised="2024-06-30", ref="B3", category=_BYE),
    Row(_S1, _S1A, _PS, "2024-06-30", "In progress",
        "Survey vessel time has been booked for April.",
        ref="S1", category=_SCI),
    Row(_S2, _S2A, _PS, "2023-12-31", "Completed",
        "All survey data since 2010 has been moved and laptops cleared.",
        ref="S2", category=_SCI),
    Row(_S3, _S3A, "", "", "Open",
        "First meeting with Natural England held in February.",
        ref="S3", category=_SCI, due_text="Ongoing"),
    Row(_G1, _G1A, _CLERK, "2024-03-31", "In progress",
        "Two declarations are still outstanding.",
        ref="G1", category=_GOV),
    Row(_G2, _G2A, _TREAS, "2024-03-31", "Complete",
        "A target of £450,000 was set in the plan approved in February.",
        ref="G2", category=_GOV),
    Row(_G3, _G3A, _TREAS, "2024-12-31", "Not yet started",
        "To be raised at the next meeting of council finance officers.",
        ref="G3", category=_GOV),
)  # fmt: skip

_IFCA_2025 = (
    Row(_E1, _E1A, _HEF, "2024-06-30", "Complete",
        "The revised schedule ran from July once the second vessel was back. Sea-days for "
        "the first three quarters of 2024/25 were 4% above target.",
        revised="2024-09-30", ref="E1", category=_ENF),
    Row(_E2, _E2A, _HEF, "2023-12-31", "Behind schedule",
        "Mobile forms went live for shore officers in January, but vessel officers are still "
        "on paper because the forms do not work offline. The supplier has agreed a fix.",
        revised="2025-06-30", ref="E2", category=_ENF),
    Row(_E4, _E4A, _HEF, "2025-06-30", "In progress",
        "A draft policy based on the maritime guidance is with the crews for comment.",
        ref="E4", category=_ENF),
    Row(_B1, _B1A, _SEO, "2024-09-30", "In progress",
        "The stock assessment was reported in November. Informal consultation with permit "
        "holders closed in February and formal consultation follows today's decision.",
        revised="2025-03-31", ref="B1", category=_BYE),
    Row(_B2, _B2A, _SEO, "2024-03-31", "Closed",
        "Signs installed in March 2024.",
        ref="B2", category=_BYE),
    Row(_B3, _B3A, _COMMS, "2023-09-30", "Completed",
        "New permit pages were published in July 2024.",
        revised="2024-06-30", ref="B3", category=_BYE),
    Row(_B4, _B4A, _SEO, "2025-08-31", "Not started",
        "Four clubs have offered to take part.",
        ref="B4", category=_BYE),
    Row(_S1, _S1A, _PS, "2024-06-30", "Partially implemented",
        "The spring survey covered the two northern beds; the southern bed could not be "
        "reached because of the weather.",
        ref="S1", category=_SCI),
    Row(_S3, _S3A, "", "", "Open",
        "A method has been agreed in principle and joint fieldwork is planned for the summer.",
        ref="S3", category=_SCI, due_text="Ongoing"),
    Row(_S4, _S4A, _PS, "2025-07-31", "Not yet due",
        "The 2024 report is being drafted.",
        ref="S4", category=_SCI),
    Row(_G1, _G1A, _CLERK, "2024-03-31", "Complete",
        "All declarations received by June 2024 and published.",
        revised="2024-06-30", ref="G1", category=_GOV),
    Row(_G3, _G3A, _TREAS, "2024-12-31", "In progress",
        "Three of the four councils have agreed the draft. The fourth wants the levy formula "
        "reviewed first.",
        revised="2025-09-30", ref="G3", category=_GOV),
    Row(_G4, _G4A, _CLERK, "2025-03-31", "On track",
        "The register is on today's agenda.",
        ref="G4", category=_GOV),
)  # fmt: skip

_IFCA_2026 = (
    Row(_E2, _E2A, _HEF, "2023-12-31", "Complete",
        "The offline version of the forms was installed on both vessels in November. Every "
        "inspection since then has been recorded in the system and the paper forms have been "
        "withdrawn.",
        revised="2025-12-31", ref="E2", category=_ENF, pct="100%"),
    Row(_E4, _E4A, _HEF, "2025-06-30", "Complete",
        "The policy was adopted in October after consultation with the crews. Hours are now "
        "logged at the end of each patrol.",
        revised="2025-10-31", ref="E4", category=_ENF, pct="100%"),
    Row(_E5, _E5A, _HEF, "2026-07-31", "In progress",
        "One officer started the course in January. The second place is booked for May.",
        ref="E5", category=_ENF, pct="40%"),
    Row(_B1, _B1A, _SEO, "2024-09-30", "Behind schedule",
        "The Authority agreed the draft byelaw in March 2025 and formal consultation closed "
        "in June with 41 responses. Defra's lawyers have since asked for changes to the "
        "conditions on dredge gear, which go back to the Byelaw Sub-Committee in April. "
        "Submission for confirmation is now expected in June.",
        revised="2026-06-30", ref="B1", category=_BYE, pct="70%"),
    Row(_B4, _B4A, _SEO, "2025-08-31", "In progress",
        "The pilot started late, in October, because the recording app needed changes. Three "
        "clubs are now taking part and 212 trips have been logged. A report on the first six "
        "months will come to the Authority in the summer.",
        revised="2026-04-30", ref="B4", category=_BYE, pct="60%"),
    Row(_S1, _S1A, _PS, "2024-06-30", "Complete",
        "The 2025 spring survey covered all three beds for the first time.",
        revised="2025-05-31", ref="S1", category=_SCI, pct="100%"),
    Row(_S3, _S3A, _PS, "", "Ongoing",
        "The agreed method was used for the first time in August 2025. It will be repeated "
        "every summer and the results shared with Natural England.",
        ref="S3", category=_SCI, due_text="Ongoing"),
    Row(_S4, _S4A, _PS, "2025-07-31", "Achieved",
        "The 2024 report was published on 28 July 2025.",
        ref="S4", category=_SCI, pct="100%"),
    Row(_S5, _S5A, _PS, "2026-09-30", "Not started",
        "Waiting for the Environment Agency's new data-sharing template.",
        ref="S5", category=_SCI, pct="0%"),
    Row(_G3, _G3A, _TREAS, "2024-12-31", "Complete",
        "Signed by all four councils in September after the levy formula review.",
        revised="2025-09-30", ref="G3", category=_GOV, pct="100%"),
    Row(_G4, _G4A, _CLERK, "2025-03-31", "Complete",
        "The register now comes to every second meeting.",
        ref="G4", category=_GOV, pct="100%"),
    Row(_G5, _G5A, _COMMS, "2026-03-31", "On track",
        "Most of the failures were in the PDF byelaw documents, which are being replaced with "
        "web pages. The accessibility statement is drafted.",
        ref="G5", category=_GOV, pct="85%"),
    Row(_G6, _G6A, "Chief Officer", "2026-01-31", "Overdue",
        "A draft was delayed by the Clerk's absence in the autumn. It will come to the "
        "Personnel Sub-Committee in April.",
        ref="G6", category=_GOV, pct="25%"),
)  # fmt: skip

_IFCA_INTRO = (
    "Report of the Chief Officer.",
    "This report updates the Authority on the action plan agreed after the internal audit and "
    "the review of enforcement carried out in 2023.",
)

# --- 4-5: an almshouse charity, two years ------------------------------------------------------

_ALMS = "The Hollingbourne and Ashby Almshouse Charity"
_ALMS_KIND = "almshouse charity"
_A1 = "Quinquennial survey found slipped tiles and failed flashing on the east range roof."
_A1A = "Obtain three quotes and let the roof repair contract for cottages 1 to 6."
_A2 = "The governing scheme limits residents to the ancient parish of Hollingbourne."
_A2A = "Apply to the Charity Commission to widen the area of benefit."
_A3 = "Weekly maintenance contributions have not been reviewed since 2021."
_A3A = "Review the contribution against the Almshouse Association guidance."
_A4 = "The fire alarm in the common room is not linked to the cottages."
_A4A = "Install a linked fire alarm system across all twelve cottages."
_A5 = "The safeguarding policy does not cover visiting volunteers."
_A5A = "Update the safeguarding policy and brief all volunteers."
_A6 = "The warden's cottage is empty and the insurers require weekly inspections."
_A6A = "Arrange weekly inspections until a new warden is appointed."
_A7 = "No skills audit of the trustees has ever been carried out."
_A7A = "Carry out a skills audit and recruit two trustees to fill the gaps."
_A8 = "Windows in cottages 7 to 12 are single glazed and draughty."
_A8A = "Apply to the Almshouse Association for a grant and loan for secondary glazing."
_A9 = "A drain survey found root ingress in the shared drain behind the west range."
_A9A = "Have the drain relined and the tree roots removed."
_A10 = "The charity has no written reserves policy."
_A10A = "Agree a reserves policy linked to the planned maintenance programme."
_A11 = "Residents have no formal way to raise a complaint."
_A11A = "Adopt a complaints procedure and explain it at the residents' meeting."

_CT = "Clerk to the Trustees"
_CHAIR = "Chair of Trustees"
_WELF = "Residents' welfare trustee"

_ALMS_2025 = (
    Row(_A1, _A1A, _CT, "2025-03-31", "In progress",
        "Two quotes received; the third contractor visits in June.",
        revised="2025-07-31", ref="1"),
    Row(_A2, _A2A, _CHAIR, "2025-09-30", "Not started",
        "Solicitor instructed to advise first.", ref="2"),
    Row(_A3, _A3A, "Treasurer", "2025-04-30", "Complete",
        "New rate agreed from 1 April.", ref="3"),
    Row(_A4, _A4A, _CT, "2025-06-30", "On track",
        "Contractor appointed; work starts 2 June.", ref="4"),
    Row(_A5, _A5A, _WELF, "2024-12-31", "In progress",
        "Draft policy circulated with these papers.",
        revised="2025-06-30", ref="5"),
    Row(_A6, _A6A, "", "", "Open",
        "Trustees taking turns each week.", ref="6", due_text="Ongoing"),
    Row(_A7, _A7A, _CHAIR, "2025-11-30", "Not yet started",
        "Form to be sent out in the summer.", ref="7"),
)  # fmt: skip

_PROP = "Property"
_GOVA = "Governance"
_RES = "Residents"

_ALMS_2026 = (
    Row(_A1, _A1A, _CT, "2025-03-31", "Complete",
        "Roof works finished in October within budget.",
        revised="2025-10-31", ref="1", category=_PROP, pct="100%"),
    Row(_A4, _A4A, _CT, "2025-06-30", "Complete",
        "System commissioned in September and tested monthly.",
        revised="2025-09-30", ref="4", category=_PROP, pct="100%"),
    Row(_A8, _A8A, _CT, "2026-09-30", "In progress",
        "Application submitted in March; decision expected in July.",
        ref="8", category=_PROP, pct="30%"),
    Row(_A9, _A9A, _CT, "2026-03-31", "Overdue",
        "Contractor delayed by the wet winter. Relining now booked for June.",
        ref="9", category=_PROP, pct="50%"),
    Row(_A2, _A2A, _CHAIR, "2025-09-30", "In progress",
        "The Commission asked for evidence of local need, which was sent in February.",
        revised="2026-12-31", ref="2", category=_GOVA, pct="40%"),
    Row(_A7, _A7A, _CHAIR, "2025-11-30", "Partially complete",
        "Audit done; one of the two new trustees has joined.",
        ref="7", category=_GOVA, pct="60%"),
    Row(_A10, _A10A, "Treasurer", "2026-06-30", "Not started",
        "", ref="10", category=_GOVA, pct="0%"),
    Row(_A5, _A5A, _WELF, "2024-12-31", "Completed",
        "Policy adopted in June 2025 and volunteers briefed.",
        revised="2025-06-30", ref="5", category=_RES, pct="100%"),
    Row(_A6, _A6A, "", "", "Superseded",
        "A new warden moved in during January.",
        ref="6", category=_RES, due_text="Ongoing"),
    Row(_A11, _A11A, _WELF, "2026-07-31", "Not yet due",
        "Draft procedure to be discussed at the June residents' meeting.",
        ref="11", category=_RES),
)  # fmt: skip

# --- 6: a regional orchestra ---------------------------------------------------------------------

_FIN = "Finance and controls"
_DEV = "Fundraising"
_PEOPLE = "Players and people"
_TOUR = "Touring and venues"
_FD = "Finance Director"
_HOD = "Head of Development"
_OM = "Orchestra Manager"
_OPS = "Operations Manager"

_ORCH = (
    Row("Fees for freelance players are processed from emailed spreadsheets.",
        "Move freelance fees into the payroll system with approval by section leaders.",
        _FD, "2025-12-31", "Amber",
        "The payroll provider has built the new pay codes and a trial run for the November "
        "concerts matched the spreadsheets. Section leaders have not yet been trained to "
        "approve claims, and the provider cannot run the training until March. The full "
        "change-over is now planned for the start of the summer season.",
        revised="2026-04-30", ref="F1", priority="High", category=_FIN),
    Row("Gift Aid claims have not been made since 2023.",
        "Submit the outstanding Gift Aid claims for 2023/24 and 2024/25.",
        _FD, "2025-11-30", "Blue",
        "Both claims were submitted in November and £18,400 has been received.",
        ref="F2", priority="High", category=_FIN),
    Row("Restricted grant income is not tracked separately in the ledger.",
        "Set up restricted fund codes and report restricted balances to each committee.",
        _FD, "2026-03-31", "Green",
        "The codes are set up. The first report will come to the March committee.",
        ref="F3", priority="Medium", category=_FIN),
    Row("The supporters' database holds consent records for only 40% of donors.",
        "Run a consent refresh campaign before the spring season brochure is mailed.",
        _HOD, "2026-04-30", "Green",
        "The campaign letter went out in January with the season preview. Replies so far "
        "have raised consent coverage to 58%, and a telephone follow-up by volunteers is "
        "planned for March.",
        ref="R1", priority="Medium", category=_DEV),
    Row("There is no gift acceptance policy.",
        "Adopt a gift acceptance policy covering sponsorship from high-carbon industries.",
        _HOD, "2025-10-31", "Amber",
        "A draft went to the Board in December, which asked for wider consultation with the "
        "players' committee first.",
        revised="2026-02-28", ref="R2", priority="Low", category=_DEV),
    Row("Legacy income is not forecast in the budget.",
        "Include a prudent legacy forecast in each budget and review it each quarter.",
        "", "", "Green",
        "A forecast based on notified legacies is now included in the quarterly accounts.",
        ref="R3", priority="Low", category=_DEV, due_text="Ongoing"),
    Row("Hearing protection assessments for musicians are out of date.",
        "Commission noise assessments for the main concert halls and the rehearsal room.",
        _OM, "2025-09-30", "Red",
        "No work has started. The specialist the orchestra used before has retired and two "
        "other firms have not replied. The Orchestra Manager is now seeking a referral "
        "through the Association of British Orchestras.",
        revised="2026-01-31", ref="P1", priority="High", category=_PEOPLE),
    Row("Player contracts do not reflect the 2024 agreement with the Musicians' Union.",
        "Reissue all player contracts on the terms of the 2024 agreement.",
        _OM, "2026-03-31", "Green",
        "New contracts have been issued to the strings and woodwind sections.",
        ref="P2", priority="High", category=_PEOPLE),
    Row("Safeguarding checks for youth orchestra tutors are incomplete.",
        "Complete enhanced DBS checks for every tutor before the autumn term.",
        "Learning and Participation Manager", "2025-12-31", "Blue",
        "All 23 tutors are checked and a renewal log is kept.",
        ref="P3", priority="High", category=_PEOPLE),
    Row("Touring van insurance does not cover instruments left overnight.",
        "Extend the insurance policy to cover instruments in vehicles overnight.",
        _OPS, "2025-11-30", "Blue",
        "Cover extended from 1 November at an extra premium of £640.",
        ref="T1", priority="Medium", category=_TOUR),
    Row("Carbon emissions from touring are not measured.",
        "Adopt the creative climate tools and report touring emissions from the 2026/27 season.",
        _OPS, "2026-08-31", "Red",
        "Not started; depends on the new operations assistant joining in April.",
        ref="T2", priority="Medium", category=_TOUR),
    Row("Access information for venues is incomplete on the website.",
        "Publish access information for every venue on the touring circuit.",
        "Marketing Manager", "2026-05-31", "Green",
        "Information for nine of the fourteen venues is online.",
        ref="T3", priority="Low", category=_TOUR),
)  # fmt: skip

# --- 7: a rural bus partnership ------------------------------------------------------------------

_NET = "Network and timetables"
_FARE = "Fares and ticketing"
_INFRA = "Infrastructure"
_CTR = "Community transport"
_PTT = "County passenger transport team"
_OPER = "Teme Valley Coaches (lead operator)"
_HWY = "Highways liaison officer"
_CVCT = "Clun Valley Community Transport"

_BUS = (
    Row("Saturday journeys on route 738 between Ludlow and Knighton were withdrawn in 2024.",
        "Restore a two-hourly Saturday service on route 738.",
        _PTT, "2025-08-31", "In progress",
        "The tender returned one bid, which is being evaluated for award at this meeting.",
        revised="2025-11-30", ref="BSIP-1", category=_NET),
    Row("Timetables at rural stops are out of date or missing.",
        "Replace timetable cases and displays at 60 rural stops.",
        "Operator liaison officer", "2025-05-31", "Complete",
        "All 60 stops updated in May.", ref="BSIP-2", category=_NET),
    Row("Young people pay adult fares from the age of 16.",
        "Introduce a £2 under-22 single fare on all partnership routes.",
        _OPER, "2025-08-31", "Complete",
        "Fare introduced on 1 August on all three operators' services.",
        ref="BSIP-3a", category=_FARE),
    Row("Ticket machines on two operators' buses cannot read the under-22 photocard.",
        "Update ticket machine software to accept the under-22 photocard.",
        _OPER, "2025-11-30", "Behind schedule",
        "The software supplier has put back the release for the smaller operators.",
        revised="2026-02-28", ref="BSIP-3b", category=_FARE),
    Row("There is no day ticket valid on every operator's buses.",
        "Agree a multi-operator day ticket and how its income is shared.",
        "", "2026-05-31", "Not started",
        "Operators want to see passenger figures first (BSIP-9).",
        ref="BSIP-4", category=_FARE),
    Row("Five hail-and-ride sections have no safe place to wait for the bus.",
        "Agree locations for hard-standing at the five hail-and-ride sections.",
        _HWY, "2025-11-30", "On track",
        "Four locations agreed with landowners; the fifth site visit is on 22 October.",
        ref="BSIP-5a", category=_INFRA),
    Row("Hail-and-ride stops have no poles or flags.",
        "Build hard-standing and fit poles and flags at the agreed locations.",
        _HWY, "2026-08-31", "Not yet started",
        "", ref="BSIP-5b", category=_INFRA),
    Row("Real-time information screens at Knighton and Clun have been broken since 2023.",
        "Repair or replace the two real-time information screens.",
        _PTT, "2025-02-28", "Overdue",
        "Replacement screens are in stock but the power supply at Clun needs moving first.",
        revised="2025-08-31", ref="BSIP-6", category=_INFRA),
    Row("Dial-a-ride journeys can only be booked by telephone in office hours.",
        "Launch online booking for the dial-a-ride service.",
        _CVCT, "2026-02-28", "In progress",
        "Booking software chosen; volunteers are testing it.", ref="BSIP-7", category=_CTR),
    Row("The mileage rate paid to volunteer drivers is below the HMRC approved rate.",
        "Raise the volunteer drivers' mileage rate to 45p a mile.",
        _CVCT, "2025-05-31", "Implemented",
        "New rate paid from 1 April.", ref="BSIP-8", category=_CTR),
    Row("The partnership has no passenger figures by route.",
        "Collect monthly passenger figures from every operator and report them to the Board.",
        "Partnership officer", "", "Ongoing",
        "Two of three operators now send figures each month.",
        ref="BSIP-9", category=_CTR, due_text="Ongoing"),
)  # fmt: skip

# --- 8: a food bank network ----------------------------------------------------------------------

_WARE = "Warehouse and food safety"
_VOL = "Volunteers"
_CLI = "Clients and referrals"
_FING = "Finance and governance"
_WC = "Warehouse Coordinator"
_VM = "Volunteer Manager"
_CSL = "Client Services Lead"

_FOOD = (
    Row("Temperatures in the chilled store at Wisbech are not recorded at weekends.",
        "Install a data logger with text alerts on the chilled store.",
        _WC, "2025-09-30", "Met",
        "The logger was fitted in August and alerts go to the Warehouse Coordinator and one "
        "trustee. There have been no alerts since.",
        ref="R1", priority="High", category=_WARE, pct="100%"),
    Row("Stock rotation is not followed for tinned goods at the March and Chatteris centres.",
        "Introduce first-in first-out labelling of shelves at both centres.",
        _WC, "2025-10-31", "Partly met",
        "Labelling is in place at March and the volunteers there report far less out-of-date "
        "stock. Chatteris is moving to a new church hall in February, so the shelves will be "
        "labelled when the move is complete rather than twice.",
        revised="2026-01-31", ref="R2(a)", priority="Medium", category=_WARE, pct="70%"),
    Row("Out-of-date stock is thrown away without being recorded.",
        "Keep a disposal log at each centre and report waste to the Board each quarter.",
        _WC, "2025-12-31", "Met",
        "Logs are kept at all four centres and the first quarterly figure is in this pack.",
        ref="R2(b)", priority="Medium", category=_WARE, pct="100%"),
    Row("The forklift at the Wisbech warehouse has no thorough examination certificate.",
        "Have the forklift examined and keep the certificate on site.",
        "Operations Manager", "2025-08-31", "Met",
        "Examined in July; certificate valid to July 2026.",
        ref="R3", priority="High", category=_WARE, pct="100%"),
    Row("DBS checks are missing for 14 volunteers who deliver food parcels to homes.",
        "Complete basic DBS checks for every home delivery volunteer.",
        _VM, "2025-10-31", "Partly met",
        "Twelve of the fourteen checks are complete. The remaining two volunteers have been "
        "taken off home deliveries until their checks come back, and the rota has been "
        "covered by staff.",
        revised="2025-12-31", ref="R4", priority="High", category=_VOL, pct="85%"),
    Row("Volunteer induction differs from one centre to another.",
        "Write one induction handbook for volunteers at all centres.",
        _VM, "2026-03-31", "Not met",
        "A first draft has been written but needs sections on food safety and lone working.",
        ref="R5(a)", priority="Medium", category=_VOL, pct="40%"),
    Row("Centre leads have not been trained to induct new volunteers.",
        "Train every centre lead to deliver the new induction.",
        "", "2026-06-30", "Not started",
        "Depends on the handbook (R5(a)).",
        ref="R5(b)", priority="Medium", category=_VOL, pct="0%"),
    Row("Referral vouchers from schools are often incomplete.",
        "Agree a standard referral form with the three secondary schools.",
        _CSL, "2025-11-30", "Not met",
        "Two schools have agreed the form. The third is changing its pastoral team and has "
        "asked to wait until the spring term.",
        revised="2026-02-28", ref="R6", priority="Medium", category=_CLI, pct="50%"),
    Row("Clients are not routinely offered advice on debt and benefits.",
        "Place an adviser from the local advice service at each centre every week.",
        _CSL, "", "Partly met",
        "Advisers attend at Wisbech and March each week; Chatteris and Whittlesey are "
        "covered fortnightly while the advice service recruits.",
        ref="R7", priority="High", category=_CLI, due_text="Ongoing", pct="60%"),
    Row("Cash donations in collection tins are counted by one person.",
        "Require two people to count and sign for all cash donations.",
        "Treasurer", "2025-07-31", "Met",
        "Two-person counting in place since July.",
        ref="R8", priority="High", category=_FING, pct="100%"),
    Row("The network has no reserves policy.",
        "Agree a reserves policy and target level of free reserves.",
        "Treasurer", "2025-12-31", "Not met",
        "The Finance Sub-Group will consider a draft in February.",
        revised="2026-03-31", ref="R9", priority="Medium", category=_FING, pct="30%"),
    Row("Client records at two centres are kept in paper files.",
        "Move client records onto the network's data system and shred the paper files.",
        "Operations Manager", "2026-04-30", "Partly met",
        "Records at Whittlesey have been moved. Chatteris will follow after its move.",
        ref="R10", priority="High", category=_FING, pct="55%"),
)  # fmt: skip


PAPERS = (
    # 1. Markdown: group headings, financial-year quarters, revisions written 'was', a blank
    # owner and an 'Ongoing' deadline
    Paper(
        slug="qi01_fisheries_authority_2024",
        fmt="md",
        kind=_IFCA_KIND,
        body=_IFCA,
        committee="Full Authority",
        meeting="Thursday 14 March 2024",
        title="Audit and enforcement review: action plan update",
        intro=_IFCA_INTRO,
        closing=("Members are asked to note progress and agree the revised target dates.",),
        headers={
            "ref": "Ref",
            "issue": "Finding",
            "action": "Action agreed",
            "owner": "Lead officer",
            "due": "Target",
            "status": "Status",
            "progress": "Update",
        },
        rows=_IFCA_2024,
        date_style="quarter",
        revision="was",
        extra={"table_heading": "Action plan update"},
    ),
    # 2. Word: a two-row date header (Original / Revised), owner cells merged down each run,
    # group headings
    Paper(
        slug="qi02_fisheries_authority_2025",
        fmt="docx",
        kind=_IFCA_KIND,
        body=_IFCA,
        committee="Full Authority",
        meeting="Thursday 13 March 2025",
        title="Audit and enforcement review: action plan update (year two)",
        intro=_IFCA_INTRO,
        closing=(
            "Members are asked to note progress, agree the revised target dates and close the "
            "actions marked complete.",
        ),
        headers={
            "ref": "Ref",
            "issue": "Finding",
            "action": "Action",
            "owner": "Responsible officer",
            "original": "Original",
            "revised": "Revised",
            "status": "Status",
            "progress": "Progress note",
        },
        rows=_IFCA_2025,
        date_style="month",
        revision="columns",
        two_row_date_header="Target date",
        merge_fields=("owner",),
        running_header="Wenmouth and Saltings IFCA - Full Authority - 13 March 2025",
        extra={"body_label": "Authority", "table_heading": "Action plan"},
    ),
    # 3. A borderless PDF: the due column keeps the first date and the commentary says where
    # it moved; 'mon-yy' dates, a '% complete' column, long notes, group headings
    Paper(
        slug="qi03_fisheries_authority_2026",
        fmt="pdf",
        kind=_IFCA_KIND,
        body=_IFCA,
        committee="Full Authority",
        meeting="Thursday 12 March 2026",
        title="Audit and enforcement review: action plan update (year three)",
        intro=(*_IFCA_INTRO, "Actions closed at the March 2025 meeting are no longer shown."),
        closing=("Members are asked to note progress and close the completed actions.",),
        headers={
            "ref": "Ref",
            "issue": "Issue",
            "action": "Agreed action",
            "owner": "Officer",
            "due": "Due",
            "status": "Position",
            "pct": "% complete",
            "progress": "Commentary",
        },
        rows=_IFCA_2026,
        date_style="mon-yy",
        revision="moved",
        borders=False,
        extra={"valign": "middle", "padding": "2pt 4pt", "footer": "Agenda item 7"},
    ),
    # 4. A scanned PDF: bare-number refs, revisions written inline, a blank owner and an
    # 'Ongoing' deadline
    Paper(
        slug="qi04_almshouse_2025",
        fmt="pdf-scan",
        kind=_ALMS_KIND,
        body=_ALMS,
        committee="Board of Trustees",
        meeting="Thursday 22 May 2025",
        title="Property and governance action log",
        intro=("Prepared by the Clerk to the Trustees.",),
        closing=("Trustees are asked to note the log and agree the revised dates.",),
        headers={
            "ref": "No.",
            "issue": "Item",
            "action": "Action",
            "owner": "By whom",
            "due": "By when",
            "status": "Status",
            "progress": "Notes",
        },
        rows=_ALMS_2025,
        date_style="dmy/",
        revision="inline",
        running_header="Hollingbourne and Ashby Almshouse Charity - Trustees - May 2025",
        extra={"font": "Georgia, serif", "table_heading": "Action log"},
    ),
    # 5. Excel: a theme column written once per group, Original / Revised date columns,
    # percentage cells, the header on row 4, a blank owner
    Paper(
        slug="qi05_almshouse_2026",
        fmt="xlsx",
        kind=_ALMS_KIND,
        body=_ALMS,
        committee="Board of Trustees",
        meeting="Thursday 21 May 2026",
        title="Property and governance action log",
        intro=("Prepared by the Clerk to the Trustees.",),
        closing=("Trustees are asked to note the log and close the completed items.",),
        headers={
            "theme": "Area",
            "ref": "No.",
            "issue": "Item",
            "action": "Action",
            "owner": "By whom",
            "original": "Target date",
            "revised": "Revised date",
            "pct": "% done",
            "status": "Status",
            "progress": "Notes",
        },
        rows=_ALMS_2026,
        revision="columns",
        header_row=4,
        extra={"theme_once": True, "sheet": "Action log"},
    ),
    # 6. HTML: RAG colour words with a key, owner cells merged (rowspan), a priority column,
    # revisions written 'now', long dates, group headings, a blank owner and deadline
    Paper(
        slug="qi06_orchestra_tracker",
        fmt="html",
        kind="regional orchestra",
        body="Northern Marches Symphony Orchestra",
        committee="Finance, Audit and Risk Committee",
        meeting="Tuesday 10 February 2026",
        title="Audit and funding conditions: action tracker",
        intro=(
            "Report of the Chief Executive.",
            "The tracker brings together the internal audit recommendations of 2025 and the "
            "conditions attached to the orchestra's Arts Council investment.",
        ),
        closing=("The Committee is asked to note the tracker.",),
        headers={
            "ref": "Ref",
            "issue": "Issue",
            "action": "Action",
            "owner": "Owner",
            "priority": "Priority",
            "due": "Deadline",
            "status": "RAG",
            "progress": "Update",
        },
        rows=_ORCH,
        date_style="long",
        revision="now",
        rag_key=RAG_KEY_DEFAULT,
        merge_fields=("owner",),
        extra={
            "key_text": "Key: Blue - complete; Green - on track; Amber - at risk of missing "
            "the deadline; Red - not started.",
            "table_heading": "Action tracker",
        },
    ),
    # 7. CSV: the header on row 5, a 'Workstream' theme column, sub-actions, seasons, revisions
    # written in the notes ('extended'), a blank owner and an 'Ongoing' deadline
    Paper(
        slug="qi07_rural_bus_partnership",
        fmt="csv",
        kind="rural bus partnership",
        body="Upper Teme and Clun Rural Bus Partnership",
        committee="Partnership Board",
        meeting="Wednesday 15 October 2025",
        title="Bus Service Improvement Plan: delivery actions",
        intro=(),
        closing=(),
        headers={
            "ref": "Action ID",
            "theme": "Workstream",
            "issue": "Issue",
            "action": "Action",
            "owner": "Lead partner",
            "due": "Target",
            "status": "Status",
            "progress": "Notes",
        },
        rows=_BUS,
        date_style="season",
        revision="extended",
        header_row=5,
    ),
    # 8. A ruled PDF: sub-actions, priorities, '% complete', Met / Partly met / Not met,
    # 'end of Month' dates, revisions written in the progress text, long notes, group headings
    Paper(
        slug="qi08_food_bank_network",
        fmt="pdf",
        kind="food bank network",
        body="North Fenland Food Bank Network",
        committee="Board of Trustees",
        meeting="Monday 19 January 2026",
        title="Operational review 2025: recommendations tracker",
        intro=(
            "Report of the Operations Manager.",
            "The operational review of the network's four centres reported in June 2025. This "
            "tracker shows progress on each recommendation.",
        ),
        closing=("Trustees are asked to note progress and agree the extended target dates.",),
        headers={
            "ref": "Rec.",
            "issue": "Finding",
            "action": "Recommendation",
            "owner": "Lead",
            "priority": "Priority",
            "due": "Target date",
            "pct": "% complete",
            "status": "Status",
            "progress": "Progress to date",
        },
        rows=_FOOD,
        date_style="words",
        revision="progress",
        running_header="North Fenland Food Bank Network | Trustee Board | 19 January 2026",
        extra={"head_bg": "#e2efda", "table_heading": "Recommendations"},
    ),
)
