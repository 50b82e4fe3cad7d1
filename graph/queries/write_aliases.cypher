// Adds this document's surface forms to each entity's aliases (kept sorted and distinct, so
// the result does not depend on the order documents are written) and links its lookup keys.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
CALL (e, row) {
  UNWIND coalesce(e.aliases, []) + row.surfaces AS s
  WITH DISTINCT s
  ORDER BY s
  RETURN collect(s) AS aliases
}
SET e.aliases = aliases
WITH e, row
UNWIND row.keys AS key
MERGE (a:Alias {key: key})
MERGE (a)-[:ALIAS_OF]->(e)
