// Deletes entities nothing refers to any more, with alias nodes that named only them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Alias)-[:ALIAS_OF]->(e)
DETACH DELETE e
WITH DISTINCT a
WHERE a IS NOT NULL AND NOT EXISTS { (a)-[:ALIAS_OF]->() }
DELETE a
