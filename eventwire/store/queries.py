"""Queries over a store, the same SQL on DuckDB and PostgreSQL, returning DataFrames.

Every value a user gives travels as a bound parameter; only names checked against
fixed lists (a period unit, a grouping) are written into the SQL text.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from pandas import DataFrame

from eventwire.store.backends import Backend, StoreError
from eventwire.store.columns import first_day

PERIODS = ("day", "week", "month", "quarter", "year")
ACTOR_KEYS = {"country": ("source_country", "target_country"), "code": ("source_code", "target_code"),
              "name": ("source_name", "target_name")}
EVENT_LIST = ("event_id", "story_id", "article_id", "date", "source_code", "source_name", "cameo", "plover_type",
              "target_code", "target_name", "location_name", "intent", "negated", "goldstein", "quad_class", "quote")
STORY_LIST = ("story_id, actor_a, actor_b, cameo_root, day, mentions, articles, sources, first_reported,"
              " last_reported")
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def frame(db: Backend, sql: str, params: list[Any] | tuple = ()) -> DataFrame:
    names, rows = db.columns(sql, params)
    return DataFrame.from_records(rows, columns=names)


def _period_filter(since: date | str | None, until: date | str | None, column: str = "day") -> tuple[list[str], list]:
    clauses, params = [], []
    if since and until and _as_date(since, "since") > _as_date(until, "until"):
        raise StoreError(f"--since {since} is after --until {until}: no day is in that period")
    if since:
        clauses.append(f"{column} >= ?")
        params.append(_as_date(since, "since"))
    if until:
        clauses.append(f"{column} <= ?")
        params.append(_as_date(until, "until"))
    return clauses, params


def _as_date(value: date | str, name: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise StoreError(f"--{name} {value!r}: not an ISO date (YYYY-MM-DD)") from None


def code_of(value: str | None) -> str | None:
    """An actor, country or PLOVER code as stored (upper case: "tur" is TUR, "consult" CONSULT; the name after
    "IGO:"/"NSA:" is written as given elsewhere, so only the prefix is upper-cased when it has one)."""
    if value is None:
        return None
    value = value.strip()
    head, colon, rest = value.partition(":")
    return f"{head.upper()}:{rest.upper()}" if colon else value.upper()


_DOTTED = "İIı"  # (Turkish dotted and dotless i: one letter for search, whatever the case rules of the database)


def folded_sql(column: str) -> str:
    """`column` lower-cased the same way in every database, Turkish I's made one: for case-insensitive search."""
    return f"lower(translate({column}, '{_DOTTED}', 'iii'))"


def folded(text: str) -> str:
    """A search text folded as folded_sql folds the column."""
    return text.translate(str.maketrans(_DOTTED, "iii")).lower()


def _add_actor(clauses: list[str], params: list, actor: str | None) -> None:
    """Keep events with `actor` (a country or actor code, any case) on either side."""
    if actor:
        clauses.append("(source_country = ? OR target_country = ? OR source_code = ? OR target_code = ?)")
        params += [code_of(actor)] * 4


def _where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


ORDERS = {"id": "event_id", "newest": "day DESC NULLS LAST, event_id"}


def events(db: Backend, limit: int | None = 100, order: str = "id", **filters) -> DataFrame:
    """Event mentions matching every filter given (see `event_filters`), at most `limit`, in event_id order
    or `order="newest"`: latest day first, undated last. With "newest", `after` is a `cursor_after` value."""
    if order not in ORDERS:
        raise StoreError(f"order {order!r}: choose one of {', '.join(ORDERS)}")
    after = filters.pop("after", None) if order == "newest" else None
    clauses, params = event_filters(**filters)
    if after:
        _add_newest_cursor(clauses, params, after)
    sql = f"SELECT {', '.join(EVENT_LIST)} FROM events {_where(clauses)} ORDER BY {ORDERS[order]}"
    if limit is not None:
        if int(limit) < 0:
            raise StoreError(f"--limit {limit}: give 0 or more rows")
        sql += " LIMIT ?"
        params.append(int(limit))
    return frame(db, sql, params)


