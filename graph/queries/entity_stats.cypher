// Recomputes the ranking properties of entities from their typed relationships: degree (how
// many, both directions), claims (their claim_count summed) and neighbours (how many distinct
// entities they link it to). The most-connected report reads them through the indexes
// entity_neighbours and entity_type_neighbours instead of counting every entity's
// relationships. An entity without typed relationships has none of them (null, so it is not
// in those indexes). RefreshEntityStats runs this over the whole graph (after a bulk load, or
// when ApplySchema creates the indexes on an older graph); the writer applies each write's
// change instead (entity_stats_delta), and the tests check both give the same.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(n)
  RETURN count(r) AS degree, sum(r.claim_count) AS claims, count(DISTINCT n) AS neighbours
}
// sum() of no rows is 0, so an entity left without relationships compares as [0, 0, 0].
WITH e, degree, claims, neighbours
WHERE [coalesce(e.degree, 0), coalesce(e.claims, 0), coalesce(e.neighbours, 0)] <> [degree, claims, neighbours]
SET e.degree = CASE WHEN degree > 0 THEN degree END,
    e.claims = CASE WHEN degree > 0 THEN claims END,
    e.neighbours = CASE WHEN degree > 0 THEN neighbours END
