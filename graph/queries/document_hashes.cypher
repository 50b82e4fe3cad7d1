MATCH (d:Document)
RETURN d.id AS id, d.sha256 AS sha256
