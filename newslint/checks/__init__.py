"""The registry of check kinds. A rule's `kind:` names one of these; nothing is discovered."""
from __future__ import annotations

from .case_style import CaseStyle
from .coverage import Coverage
from .density import Density
from .existence import Existence
from .occurrence import Occurrence
from .substitution import Substitution

KINDS: dict[str, type] = {
    "case-style": CaseStyle,
    "coverage": Coverage,
    "density": Density,
    "existence": Existence,
    "occurrence": Occurrence,
    "substitution": Substitution,
}
