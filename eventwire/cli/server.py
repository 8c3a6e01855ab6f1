"""The serve command: the REST API and dashboard over a store."""
from __future__ import annotations

from typing import Optional

import typer

from eventwire.cli.common import app, default_db, err, fail


@app.command("serve")
def serve_cmd(
    db: Optional[str] = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default: $EVENTWIRE_DB "
                                                         "or eventwire.duckdb)"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to bind (localhost by default)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: Optional[str] = typer.Option(None, "--token", envvar="EVENTWIRE_TOKEN",
                                        help="enables POST /api/ingest for requests bearing it (default: read-only)"),
) -> None:
    """Serve the REST API (OpenAPI docs at /docs) and the dashboard (/ui/) over a store."""
    import uvicorn

    from eventwire.server import create_app
    from eventwire.store import StoreError

    try:
        application = create_app(db or default_db(), token=token)
    except StoreError as exc:
        fail(str(exc))
    mode = "read-write (POST /api/ingest needs the token)" if token else "read-only"
    err.print(f"eventwire: serving {db or default_db()} {mode} on http://{host}:{port}/ (API docs: /docs)",
              highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
