// Every entity with its aliases and the states it is an official of, for identity resolution
// (graph.Resolver). Read once per build.
MATCH (e:Entity)
OPTIONAL MATCH (e)-[:OFFICIAL_OF]->(s:State)
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, collect(s.id) AS states
ORDER BY id
