"""The registry of check kinds. A rule's `kind:` names one of these; nothing is discovered."""
from __future__ import annotations

from .existence import Existence
from .occurrence import Occurrence
from .substitution import Substitution

KINDS: dict[str, type] = {
    "existence": Existence,
    "occurrence": Occurrence,
    "substitution": Substitution,
}
