// Completes documents a parallel build wrote (graph/parallel.go): their hashes, which mark
// them written, and the end of kg_pending.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d += row.props
REMOVE d.kg_pending
