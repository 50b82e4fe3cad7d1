// Recomputes the ranking properties of entities whose typed relationships changed, from the
// relationships themselves: degree (typed relationships at the entity, both directions),
// neighbours (distinct entities at their other ends) and claims (the sum of their
// claim_count). The most-connected report reads them through the indexes entity_rank and
// entity_type_rank instead of counting every entity's relationships. An entity without typed
// relationships has none of the three (null, so it is not in those indexes).
// RefreshEntityStats runs this over the whole graph (after a bulk load, or when ApplySchema
// creates the indexes on an older graph); the writer applies each write's change instead
// (entity_stats_delta), and the tests check both give the same.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(n:Entity)
  RETURN count(r) AS degree, count(DISTINCT n) AS neighbours, sum(r.claim_count) AS claims
}
// sum() of no rows is 0, so an entity left without relationships compares as [0, 0, 0].
WITH e, degree, neighbours, claims
WHERE [coalesce(e.degree, 0), coalesce(e.neighbours, 0), coalesce(e.claims, 0)] <> [degree, neighbours, claims]
SET e.degree = CASE WHEN degree > 0 THEN degree END,
    e.neighbours = CASE WHEN degree > 0 THEN neighbours END,
    e.claims = CASE WHEN degree > 0 THEN claims END
