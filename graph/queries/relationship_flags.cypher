// Sets contested and undated on every stored typed relationship as graph.aggregate would
// (ApplySchema runs it once, when it creates the indexes that read them, for a graph written
// before they existed). Typed relationships are the ones between entities with a key.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.key IS NOT NULL
CALL (r) {
  SET r.contested = CASE WHEN r.asserted > 0 AND r.denied > 0 THEN true END,
      r.undated = CASE WHEN r.first_date IS NULL THEN true END
} IN TRANSACTIONS OF 10000 ROWS
