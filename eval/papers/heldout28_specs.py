"""A twenty-eighth held-out set (heldout28): eight papers of five invented UK public or voluntary
bodies of kinds not used before — a county music education hub (three successive annual
improvement-plan updates), a community energy co-operative (two successive years of audit
actions), a registration (births, deaths and marriages) service, a veterans' support charity
and a volunteer centre. One paper per format the renderer offers: Word, Excel, a ruled PDF, a
borderless PDF, a scanned PDF, HTML, Markdown and CSV. Rows recur between the years of the two
multi-year bodies with moved deadlines and changed statuses. Written blind to govrag's code."""

from __future__ import annotations

from eval.papers.spec import RAG_KEY_DEFAULT, RAG_KEY_GREEN_DONE, Paper, Row

# --- A: North Wessex Music Education Hub ----------------------------------------------------

_HUB = "North Wessex Music Education Hub"
_INC = "Inclusion and access"
_WF = "Workforce"
_PS = "Partnerships with schools"
_FG = "Finance and governance"

# key -> (category, issue, action, owner)
_M = {
    "R01": (
        _INC,
        "Take-up of whole-class ensemble teaching is lowest in schools with the highest share "
        "of pupils eligible for free school meals.",
        "Offer subsidised ensemble packages to the twenty schools with the lowest take-up and "
        "track enrolment each term.",
        "Inclusion Lead",
    ),
    "R02": (
        _INC,
        "The instrument loan stock holds no adapted instruments for disabled pupils.",
        "Buy and catalogue an adapted instrument collection, working with the county's special "
        "schools on what is needed.",
        "Inclusion Lead",
    ),
    "R03": (
        _INC,
        "There is no progression route for pupils leaving the first-access programme.",
        "Launch area beginner bands on Saturday mornings in Newbury, Thatcham and Hungerford.",
        "Head of Ensembles",
    ),
    "R04": (
        _WF,
        "Eleven visiting instrumental teachers have no record of safeguarding refresher "
        "training in the last three years.",
        "Complete refresher training for every visiting teacher and hold the records centrally.",
        "Workforce Manager",
    ),
    "R05": (
        _WF,
        "Pay rates for hourly-paid tutors have not been benchmarked since 2019.",
        "Benchmark tutor pay against neighbouring hubs and bring costed options to the Board.",
        "Workforce Manager",
    ),
    "R06": (
        _WF,
        "Lesson observation reaches fewer than half of the teaching staff in a year.",
        "Introduce a two-year observation cycle, with peer observation for senior tutors.",
        "Head of Teaching and Learning",
    ),
    "R07": (
        _PS,
        "Most schools' music development plans make no reference to the hub offer.",
        "Hold a termly network meeting for school music leads and share a plan template.",
        "Schools Partnership Manager",
    ),
    "R08": (
        _PS,
        "Secondary schools report GCSE music entries falling because of timetable clashes.",
        "Pilot twilight GCSE music sessions at the Basingstoke and Andover hub centres.",
        "Schools Partnership Manager",
    ),
    "R09": (
        _PS,
        "Links with the county youth orchestra and choirs rest on goodwill, not an agreement.",
        "Agree a partnership agreement covering auditions, bursaries and shared rehearsal space.",
        "Hub Director",
    ),
    "R10": (
        _FG,
        "Parental contributions are collected through three separate payment systems.",
        "Move all lesson and ensemble payments onto a single online booking system.",
        "Business Manager",
    ),
    "R11": (
        _FG,
        "The annual data return to Arts Council England was submitted late in 2023.",
        "Set an internal timetable for the data return, with sign-off by the Board Chair.",
        "Business Manager",
    ),
    "R12": (
        _FG,
        "The hub has no strategic risk register reviewed by the Board.",
        "Draft a strategic risk register and bring it to the Board twice a year.",
        "Hub Director",
    ),
    "R13": (
        _FG,
        "Insurance of the loan instrument stock is based on a 2018 valuation.",
        "Revalue the instrument stock and update the insurance schedule at renewal.",
        "Business Manager",
    ),
    "R14": (
        _INC,
        "Music technology is offered at only two of the seven hub centres.",
        "Equip every hub centre with a music technology suite and train tutors to use it.",
        "Head of Ensembles",
    ),
    "R15": (
        _PS,
        "Feedback from schools is gathered informally and not reported to the Board.",
        "Run an annual schools survey and report the results with an action plan.",
        "Schools Partnership Manager",
    ),
}


def _hub(key: str, due: str, status: str, progress: str = "", **kw: object) -> Row:
    category, issue, action, owner = _M[key[:3]]
    owner = str(kw.pop("owner", owner))
    issue = str(kw.pop("issue", issue))
    action = str(kw.pop("action", action))
    return Row(issue, action, owner, due, status, progress, ref=key, category=category, **kw)  # type: ignore[arg-type]


