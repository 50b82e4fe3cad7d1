// Deletes typed relationships that no claim supports any more.
UNWIND $rows AS row
MATCH (a:Entity {id: row.src})-[r]->(b:Entity {id: row.dst})
WHERE r.key = row.key
DELETE r
