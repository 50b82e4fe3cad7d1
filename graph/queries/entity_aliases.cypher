// Recomputes aliases of entities a removed document version touched, from the mentions that
// remain, and tells which entities nothing refers to any more: an entity is in use while a
// mention, a claim's item or a typed relationship (which exists while claims back it) ends at
// it (its alias and name-word links do not count).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)<-[m:MENTIONS]-()
  WHERE m.coref IS NULL
  WITH DISTINCT m.surface AS s
  WHERE s IS NOT NULL
  ORDER BY s
  RETURN collect(s) AS aliases
}
// No property for no aliases: kg stores no empty list (the importer cannot hold one).
SET e.aliases = CASE WHEN size(aliases) > 0 THEN aliases END
RETURN e.id AS id, e.name AS name, aliases,
       EXISTS { (e)-[r]-() WHERE NOT type(r) IN ['ALIAS_OF', 'NAME_WORD'] } AS used
