// Names of entities whose aliases start like an alias that named nothing: STARTS WITH is an
// index seek on Alias.key, so suggestions stay cheap on a large graph.
MATCH (a:Alias)-[:ALIAS_OF]->(e:Entity)
WHERE a.key STARTS WITH $prefix
RETURN DISTINCT e.name AS name
ORDER BY name
LIMIT 8
