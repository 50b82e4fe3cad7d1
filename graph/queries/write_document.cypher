// Writes the documents' own part of the graph in one round trip: their properties, sentences,
// the aliases of entities that gained surface forms (or are new), mentions and claims.
// Sentences come first: mentions and claims link to them. Entities exist and are locked
// (merge_entities ran before).
CALL {
  UNWIND $docs AS doc
  MATCH (d:Document {id: doc.id})
  SET d = doc.props
}
CALL {
  UNWIND $sentences AS row
  MATCH (d:Document {id: row.doc_id})
  CREATE (s:Sentence {id: row.id, doc_id: row.doc_id, index: row.index, text: row.text})-[:IN_DOCUMENT]->(d)
}
// Adds surface forms to each entity's aliases (kept sorted and distinct, so the result does
// not depend on the order documents are written) and links its lookup keys.
CALL {
  UNWIND $aliases AS row
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
}
CALL {
  UNWIND $mentions AS row
  MATCH (s:Sentence {id: row.sentence_id})
  MATCH (e:Entity {id: row.entity_id})
  CREATE (s)-[:MENTIONS {surface: row.surface, start: row.start, end: row.end}]->(e)
}
// One Claim per extracted relation record, linked to its sentence and to its ends.
CALL {
  UNWIND $claims AS props
  MATCH (s:Sentence {id: props.sentence_id})
  MATCH (a:Entity {id: props.src})
  MATCH (b:Entity {id: props.dst})
  CREATE (c:Claim)
  SET c = props
  CREATE (c)-[:STATED_IN]->(s)
  CREATE (c)-[:SUBJECT]->(a)
  CREATE (c)-[:OBJECT]->(b)
  WITH c, props
  WHERE props.item IS NOT NULL
  MATCH (w:Entity {id: props.item})
  CREATE (c)-[:ITEM]->(w)
}
RETURN count(*) AS done
