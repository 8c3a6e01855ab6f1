-- Version 1 files were only ever DuckDB: fill the new columns from the stored JSON record.
UPDATE events SET
    source_role = json_extract_string(record, '$.source.role'),
    source_entity_id = json_extract_string(record, '$.source.entity_id'),
    target_role = json_extract_string(record, '$.target.role'),
    target_entity_id = json_extract_string(record, '$.target.entity_id'),
    attribution_code = json_extract_string(record, '$.attribution.code'),
    attribution_country = json_extract_string(record, '$.attribution.country'),
    attribution_sector = json_extract_string(record, '$.attribution.sector'),
    attribution_name = json_extract_string(record, '$.attribution.name'),
    attribution_role = json_extract_string(record, '$.attribution.role'),
    attribution_entity_id = json_extract_string(record, '$.attribution.entity_id')
    WHERE record IS NOT NULL;