_HUB_2024 = (
    _hub(
        "R01",
        "2024-07-31",
        "In progress",
        "Packages offered to all twenty schools in January; twelve have signed up so far.",
    ),
    _hub(
        "R02",
        "2024-12-31",
        "Not started",
        "Awaiting the outcome of the capital grant bid, due in May.",
    ),
    _hub(
        "R03",
        "2024-09-30",
        "On track",
        "Venues booked in all three towns and conductors recruited.",
    ),
    _hub(
        "R04",
        "2024-03-31",
        "Overdue",
        "Eight of the eleven teachers have completed the course. The remaining three are on "
        "long-term leave and will complete it on their return.",
        revised="2024-05-31",
    ),
    _hub("R05", "2024-10-31", "Not started", ""),
    _hub(
        "R06",
        "2024-08-31",
        "In progress",
        "Observation framework agreed by the teaching leads in February.",
    ),
    _hub(
        "R07",
        "2024-04-30",
        "Complete",
        "First network meeting held in November with 41 schools attending. The template was "
        "circulated in December and is now used by half of the primary schools.",
    ),
    _hub(
        "R08",
        "2024-07-31",
        "Not started",
        "Head teachers at both centres have agreed in principle.",
    ),
    _hub(
        "R09",
        "2024-06-30",
        "In progress",
        "Draft heads of terms shared with the orchestra's committee.",
        revised="2024-11-30",
    ),
    _hub(
        "R10",
        "2024-08-31",
        "In progress",
        "Supplier chosen after a mini-competition; data migration planned for the summer.",
    ),
    _hub(
        "R11", "2024-02-29", "Complete", "Timetable agreed and the 2024 return submitted on time."
    ),
    _hub(
        "R12",
        "2024-06-30",
        "Partially complete",
        "Draft register considered by the Finance Sub-Group in February. Risk appetite "
        "statements still need to be written before it goes to the full Board.",
    ),
)

_HUB_2025 = (
    _hub(
        "R01",
        "2024-07-31",
        "Green",
        "Nineteen of the twenty schools now take a package. Enrolment data for the spring term "
        "will be reported in July once schools have confirmed numbers.",
        revised="2025-07-31",
        pct="80%",
    ),
    _hub(
        "R02",
        "2024-12-31",
        "Amber",
        "The capital grant was awarded in June 2024 at a lower amount than bid for. A first "
        "set of adapted instruments has been bought; the rest depends on a second bid.",
        revised="2025-09-30",
        pct="40%",
    ),
    _hub(
        "R03",
        "2024-09-30",
        "Blue",
        "All three bands are running, with 118 pupils enrolled.",
        pct="100%",
    ),
    _hub(
        "R04",
        "2024-03-31",
        "Blue",
        "All eleven teachers trained; certificates held on the HR system.",
        revised="2024-05-31",
        pct="100%",
    ),
    _hub(
        "R05",
        "2024-10-31",
        "Amber",
        "Benchmarking completed with four neighbouring hubs. Options could not be costed "
        "until the 2025-26 grant settlement was known.",
        revised="2025-06-30",
        pct="50%",
    ),
    _hub(
        "R06",
        "2024-08-31",
        "Green",
        "First year of the cycle complete; 46% of staff observed.",
        pct="60%",
    ),
    _hub(
        "R08",
        "2024-07-31",
        "Red",
        "Neither school could release a room for the pilot this academic year.",
        revised="2025-09-30",
        pct="0%",
    ),
    _hub(
        "R09",
        "2024-11-30",
        "Green",
        "Agreement signed off by the orchestra's committee; awaiting the hub's legal review.",
        pct="90%",
    ),
    _hub(
        "R10",
        "2024-08-31",
        "Amber",
        "The new system went live for lessons in September. Ensemble fees are still taken on "
        "the old system because of a problem with sibling discounts.",
        revised="2025-04-30",
        pct="70%",
    ),
    _hub(
        "R12",
        "2024-06-30",
        "Blue",
        "Register approved by the Board in July 2024 and reviewed again in January 2025.",
        pct="100%",
    ),
    _hub("R13", "2025-08-31", "Red", "", pct="0%"),
)

