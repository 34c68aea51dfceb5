"""The tables a question reads off the whole register or every paper, built before the first
question: each is read once a generation (or once a set of papers) and kept, so without this
the first question that needs one pays for it (seconds at 100,000 chunks)."""

from __future__ import annotations

from assistant.answers.context import AnswerContext
from assistant.answers.support.agents import register_parties
from assistant.answers.support.carried_rows import issue_postings
from assistant.answers.support.gather import spelled_names
from assistant.answers.support.linking import acronyms_of
from assistant.answers.support.mentions import normal_texts
from assistant.answers.support.persons import post_words
from assistant.answers.support.quoted_row import quotable_texts
from assistant.answers.support.ref_families import ref_families
from assistant.answers.support.ref_suffixes import ending_in
from assistant.answers.support.subject_roles import row_headings
from assistant.answers.support.word_pairs import paper_pairs


def warm_tables(context: AnswerContext) -> None:
    """Build the register's and the papers' kept tables now."""
    register = context.register
    context.row_nouns()  # what the papers call their rows
    register.owner_names()  # every owner the register names
    register.owners_by_length()  # each party of a shared owner cell
    register_parties(register.loaded(), lambda: (r.owner for r in register.all()))
    acronyms_of(context)  # every 'Full Name (FN)' the papers define
    ref_families(context)  # the codes that group each paper's rows in their refs
    row_headings(context)  # each row's section heading and column headers
    normal_texts(context)  # each row's words, for names the question writes in capitals
    quotable_texts(context)  # each row's title and issue, for a question quoting one
    post_words(context)  # the words of the owner cells
    paper_pairs(context)  # the words that stand side by side in the papers
    spelled_names(context)  # the names the papers spell out, by their initials
    ending_in(register, "")  # each ref's last words: a bare ref's family of refs
    register.priorities_by_document()  # the priorities each paper states
    chunk_ids = register.chunk_ids()  # each row's chunk, to cite it by
    context.retriever.similarities("warm up", chunk_ids)  # and each chunk's row of vectors
    threads = register.threads()
    issue_postings(register)  # the rows of each wording stem: a row's issue in other papers
    for thread in threads.recurring():  # issues in several papers: what they hold
        _ = thread.themes
    for record in register.all():  # each row's deadlines along its thread: has it slipped?
        threads.slippage(record)
