"""The HTML review page as text: registered, self-contained, escaped, carrying baseline keys.

What an editor sees and does on the page is tested in a real browser in
test_review_page_browser.py; these tests need no browser.
"""
from __future__ import annotations

import io
import json
import re

from newslint.baseline import entry_for
from newslint.cli import FORMATS, main
from newslint.readers import read_text
from newslint.reporters import REPORTERS, get_reporter
from newslint.reporters.html_page import page, script_json
from newslint.results import FileResult
from newslint.engine import lint
from newslint.config import builtin_rules

HOSTILE = (
    "Talks <script>window.pwned = 1</script> resume & stall\n\n"
    "Some observers suggest the deal </script><img src=x onerror=alert(1)> is dead.\n"
)


def _result(text: str, path: str = "story.txt") -> FileResult:
    doc = read_text(text, path)
    return FileResult(path, doc, tuple(lint(doc, builtin_rules())))


def _data(html: str) -> dict:
    raw = re.search(r'<script type="application/json" id="newslint-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(raw)


def test_html_is_a_registered_format():
    assert REPORTERS["html"] == "newslint.reporters.html_page"
    assert "html" in FORMATS
    assert get_reporter("html") is not None


def test_article_text_is_escaped_everywhere():
    html = page([_result(HOSTILE)])
    assert "<script>window.pwned" not in html
    assert "<img src=x" not in html
    assert "Talks &lt;script&gt;window.pwned = 1&lt;/script&gt; resume &amp; stall" in html
    # The only script elements are the page's own data and code.
    assert len(re.findall(r"<script\b", html)) == 2
    data = _data(html)
    assert [f["text"] for f in data["findings"] if f["rule"] == "sourcing.vague-source"] == ["Some observers"]


def test_embedded_json_cannot_close_its_script_element():
    text = script_json({"text": "</script><b>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"text": "</script><b>&"}


def test_each_finding_carries_its_baseline_key(example_text):
    result = _result(example_text, "examples/prisoner-exchange.txt")
    data = _data(page([result]))
    want = [entry_for(result.path, result.document, f) for f in result.findings]
    got = [(f["path"], f["rule"], f["sentence"], f["text"]) for f in data["findings"]]
    assert got == [(e.path, e.rule, e.sentence, e.text) for e in want]
    assert len(got) >= 2


def test_vague_sources_in_the_example_are_marked_where_they_stand(example_text):
    html = page([_result(example_text, "examples/prisoner-exchange.txt")])
    assert re.search(r'skepticism by <mark class="hl sev-warning" data-f="f\d+">analysts who <span class="glue">question'
                     r'<button type="button" class="ref sev-warning"', html)
    assert re.search(r'<p><mark class="hl sev-warning" data-f="f\d+">Some <span class="glue">observers<button', html)


def test_page_loads_nothing_from_outside():
    html = page([_result(HOSTILE)])
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    tags = re.findall(r"<(?:link|img|iframe|object|embed|source|video|audio)\b", html)
    assert tags == []
    assert not re.search(r"\bsrc=|@import|url\(", html.replace("&lt;img src=x", ""))


def test_a_file_with_no_findings_and_a_missing_file_are_both_shown():
    clean = _result("Dmitry Peskov, the Kremlin spokesman, said the talks would continue.\n", "clean.txt")
    broken = FileResult("gone.txt", error="gone.txt: no such file or directory")
    html = page([clean, broken])
    assert '<h2 id="file-1" class="path">clean.txt</h2><p>No findings.</p>' in html
    assert '<p class="file-error" role="alert">gone.txt: no such file or directory</p>' in html


def test_why_and_suggestion_appear_in_the_card():
    html = page([_result("Talks resume\n\nThe end result was a draw.\n")])
    assert "<strong>Suggestion (safe fix):</strong> <q>result</q>" in html
    why = next(r.why for r in builtin_rules() if r.id == "usage.redundant-phrase")
    assert f"<strong>Why it matters:</strong> {why.replace(chr(34), '&quot;')}" in html


def test_check_writes_the_page_to_output(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(HOSTILE, encoding="utf-8")
    target = tmp_path / "review.html"
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--format", "html", "--output", str(target), str(story)], out, err)
    assert (code, out.getvalue(), err.getvalue()) == (1, "", "")
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_output_that_cannot_be_written_is_one_line(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(HOSTILE, encoding="utf-8")
    err = io.StringIO()
    target = tmp_path / "no-such-dir" / "review.html"
    assert main(["check", "--format", "html", "--output", str(target), str(story)], io.StringIO(), err) == 2
    assert err.getvalue() == f"{target}: cannot write the report (No such file or directory)\n"


def test_a_finding_across_paragraphs_is_listed_after_the_article():
    from dataclasses import replace

    from newslint.findings import Finding, Severity

    result = _result("Talks resume\n\nFirst paragraph here.\n\nSecond paragraph here.\n")
    doc = result.document
    start, end = doc.paragraphs[0].start, doc.paragraphs[1].end
    wide = Finding("framing.repeated-paragraph", Severity.INFO, "Two paragraphs say the same.", start, end,
                   doc.text[start:end], path="story.txt")
    html = page([replace(result, findings=(wide,))], rules=[])
    assert "<mark" not in html.split('<main id="articles"', 1)[1]
    loose = html.split('<section class="loose" aria-label="Findings across the article">', 1)[1]
    assert loose.startswith('<h3>Across the article</h3><ul><li><button type="button" class="ref sev-info" id="ref-f1"')
    assert "<q>First paragraph here. Second paragraph here.</q>" in loose
    assert '<p class="flagged">Flagged: <q>First paragraph here. Second paragraph here.</q></p>' in loose


def test_a_finding_on_skipped_markdown_is_shown_as_written(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("# Talks\n\n<!-- newslint-disable-next-line usage -->\nSome observers agree.\n", encoding="utf-8")
    target = tmp_path / "review.html"
    main(["check", "--format", "html", "--report-unused-suppressions", "--output", str(target), str(story)],
         io.StringIO(), io.StringIO())
    html = target.read_text(encoding="utf-8")
    assert "<q>&lt;!-- newslint-disable-next-line usage --&gt;</q>" in html  # nothing else would be left of it
    assert '<p class="flagged">Flagged: <q>&lt;!-- newslint-disable-next-line usage --&gt;</q></p>' in html