_HUB_2026 = (
    _hub(
        "R01",
        "2025-07-31",
        "Complete",
        "All twenty schools take a package and enrolment rose by 23% on the baseline.",
    ),
    _hub(
        "R02",
        "2025-09-30",
        "In progress",
        "Second grant bid submitted in October 2025; decision expected in the spring.",
        revised="2026-06-30",
    ),
    _hub(
        "R05",
        "2025-06-30",
        "Complete",
        "New pay scale approved by the Board in June 2025 and in place from September.",
    ),
    _hub(
        "R06",
        "",
        "Ongoing",
        "The cycle is now part of the annual quality calendar and will continue. Peer "
        "observation for senior tutors starts in the summer term.",
        due_text="Ongoing",
    ),
    _hub(
        "R08",
        "2025-09-30",
        "Behind schedule",
        "The Andover session started in January with nine students. Basingstoke has still "
        "not confirmed a room and the pilot there is now planned for the autumn term.",
        revised="2026-12-31",
    ),
    _hub(
        "R09a",
        "2025-03-31",
        "Complete",
        "Partnership agreement signed in March 2025.",
        action="Sign the partnership agreement with the county youth orchestra.",
    ),
    _hub(
        "R09b",
        "2025-12-31",
        "In progress",
        "Bursary criteria drafted; the choirs have asked for changes to the audition dates.",
        action="Extend the agreement to the county youth choirs and agree joint bursary criteria.",
    ),
    _hub(
        "R10",
        "2025-04-30",
        "Closed",
        "All payments now taken on the single booking system; the old systems were closed in "
        "May 2025.",
        revised="2025-06-30",
    ),
    _hub(
        "R13",
        "2025-08-31",
        "Open",
        "Valuation report received; the insurer has asked for a schedule of items over £2,000.",
        revised="2026-03-31",
    ),
    _hub(
        "R14a",
        "2026-06-30",
        "In progress",
        "Equipment bought for three centres.",
        action="Install music technology suites at the five centres without one.",
    ),
    _hub(
        "R14b",
        "2026-09-30",
        "Not started",
        "",
        action="Train tutors at each centre to teach music technology.",
        owner="",
    ),
    _hub(
        "R15",
        "2026-03-31",
        "Not yet started",
        "Survey questions to be agreed with the school music leads network.",
    ),
)

_HUB_RAG_KEY = (
    "Key: Blue - complete; Green - on track; Amber - at risk of slipping; Red - not started."
)

# --- B: Tamar Valley Community Energy Co-operative -------------------------------------------

_COOP = "Tamar Valley Community Energy Co-operative Ltd"
_GEN = "Generation assets"
_MEM = "Members and community"
_GOV = "Governance and finance"

_E = {
    "E1": (
        _GEN,
        "Inverter faults at the Penhallow school roof array cut output by 14% over the winter.",
        "Replace the two failed inverters and add remote fault alerts.",
        "Asset Manager",
    ),
    "E2": (
        _GOV,
        "The 2023 share offer document was not reviewed by a regulated adviser before launch.",
        "Commission an independent review of the next share offer document.",
        "Company Secretary",
    ),
    "E3": (
        _MEM,
        "Interest to members for 2023 was paid six weeks late.",
        "Set a payment calendar and pay member interest by automated bank transfer.",
        "Finance Director",
    ),
    "E4": (
        _MEM,
        "Community benefit fund grants are awarded without a published scoring scheme.",
        "Publish the grant criteria and appoint a panel of two directors and one member.",
        "Community Fund Coordinator",
    ),
    "E5": (
        _GEN,
        "The lease of the Trewint solar field ends in 2031 and has no renewal clause.",
        "Open talks with the landowner on extending the lease to 2045.",
        "Chair",
    ),
    "E6": (
        _GOV,
        "Insurance cover for the Lydford hydro scheme has not been revalued since it was "
        "commissioned.",
        "Obtain a reinstatement valuation and adjust the cover at renewal.",
        "Finance Director",
    ),
    "E7": (
        _MEM,
        "Only 9% of members voted at the last annual general meeting.",
        "Introduce online voting and send a members' newsletter before the AGM.",
        "Membership Secretary",
    ),
    "E8": (
        _GOV,
        "The board skills audit found no director with grid connection experience.",
        "Co-opt a director with grid and distribution network experience.",
        "Chair",
    ),
    "E9": (
        _MEM,
        "The share register is kept in spreadsheets on volunteers' own laptops.",
        "Move the share register to a secure membership system and complete a data protection "
        "impact assessment.",
        "Membership Secretary",
    ),
    "E10": (
        _GEN,
        "The battery storage feasibility study is four months late.",
        "Complete the feasibility study for battery storage at the Trewint site.",
        "Asset Manager",
    ),
    "E11": (
        _MEM,
        "Energy advice volunteers who visit homes have not all had DBS checks.",
        "Complete enhanced DBS checks for every home-visit volunteer.",
        "Volunteer Coordinator",
    ),
    "E12": (
        _GOV,
        "The power purchase agreement for the solar field ends in March 2026.",
        "Tender the power purchase agreement and report the bids to the Board.",
        "Finance Director",
    ),
}


def _coop(
    key: str, due: str, status: str, progress: str = "", *, groups: bool = True, **kw: str
) -> Row:
    category, issue, action, owner = _E[key]
    action = str(kw.pop("action", action))
    return Row(
        issue,
        action,
        owner,
        due,
        status,
        progress,
        ref=key,
        category=category if groups else None,
        **kw,
    )


