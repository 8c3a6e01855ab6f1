"""The benchmark scripts stay in step with the coder they measure (they run outside the suite)."""
import inspect
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_parser_comparison_overrides_the_word_order_roles_with_the_same_signatures():
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks.english_parser_comparison import ParsedRoles
    finally:
        sys.path.remove(str(ROOT))
    from eventwire.coding.word_order import WordOrderRoles

    for name in ("_subject", "_object", "_code", "code_sentence"):
        overridden = inspect.signature(getattr(ParsedRoles, name))
        base = inspect.signature(getattr(WordOrderRoles, name))
        if any(p.kind == p.VAR_POSITIONAL for p in overridden.parameters.values()):
            continue  # passes everything on
        assert list(overridden.parameters) == list(base.parameters), name
