// One Claim per extracted relation record, linked to its sentence and to its ends.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.props.sentence_id})
MATCH (a:Entity {id: row.props.src})
MATCH (b:Entity {id: row.props.dst})
CREATE (c:Claim)
SET c = row.props
CREATE (c)-[:STATED_IN]->(s)
CREATE (c)-[:SUBJECT]->(a)
CREATE (c)-[:OBJECT]->(b)
WITH c, row
WHERE row.props.item IS NOT NULL
MATCH (w:Entity {id: row.props.item})
CREATE (c)-[:ITEM]->(w)
