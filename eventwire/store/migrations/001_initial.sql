-- Version 1: articles and their events, as the first eventwire release stored them.
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, lang VARCHAR, text VARCHAR, text_hash VARCHAR,
    dateline_date DATE, title VARCHAR, url VARCHAR, source VARCHAR,
    coder VARCHAR, errors VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, story_id VARCHAR, lang VARCHAR,
    source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_name VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_name VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, goldstein DOUBLE PRECISION, quad_class INTEGER,
    plover_type VARCHAR, plover_mode VARCHAR, date VARCHAR, date_precision VARCHAR, date_basis VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE PRECISION, lon DOUBLE PRECISION, geonameid BIGINT,
    intent BOOLEAN, negated BOOLEAN, sentence_index INTEGER, start_offset INTEGER, end_offset INTEGER,
    quote VARCHAR, trigger VARCHAR, confidence DOUBLE PRECISION, coder VARCHAR, record JSON);
