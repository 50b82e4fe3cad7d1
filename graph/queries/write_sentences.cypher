MATCH (d:Document {id: $id})
UNWIND $rows AS row
CREATE (s:Sentence {id: row.id, doc_id: $id, index: row.index, text: row.text})-[:IN_DOCUMENT]->(d)
