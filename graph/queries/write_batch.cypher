// Writes a batch's part of the graph in one round trip: document properties, sentences,
// the aliases of entities that are new or gained surface forms, mentions, claims and the typed
// relationships the batch touches. Entities exist and are locked (merge_entities ran first).
//
// Rows refer to entities and sentences by their position in $entity_ids and $sentences: each
// entity is looked up once per statement and each sentence is in hand once created, instead of
// an index seek for every mention, claim and relationship end (most of a batch's reads).
CALL {
  UNWIND range(0, size($entity_ids) - 1) AS i
  MATCH (e:Entity {id: $entity_ids[i]})
  WITH i, e ORDER BY i
  RETURN collect(e) AS ents
}
// Every position must name a stored entity; a shorter list would misplace every later row.
WITH ents WHERE size(ents) = size($entity_ids)
CALL {
  UNWIND range(0, size($docs) - 1) AS i
  MATCH (d:Document {id: $docs[i].id})
  SET d = $docs[i].props
  WITH i, d ORDER BY i
  RETURN collect(d) AS docs
}
CALL (docs) {
  UNWIND range(0, size($sentences) - 1) AS i
  WITH i, $sentences[i] AS row
  WITH i, row, docs[row.d] AS d
  CREATE (s:Sentence {id: row.id, doc_id: row.doc_id, index: row.index, text: row.text})-[:IN_DOCUMENT]->(d)
  WITH i, s ORDER BY i
  RETURN collect(s) AS created
}
// Sentences a replaced document keeps (same id): updated in place, never deleted and created
// again, so a reader meanwhile sees the old text or the new. Their positions follow the
// created ones. A row without text only names its sentence (a parallel build links the
// sentences it wrote in an earlier transaction): the comparison is null and sets nothing.
CALL {
  UNWIND range(0, size($kept_sentences) - 1) AS i
  WITH i, $kept_sentences[i] AS row
  MATCH (s:Sentence {id: row.id})
  CALL (s, row) {
    WITH * WHERE s.text <> row.text OR s.index <> row.index
    SET s.text = row.text, s.index = row.index
  }
  WITH i, s ORDER BY i
  RETURN collect(s) AS kept
}
WITH ents, docs, created + kept AS sents
// Adds surface forms to each entity's aliases (kept sorted and distinct, so the result does
// not depend on the order documents are written) and links its lookup keys.
CALL (ents) {
  UNWIND $aliases AS row
  WITH ents[row.e] AS e, row
  CALL (e, row) {
    UNWIND coalesce(e.aliases, []) + row.surfaces AS s
    WITH DISTINCT s
    ORDER BY s
    RETURN collect(s) AS aliases
  }
  // No property for no aliases: kg stores no empty list (the importer cannot hold one).
  SET e.aliases = CASE WHEN size(aliases) > 0 THEN aliases END
  WITH e, row
  UNWIND row.keys AS key
  MERGE (a:Alias {key: key})
  MERGE (a)-[:ALIAS_OF]->(e)
}
CALL (ents, sents) {
  UNWIND $mentions AS row
  WITH sents[row.s] AS s, ents[row.e] AS e, row
  // coref is true for an anaphor and absent (null) otherwise.
  CREATE (s)-[:MENTIONS {surface: row.surface, start: row.start, end: row.end, coref: row.coref}]->(e)
}
// One Claim per extracted relation record, linked to its sentence (whose text is its evidence)
// and to its item. Its ends are c.src and c.dst, and the typed relationship between them lists
// it in claim_ids: links to them would double the relationships a build writes per claim.
// New nodes and relationships take their properties with +=: = would first look for
// properties to remove.
// Claims a replaced document keeps (same id, so the same statement of the same sentence)
// stay, with their links; only properties outside the id (the rule that fired) may change.
CALL {
  UNWIND $kept_claims AS props
  MATCH (c:Claim {id: props.id})
  SET c += props
}
CALL (ents, sents) {
  UNWIND $claims AS row
  WITH sents[row.s] AS s, ents[row.w] AS w, row
  CREATE (c:Claim)
  SET c += row.props
  CREATE (c)-[:STATED_IN]->(s)
  WITH c, w
  WHERE w IS NOT NULL
  CREATE (c)-[:ITEM]->(w)
}
// Items of claims written by an earlier transaction (a parallel build writes claims with
// their documents, and links them to their items with the items' other rows).
CALL (ents) {
  UNWIND $items AS row
  MATCH (c:Claim {id: row.c})
  WITH c, ents[row.w] AS w
  CREATE (c)-[:ITEM]->(w)
}
// Typed relationships, one per (src, type, dst), with aggregates computed from all their
// claims. Keys no relationship has yet are created (no other document's claim stands behind
// them and both ends are locked, so none can appear meanwhile); the others are merged on
// their key. $created and $merged list rows by type, one subquery per schema relation type,
// so the type is never taken from input text. One list per type rather than one list with
// a CASE per type: that form ran every row through fourteen FOREACH cases, each behind an
// Eager buffer of all the rows; 2,000 relationships in one transaction took the server 0.67 s
// of CPU that way and 0.48 s this way (bench/README.md, "server work per relation").
CALL (ents) { UNWIND $created.VISITED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:VISITED]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.MET_WITH AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:MET_WITH]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.VETOED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:VETOED]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.SUPPLIED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:SUPPLIED]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.SUPPORTS AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:SUPPORTS]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.CONDEMNED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:CONDEMNED]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.SANCTIONED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:SANCTIONED]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.ATTACKED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:ATTACKED]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.OFFICIAL_OF AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:OFFICIAL_OF]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.MEMBER_OF AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:MEMBER_OF]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.ALLY_OF AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:ALLY_OF]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.LAUNCHED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:LAUNCHED]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.SIGNED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:SIGNED]->(b) SET r += row.props }
CALL (ents) { UNWIND $created.DEPLOYED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row CREATE (a)-[r:DEPLOYED]->(b) SET r += row.props }
CALL (ents) { UNWIND $merged.VISITED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:VISITED {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.MET_WITH AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:MET_WITH {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.VETOED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:VETOED {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.SUPPLIED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:SUPPLIED {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.SUPPORTS AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:SUPPORTS {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.CONDEMNED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:CONDEMNED {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.SANCTIONED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:SANCTIONED {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.ATTACKED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:ATTACKED {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.OFFICIAL_OF AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:OFFICIAL_OF {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.MEMBER_OF AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:MEMBER_OF {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.ALLY_OF AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:ALLY_OF {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.LAUNCHED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:LAUNCHED {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.SIGNED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:SIGNED {key: row.key}]->(b) SET r = row.props }
CALL (ents) { UNWIND $merged.DEPLOYED AS row WITH ents[row.a] AS a, ents[row.b] AS b, row MERGE (a)-[r:DEPLOYED {key: row.key}]->(b) SET r = row.props }
RETURN count(*) AS done
