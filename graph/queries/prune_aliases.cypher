// Unlinks alias keys an entity no longer has and deletes alias nodes left naming nothing.
UNWIND $rows AS row
MATCH (a:Alias)-[r:ALIAS_OF]->(e:Entity {id: row.id})
WHERE NOT a.key IN row.keys
DELETE r
WITH DISTINCT a
WHERE NOT EXISTS { (a)-[:ALIAS_OF]->() }
DELETE a