_COOP_2024 = (
    _coop("E1", "2024-06-30", "Complete", "Inverters replaced in May; alerts live.", groups=False),
    _coop("E2", "2024-12-31", "Not started", "", groups=False),
    _coop("E3", "2024-04-30", "Complete", "Paid on time in April 2024.", groups=False),
    _coop(
        "E4",
        "2024-07-31",
        "In progress",
        "Criteria drafted; panel not yet appointed.",
        groups=False,
        revised="2024-10-31",
    ),
    _coop(
        "E5", "2025-03-31", "Open", "First meeting with the landowner held in August.", groups=False
    ),
    _coop(
        "E6", "2024-09-30", "Overdue", "Valuer appointed; visit delayed by flooding.", groups=False
    ),
    _coop("E7", "2024-09-30", "In progress", "Online voting platform chosen.", groups=False),
    _coop(
        "E8",
        "2024-11-30",
        "In progress",
        "Role advertised through Community Energy England.",
        groups=False,
    ),
    _coop(
        "E9",
        "2024-08-31",
        "Partially complete",
        "System bought; impact assessment not done.",
        groups=False,
        revised="2024-12-31",
    ),
    _coop(
        "E10",
        "2024-05-31",
        "Behind schedule",
        "Consultant's draft report received.",
        groups=False,
        revised="2024-10-31",
    ),
)

_COOP_2025: tuple[Row, ...] = (
    _coop(
        "E5",
        "2025-03-31",
        "Amber",
        "The landowner has agreed in principle to an extension to 2041, not 2045. Heads of "
        "terms are with both sides' solicitors and the Board will be asked to approve the "
        "shorter term at its November meeting.",
        revised="2025-12-31",
        pct="75%",
    ),
    _coop(
        "E10",
        "2024-10-31",
        "Green",
        "Study completed and accepted by the Board in March 2025.",
        pct="100%",
    ),
    _coop(
        "E12",
        "2026-01-31",
        "Amber",
        "Three suppliers have been invited to bid. Market prices have fallen since the "
        "current agreement was signed, so the Finance Director will bring a fixed and a "
        "floating option.",
        pct="30%",
    ),
    _coop(
        "E4",
        "2024-10-31",
        "Green",
        "Criteria published on the website and the panel made its first awards in June.",
        pct="100%",
    ),
    _coop(
        "E7",
        "2024-09-30",
        "Green",
        "Online voting used at the 2025 AGM; turnout rose to 22%.",
        pct="100%",
    ),
    _coop(
        "E9",
        "2024-12-31",
        "Amber",
        "The register was migrated in January. The data protection impact assessment has "
        "been drafted but needs review by the new Company Secretary.",
        revised="2025-10-31",
        pct="80%",
    ),
    _coop(
        "E11",
        "2025-06-30",
        "Red",
        "The volunteer coordinator post was vacant until August, so no checks have been "
        "started. Home visits have been paused until the checks are complete.",
        revised="2025-11-30",
        pct="0%",
    ),
    _coop(
        "E2",
        "2024-12-31",
        "Amber",
        "No share offer is planned before 2026, so the review has been rescheduled to fit "
        "the next offer.",
        revised="2026-03-31",
        pct="10%",
    ),
    _coop(
        "E6",
        "2024-09-30",
        "Green",
        "Revaluation received in December 2024 and cover increased at the March renewal.",
        pct="100%",
    ),
    _coop(
        "E8",
        "2024-11-30",
        "Amber",
        "Two candidates interviewed; neither had the grid experience sought. The role has "
        "been re-advertised with help from the regional energy hub.",
        revised="2025-12-31",
        pct="50%",
    ),
    Row(
        "Annual accounts for 2024 were approved two weeks after the filing deadline.",
        "Agree a year-end timetable with the auditors before the end of each financial year.",
        "Finance Director",
        "2025-12-31",
        "Red",
        "",
        ref="E13",
        category=_GOV,
        pct="0%",
    ),
    _coop(
        "E1",
        "2025-09-30",
        "Green",
        "Remote alerts extended to the Lydford hydro scheme in August.",
        pct="100%",
        action="Extend remote fault alerts to every generation site.",
    ),
)
# the co-op's 2025 paper groups the rows by area, the Finance Director's rows together
_ORDER = ("E5", "E10", "E1", "E4", "E7", "E9", "E11", "E12", "E6", "E13", "E2", "E8")
_COOP_2025 = tuple(sorted(_COOP_2025, key=lambda r: _ORDER.index(r.ref or "")))

# --- C: Hallamshire Registration and Celebratory Service -------------------------------------

_REG_ACCESS = "Customer access"
_REG_REC = "Records and systems"
_REG_CER = "Ceremonies"

