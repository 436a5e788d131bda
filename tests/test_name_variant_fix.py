"""consistency.name-variant is fixable: its single suggestion becomes a safe edit."""
from __future__ import annotations

from newslint import check_text
from newslint.findings import Edit


def test_minority_spelling_gets_a_safe_fix():
    text = "Volodymyr Zelenskyy spoke on Monday. Zelenskyy said talks would go on. Later, Zelensky added more."
    [finding] = [f for f in check_text(text) if f.rule == "consistency.name-variant"]
    start = text.index("Zelensky ")
    assert (finding.text, finding.suggestions) == ("Zelensky", ("Zelenskyy",))
    assert finding.fix == Edit(start, start + len("Zelensky"), "Zelenskyy")
