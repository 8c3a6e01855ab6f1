-- Version 3: the JSON copy goes (the columns are the record), actors and stories get tables.
ALTER TABLE events DROP COLUMN record;
CREATE TABLE actors (
    actor_id VARCHAR PRIMARY KEY, code VARCHAR, country VARCHAR, sector VARCHAR,
    name VARCHAR, role VARCHAR, entity_id VARCHAR);
CREATE TABLE stories (
    story_id VARCHAR PRIMARY KEY, actor_a VARCHAR, actor_b VARCHAR, cameo_root VARCHAR,
    day DATE, date_precision VARCHAR, geonameid BIGINT, location_country VARCHAR,
    created_at TIMESTAMP DEFAULT current_timestamp);
INSERT INTO stories (story_id, actor_a, actor_b, cameo_root, day, date_precision, geonameid, location_country)
    SELECT story_id, min(source_country), min(coalesce(target_country, '')), min(cameo_root), min(day),
           min(date_precision), min(geonameid), min(location_country)
    FROM events GROUP BY story_id;
INSERT INTO actors SELECT DISTINCT md5(concat_ws('|', source_code, source_name, source_role)),
    source_code, source_country, source_sector, source_name, source_role, source_entity_id FROM events
    ON CONFLICT DO NOTHING;
INSERT INTO actors SELECT DISTINCT md5(concat_ws('|', target_code, target_name, target_role)),
    target_code, target_country, target_sector, target_name, target_role, target_entity_id FROM events
    WHERE target_code IS NOT NULL ON CONFLICT DO NOTHING;
CREATE VIEW story_summary AS
    SELECT s.story_id, s.actor_a, s.actor_b, s.cameo_root, s.day, s.geonameid,
           count(*) AS mentions, count(DISTINCT e.article_id) AS articles,
           count(DISTINCT coalesce(a.source, e.article_id)) AS sources,
           min(coalesce(a.dateline_date, CAST(a.ingested_at AS DATE))) AS first_reported,
           max(coalesce(a.dateline_date, CAST(a.ingested_at AS DATE))) AS last_reported
    FROM stories s JOIN events e ON e.story_id = s.story_id LEFT JOIN articles a ON a.id = e.article_id
    GROUP BY s.story_id, s.actor_a, s.actor_b, s.cameo_root, s.day, s.geonameid;
