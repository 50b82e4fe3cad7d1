// Entities the document's previous version mentioned or made claims about (a claim's ends and
// item are entity ids on the Claim).
MATCH (:Sentence {doc_id: $id})-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.id AS id
UNION
MATCH (c:Claim {doc_id: $id})
UNWIND [c.src, c.dst, c.item] AS id
WITH id WHERE id IS NOT NULL
RETURN DISTINCT id
