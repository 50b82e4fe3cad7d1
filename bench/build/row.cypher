// The graph writes of one relation row, shared by the naive loader (one row per transaction)
// and LOAD CSV (batched by the server): the document and sentence, both entities with their
// labels, two mentions, the Claim with its sentence, and the typed relationship with its
// aggregates updated in place (the same model as kg's writer).
MERGE (d:Document {id: row.doc_id})
MERGE (s:Sentence {id: row.sentence_id})
  ON CREATE SET s.doc_id = row.doc_id, s.index = toInteger(row.sentence_index), s.text = row.text
MERGE (s)-[:IN_DOCUMENT]->(d)
MERGE (a:Entity {id: row.src})
  ON CREATE SET a.type = row.src_type, a.name = row.src_name, a.aliases = [row.src_name]
MERGE (b:Entity {id: row.dst})
  ON CREATE SET b.type = row.dst_type, b.name = row.dst_name, b.aliases = [row.dst_name]
FOREACH (_ IN CASE WHEN row.src_type = 'State' THEN [1] ELSE [] END | SET a:State)
FOREACH (_ IN CASE WHEN row.src_type = 'Person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN row.src_type = 'Institution' THEN [1] ELSE [] END | SET a:Institution)
FOREACH (_ IN CASE WHEN row.dst_type = 'State' THEN [1] ELSE [] END | SET b:State)
FOREACH (_ IN CASE WHEN row.dst_type = 'Person' THEN [1] ELSE [] END | SET b:Person)
FOREACH (_ IN CASE WHEN row.dst_type = 'Institution' THEN [1] ELSE [] END | SET b:Institution)
CREATE (s)-[:MENTIONS {surface: row.src_name}]->(a)
CREATE (s)-[:MENTIONS {surface: row.dst_name}]->(b)
CREATE (c:Claim {id: row.claim_id, type: row.type, src: row.src, dst: row.dst, dates: [row.date],
  polarity: row.polarity, modality: row.modality, doc_id: row.doc_id, sentence_id: row.sentence_id,
  rel_key: row.rel_key})
CREATE (c)-[:STATED_IN]->(s)
FOREACH (_ IN CASE WHEN row.type = 'SUPPORTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPORTS {key: row.rel_key}]->(b)
    ON CREATE SET r.claim_count = 0, r.claim_ids = [], r.dates = [], r.sentence_ids = [], r.doc_ids = []
  SET r.claim_count = r.claim_count + 1, r.claim_ids = r.claim_ids + row.claim_id,
      r.dates = r.dates + row.date, r.sentence_ids = r.sentence_ids + row.sentence_id,
      r.doc_ids = CASE WHEN row.doc_id IN r.doc_ids THEN r.doc_ids ELSE r.doc_ids + row.doc_id END)
FOREACH (_ IN CASE WHEN row.type = 'CONDEMNED' THEN [1] ELSE [] END |
  MERGE (a)-[r:CONDEMNED {key: row.rel_key}]->(b)
    ON CREATE SET r.claim_count = 0, r.claim_ids = [], r.dates = [], r.sentence_ids = [], r.doc_ids = []
  SET r.claim_count = r.claim_count + 1, r.claim_ids = r.claim_ids + row.claim_id,
      r.dates = r.dates + row.date, r.sentence_ids = r.sentence_ids + row.sentence_id,
      r.doc_ids = CASE WHEN row.doc_id IN r.doc_ids THEN r.doc_ids ELSE r.doc_ids + row.doc_id END)
FOREACH (_ IN CASE WHEN row.type = 'MET_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:MET_WITH {key: row.rel_key}]->(b)
    ON CREATE SET r.claim_count = 0, r.claim_ids = [], r.dates = [], r.sentence_ids = [], r.doc_ids = []
  SET r.claim_count = r.claim_count + 1, r.claim_ids = r.claim_ids + row.claim_id,
      r.dates = r.dates + row.date, r.sentence_ids = r.sentence_ids + row.sentence_id,
      r.doc_ids = CASE WHEN row.doc_id IN r.doc_ids THEN r.doc_ids ELSE r.doc_ids + row.doc_id END)
FOREACH (_ IN CASE WHEN row.type = 'SANCTIONED' THEN [1] ELSE [] END |
  MERGE (a)-[r:SANCTIONED {key: row.rel_key}]->(b)
    ON CREATE SET r.claim_count = 0, r.claim_ids = [], r.dates = [], r.sentence_ids = [], r.doc_ids = []
  SET r.claim_count = r.claim_count + 1, r.claim_ids = r.claim_ids + row.claim_id,
      r.dates = r.dates + row.date, r.sentence_ids = r.sentence_ids + row.sentence_id,
      r.doc_ids = CASE WHEN row.doc_id IN r.doc_ids THEN r.doc_ids ELSE r.doc_ids + row.doc_id END)
