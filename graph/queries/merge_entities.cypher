// Creates missing entities and write-locks every entity the document touches, in id order
// (callers sort the rows) so that concurrent builds lock in one order. Rows with an empty type
// only lock (entities of the previous version, which exist). Labels come from a fixed list of
// cases, one per schema type, never from input text.
//
// Under those locks it also returns what the writer needs to decide the rest without another
// round trip: per entity whether it is new and its stored name and aliases (an entity whose
// aliases already hold all of the document's surface forms needs no alias write); the claims
// of documents OTHER than those being written behind the relationship keys in $keys, whose
// aggregates are recomputed from those plus the documents' own claims (relationships a
// replaced or removed version touched, and OFFICIAL_OF); and the stored properties of the
// relationships in $rels (key and type), which only gain the documents' own claims, so their
// aggregates are the stored ones plus those claims. Reading properties instead of every
// claim keeps a document's cost flat as the relationships it touches gather claims.
CALL {
  UNWIND $rows AS row
  MERGE (e:Entity {id: row.id})
    ON CREATE SET e.type = row.type, e.name = row.name, e.kg_lock = 'new'
    ON MATCH SET e.kg_lock = 'old'
  WITH e, row, e.kg_lock = 'new' AS created
  REMOVE e.kg_lock
  FOREACH (_ IN CASE WHEN row.type = 'State' THEN [1] ELSE [] END | SET e:State)
  FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
  FOREACH (_ IN CASE WHEN row.type = 'Institution' THEN [1] ELSE [] END | SET e:Institution)
  FOREACH (_ IN CASE WHEN row.type = 'Weapon' THEN [1] ELSE [] END | SET e:Weapon)
  FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
  FOREACH (_ IN CASE WHEN row.type = 'Agreement' THEN [1] ELSE [] END | SET e:Agreement)
  RETURN collect({id: e.id, created: created, name: e.name, aliases: e.aliases}) AS entities
}
// Importing entities makes this run after the locks above are taken.
CALL (entities) {
  UNWIND $keys AS key
  MATCH (c:Claim {rel_key: key})
  WHERE NOT c.doc_id IN $ids
  RETURN collect({key: key, id: c.id, dates: c.dates, item: c.item, role: c.role, polarity: c.polarity,
                  modality: c.modality, sentence_id: c.sentence_id, doc_id: c.doc_id, past: c.past,
                  role_key: c.role_key}) AS claims
}
// Each relationship by its type's key constraint (an index seek); $rels lists keys by type.
CALL (entities) {
  CALL {
    UNWIND $rels.VISITED AS key MATCH ()-[r:VISITED {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.MET_WITH AS key MATCH ()-[r:MET_WITH {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.VETOED AS key MATCH ()-[r:VETOED {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.SUPPLIED AS key MATCH ()-[r:SUPPLIED {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.SUPPORTS AS key MATCH ()-[r:SUPPORTS {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.CONDEMNED AS key MATCH ()-[r:CONDEMNED {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.SANCTIONED AS key MATCH ()-[r:SANCTIONED {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.ATTACKED AS key MATCH ()-[r:ATTACKED {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.OFFICIAL_OF AS key MATCH ()-[r:OFFICIAL_OF {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.MEMBER_OF AS key MATCH ()-[r:MEMBER_OF {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.ALLY_OF AS key MATCH ()-[r:ALLY_OF {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.LAUNCHED AS key MATCH ()-[r:LAUNCHED {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.SIGNED AS key MATCH ()-[r:SIGNED {key: key}]->() RETURN r
    UNION ALL UNWIND $rels.DEPLOYED AS key MATCH ()-[r:DEPLOYED {key: key}]->() RETURN r
  }
  RETURN collect({key: r.key, props: properties(r)}) AS rels
}
RETURN entities, claims, rels
