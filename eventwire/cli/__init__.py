"""Command line: a thin skin over the Python API (README lists every command with an example)."""
from eventwire.cli import coding, server, spark, store  # noqa: F401  (registers the commands)
from eventwire.cli.common import app


def main() -> None:
    app()


__all__ = ["app", "main"]
