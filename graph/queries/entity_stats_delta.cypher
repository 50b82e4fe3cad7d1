// Applies the change a write made to the ranking properties of entities (see entity_stats):
// per entity the change in degree and claims, which the writer knows from the claim counts of
// the relationships it wrote, merged or deleted, and, in $pairs, the pairs of entities that
// gained or lost relationships (change: created minus deleted) without the writer knowing
// whether they were related before. A pair's relationships now, less that change, are what
// it had before; its ends' neighbours change where one of the two is zero. Each pair is
// counted once (rows name theirs by position) and each entity is one row, so every property
// is read and written once. Entities left without typed relationships lose the three
// properties (null).
CALL {
  UNWIND range(0, size($pairs) - 1) AS i
  WITH i, $pairs[i] AS p
  MATCH (a:Entity {id: p.a})
  MATCH (b:Entity {id: p.b})
  WITH i, p, COUNT { (a)-[:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(b) } AS now
  ORDER BY i
  RETURN collect(CASE WHEN now > 0 THEN 1 ELSE 0 END - CASE WHEN now - p.change > 0 THEN 1 ELSE 0 END) AS changes
}
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH e, coalesce(e.degree, 0) + row.degree AS degree,
     coalesce(e.neighbours, 0) + reduce(n = 0, i IN row.pairs | n + changes[i]) AS neighbours,
     coalesce(e.claims, 0) + row.claims AS claims
SET e.degree = CASE WHEN degree > 0 THEN degree END,
    e.neighbours = CASE WHEN degree > 0 THEN neighbours END,
    e.claims = CASE WHEN degree > 0 THEN claims END
