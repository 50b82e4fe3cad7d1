// Entities the document's previous version mentioned or made claims about.
MATCH (:Sentence {doc_id: $id})-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.id AS id
UNION
MATCH (:Claim {doc_id: $id})-[:SUBJECT|OBJECT|ITEM]->(e:Entity)
RETURN DISTINCT e.id AS id
