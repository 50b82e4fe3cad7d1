UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence_id})
MATCH (e:Entity {id: row.entity_id})
CREATE (s)-[:MENTIONS {surface: row.surface, start: row.start, end: row.end}]->(e)
