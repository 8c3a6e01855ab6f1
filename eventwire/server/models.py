"""Request and response bodies of the REST API; they make its OpenAPI schema precise."""
from __future__ import annotations

from datetime import date
from typing import Any, Literal, Optional

from pydantic import BaseModel, Field

MAX_TEXT_CHARS = 200_000  # POST /code and /ingest: one article's text


class Problem(BaseModel):
    detail: str


class EventRow(BaseModel):
    event_id: str
    story_id: Optional[str] = None
    article_id: str
    date: Optional[str] = None
    source_code: Optional[str] = None
    source_name: Optional[str] = None
    cameo: str
    plover_type: Optional[str] = None
    target_code: Optional[str] = None
    target_name: Optional[str] = None
    location_name: Optional[str] = None
    intent: bool
    negated: bool
    goldstein: Optional[float] = None
    quad_class: Optional[int] = None
    quote: str


class EventPage(BaseModel):
    items: list[EventRow]
    next_cursor: Optional[str] = Field(None, description="pass as `cursor` for the next page; null on the last")


class TimelineRow(BaseModel):
    period: date
    stories: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    mean_goldstein: Optional[float] = None
    mentions: int


class ActorRow(BaseModel):
    actor: str
    stories: int
    mentions: int
    mean_goldstein: Optional[float] = None


class DyadRow(BaseModel):
    source_country: str
    target_country: str
    stories: int
    mentions: int
    mean_goldstein: Optional[float] = None


class DyadCounts(BaseModel):
    a: str
    b: str
    stories: int = Field(description="stories between a and b (one real-world event each)")
    dated: int = Field(description="stories with a day: the timeline draws these")
    undated: int = Field(description="stories neither the text nor a dateline dates")


class PlaceRow(BaseModel):
    location_name: Optional[str] = None
    location_country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    stories: int
    mentions: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    mean_goldstein: Optional[float] = None


class StoryRow(BaseModel):
    story_id: str
    actor_a: Optional[str] = None
    actor_b: Optional[str] = None
    cameo_root: Optional[str] = None
    day: Optional[date] = None
    mentions: int
    articles: int
    sources: int
    first_reported: Optional[date] = None
    last_reported: Optional[date] = None


class StoryDetail(BaseModel):
    story: StoryRow
    mentions: list[EventRow]


class ArticleOut(BaseModel):
    id: str
    lang: str
    dateline_date: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    text: str
    events: list[dict[str, Any]] = Field(description="full event records; evidence offsets index `text`")
    errors: list[str] = []


class CodedArticle(BaseModel):
    id: str
    lang: str
    dateline_date: Optional[str] = None
    events: list[dict[str, Any]]
    errors: list[str] = []


class RootCount(BaseModel):
    root: str
    events: int


class Summary(BaseModel):
    articles: int
    events: int
    stories: int
    actors: int
    by_root: list[RootCount]
    languages: list[str]


NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL: such input is a 422, as the schema says


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, pattern=r"\S",
                      description="the article; at least one character that is not a space")
    lang: Optional[Literal["tr", "en"]] = Field(None, description="null: detected from the text")
    dateline: Optional[date] = Field(None, description="publication date, for relative dates")
    article_id: Optional[str] = Field(None, max_length=200, pattern=NO_NUL)


class IngestArticle(BaseModel):
    id: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    text: str = Field(max_length=MAX_TEXT_CHARS, description="an empty or unreadable text fails alone: the "
                                                              "article is reported in `errors`, the others are stored")
    lang: Optional[Literal["tr", "en"]] = None
    dateline_date: Optional[date] = None
    title: Optional[str] = Field(None, max_length=2000, pattern=NO_NUL)
    url: Optional[str] = Field(None, max_length=4000, pattern=NO_NUL)
    source: Optional[str] = Field(None, max_length=200, pattern=NO_NUL)


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = Field(min_length=1, max_length=500)


class ArticleRow(BaseModel):
    id: str
    lang: Optional[str] = None
    dateline_date: Optional[date] = None
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    events: int


class ArticlePage(BaseModel):
    items: list[ArticleRow]
    next_cursor: Optional[str] = Field(None, description="pass as `cursor` for the next page; null on the last")


class IngestResult(BaseModel):
    added: int
    skipped: int
    recoded: int
    failed: int
    events: int
    errors: list[str]
