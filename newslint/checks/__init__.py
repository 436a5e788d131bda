"""The registry of check kinds. A rule's `kind:` names one of these; nothing is discovered."""
from __future__ import annotations

from .case_style import CaseStyle
from .construction import Construction
from .coverage import Coverage
from .density import Density
from .existence import Existence
from .headline_copy import HeadlineCopy
from .near_duplicate import NearDuplicate
from .occurrence import Occurrence
from .overuse import Overuse
from .repetition import Repetition
from .substitution import Substitution

KINDS: dict[str, type] = {
    "case_style": CaseStyle,
    "construction": Construction,
    "coverage": Coverage,
    "density": Density,
    "existence": Existence,
    "headline_copy": HeadlineCopy,
    "near_duplicate": NearDuplicate,
    "occurrence": Occurrence,
    "overuse": Overuse,
    "repetition": Repetition,
    "substitution": Substitution,
}
