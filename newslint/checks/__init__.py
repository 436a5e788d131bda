"""The registry of check kinds. A rule's `kind:` names one of these; nothing is discovered."""
from __future__ import annotations

from .agentless import Agentless
from .contradiction import Contradiction
from .existence import Existence
from .occurrence import Occurrence
from .own_side import OwnSide
from .quote_conflict import QuoteConflict
from .source import Source
from .substitution import Substitution
from .variant import Variant

KINDS: dict[str, type] = {
    "agentless": Agentless,
    "contradiction": Contradiction,
    "existence": Existence,
    "occurrence": Occurrence,
    "own-side": OwnSide,
    "quote-conflict": QuoteConflict,
    "source": Source,
    "substitution": Substitution,
    "variant": Variant,
}
