"""Sentence, paragraph and quotation splitting on news text: exact spans out.

Offsets are code points into the text as given; every span must slice back to the
words a reader sees as one sentence (or one quotation).
"""
from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.findings import Span
from newslint.segment import paragraphs, quotations, sentences


def split(text: str) -> list[str]:
    """The sentences of one paragraph, as text."""
    return [text[s.start : s.end] for s in sentences(text, Span(0, len(text)))]


def quotes(text: str) -> list[str]:
    """The quotations of one paragraph, as text."""
    return [text[q.start : q.end] for q in quotations(text, Span(0, len(text)))]


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Gavin Newsom signed the bill on Friday.",
        "Sen. Susan Collins and Rep. Jim Jordan disagreed.",
        "Gen. Mark Milley and Lt. Col. Alexander Vindman testified.",
        "The U.S. and the U.N. agreed on a ceasefire.",
        "The talks resume on Jan. 5 and end on Feb. 12.",
        "He lives on St. James Street with Mr. and Mrs. Smith.",
        "Dr. Anthony Fauci spoke first.",
        "John F. Kennedy and George H.W. Bush both flew there.",
        "Prices rose 3.5 percent to $1.25 a litre.",
        "The meeting ended at 9 p.m. Friday without a deal.",
        "He scored the No. 3 goal of the season.",
        "As established in no. 39 of the instruction, it stands.",
        "See pp. 52-53 of the report.",
        "Officials from Acme Inc. said the plant would close.",
        "YUMA, Ariz. – Border Patrol agents arrested 12 people.",
        "“Why?” he asked.",
        "The minister said “enough is enough” and left.",
        "He said, e.g. in March, that it was over.",
    ],
)
def test_abbreviations_decimals_and_initials_do_not_end_a_sentence(text):
    assert split(text) == [text]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The troops returned. They were flown to Moscow.", ["The troops returned.", "They were flown to Moscow."]),
        ("Was it a deal? Nobody knows! The talks go on.", ["Was it a deal?", "Nobody knows!", "The talks go on."]),
        # a quotation that ends the sentence: the closing mark belongs to the sentence
        ("She said, “It is over.” Then she left.", ["She said, “It is over.”", "Then she left."]),
        ('He said "Go." Then he left.', ['He said "Go."', "Then he left."]),
        ("“We will return,” he said. “The war is not over.”", ["“We will return,” he said.", "“The war is not over.”"]),
        # abbreviations that can end a sentence do so before a typical opener
        ("He works in the U.S. He left in May.", ["He works in the U.S.", "He left in May."]),
        ("It happened in Feb. We left.", ["It happened in Feb.", "We left."]),
        ("Shares of Acme Inc. The company fell.", ["Shares of Acme Inc.", "The company fell."]),
        ("He joined Malcolm X. After that he left.", ["He joined Malcolm X.", "After that he left."]),
        ("Who will replace her at the U.N.? Nobody knows.", ["Who will replace her at the U.N.?", "Nobody knows."]),
        ("It is sold on Amazon.com. Prices vary.", ["It is sold on Amazon.com.", "Prices vary."]),
        ("Were you hurt? No. It was fine.", ["Were you hurt?", "No.", "It was fine."]),
        ("The vote is at 9:30 a.m. Asked about it, he smiled.", ["The vote is at 9:30 a.m.", "Asked about it, he smiled."]),
        ("The crowd sang at Holy Mass. Similar services followed.", ["The crowd sang at Holy Mass.", "Similar services followed."]),
        # ellipses: a capital after them starts a new sentence, lower case continues
        ("It rose... Then it fell.", ["It rose...", "Then it fell."]),
        ("It rose… and then it fell.", ["It rose… and then it fell."]),
        ("He waited… “Go now,” she said.", ["He waited…", "“Go now,” she said."]),
        # a quoted question followed by its speaker is one sentence; by a new clause, two
        ("“Where is the collusion?” Trump asked. He left.", ["“Where is the collusion?” Trump asked.", "He left."]),
        ("“Why not?” Grassley said his staff had called.", ["“Why not?”", "Grassley said his staff had called."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert split(text) == expected


def test_sentence_spans_are_trimmed_offsets():
    text = "  First one.   Second one.\t"
    assert sentences(text, Span(0, len(text))) == [Span(2, 12), Span(15, 26)]


def test_paragraphs_split_on_blank_lines_including_crlf_and_white_space_lines():
    text = "One.\r\n\r\nTwo\r\nstill two.\n \t\nThree."
    spans = paragraphs(text)
    assert [text[s.start : s.end] for s in spans] == ["One.", "Two\r\nstill two.", "Three."]
    assert spans == [Span(0, 4), Span(8, 23), Span(27, 33)]


def test_crlf_inside_a_paragraph_is_white_space_and_counts_two():
    text = "First one.\r\nSecond one."
    assert sentences(text, Span(0, len(text))) == [Span(0, 10), Span(12, 23)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('He said "yes" and "no".', ['"yes"', '"no"']),
        ("She said: “It is over.” Then left.", ["“It is over.”"]),
        ("“We will return,” he said.", ["“We will return,”"]),
        ("He said «non» and „ja“ today.", ["«non»", "„ja“"]),
        ("«Il a dit \"non\" hier» today.", ["«Il a dit \"non\" hier»"]),
        ("A “stray “real quote” here.", ["“real quote”"]),
        # single quotes are apostrophes far more often than quotations in news copy
        ("It’s the ‘deal of the century’, he said.", []),
    ],
)
def test_quotation_spans(text, expected):
    assert quotes(text) == expected


def test_quotation_left_open_runs_to_the_end_of_its_paragraph():
    text = "“The war is not over,\n\n“and it will not be,” he said. Then he left."
    doc = Document.build(text)
    assert [doc.slice(q) for q in doc.quotes] == ["“The war is not over,", "“and it will not be,”"]
    assert doc.quotes[0] == Span(0, 21)


def test_prose_blanks_quotations_but_keeps_length_and_line_breaks():
    text = "He said “some observers\nagree” today."
    doc = Document.build(text)
    assert len(doc.prose) == len(text)
    assert doc.prose == "He said " + " " * 15 + "\n" + " " * 6 + " today."
