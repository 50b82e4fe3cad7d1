// Recomputes aliases of entities a removed document version touched, from the mentions that
// remain, and tells which entities nothing refers to any more.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)<-[m:MENTIONS]-()
  WITH DISTINCT m.surface AS s
  WHERE s IS NOT NULL
  ORDER BY s
  RETURN collect(s) AS aliases
}
SET e.aliases = aliases
RETURN e.id AS id, e.name AS name, aliases,
       EXISTS { (e)<-[:MENTIONS]-() } OR EXISTS { (e)<-[:SUBJECT|OBJECT|ITEM]-() } AS used
