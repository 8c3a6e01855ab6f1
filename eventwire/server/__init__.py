"""The REST API over a store (FastAPI): `eventwire serve`, or `create_app(target)` in Python."""
from eventwire.server.app import create_app

__all__ = ["create_app"]
