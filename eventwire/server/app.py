"""The FastAPI application over a store: read endpoints, POST /code, and token-guarded POST /ingest.

Requests take turns on the store (DuckDB and psycopg connections are not for concurrent use). A
DuckDB file is opened for each request and closed after it, read-only for reads: DuckDB lets one
process write a file at a time, so the server never holds it between requests, and an `eventwire
ingest` into the same file runs beside it (its writes show at the next request). With a token the
server opens the file for writing only to store a POST /ingest. A PostgreSQL store keeps one
connection: its readers never wait for writers.
"""
from __future__ import annotations

import hmac
import math
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import date, datetime
from pathlib import Path as FilePath
from typing import Any, Literal, Optional, TypeVar

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse

from eventwire.server.models import (NO_NUL, ActorRow, ArticleOut, ArticlePage, CodedArticle, CodeRequest, DyadCounts,
                                     DyadRow, EventPage, EventRow, IngestRequest, IngestResult, PlaceRow, Problem,
                                     StoryDetail, StoryRow, Summary, TimelineRow)
from eventwire.store import Store, StoreError
from eventwire.store.backends import is_postgres_url
from eventwire.store.queries import code_of, cursor_after

MAX_BODY_BYTES = 2_000_000
REQUEST_WAIT_S = 20.0  # how long a request waits for a DuckDB file another process is writing (an ingest lets
# readers in twice a second)
T = TypeVar("T")
ERRORS = {400: {"model": Problem, "description": "a filter value the store cannot use"}}
Period = Literal["day", "week", "month", "quarter", "year"]


def words(max_length: int, description: str | None = None, default: Any = None) -> Any:
    """An optional (or required, default=...) string query parameter without NUL characters."""
    return Query(default, max_length=max_length, pattern=NO_NUL, description=description)


class StoreAccess:
    """The store, used by one request at a time: a DuckDB file opened per request (see the module doc),
    a PostgreSQL connection kept open."""

    def __init__(self, target: str, writable: bool):
        self.target = target
        self.writable = writable
        self.per_request = not is_postgres_url(target)
        self.lock = threading.Lock()
        self.store: Store | None = None

    def check(self) -> None:
        """Open the store once now (creating or migrating it when writable), so that a bad target fails at
        start with the store's own message."""
        with self.lock:
            store = Store(self.target, read_only=not self.writable)
            if self.per_request:
                store.close()
            else:
                self.store = store

    def close(self) -> None:
        with self.lock:
            if self.store is not None:
                self.store.close()
                self.store = None

    def run(self, action: Callable[[Store], T], write: bool = False) -> T:
        with self.lock:
            try:
                if not self.per_request:
                    if self.store is None:  # closed at a shutdown of the app's lifespan: open again
                        self.store = Store(self.target, read_only=not self.writable)
                    return action(self.store)
                with Store(self.target, read_only=not write, wait=REQUEST_WAIT_S) as store:
                    return action(store)
            except StoreError as exc:
                busy = "lock" in str(exc).lower()
                raise HTTPException(503 if busy else 400, str(exc) + (
                    "; another process is writing the file: try again in a moment" if busy else "")) from None


