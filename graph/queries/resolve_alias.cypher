// The entity an alias key names (Alias.key is unique: an index seek).
MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:Entity)
RETURN e.id AS id
LIMIT 1
