-- PostgreSQL has no zone maps: index what the queries filter on.
CREATE INDEX events_dyad ON events (source_country, target_country, day);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_story ON events (story_id);
CREATE INDEX stories_key ON stories (actor_a, actor_b, cameo_root, day);
