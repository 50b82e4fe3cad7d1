// The typed relationships the document's previous version contributed to (the writer
// recomputes or trims their aggregates, and the entity statistics from their claim counts).
MATCH (c:Claim {doc_id: $id})
RETURN DISTINCT c.rel_key AS key, c.type AS type, c.src AS src, c.dst AS dst
