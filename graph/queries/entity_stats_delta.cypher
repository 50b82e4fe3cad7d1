// Applies the change a write made to the ranking properties of entities (see entity_stats):
// per entity the change in degree and claims, which the writer knows from the claim counts of
// the relationships it wrote, merged or deleted, and the other ends of relationships it
// created or deleted (change: created minus deleted between the two). A pair's relationships
// now, less that change, are what it had before; neighbours change where one of the two is
// zero. Each entity is one row, so every property is read and written once. Entities left
// without typed relationships lose the three properties (null).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
CALL (e, row) {
  UNWIND row.pairs AS p
  MATCH (o:Entity {id: p.other})
  WITH p, COUNT { (e)-[:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(o) } AS now
  RETURN sum(CASE WHEN now > 0 THEN 1 ELSE 0 END - CASE WHEN now - p.change > 0 THEN 1 ELSE 0 END) AS neighbours
}
WITH e, coalesce(e.degree, 0) + row.degree AS degree, coalesce(e.neighbours, 0) + neighbours AS neighbours,
     coalesce(e.claims, 0) + row.claims AS claims
SET e.degree = CASE WHEN degree > 0 THEN degree END,
    e.neighbours = CASE WHEN degree > 0 THEN neighbours END,
    e.claims = CASE WHEN degree > 0 THEN claims END
