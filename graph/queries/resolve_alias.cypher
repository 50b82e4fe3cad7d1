// The entities an alias key names (Alias.key is unique: an index seek). One alias can name
// several entities ("ministry of national defence" is a body of more than one state), so all
// are returned, by id, for the caller to ask which one was meant; $limit caps the list.
MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:Entity)
RETURN e.id AS id, e.name AS name
ORDER BY id
LIMIT $limit
