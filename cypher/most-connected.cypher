// @name most-connected
// @title Most connected entities
// @description Entities ranked by how many distinct entities they are related to over the typed
// @description relations, with their relation and claim totals.
// @param type string "" oneof=State|Person|Institution|Weapon|Place|Agreement only entities of this type ("" for all)
// @param limit int 20 min=1 max=1000 how many entities to list
// kg build keeps each entity's degree (its typed relationships) and claims (their claim_count
// summed) up to date, indexed as entity_degree and entity_type_degree: the candidates are read
// in degree order and the read stops after $limit * 4, instead of counting every entity's
// relationships. One branch runs per call: the all-types one is switched off inside its seek
// bound when a type is given (a filter above the seek would read the whole index), and no
// entity has the type ''. An entity without typed relationships is in neither index.
CALL () {
  MATCH (e:Entity)
  USING INDEX e:Entity(degree)
  WHERE e.degree >= CASE WHEN $type = '' THEN 1 END
  RETURN e ORDER BY e.degree DESC, e.name LIMIT $limit * 4
  UNION ALL
  MATCH (e:Entity)
  USING INDEX e:Entity(type, degree)
  WHERE e.type = $type AND e.degree >= 1
  RETURN e ORDER BY e.type DESC, e.degree DESC, e.name LIMIT $limit * 4
}
// Distinct neighbours cost more than a degree, so count them only for the candidates the
// degree ranking kept.
CALL (e) {
  MATCH (e)-[:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(n:Entity)
  RETURN count(DISTINCT n) AS neighbours
}
RETURN e.name AS entity, e.type AS type, neighbours, e.degree AS relations, e.claims AS claims
ORDER BY neighbours DESC, claims DESC, entity
LIMIT $limit
