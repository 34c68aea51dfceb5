"""The body a paper belongs to is read from its own text, whoever wrote it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.loaders import load_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("# Actions update\n\n**Body:** Tamar Vale Homes  \n**Committee:** Audit\n", "Tamar Vale Homes"),
        ("Tracker\n\nOrganisation Severnside Fire and Rescue Authority Committee Audit\n", "Severnside Fire and Rescue Authority"),
        ("Audit report\n\nAshcombe District Council\n\nThe council agreed the actions.\n", "Ashcombe District Council"),
        ("Progress report\n\nVisitor Services Manager to act.\n", None),  # a role, not a body
        # a masthead line or cover cell beats the acronym the rows use most
        ("Audit log\n\nOstley Police and Crime Panel - Police and Crime Panel\n\n"
         "The OPCC agreed. The OPCC replied. The OPCC wrote.\n", "Ostley Police and Crime Panel"),
        ("# Follow-up\n\nCollege: Corrisford Sixth Form College\n\nThe MIS team and MIS "
         "leads fixed the MIS data.\n", "Corrisford Sixth Form College"),
        ("# Key Considerations for the Panel\n\nThe MPA noted. The MPA agreed. The MPA met.\n",
         "MPA"),  # a heading about a body is no masthead
    ],
)  # fmt: skip
def test_the_body_is_read_from_the_paper(tmp_path: Path, text: str, body: str | None) -> None:
    path = tmp_path / "paper.md"
    path.write_text(text, encoding="utf-8")
    assert extract(load_document(path)).info.organisation == body


def test_the_bundled_papers_name_their_bodies() -> None:
    found = {
        p.stem[:3]: extract(load_document(p)).info.organisation
        for p in sorted((ROOT / "data" / "sample").glob("*.txt"))
    }
    assert found == {"000": "MPS", "001": "MPS", "002": "MPS", "003": "MOPAC", "004": "MPS"}


def test_a_comment_cell_is_no_labelled_body_and_a_company_names_itself(tmp_path: Path) -> None:
    """A cell that starts with a label word ('Authority approval …') is prose, not a cover
    field; a company's name ('… Ltd') stands as the masthead of its own paper."""
    path = tmp_path / "log.csv"
    path.write_text(
        "Kelby Ferry Services Ltd - board action log,,,\n"
        ",,,\n"
        "Ref,Action,Lead,Comments\n"
        "KF1,Replace the ticket machines,Fleet Engineer,Authority approval still awaited\n"
        "KF2,Publish the winter timetable,Operations Lead,Council grant confirmed in May\n",
        encoding="utf-8",
    )
    assert extract(load_document(path)).info.organisation == "Kelby Ferry Services Ltd"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a cover label of a kind of body, and a name ending in a kind of body not listed before
        ("# Update\n\nCharity: Ambleside Village Halls Federation\n\nMeeting of: Trustees\n",
         "Ambleside Village Halls Federation"),
        ("# Update\n\nHub: Kestrel Vale Music Consortium\n\nMeeting of: Board\n",
         "Kestrel Vale Music Consortium"),
        # a register's theme cell is no label: the body is the masthead's
        ("Dunmore Libraries Network - Board\n\n| Theme | Issue | Owner |\n|---|---|---|\n"
         "| Partnership | Shared catalogue contract lapsed | Head of Libraries |\n",
         "Dunmore Libraries Network"),
        # a masthead 'name - committee' whose name ends in such a word: the name, not the board
        ("Dunmore Libraries Network - Management Board\n\nProgress on the actions.\n",
         "Dunmore Libraries Network"),
        # a title line's last capitalised words are not part of the next line's name
        ("Governance Action Plan Update\nAshby Moor Heritage Society\n\nThe plan.\n",
         "Ashby Moor Heritage Society"),
        # a label word starting a line with no colon is no label ('Network Rail …')
        ("# Notes\n\nNetwork Rail works closed the path.\n\nPellow Coastal Path Partnership\n",
         "Pellow Coastal Path Partnership"),
    ],
)  # fmt: skip
def test_a_body_named_by_a_kind_word_label_or_on_its_own_line(
    tmp_path: Path, text: str, body: str
) -> None:
    """The body a committee's paper comes from, however its cover is laid out: so the papers
    of one body are one body's papers, year after year, in whatever layout each is written."""
    path = tmp_path / "paper.md"
    path.write_text(text, encoding="utf-8")
    assert extract(load_document(path)).info.organisation == body
