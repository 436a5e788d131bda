"""substitution: a phrase with a preferred replacement (house style, plainer words)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Mapping

from ..errors import RuleError
from ..findings import Hit
from .base import Context, drop_excepted
from .options import Options
from .phrases import Matcher, compile_matcher, normalize


def match_case(suggestion: str, matched: str) -> str:
    """Give the suggestion the capitalisation of the text it replaces."""
    if matched.isupper() and len(matched) > 1 and not suggestion.isupper():
        return suggestion.upper()
    if matched[:1].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


@dataclass(frozen=True)
class Substitution:
    """Each phrase in `swap` is a hit whose suggestions are its replacements.

    Options: `swap` (mapping phrase -> replacement or list of replacements; an
    empty list when no plain word exists), `exceptions`, `exception_patterns`,
    `ignore_case` (default true), and `otherwise`: the advice for a phrase with no
    replacement (required when one has none). A rule with `fix: safe` makes a
    finding fixable when exactly one replacement is given.

    Message fields: `match`, `suggestion` (the replacements, joined by "' or '"),
    and `advice`: "write 'x'" (or "write 'x' or 'y'") when there are replacements,
    else the `otherwise` text.
    """

    matcher: Matcher
    table: Mapping[str, tuple[str, ...]]
    exceptions: Matcher | None
    otherwise: str = ""
    fields = ("match", "suggestion", "advice")
    scopes = ("headline", "sentence", "paragraph", "document")

    @classmethod
    def from_options(cls, options: Options) -> "Substitution":
        """Validate the table and compile its phrases."""
        ignore_case = options.bool("ignore_case", True)
        swap = options.mapping("swap", required=True)
        exc_tokens = options.str_list("exceptions")
        exc_patterns = options.str_list("exception_patterns")
        otherwise = options.str("otherwise", None)
        options.finish()
        where = options.where.child("swap")
        table: dict[str, tuple[str, ...]] = {}
        for phrase, repl in swap.items():
            repls = [repl] if isinstance(repl, str) else repl
            if not isinstance(phrase, str) or not isinstance(repls, list) or not all(isinstance(r, str) for r in repls):
                raise RuleError(where.key(phrase), "each swap entry maps a phrase to a string or a list of strings")
            if any(normalize(r) == normalize(phrase) for r in repls):
                raise RuleError(where.key(phrase), f"swap maps {phrase!r} to itself")
            if not repls and otherwise is None:
                raise RuleError(where.key(phrase), f"swap gives {phrase!r} no replacement; add one, or set option 'otherwise' to the advice to give")
            table[normalize(phrase) if ignore_case else " ".join(phrase.split())] = tuple(repls)
        matcher = compile_matcher(options, list(swap), [], ignore_case=ignore_case)
        if matcher is None:
            raise options.error("swap", "must have at least one entry")
        exceptions = compile_matcher(
            options, exc_tokens, exc_patterns, ignore_case=ignore_case, patterns_option="exception_patterns"
        )
        return cls(matcher, table, exceptions, otherwise or "")

    def run(self, context: Context) -> Iterator[Hit]:
        """Yield each phrase found, with its replacements in the matched text's case."""
        text = context.text
        if not self.matcher.may_match(text):
            return
        for unit in context.units:
            hits = list(self.matcher.finditer(text, unit.start, unit.end))
            for start, end in drop_excepted(hits, self.exceptions, text, unit):
                matched = text[start:end]
                key = normalize(matched)
                repls = self.table.get(key) or self.table.get(" ".join(matched.replace("’", "'").split()), ())
                suggestions = tuple(match_case(r, matched) for r in repls)
                # Templates quote the field: "'{suggestion}'" reads 'a' or 'b'.
                joined = "' or '".join(suggestions)
                advice = f"write '{joined}'" if suggestions else self.otherwise
                yield Hit(start, end, {"suggestion": joined, "advice": advice}, suggestions)
