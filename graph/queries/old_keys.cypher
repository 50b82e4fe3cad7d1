// The typed relationships the document's previous version contributed to.
MATCH (c:Claim {doc_id: $id})
RETURN DISTINCT c.rel_key AS key, c.type AS type, c.src AS src, c.dst AS dst