def cursor_after(row: dict, order: str = "id") -> str:
    """The cursor that continues an event list after `row` (a row of `events`)."""
    if order == "newest":
        day = first_day(row["date"]) if isinstance(row["date"], str) else None  # (pandas gives NaN for None)
        return f"{day.isoformat() if day else UNDATED}~{row['event_id']}"
    return row["event_id"]


UNDATED = "undated"


def _add_newest_cursor(clauses: list[str], params: list, cursor: str) -> None:
    """Keyset paging in newest-first order: the rows after (day, event_id) of the cursor."""
    day, tilde, event_id = cursor.partition("~")
    if not tilde or not event_id:
        raise StoreError(f"cursor {cursor!r}: not a cursor of a newest-first page (DAY~EVENT_ID)")
    if day == UNDATED:
        clauses.append("(day IS NULL AND event_id > ?)")
        params.append(event_id)
        return
    clauses.append("(day < ? OR (day = ? AND event_id > ?) OR day IS NULL)")
    params += [_as_date(day, "cursor"), _as_date(day, "cursor"), event_id]


def event_filters(actor: str | None = None, dyad: tuple[str, str] | None = None, source: str | None = None,
                  target: str | None = None, code: str | None = None, root: str | None = None,
                  plover: str | None = None, quad_class: int | None = None, place: str | None = None,
                  since: date | str | None = None, until: date | str | None = None, lang: str | None = None,
                  text: str | None = None, story_id: str | None = None, article_id: str | None = None,
                  after: str | None = None, dated: bool | None = None) -> tuple[list[str], list]:
    """The WHERE clauses of an event query. `actor` matches a country or actor code on either side; `dyad` is
    (source, target) countries, `source` and `target` one side each; codes match in any case; `place` matches
    the place name or its country; `text` searches the quotes (case-insensitive in the language's own rules);
    `after` is the event_id to continue after (cursor pagination); `dated` True keeps events with a day,
    False those the text and dateline left undated."""
    if quad_class is not None and not 1 <= int(quad_class) <= 4:
        raise StoreError(f"--quad {quad_class}: quad classes are 1 to 4")
    clauses, params = _period_filter(since, until)
    _add_actor(clauses, params, actor)
    if dyad:
        clauses.append("source_country = ? AND target_country = ?")
        params += [code_of(side) for side in dyad]
    for column, value in (("source_country", code_of(source)), ("target_country", code_of(target)), ("cameo", code),
                          ("cameo_root", root), ("plover_type", code_of(plover)), ("quad_class", quad_class),
                          ("lang", lang.lower() if lang else None), ("story_id", story_id), ("article_id", article_id)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if place:
        clauses.append(f"({folded_sql('location_name')} = ? OR location_country = ?)")
        params += [folded(place), code_of(place)]
    if text:  # case-insensitive in the language's own rules ("GÖZALTI" finds "gözaltı")
        clauses.append(f"{folded_sql('quote')} LIKE ? ESCAPE '\\'")
        params.append("%" + folded(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if after:
        clauses.append("event_id > ?")
        params.append(after)
    if dated is not None:
        clauses.append("day IS NOT NULL" if dated else "day IS NULL")
    return clauses, params


def count_events(db: Backend, **filters) -> int:
    """How many event mentions `events(**filters)` gives without a limit."""
    clauses, params = event_filters(**filters)
    return db.execute(f"SELECT count(*) FROM events {_where(clauses)}", params)[0][0]


def timeline(db: Backend, actor_a: str, actor_b: str, period: str = "month", since: date | str | None = None,
             until: date | str | None = None, both_directions: bool = False) -> DataFrame:
    """A dyad's relations per period, counted by story: stories per quad class, mean Goldstein."""
    if period not in PERIODS:
        raise StoreError(f"period {period!r}: choose one of {', '.join(PERIODS)}")
    clauses, params = _period_filter(since, until)
    _add_dyad(clauses, params, actor_a, actor_b, both_directions)
    clauses.append("day IS NOT NULL")
    quads = ", ".join(f"sum(CASE WHEN quad_class = {i} THEN 1 ELSE 0 END) AS {name}" for i, name in enumerate(QUADS, 1))
    sql = (
        "WITH story AS (SELECT story_id, min(day) AS day, min(quad_class) AS quad_class, avg(goldstein) AS goldstein,"
        f" count(*) AS mentions FROM events {_where(clauses)} GROUP BY story_id)"
        f" SELECT CAST(date_trunc('{period}', day) AS DATE) AS period, count(*) AS stories, {quads},"
        " round(CAST(avg(goldstein) AS NUMERIC), 2) AS mean_goldstein, sum(mentions) AS mentions"
        " FROM story GROUP BY 1 ORDER BY 1")
    out = frame(db, sql, params)
    return out.astype({"mean_goldstein": float}) if len(out) else out


def _add_dyad(clauses: list[str], params: list, actor_a: str, actor_b: str, both_directions: bool) -> None:
    actor_a, actor_b = code_of(actor_a), code_of(actor_b)
    if both_directions:
        clauses.append("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))")
        params += [actor_a, actor_b, actor_b, actor_a]
    else:
        clauses.append("source_country = ? AND target_country = ?")
        params += [actor_a, actor_b]


def dyad_counts(db: Backend, actor_a: str, actor_b: str, both_directions: bool = False) -> dict[str, int]:
    """A dyad's stories in all: how many have a day (the timeline draws those) and how many are undated
    (neither the text nor a dateline dates them)."""
    clauses, params = [], []
    _add_dyad(clauses, params, actor_a, actor_b, both_directions)
    sql = ("SELECT count(DISTINCT story_id), count(DISTINCT CASE WHEN day IS NOT NULL THEN story_id END)"
           f" FROM events {_where(clauses)}")
    stories, dated = db.execute(sql, params)[0]
    return {"stories": int(stories), "dated": int(dated), "undated": int(stories) - int(dated)}


def top_actors(db: Backend, since: date | str | None = None, until: date | str | None = None, limit: int = 10,
               by: str = "country") -> DataFrame:
    """Actors in the most stories, as source or target, with their mean Goldstein."""
    if by not in ACTOR_KEYS:
        raise StoreError(f"by {by!r}: choose one of {', '.join(ACTOR_KEYS)}")
    source, target = ACTOR_KEYS[by]
    clauses, params = _period_filter(since, until)
    where = _where(clauses)
    sql = (f"WITH side AS (SELECT {source} AS actor, story_id, goldstein FROM events {where}"
           f" UNION ALL SELECT {target} AS actor, story_id, goldstein FROM events {where})"
           " SELECT actor, count(DISTINCT story_id) AS stories, count(*) AS mentions,"
           " round(CAST(avg(goldstein) AS NUMERIC), 2) AS mean_goldstein"
           " FROM side WHERE actor IS NOT NULL GROUP BY actor ORDER BY stories DESC, actor LIMIT ?")
    return _floats(frame(db, sql, params + params + [int(limit)]), "mean_goldstein")


def top_dyads(db: Backend, since: date | str | None = None, until: date | str | None = None, limit: int = 10) -> DataFrame:
    """Directed country pairs with the most stories."""
    clauses, params = _period_filter(since, until)
    clauses.append("target_country IS NOT NULL")
    sql = ("SELECT source_country, target_country, count(DISTINCT story_id) AS stories, count(*) AS mentions,"
           " round(CAST(avg(goldstein) AS NUMERIC), 2) AS mean_goldstein"
           f" FROM events {_where(clauses)} GROUP BY 1, 2 ORDER BY stories DESC, 1, 2 LIMIT ?")
    return _floats(frame(db, sql, params + [int(limit)]), "mean_goldstein")


def places(db: Backend, since: date | str | None = None, until: date | str | None = None, actor: str | None = None,
           limit: int = 500) -> DataFrame:
    """Event locations with their stories by quad class and mean Goldstein (for the map).

    A place known only by its country has no coordinates: the map puts it on the country.
    `actor` keeps events with that country or actor code on either side.
    """
    clauses, params = _period_filter(since, until)
    clauses.append("(location_name IS NOT NULL OR location_country IS NOT NULL)")
    _add_actor(clauses, params, actor)
    quads = ", ".join(f"count(DISTINCT CASE WHEN quad_class = {q} THEN story_id END) AS {name}"
                      for q, name in enumerate(QUADS, 1))
    sql = ("SELECT location_name, location_country, lat, lon, count(DISTINCT story_id) AS stories,"
           f" count(*) AS mentions, {quads}, round(CAST(avg(goldstein) AS NUMERIC), 2) AS mean_goldstein"
           f" FROM events {_where(clauses)} GROUP BY 1, 2, 3, 4 ORDER BY stories DESC, 1, 2 LIMIT ?")
    return _floats(frame(db, sql, params + [int(limit)]), "mean_goldstein")


def stories(db: Backend, since: date | str | None = None, until: date | str | None = None, min_mentions: int = 1,
            limit: int | None = 50) -> DataFrame:
    """Stories with their number of mentions, articles and sources and first/last report (all: limit None)."""
    clauses, params = _period_filter(since, until)
    clauses.append("mentions >= ?")
    params.append(int(min_mentions))
    sql = f"SELECT {STORY_LIST} FROM story_summary {_where(clauses)} ORDER BY mentions DESC, day, story_id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return frame(db, sql, params)


def story(db: Backend, story_id: str) -> dict | None:
    names, rows = db.columns(f"SELECT {STORY_LIST} FROM story_summary WHERE story_id = ?", [story_id])
    return dict(zip(names, rows[0])) if rows else None


def article_list(db: Backend, lang: str | None = None, after: str | None = None, limit: int = 50) -> DataFrame:
    """Stored articles in id order with their number of events (cursor: the last id seen)."""
    clauses, params = [], []
    if lang:
        clauses.append("a.lang = ?")
        params.append(lang)
    if after:
        clauses.append("a.id > ?")
        params.append(after)
    sql = ("SELECT a.id, a.lang, a.dateline_date, a.title, a.source, a.url,"
           " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events"
           f" FROM articles a {_where(clauses)} ORDER BY a.id LIMIT ?")
    return frame(db, sql, params + [int(limit)])


def summary(db: Backend) -> dict:
    one = lambda sql: db.execute(sql)[0][0]  # noqa: E731
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "events": one("SELECT count(*) FROM events"),
        "stories": one("SELECT count(DISTINCT story_id) FROM events"),
        "actors": one("SELECT count(*) FROM actors"),
        "languages": [r[0] for r in db.execute("SELECT DISTINCT lang FROM articles ORDER BY 1")],
        "by_root": db.execute("SELECT cameo_root, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
        "top_dyads": db.execute(
            "SELECT source_country, target_country, count(*) AS n, round(CAST(avg(goldstein) AS NUMERIC), 2)"
            " FROM events GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 10"),
    }


def add_actors(db: Backend, article_id: str | None = None) -> None:
    """Record the actors of stored events (all, or one article's) in the actors table."""
    for side in ("source", "target"):
        clauses = [f"{side}_code IS NOT NULL"] + (["article_id = ?"] if article_id else [])
        db.execute(
            f"INSERT INTO actors SELECT DISTINCT md5(concat_ws('|', {side}_code, {side}_name, {side}_role)),"
            f" {side}_code, {side}_country, {side}_sector, {side}_name, {side}_role, {side}_entity_id"
            f" FROM events {_where(clauses)} ON CONFLICT DO NOTHING", [article_id] if article_id else [])


def add_missing_stories(db: Backend, article_id: str | None = None) -> None:
    """Create story rows for imported events whose story id the store has not seen."""
    clauses = ["story_id NOT IN (SELECT story_id FROM stories)"] + (["article_id = ?"] if article_id else [])
    db.execute(
        "INSERT INTO stories (story_id, actor_a, actor_b, cameo_root, day, date_precision, geonameid, location_country)"
        " SELECT story_id, min(source_country), min(coalesce(target_country, '')), min(cameo_root), min(day),"
        f" min(date_precision), min(geonameid), min(location_country) FROM events {_where(clauses)}"
        " GROUP BY story_id ON CONFLICT DO NOTHING", [article_id] if article_id else [])


def _floats(df: DataFrame, column: str) -> DataFrame:
    return df.astype({column: float}) if len(df) else df
