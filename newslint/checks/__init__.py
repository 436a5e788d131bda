"""The registry of check kinds. A rule's `kind:` names one of these; nothing is discovered."""
from __future__ import annotations

from .agentless import Agentless
from .case_style import CaseStyle
from .construction import Construction
from .contradiction import Contradiction
from .coverage import Coverage
from .density import Density
from .existence import Existence
from .headline_copy import HeadlineCopy
from .near_duplicate import NearDuplicate
from .occurrence import Occurrence
from .overuse import Overuse
from .own_side import OwnSide
from .quote_conflict import QuoteConflict
from .repetition import Repetition
from .source import Source
from .substitution import Substitution
from .variant import Variant

KINDS: dict[str, type] = {
    "agentless": Agentless,
    "case_style": CaseStyle,
    "construction": Construction,
    "contradiction": Contradiction,
    "coverage": Coverage,
    "density": Density,
    "existence": Existence,
    "headline_copy": HeadlineCopy,
    "near_duplicate": NearDuplicate,
    "occurrence": Occurrence,
    "overuse": Overuse,
    "own_side": OwnSide,
    "quote_conflict": QuoteConflict,
    "repetition": Repetition,
    "source": Source,
    "substitution": Substitution,
    "variant": Variant,
}
