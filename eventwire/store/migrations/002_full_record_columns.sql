-- Version 2: every field of the event record in its own column, and the event's first day.
ALTER TABLE events ADD COLUMN source_role VARCHAR;
ALTER TABLE events ADD COLUMN source_entity_id VARCHAR;
ALTER TABLE events ADD COLUMN target_role VARCHAR;
ALTER TABLE events ADD COLUMN target_entity_id VARCHAR;
ALTER TABLE events ADD COLUMN attribution_code VARCHAR;
ALTER TABLE events ADD COLUMN attribution_country VARCHAR;
ALTER TABLE events ADD COLUMN attribution_sector VARCHAR;
ALTER TABLE events ADD COLUMN attribution_name VARCHAR;
ALTER TABLE events ADD COLUMN attribution_role VARCHAR;
ALTER TABLE events ADD COLUMN attribution_entity_id VARCHAR;
ALTER TABLE events ADD COLUMN day DATE;
UPDATE events SET day = CAST(CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END AS DATE)
    WHERE date IS NOT NULL;