def create_app(target: str | FilePath, token: str | None = None, max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """The application; `token` enables POST /ingest for requests that bear it."""
    access = StoreAccess(str(target), writable=bool(token))
    access.check()  # fail now, with the store's own message, rather than on the first request

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        access.close()

    app = FastAPI(title="eventwire", version=_version(), lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Political event data coded from Turkish and English news, each event with "
                              "the sentence it came from. Read endpoints are open; POST /api/ingest needs "
                              "the server's token (Authorization: Bearer TOKEN).")

    @app.middleware("http")
    async def guard_input(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > max_body:
            return JSONResponse({"detail": f"request body of {int(length)} bytes is over the limit of {max_body}"},
                                status_code=413)
        return await call_next(request)

    @app.get("/api/summary", response_model=Summary, tags=["store"])
    def summary() -> dict:
        """Counts of articles, events, stories and actors, and events per CAMEO root."""
        data = access.run(lambda s: s.summary())
        return {k: data[k] for k in ("articles", "events", "stories", "actors", "languages")} | {
            "by_root": [{"root": r, "events": n} for r, n in data["by_root"]]}

    @app.get("/api/events", response_model=EventPage, responses=ERRORS, tags=["events"])
    def events(
        actor: Optional[str] = words(64, "country or actor code, either side"),
        source: Optional[str] = words(64, "source country (ISO3 or IGO:X)"),
        target: Optional[str] = words(64, "target country"),
        code: Optional[str] = words(8, "CAMEO code, e.g. 042"),
        root: Optional[str] = words(2, "CAMEO root, e.g. 04"),
        plover: Optional[str] = words(32, "PLOVER type, e.g. CONSULT"),
        quad: Optional[int] = Query(None, ge=1, le=4, description="quad class 1-4"),
        place: Optional[str] = words(200, "place name or its ISO3 country"),
        lang: Optional[str] = words(8),
        text: Optional[str] = words(200, "words in the evidence quote"),
        story: Optional[str] = words(64),
        article: Optional[str] = words(200),
        since: Optional[date] = None,
        until: Optional[date] = None,
        dated: Optional[bool] = Query(None, description="true: events with a day; false: undated events"),
        order: Literal["id", "newest"] = Query("id", description="event_id order, or latest day first (undated last)"),
        cursor: Optional[str] = words(80, "next_cursor of the previous page (of the same order)"),
        limit: int = Query(100, ge=1, le=1000),
    ) -> dict:
        """Event mentions matching every filter, a page at a time."""
        frame = access.run(lambda s: s.events(
            actor=actor, source=source, target=target, code=code, root=root, plover=plover, quad_class=quad,
            place=place, lang=lang, text=text, story_id=story, article_id=article, since=since, until=until,
            dated=dated, order=order, after=cursor, limit=limit))
        items = rows(frame)
        return {"items": items, "next_cursor": cursor_after(items[-1], order) if len(items) == limit else None}

    @app.get("/api/stories", response_model=list[StoryRow], responses=ERRORS, tags=["stories"])
    def stories(min_mentions: int = Query(1, ge=1, le=100_000), since: Optional[date] = None,
                until: Optional[date] = None, limit: int = Query(50, ge=1, le=1000)) -> list[dict]:
        """Stories (one real-world event each) with mentions, articles, sources and first/last report."""
        return rows(access.run(lambda s: s.stories(min_mentions=min_mentions, since=since, until=until, limit=limit)))

    @app.get("/api/stories/{story_id}", response_model=StoryDetail, responses={404: {"model": Problem}}, tags=["stories"])
    def story(story_id: str = Path(max_length=64, pattern=NO_NUL)) -> dict:
        """One story with every mention of it."""
        found, mentions = access.run(lambda s: (s.story(story_id), s.story_mentions(story_id)))
        if found is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return {"story": plain(found), "mentions": rows(mentions)}

    @app.get("/api/timeline", response_model=list[TimelineRow], responses=ERRORS, tags=["dyads"])
    def timeline(a: str = words(64, "first country (source unless both)", ...),
                 b: str = words(64, "second country", ...),
                 period: Period = "month", both: bool = Query(False, description="count both directions"),
                 since: Optional[date] = None, until: Optional[date] = None) -> list[dict]:
        """A dyad's stories per period by quad class, with the mean Goldstein score."""
        return rows(access.run(lambda s: s.timeline(a, b, period=period, since=since, until=until,
                                                    both_directions=both)))

    @app.get("/api/dyad", response_model=DyadCounts, responses=ERRORS, tags=["dyads"])
    def dyad(a: str = words(64, "first country (source unless both)", ...), b: str = words(64, "second country", ...),
             both: bool = Query(False, description="count both directions")) -> dict:
        """A dyad's stories in all, dated (those the timeline draws) and undated."""
        return {"a": code_of(a), "b": code_of(b)} | access.run(lambda s: s.dyad_counts(a, b, both_directions=both))

    @app.get("/api/actors", response_model=list[ActorRow], responses=ERRORS, tags=["dyads"])
    def actors(since: Optional[date] = None, until: Optional[date] = None,
               by: Literal["country", "code", "name"] = "country", limit: int = Query(20, ge=1, le=1000)) -> list[dict]:
        """Actors in the most stories, as source or target."""
        return rows(access.run(lambda s: s.top_actors(since=since, until=until, by=by, limit=limit)))

    @app.get("/api/dyads", response_model=list[DyadRow], responses=ERRORS, tags=["dyads"])
    def dyads(since: Optional[date] = None, until: Optional[date] = None,
              limit: int = Query(20, ge=1, le=1000)) -> list[dict]:
        """Directed country pairs with the most stories."""
        return rows(access.run(lambda s: s.top_dyads(since=since, until=until, limit=limit)))

    @app.get("/api/places", response_model=list[PlaceRow], responses=ERRORS, tags=["places"])
    def places(since: Optional[date] = None, until: Optional[date] = None,
               actor: Optional[str] = words(64, "country or actor code on either side"),
               limit: int = Query(500, ge=1, le=5000)) -> list[dict]:
        """Event locations with stories by quad class and mean Goldstein (places known only by
        their country have no coordinates)."""
        return rows(access.run(lambda s: s.places(since=since, until=until, actor=actor, limit=limit)))

    @app.get("/api/articles", response_model=ArticlePage, tags=["articles"])
    def articles(lang: Optional[str] = words(8), cursor: Optional[str] = words(200, "next_cursor of the previous page"),
                 limit: int = Query(50, ge=1, le=1000)) -> dict:
        """Stored articles in id order with their number of events, a page at a time."""
        items = rows(access.run(lambda s: s.article_list(lang=lang, after=cursor, limit=limit)))
        return {"items": items, "next_cursor": items[-1]["id"] if len(items) == limit else None}

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, responses={404: {"model": Problem}},
             tags=["articles"])
    def article(article_id: str = Path(max_length=200, pattern=NO_NUL)) -> dict:
        """One article with its text and full event records (evidence offsets index the text)."""
        found = access.run(lambda s: s.article(article_id))
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return found

    @app.post("/api/code", response_model=CodedArticle, responses={413: {"model": Problem}}, tags=["coding"])
    def code(body: CodeRequest) -> dict:
        """Code posted text without storing it."""
        import eventwire

        article = eventwire.code(body.text, lang=body.lang, dateline=body.dateline, article_id=body.article_id)
        return article.to_dict()

    def authorised(authorization: Optional[str] = Header(None, description="Bearer TOKEN")) -> None:
        if not token:
            raise HTTPException(403, "this server is read-only: start it with --token to accept ingests")
        scheme, _, given = (authorization or "").strip().partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(401, "a valid 'Authorization: Bearer TOKEN' header is required")

    @app.post("/api/ingest", response_model=IngestResult, dependencies=[Depends(authorised)], tags=["store"],
              responses={401: {"model": Problem}, 403: {"model": Problem}, 413: {"model": Problem}})
    def ingest(body: IngestRequest) -> dict:
        """Code and store articles (idempotent: the same article twice adds nothing)."""
        from eventwire.inputs import RawArticle, check_text

        raws = [RawArticle(a.id, a.text, a.lang, a.dateline_date.isoformat() if a.dateline_date else None,
                           a.title, a.url, a.source, origin=f"request:{a.id}",
                           error=check_text(a.text, f"request:{a.id}")) for a in body.articles]
        report = access.run(lambda s: s.ingest(raws), write=True)
        return {k: getattr(report, k) for k in ("added", "skipped", "recoded", "failed", "events", "errors")}

    from eventwire.server.dashboard import mount_dashboard

    mount_dashboard(app)
    mount_docs(app)
    return app


def mount_docs(app: FastAPI) -> None:
    """The OpenAPI docs at /docs with Swagger UI's files served from the package swagger-ui-bundle: they work
    offline (FastAPI's default loads them from a CDN)."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.staticfiles import StaticFiles
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="eventwire API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon-32x32.png")


def rows(frame) -> list[dict]:
    """DataFrame rows as JSON-ready dicts (dates as ISO strings, NaN as null)."""
    return [plain(dict(zip(frame.columns, values))) for values in frame.itertuples(index=False, name=None)]


def plain(row: dict) -> dict:
    out = {}
    for key, value in row.items():
        if hasattr(value, "item"):  # numpy scalars
            value = value.item()
        if isinstance(value, float) and math.isnan(value):
            value = None
        elif isinstance(value, datetime):
            value = value.date().isoformat()
        elif isinstance(value, date):
            value = value.isoformat()
        elif value is not None and type(value).__name__ == "NaTType":
            value = None
        out[key] = value
    return out


def _version() -> str:
    from eventwire import __version__

    return __version__