_REG = (
    Row(
        "Waiting times for death registration appointments exceeded five working days in 18% "
        "of cases between April and September.",
        "Add Saturday morning appointments and pilot telephone registration for deaths "
        "certified through the medical examiner.",
        "Superintendent Registrar",
        "2026-03-31",
        "In progress",
        "Saturday appointments began at the Town Hall office in November and have cut the "
        "longest waits. The telephone pilot needs General Register Office approval, which was "
        "requested in December.",
        ref="1",
        category=_REG_ACCESS,
    ),
    Row(
        "The online appointment booking pages fail several accessibility checks.",
        "Rebuild the booking pages to WCAG 2.2 AA and test them with disabled users.",
        "Digital Services Officer",
        "2025-10-31",
        "Overdue",
        "The supplier's rebuild was delivered late and failed two of the user tests.",
        revised="2026-04-30",
        ref="2",
        category=_REG_ACCESS,
    ),
    Row(
        "Interpreters are booked case by case with no framework contract.",
        "Join the regional interpreting and translation framework.",
        "",
        "2026-01-31",
        "Not yet started",
        "Procurement advice sought on whether the service can join mid-term.",
        ref="3",
        category=_REG_ACCESS,
    ),
    Row(
        "Indexes to registers before 1950 exist only on paper.",
        "Digitise the pre-1950 indexes and publish a searchable online index.",
        "Records Manager",
        "2025-09-30",
        "Partially complete",
        "Birth and death indexes are digitised. Marriage indexes are held up because several "
        "volumes need conservation before they can be scanned.",
        revised="2026-09-30",
        ref="4",
        category=_REG_REC,
    ),
    Row(
        "Humidity in the secure register store exceeded recommended limits on 40 days last year.",
        "Install environmental monitoring and a dehumidifier in the register store.",
        "Records Manager",
        "2025-12-31",
        "Completed",
        "Monitoring installed in October; readings within limits since then.",
        ref="5",
        category=_REG_REC,
    ),
    Row(
        "Quality assurance checks found errors in 3% of register entries sampled.",
        "Carry out monthly peer checks of register entries and feed errors back to registrars.",
        "Deputy Superintendent Registrar",
        "",
        "Ongoing",
        "Error rate down to 1.2% in the last quarter.",
        ref="6",
        category=_REG_REC,
        due_text="Ongoing",
    ),
    Row(
        "Not every registrar has completed certificate fraud awareness training.",
        "Include fraud awareness in induction and repeat it every two years.",
        "",
        "",
        "Ongoing",
        "",
        ref="7",
        category=_REG_REC,
        due_text="Ongoing",
    ),
    Row(
        "Approved premises licences are renewed without a site inspection.",
        "Inspect every approved venue before its licence is renewed.",
        "Ceremonies Manager",
        "2025-07-31",
        "Implemented",
        "Inspection checklist in use since July; 14 venues inspected.",
        ref="8",
        category=_REG_CER,
    ),
    Row(
        "Ceremony fees have not been reviewed since April 2022.",
        "Review fees against cost recovery and neighbouring authorities' charges.",
        "Ceremonies Manager",
        "2025-11-30",
        "In progress",
        "Cost model built. The review was held back to include the new venue charges and will "
        "go to Cabinet with the budget in February.",
        revised="2026-02-28",
        ref="9",
        category=_REG_CER,
    ),
    Row(
        "The celebrant rota leaves no cover on bank holiday weekends.",
        "Recruit two additional sessional celebrants.",
        "Ceremonies Manager",
        "2026-05-31",
        "Not started",
        "",
        ref="10",
        category=_REG_CER,
    ),
)

# --- D: Solent Armed Forces Veterans' Support Network ----------------------------------------

_CASE = "Casework"
_WELL = "Wellbeing"
_FUND = "Fundraising"
_TGOV = "Governance"

_VET = (
    Row(
        "Casework files are not closed with a recorded outcome.",
        "Add a mandatory outcome field to the case management system.",
        "Casework Manager",
        "2025-06-30",
        "Met",
        "Field added in May; all cases closed since then have an outcome.",
        ref="V1",
        category=_CASE,
        pct="100",
    ),
    Row(
        "Referrals from the Veterans' Welfare Service wait up to three weeks for first contact.",
        "Introduce a duty caseworker rota so every referral is contacted within five working days.",
        "Casework Manager",
        "2025-09-30",
        "Partly met",
        "Median wait now six days; rota gaps in August when two caseworkers were on leave.",
        revised="2025-12-31",
        ref="V2",
        category=_CASE,
        pct="70",
    ),
    Row(
        "Housing casework relies on one caseworker's knowledge of local landlords.",
        "Write a housing casework guide and train two more caseworkers.",
        "Senior Caseworker",
        "2025-08-31",
        "Not met",
        "Guide drafted; training postponed.",
        revised="2026-01-31",
        ref="V3",
        category=_CASE,
        pct="40",
    ),
    Row(
        "Breakfast club attendance has fallen at the Gosport drop-in.",
        "Survey members on timing and move the club if needed.",
        "Wellbeing Coordinator",
        "2025-07-31",
        "Met",
        "Club moved to Saturdays; attendance up from 11 to 26.",
        ref="V4",
        category=_WELL,
        pct="100",
    ),
    Row(
        "There is no clinical supervision for peer mentors supporting veterans in crisis.",
        "Contract monthly group supervision with a qualified counsellor.",
        "Wellbeing Coordinator",
        "2025-10-31",
        "In progress",
        "Two quotes received.",
        ref="V5",
        category=_WELL,
        pct="50",
    ),
    Row(
        "The walking group has no first aider trained in outdoor first aid.",
        "Train two walk leaders in outdoor first aid.",
        "",
        "2025-11-30",
        "Not started",
        "",
        ref="V6",
        category=_WELL,
        pct="0",
    ),
    Row(
        "Income from the poppy-season street collections fell by 30%.",
        "Add contactless collecting tins and recruit collectors through local businesses.",
        "Fundraising Manager",
        "2025-10-31",
        "Met",
        "Twelve contactless tins in use; income up 18% on last year.",
        ref="V7",
        category=_FUND,
        pct="100",
    ),
    Row(
        "Gift Aid has not been claimed on regular donations since 2023.",
        "Claim the backlog of Gift Aid and set up quarterly claims.",
        "Fundraising Manager",
        "2025-05-31",
        "Partly met",
        "Backlog claimed (£8,420); quarterly claims not yet routine.",
        revised="2025-11-30",
        ref="V8",
        category=_FUND,
        pct="80",
    ),
    Row(
        "Two grants end in March 2026 with no replacement funding identified.",
        "Prepare a funding plan and apply to at least three trusts.",
        "Chief Officer",
        "2026-01-31",
        "In progress",
        "Applications in to two trusts.",
        ref="V9",
        category=_FUND,
        pct="60",
    ),
    Row(
        "Trustee terms of office are not tracked and three have exceeded nine years.",
        "Keep a trustee register with term dates and plan succession.",
        "Chair of Trustees",
        "2025-09-30",
        "Met",
        "Register in place; two long-serving trustees stood down at the AGM.",
        ref="V10",
        category=_TGOV,
        pct="100",
    ),
    Row(
        "The safeguarding policy does not cover adults at risk.",
        "Revise the safeguarding policy to cover adults at risk and train all staff.",
        "Chief Officer",
        "2025-08-31",
        "Not met",
        "Policy revised; staff training booked for November.",
        revised="2025-11-30",
        ref="V11",
        category=_TGOV,
        pct="75",
    ),
)

