"""Sample articles bundled with eventwire, written by the eventwire authors."""
from pathlib import Path

SAMPLES_DIR = Path(__file__).parent


def sample_path(lang: str = "tr") -> Path:
    return SAMPLES_DIR / f"{lang}.jsonl"
