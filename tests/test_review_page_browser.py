"""The review page in a real browser: Debian's Chromium driven by Playwright.

Playwright never downloads a browser here: it launches /usr/bin/chromium (or
$NEWSLINT_CHROMIUM) headless with an empty profile. `.ci/run` installs both; the tests
skip, saying why, only when the browser or the driver is not on the machine.
The run also saves docs/review.png, the screenshot in the README.
"""
from __future__ import annotations

import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from newslint.baseline import entry_for, filter_new, load
from newslint.cli import build_parser, main
from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_path
from newslint.results import FileResult

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_PATH = "examples/prisoner-exchange.txt"
SCREENSHOT = ROOT / "docs" / "review.png"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def _chromium() -> str:
    found = os.environ.get("NEWSLINT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).exists():
        pytest.skip(f"Chromium is not installed ({found} missing); `apt-get install chromium` or .ci/run installs it")
    return found


@pytest.fixture(scope="module")
def playwright():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed; pip install '.[test]'")
    executable = _chromium()
    with sync_api.sync_playwright() as p:
        p.newslint_chromium = executable
        yield p


def _launch(playwright, profile: Path, **options):
    """A headless Chromium with an empty profile of its own."""
    profile.mkdir()
    return playwright.chromium.launch_persistent_context(
        str(profile), executable_path=playwright.newslint_chromium, headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1280, "height": 860}, accept_downloads=True, **options,
    )


@pytest.fixture
def browser(playwright, tmp_path):
    """A fresh browser for one test."""
    context = _launch(playwright, tmp_path / "profile")
    yield context
    context.close()


def _report(tmp_path: Path, *paths: str) -> tuple[Path, list[FileResult]]:
    """Copy the articles into a folder and render the page there, as an editor would."""
    for p in paths:
        (tmp_path / p).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / p, tmp_path / p)
    target = tmp_path / "review.html"
    _in(tmp_path, ["check", "--format", "html", "--output", str(target), *paths])
    results = []
    for p in paths:
        doc = read_path(tmp_path / p, p)
        results.append(FileResult(p, doc, tuple(lint(doc, [r for r in builtin_rules() if r.enabled]))))
    return target, results


def _in(folder: Path, argv: list[str]) -> str:
    """Run the command line in a folder; its standard output."""
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        main(argv, out, io.StringIO())
    finally:
        os.chdir(cwd)
    return out.getvalue()


def _open(browser, target: Path):
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(target.as_uri())
    page.newslint_errors, page.newslint_requests = errors, requests
    return page


MARK_TEXT = """els => els.map(m => { const c = m.cloneNode(true);
  c.querySelectorAll('button').forEach(b => b.remove()); return c.textContent; }).join('')"""


def test_highlights_stand_at_the_flagged_words(browser, tmp_path):
    target, (result,) = _report(tmp_path, EXAMPLE_PATH)
    page = _open(browser, target)
    assert result.findings
    doc = result.document
    homes = [u for u in (doc.headline, *doc.paragraphs) if u is not None]
    for n, f in enumerate(result.findings, 1):
        if not any(u.start <= f.start and f.end <= u.end for u in homes):
            continue  # an article-wide finding is listed under "Across the article", not marked
        assert page.eval_on_selector_all(f'mark[data-f~="f{n}"]', MARK_TEXT) == f.text
    vague = {f.text for f in result.findings if f.rule == "sourcing.vague-source"}
    assert {"Some observers", "analysts who question"} <= vague
    para = page.locator("p", has=page.locator("mark", has_text=re.compile("^Some observers"))).first
    assert para.inner_text().startswith("Some observers")
    assert page.newslint_errors == []
    assert page.newslint_requests == [target.as_uri()]  # nothing loaded from anywhere else


def test_clicking_a_highlight_shows_its_finding(browser, tmp_path):
    target, (result,) = _report(tmp_path, EXAMPLE_PATH)
    n = next(i for i, f in enumerate(result.findings, 1) if f.text == "Some observers")
    page = _open(browser, target)
    card = page.locator(f"#card-f{n}")
    assert card.is_hidden()
    page.locator(f'mark[data-f~="f{n}"]').first.click()
    assert card.is_visible()
    assert card.locator(".msg").inner_text() == "Vague source 'Some observers': name who says so, or cut the claim."
    assert card.locator(".card-title code").inner_text() == "sourcing.vague-source"
    assert "Wikipedia's Manual of Style" in card.locator(".why").inner_text()
    assert page.locator(f"#ref-f{n}").get_attribute("aria-expanded") == "true"
    assert page.locator(".card:visible").count() == 1
    page.keyboard.press("Escape")
    assert card.is_hidden()
    assert page.evaluate("document.activeElement.id") == f"ref-f{n}"


