// The typed relationships the document's previous version contributed to, with how many of
// its claims each holds (the entity statistics are updated by the change in claim counts).
MATCH (c:Claim {doc_id: $id})
RETURN c.rel_key AS key, c.type AS type, c.src AS src, c.dst AS dst, count(c) AS claims
