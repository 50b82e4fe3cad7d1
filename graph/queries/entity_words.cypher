// Keeps the name words of the entities in $ids up to date: the blocking keys of the
// suspected-duplicates report. A name word is a word of four letters or more of an entity's
// name (lower case, without dots, hyphens read as spaces); entities of one type sharing a word
// are candidate duplicates. Each (type, word) is one NameWord node {key: type|word} linked
// from its entities (NAME_WORD), with size = how many entities it has, indexed
// (name_word_size), so the report reads the groups of 2 to 50 entities from that index
// instead of splitting every entity's name. The writer runs this for the entities it
// creates and SetEntityProps for those it renames (delete_entities recounts the words of
// the entities it deletes); RefreshEntityStats runs it for every entity. Changes are applied
// in key order, so concurrent writers lock NameWord nodes in one order.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, reduce(acc = [], w IN split(toLower(replace(replace(e.name, '.', ''), '-', ' ')), ' ') |
               CASE WHEN size(w) < 4 OR e.type + '|' + w IN acc THEN acc ELSE acc + (e.type + '|' + w) END) AS want
CALL (e) {
  OPTIONAL MATCH (e)-[:NAME_WORD]->(w:NameWord)
  RETURN collect(w.key) AS had
}
UNWIND [k IN want WHERE NOT k IN had | {key: k, e: e, add: true}] +
       [k IN had WHERE NOT k IN want | {key: k, e: e, add: false}] AS change
WITH change.key AS key, collect(change) AS changes
ORDER BY key
MERGE (w:NameWord {key: key})
  ON CREATE SET w.type = split(key, '|')[0], w.word = substring(key, size(split(key, '|')[0]) + 1)
WITH w, changes
CALL (w, changes) {
  UNWIND changes AS change
  WITH w, change, change.e AS e
  FOREACH (_ IN CASE WHEN change.add THEN [1] ELSE [] END | MERGE (e)-[:NAME_WORD]->(w))
  WITH w, change, e
  OPTIONAL MATCH (e)-[l:NAME_WORD]->(w)
  WHERE NOT change.add
  DELETE l
}
WITH w, COUNT { (w)<-[:NAME_WORD]-() } AS size
FOREACH (_ IN CASE WHEN size = 0 THEN [1] ELSE [] END | DELETE w)
FOREACH (_ IN CASE WHEN size > 0 THEN [1] ELSE [] END | SET w.size = size)