def test_keyboard_moves_between_findings_with_visible_focus(browser, tmp_path):
    target, (result,) = _report(tmp_path, EXAMPLE_PATH)
    page = _open(browser, target)
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.id") == "ref-f1"
    assert page.locator("#card-f1").is_visible()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.id") == "ref-f2"
    assert page.locator("#card-f1").is_hidden() and page.locator("#card-f2").is_visible()
    page.keyboard.press("Enter")  # into the card, then Tab reaches its Dismiss button
    assert page.evaluate("document.activeElement.id") == "card-f2"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "dismiss"
    page.keyboard.press("Enter")
    assert page.locator("#card-f2 .dismiss").get_attribute("aria-pressed") == "true"
    assert page.locator("#dismissed-count").inner_text() == "1"


def test_filters_hide_findings_by_severity_and_group(browser, tmp_path):
    target, (result,) = _report(tmp_path, EXAMPLE_PATH)
    page = _open(browser, target)
    warnings = [i for i, f in enumerate(result.findings, 1) if str(f.severity) == "warning"]
    page.get_by_role("checkbox", name="warning").uncheck()
    for n in warnings:
        assert page.locator(f"#ref-f{n}").is_hidden()
        assert page.locator(f'.rule-group li[data-f="f{n}"]').is_hidden()
    page.get_by_role("checkbox", name="warning").check()
    page.locator('#filters input[name="group"][value="sourcing"]').uncheck()
    for n, f in enumerate(result.findings, 1):
        assert page.locator(f"#ref-f{n}").is_hidden() == f.rule.startswith("sourcing.")
    sourcing = {f"f{n}" for n, f in enumerate(result.findings, 1) if f.rule.startswith("sourcing.")}
    marks = page.eval_on_selector_all("mark.hl", "els => els.map(m => [m.dataset.f, m.classList.contains('off')])")
    assert marks and all(off == (set(ids.split()) <= sourcing) for ids, off in marks)


def test_hiding_dismissed_findings_moves_on_to_the_next(browser, tmp_path):
    target, (result,) = _report(tmp_path, EXAMPLE_PATH)
    page = _open(browser, target)
    page.get_by_role("checkbox", name="show dismissed findings").uncheck()
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.id") == "ref-f1"
    page.keyboard.press("d")
    assert page.locator("#ref-f1").is_hidden() and page.locator("#card-f1").is_hidden()
    assert page.evaluate("document.activeElement.id") == "ref-f2"
    assert page.locator("#card-f2").is_visible()
    assert page.locator(".rule-group li.dismissed").count() == 1


def test_side_list_groups_findings_by_rule_with_counts(browser, tmp_path):
    target, (result,) = _report(tmp_path, EXAMPLE_PATH)
    page = _open(browser, target)
    counts: dict[str, int] = {}
    for f in result.findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    for rule, count in counts.items():
        group = page.locator(f'.rule-group[data-rule="{rule}"]')
        assert group.locator(".count").inner_text() == str(count)
        assert group.locator("li").count() == count


def test_dismiss_and_export_give_a_baseline_that_silences_exactly_those(browser, tmp_path, monkeypatch):
    target, (result,) = _report(tmp_path, EXAMPLE_PATH)
    page = _open(browser, target)
    chosen = [n for n, f in enumerate(result.findings, 1) if f.text == "Some observers"]
    for n in chosen:
        page.locator(f'mark[data-f~="f{n}"]').first.click()
        page.locator(f"#card-f{n} .dismiss").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Export decisions").click()
    download = info.value
    assert download.suggested_filename == "newslint-baseline.json"
    baseline = tmp_path / "newslint-baseline.json"  # beside the articles, where the report was made
    download.save_as(baseline)
    data = json.loads(baseline.read_text(encoding="utf-8"))
    want = [entry_for(result.path, result.document, result.findings[n - 1]) for n in chosen]
    assert data == {"version": 1, "entries": [
        {"path": e.path, "rule": e.rule, "sentence": e.sentence, "text": e.text} for e in want]}
    assert "Exported 1 dismissed finding" in page.locator("#status").inner_text()
    monkeypatch.chdir(tmp_path)  # where the report was made, and the paths it names
    (left,) = filter_new([result], load(baseline), "newslint-baseline.json")
    assert list(left.findings) == [f for n, f in enumerate(result.findings, 1) if n not in chosen]
    _check_with_baseline_option(tmp_path, left)


def _check_with_baseline_option(folder: Path, left: FileResult) -> None:
    """Once `check --baseline` exists (branch workflow), it must silence the same findings."""
    check = build_parser()._subparsers._group_actions[0].choices["check"]
    if "--baseline" not in check._option_string_actions:
        return
    out = _in(folder, ["check", "--format", "json", "--baseline", "newslint-baseline.json", EXAMPLE_PATH])
    got = [(f["rule"], f["start"]) for f in json.loads(out)["files"][0]["findings"]]
    assert got == [(f.rule, f.start) for f in left.findings]


def test_script_in_an_article_is_shown_not_run(browser, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Talks <script>window.pwned = 1</script> resume\n\n"
                     "Some observers suggest the deal </script><img src=x onerror=\"window.pwned=2\"> is dead.\n",
                     encoding="utf-8")
    target = tmp_path / "review.html"
    main(["check", "--format", "html", "--output", str(target), str(story)], io.StringIO(), io.StringIO())
    page = _open(browser, target)
    assert page.evaluate("window.pwned") is None
    assert page.locator("h2.headline").inner_text() == "Talks <script>window.pwned = 1</script> resume"
    assert "</script><img src=x" in page.locator(".file > p").first.inner_text()
    assert page.newslint_errors == []


