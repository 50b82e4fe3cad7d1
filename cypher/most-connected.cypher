// @name most-connected
// @title Most connected entities
// @description Entities ranked by how many distinct entities they are related to over the typed
// @description relations, with their relation and claim totals.
// @param type string "" oneof=State|Person|Institution|Weapon|Place|Agreement only entities of this type ("" for all)
// @param limit int 20 min=1 max=1000 how many entities to list
// kg build keeps each entity's neighbours, degree (its typed relationships) and claims (their
// claim_count summed) up to date (graph/queries/entity_stats.cypher), indexed as entity_rank
// and entity_type_rank: each branch reads entities in index order and stops after $limit
// instead of counting every entity's relationships. An entity without typed relationships has
// no neighbours and is in neither index. One branch runs per call: the other's guard is false.
CALL () {
  MATCH (e:Entity)
  USING INDEX e:Entity(neighbours, claims)
  WHERE e.neighbours >= CASE WHEN $type = '' THEN 1 END AND e.claims IS NOT NULL
  RETURN e ORDER BY e.neighbours DESC, e.claims DESC, e.name LIMIT $limit
  UNION ALL
  MATCH (e:Entity)
  USING INDEX e:Entity(type, neighbours, claims)
  WHERE e.type = $type AND e.neighbours > 0 AND e.claims IS NOT NULL
  RETURN e ORDER BY e.type DESC, e.neighbours DESC, e.claims DESC, e.name LIMIT $limit
}
RETURN e.name AS entity, e.type AS type, e.neighbours AS neighbours, e.degree AS relations, e.claims AS claims
ORDER BY neighbours DESC, claims DESC, entity
