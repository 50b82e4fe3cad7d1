// Takes the write locks of the documents (MERGE on the constrained id, then a property write)
// before anything is read, so two builds of the same document run one after the other and
// the second sees what the first committed. Callers sort the ids: concurrent batches lock in
// one order. kg_pending marks a document a parallel build wrote in part (graph/parallel.go):
// it is completed like a replaced version.
UNWIND $ids AS id
MERGE (d:Document {id: id})
SET d.kg_lock = true
REMOVE d.kg_lock
RETURN id, d.sha256 AS sha256, d.graph_sha256 AS graph_sha256, d.kg_pending = true AS pending