def test_phone_screen_has_no_sideways_scrolling(browser, tmp_path):
    target, _ = _report(tmp_path, EXAMPLE_PATH)
    page = _open(browser, target)
    page.set_viewport_size({"width": 375, "height": 740})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert page.locator("#side-box").get_attribute("open") is None  # filters folded away on a phone
    page.locator("mark.hl").first.click()
    assert page.locator(".card:visible").count() == 1


def test_without_javascript_every_finding_is_under_its_paragraph(playwright, tmp_path):
    target, (result,) = _report(tmp_path, EXAMPLE_PATH)
    context = _launch(playwright, tmp_path / "profile", java_script_enabled=False)  # as in a mail reader
    try:
        page = _open(context, target)
        cards = page.locator(".card")
        assert cards.count() == len(result.findings)
        for n, f in enumerate(result.findings, 1):
            assert page.locator(f"#card-f{n}").is_visible()
            assert page.locator(f"#card-f{n} .msg").inner_text() == f.message
    finally:
        context.close()


def test_screenshot_for_the_docs(browser, tmp_path):
    target, (result,) = _report(tmp_path, EXAMPLE_PATH)
    page = _open(browser, target)
    n = next(i for i, f in enumerate(result.findings, 1) if f.text == "Some observers")
    page.locator(f'mark[data-f~="f{n}"]').first.click()
    page.evaluate(f"document.getElementById('ref-f{n}').scrollIntoView({{block: 'center'}})")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_overlapping_findings_open_the_narrower_one_first(browser, tmp_path):
    words = " ".join(["the negotiators met again"] * 9)
    story = tmp_path / "story.txt"
    story.write_text(f"Talks resume\n\nSome observers suggest that {words} today.\n", encoding="utf-8")
    target = tmp_path / "review.html"
    main(["check", "--format", "html", "--select", "sourcing.vague-source,readability.long-sentence",
          "--output", str(target), str(story)], io.StringIO(), io.StringIO())
    page = _open(browser, target)
    assert page.locator("mark.hl").first.get_attribute("data-f") == "f1 f2"  # vague source inside the long sentence
    assert page.locator("mark.hl").first.get_attribute("class") == "hl sev-warning"
    page.locator("mark.hl").first.click()
    assert page.locator("#card-f1 .card-title code").inner_text() == "sourcing.vague-source"
    page.locator("#ref-f2").click()
    assert page.locator("#card-f2 .card-title code").inner_text() == "readability.long-sentence"
    assert page.locator("#card-f1").is_hidden()


MARKDOWN = """\
# Talks resume in **Istanbul** ##

Some **observers** suggest [the deal](https://example.com/deal "The deal") was agreed long ago.

> The end result was a draw, according to
> some, and see <https://example.org/a_b> or `the annex`.
"""
MARKDOWN_RULES = ("sourcing.vague-source", "usage.redundant-phrase")


def test_markdown_shows_prose_not_markup(browser, tmp_path):
    story = tmp_path / "story.md"
    story.write_text(MARKDOWN, encoding="utf-8")
    target = tmp_path / "review.html"
    main(["check", "--format", "html", "--select", ",".join(MARKDOWN_RULES), "--output", str(target), str(story)],
         io.StringIO(), io.StringIO())
    page = _open(browser, target)
    assert page.locator("h2.headline").inner_text() == "Talks resume in Istanbul"
    paragraphs = [p.replace("\n", " ") for p in page.locator(".file > p").evaluate_all(
        "ps => ps.map(p => { const c = p.cloneNode(true); c.querySelectorAll('button').forEach(b => b.remove());"
        " return c.textContent; })")]
    assert paragraphs == [
        "Some observers suggest the deal was agreed long ago.",
        "The end result was a draw, according to some, and see https://example.org/a_b or the annex.",
    ]
    # Each highlight covers exactly its finding's characters, less the hidden markup.
    doc = read_path(story)
    result = lint(doc, [r for r in builtin_rules() if r.id in MARKDOWN_RULES])
    skipped = {i for s in doc.skipped for i in range(s.start, s.end)}
    assert [f.text for f in result] == ["Some **observers", "end result", "according to\n> some"]
    for n, f in enumerate(result, 1):
        shown = "".join(ch for i, ch in enumerate(doc.text[f.start : f.end], f.start) if i not in skipped)
        assert page.eval_on_selector_all(f'mark[data-f~="f{n}"]', MARK_TEXT) == shown
    assert page.locator(".skipped").all_inner_texts() == ["https://example.org/a_b", "the annex"]
    assert page.locator('li[data-f="f1"] a').inner_text() == "▲ 1. “Some observers”\nline 3"
    page.locator('mark[data-f~="f1"]').first.click()
    assert page.locator("#card-f1").is_visible()
    assert page.newslint_errors == []
