// Deletes entities nothing refers to any more, with alias nodes that named only them, and
// recounts the name words they had (entity_words), deleting those left without entities.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, COLLECT { MATCH (a:Alias)-[:ALIAS_OF]->(e) RETURN a } AS aliases,
     COLLECT { MATCH (e)-[:NAME_WORD]->(w:NameWord) RETURN w } AS words
DETACH DELETE e
WITH collect(aliases) AS aliases, collect(words) AS words
CALL (aliases) {
  UNWIND aliases AS some
  UNWIND some AS a
  WITH DISTINCT a
  WHERE NOT EXISTS { (a)-[:ALIAS_OF]->() }
  DELETE a
}
CALL (words) {
  UNWIND words AS some
  UNWIND some AS w
  WITH DISTINCT w
  ORDER BY w.key
  WITH w, COUNT { (w)<-[:NAME_WORD]-() } AS size
  FOREACH (_ IN CASE WHEN size = 0 THEN [1] ELSE [] END | DELETE w)
  FOREACH (_ IN CASE WHEN size > 0 THEN [1] ELSE [] END | SET w.size = size)
}