# --- E: Calder Fold Volunteer Centre ---------------------------------------------------------

_VC = (
    Row(
        "Volunteer enquiries made through the website are not followed up within a week.",
        "Set a five-day response standard and report performance monthly.",
        "Volunteer Development Manager",
        "2025-08-31",
        "Achieved",
        "The standard was introduced in June and 94% of enquiries were answered within five "
        "days over the summer. Performance is now reported to the monthly team meeting.",
        ref="QI-01",
        priority="High",
    ),
    Row(
        "Many placements with small groups end within three months.",
        "Offer small groups a volunteer management toolkit and two free training sessions.",
        "Volunteer Development Manager",
        "2025-11-30",
        "Partly achieved",
        "Toolkit published in October. One training session held with 17 groups attending; "
        "the second was postponed because the trainer was ill and has been rebooked.",
        revised="2026-02-28",
        ref="QI-02",
        priority="Medium",
    ),
    Row(
        "The centre has no way to measure the outcomes volunteering has for volunteers.",
        "Adopt a short outcomes survey at three and twelve months into each placement.",
        "Impact and Data Officer",
        "2026-05-31",
        "On track",
        "Survey questions adapted from the national framework and tested with a reference "
        "group of volunteers. Roll-out will start with the spring intake.",
        ref="QI-03",
        priority="Medium",
    ),
    Row(
        "The Youth Volunteering Award scheme is run by one member of staff.",
        "Train a second member of staff and write down the award procedures.",
        "Chief Executive",
        "2025-08-31",
        "Behind schedule",
        "Procedures written up in draft. Training of the second member of staff has not "
        "happened because of vacancies in the team.",
        revised="2026-05-31",
        ref="QI-04",
        priority="High",
    ),
    Row(
        "Employer-supported volunteering days are arranged without a charge to employers.",
        "Introduce a charging policy for corporate volunteering days.",
        "Chief Executive",
        "2025-11-30",
        "Achieved",
        "The trustees approved the policy in September and the first three paid days have "
        "been delivered. The income will fund the brokerage post from April.",
        ref="QI-05",
        priority="Low",
    ),
    Row(
        "The volunteer database does not record DBS check dates.",
        "Add DBS check dates to the database and set reminders for renewals.",
        "Impact and Data Officer",
        "2025-11-30",
        "Not yet started",
        "The database supplier has quoted for the change, which is being considered against "
        "the plan to move to a new system next year.",
        revised="2026-08-31",
        ref="QI-06",
        priority="High",
    ),
    Row(
        "The Hebden Bridge outreach office is open only one day a week.",
        "Agree a second weekly session with the library service.",
        "Operations Manager",
        "2026-02-28",
        "On track",
        "The library has offered Thursday mornings from January, subject to staffing.",
        ref="QI-07",
        priority="Low",
    ),
    Row(
        "Volunteer expenses are paid in cash from petty cash.",
        "Pay all volunteer expenses by bank transfer within ten days of a claim.",
        "Finance Officer",
        "2025-08-31",
        "Achieved",
        "Petty cash has been closed and all claims since August have been paid by transfer.",
        ref="QI-08",
        priority="Medium",
    ),
    Row(
        "The centre's Investing in Volunteers accreditation lapses in 2026.",
        "Prepare the self-assessment and book the assessment visit.",
        "Operations Manager",
        "2026-08-31",
        "Not yet started",
        "",
        ref="QI-09",
        priority="Medium",
    ),
    Row(
        "Trustees receive no regular report on volunteer diversity.",
        "Report volunteer diversity data to the trustees twice a year.",
        "Impact and Data Officer",
        "2025-11-30",
        "Partly achieved",
        "The first report was presented in November. It covers age and gender only; ethnicity "
        "and disability data are incomplete and will be added once the outcomes survey starts.",
        revised="2026-05-31",
        ref="QI-10",
        priority="Medium",
    ),
    Row(
        "There is no lone working procedure for staff who visit community groups.",
        "Adopt a lone working procedure and issue staff with a check-in app.",
        "Operations Manager",
        "2025-11-30",
        "Achieved",
        "Procedure adopted in October and the app is in use by all outreach staff.",
        ref="QI-11",
        priority="High",
    ),
)


