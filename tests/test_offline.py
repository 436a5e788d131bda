"""Grade-level rules work with the network off (docs/decisions.md).

textstat 0.7.13 downloads the CMU pronouncing dictionary through nltk the first time
a syllable is counted; newslint uses only formulas that count letters, words and
sentences (Coleman-Liau, ARI), so nothing is downloaded. The check runs in a fresh
interpreter whose sockets and `nltk.download` raise, so a first import is exercised.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, socket
attempts = []
def refuse(*args, **kwargs):
    attempts.append("socket")
    raise OSError("network is off")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
try:
    import nltk
    def no_download(*args, **kwargs):
        attempts.append("nltk.download")
        raise OSError("downloads are off")
    nltk.download = no_download
except ImportError:
    pass
from newslint.config import builtin_rules
from newslint.engine import lint
from newslint.readers import read_text
base = next(r for r in builtin_rules() if r.id == "readability.long-sentence")
results = {}
for formula in ("coleman_liau_index", "automated_readability_index"):
    rule = base.configured(options={"metric": "grade", "max": 8, "formula": formula})
    doc = read_text("Head\n\nNotwithstanding considerable institutional opposition, negotiators ultimately "
                    "authorised comprehensive humanitarian arrangements. Troops went home.")
    results[formula] = [(f.text[:15], f.message) for f in lint(doc, [rule])]
print(json.dumps({"attempts": attempts, "results": results}))
"""


def test_grade_rules_need_no_network_and_no_download():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["attempts"] == []
    for formula, findings in report["results"].items():
        assert [text for text, _ in findings] == ["Notwithstanding"], formula
        assert findings[0][1].startswith("Sentence has ")