PAPERS = (
    # 1. Word: the hub's 2024 update; group headings, owners merged down runs, a two-row date
    # header over Original / Revised, month-year dates
    Paper(
        slug="ql01_music_hub_2024",
        fmt="docx",
        kind="music education hub",
        body=_HUB,
        committee="Hub Board",
        meeting="Tuesday 12 March 2024",
        title="Hub Improvement Plan 2023-24: progress update",
        intro=(
            "Presented by: Alison Marchetti, Hub Director.",
            "This report updates the Board on the actions in the Hub Improvement Plan agreed "
            "in June 2023, following the Arts Council England annual conversation.",
        ),
        closing=("The Board is asked to note progress and agree the revised target dates.",),
        headers={
            "ref": "Ref",
            "issue": "Area for development",
            "action": "Action",
            "owner": "Lead",
            "original": "Original",
            "revised": "Revised",
            "status": "Status",
            "progress": "Update",
        },
        rows=_HUB_2024,
        date_style="month",
        revision="columns",
        two_row_date_header="Target date",
        merge_fields=("owner",),
        running_header="North Wessex Music Education Hub - Hub Board - Item 6",
        extra={
            "body_label": "Hub",
            "committee_label": "Meeting of",
            "date_label": "Date",
            "table_heading": "Improvement plan actions",
        },
    ),
    # 2. Excel: the hub's 2025 update; the status only a fill colour (key on the sheet), '%
    # complete' cells, revised deadlines written in the update text
    Paper(
        slug="ql02_music_hub_2025",
        fmt="xlsx",
        kind="music education hub",
        body=_HUB,
        committee="Hub Board",
        meeting="Tuesday 11 March 2025",
        title="Hub Improvement Plan: annual progress tracker 2024-25",
        intro=(
            "Prepared by the Business Manager and presented by the Hub Director, Alison Marchetti.",
            "Actions completed and reported to the Board in 2024 have been removed.",
        ),
        closing=("The Board is asked to note the tracker.",),
        headers={
            "ref": "Ref",
            "issue": "Area for development",
            "action": "Action",
            "owner": "Lead",
            "due": "Target date",
            "status": "RAG",
            "pct": "% complete",
            "progress": "Update",
        },
        rows=_HUB_2025,
        date_style="long",
        revision="progress",
        rag_key=RAG_KEY_DEFAULT,
        rag_fill=True,
        header_row=4,
        extra={"key_text": _HUB_RAG_KEY, "sheet": "Tracker 2024-25", "cover_sheet": "Front sheet"},
    ),
    # 3. ruled PDF: the hub's 2026 update; quarter dates with '(was ...)' revisions, sub-actions,
    # an 'Ongoing' deadline and a blank lead
    Paper(
        slug="ql03_music_hub_2026",
        fmt="pdf",
        kind="music education hub",
        body=_HUB,
        committee="Hub Board",
        meeting="Tuesday 10 March 2026",
        title="Hub Improvement Plan: progress report, March 2026",
        intro=(
            "Report author: Business Manager. Presented by: Alison Marchetti, Hub Director.",
            "Target dates are shown by financial-year quarter. Where a date has moved, the "
            "earlier date is shown in brackets.",
        ),
        closing=("The Board is asked to note the report and approve the new actions R14 and R15.",),
        headers={
            "ref": "Ref",
            "issue": "Area for development",
            "action": "Action",
            "owner": "Lead",
            "due": "Target",
            "status": "Status",
            "progress": "Commentary",
        },
        rows=_HUB_2026,
        date_style="quarter",
        revision="was",
        running_header="NWMEH Hub Board 10.03.26 - Agenda item 5",
        extra={"table_heading": "Action plan by priority area"},
    ),
    # 4. scanned PDF: the co-op's 2024 audit actions; 'revised from' written in the date cell
    Paper(
        slug="ql04_energy_coop_2024",
        fmt="pdf-scan",
        kind="community energy co-operative",
        body=_COOP,
        committee="Board of Directors",
        meeting="18 September 2024",
        title="Internal review actions: update",
        intro=("Paper from the Company Secretary, presented by Tom Penrose.",),
        closing=("Directors are asked to note the update.",),
        headers={
            "ref": "No.",
            "issue": "Finding",
            "action": "Agreed action",
            "owner": "Owner",
            "due": "Deadline",
            "status": "Status",
            "progress": "Update",
        },
        rows=_COOP_2024,
        date_style="dmy/",
        revision="inline",
        running_header="TVCE Board 18/09/2024 - Paper D",
        extra={"size": "9pt"},
    ),
    # 5. HTML: the co-op's 2025 update; colour words where green means done, percentage, a
    # deadline move written only in the commentary, owners merged, group headings
    Paper(
        slug="ql05_energy_coop_2025",
        fmt="html",
        kind="community energy co-operative",
        body=_COOP,
        committee="Board of Directors",
        meeting="Wednesday 17 September 2025",
        title="Internal review and audit actions: annual update",
        intro=(
            "Presented by Tom Penrose, Company Secretary, on behalf of the Audit Working Group.",
            "Actions closed at the September 2024 meeting are not repeated. The deadline column "
            "shows the date agreed when each action was set; any change is explained in the "
            "commentary.",
        ),
        closing=("Directors are asked to note the update and agree the later deadlines proposed.",),
        headers={
            "ref": "Ref",
            "issue": "Finding",
            "action": "Action agreed",
            "owner": "Responsible",
            "due": "Deadline",
            "status": "RAG",
            "pct": "Progress",
            "progress": "Commentary",
        },
        rows=_COOP_2025,
        date_style="dmy.",
        revision="moved",
        rag_key=RAG_KEY_GREEN_DONE,
        merge_fields=("owner",),
        extra={
            "key_text": "RAG: Green - completed; Amber - in progress; Red - not started.",
            "table_heading": "Actions by area",
        },
    ),
    # 6. Markdown: registration service; 'end of Month YYYY' dates extended in the progress
    # text, blank owners, 'Ongoing' deadlines, group headings
    Paper(
        slug="ql06_registration_service",
        fmt="md",
        kind="registration service",
        body="Hallamshire Registration and Celebratory Service",
        committee="Service Improvement Board",
        meeting="Thursday 22 January 2026",
        title="Service improvement plan 2025-26: quarter 3 monitoring",
        intro=(
            "Lead officer: Superintendent Registrar. Presented by Deepa Holroyd, Registration "
            "Services Manager.",
            "This report follows the General Register Office stock-take of the service in "
            "March 2025.",
        ),
        closing=("The Board is asked to note progress and to agree owners for actions 3 and 7.",),
        headers={
            "ref": "No.",
            "issue": "Issue",
            "action": "Improvement action",
            "owner": "Owner",
            "due": "Target",
            "status": "Status",
            "progress": "Progress",
        },
        rows=_REG,
        date_style="words",
        revision="extended",
        extra={"table_heading": "Improvement actions"},
    ),
    # 7. CSV: veterans' charity; a preamble before the header, a theme written once per group,
    # Met / Partly met / Not met, bare percentages, original and revised columns, Mon-YY dates
    Paper(
        slug="ql07_veterans_network",
        fmt="csv",
        kind="veterans' support charity",
        body="Solent Armed Forces Veterans' Support Network",
        committee="Trustee Board",
        meeting="Tuesday 14 October 2025",
        title="Business plan 2025-26 objectives: half-year review",
        intro=("Presented by the Chief Officer.",),
        closing=("Trustees are asked to note the review.",),
        headers={
            "theme": "Theme",
            "ref": "Ref",
            "issue": "Issue",
            "action": "Objective",
            "owner": "Lead",
            "original": "Target",
            "revised": "Revised target",
            "pct": "% complete",
            "status": "Met?",
            "progress": "Comment",
        },
        rows=_VET,
        date_style="mon-yy",
        revision="columns",
        header_row=4,
        extra={"pct_bare": True, "theme_once": True},
    ),
    # 8. borderless PDF: volunteer centre; season dates with 'now' revisions, a priority column,
    # long commentary
    Paper(
        slug="ql08_volunteer_centre",
        fmt="pdf",
        kind="volunteer centre",
        body="Calder Fold Volunteer Centre",
        committee="Trustees' Quality and Impact Sub-Committee",
        meeting="Wednesday 3 December 2025",
        title="Quality improvement plan: progress to December 2025",
        intro=(
            "Presented by: Ruth Ackroyd, Chief Executive.",
            "Date of meeting: Wednesday 3 December 2025. Target dates are given by season; a "
            "target that has moved is shown as the original season 'now' the new one.",
        ),
        closing=(
            "The Sub-Committee is asked to note the report and refer QI-04 and QI-06 to "
            "the full Board.",
        ),
        headers={
            "ref": "Ref",
            "priority": "Priority",
            "issue": "Issue",
            "action": "Improvement action",
            "owner": "Lead",
            "due": "Target",
            "status": "Position",
            "progress": "Commentary",
        },
        rows=_VC,
        date_style="season",
        revision="now",
        borders=False,
        extra={
            "orient": "landscape",
            "footer": "Calder Fold Volunteer Centre - Quality and Impact",
        },
    ),
)
