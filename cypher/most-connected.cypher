// @name most-connected
// @title Most connected entities
// @description Entities ranked by how many distinct entities they are related to over the typed
// @description relations, with their relation and claim totals.
// @param type string "" oneof=State|Person|Institution|Weapon|Place|Agreement only entities of this type ("" for all)
// @param limit int 20 min=1 max=1000 how many entities to list
MATCH (e:Entity)
WHERE $type = '' OR e.type = $type
WITH e, COUNT { (e)-[:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-() } AS relations
WHERE relations > 0
WITH e, relations ORDER BY relations DESC, e.name LIMIT $limit * 4
// Distinct neighbours and claim totals cost more than a degree count, so compute them only
// for the candidates the degree ranking already kept.
CALL (e) {
  MATCH (e)-[r:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(n:Entity)
  RETURN count(DISTINCT n) AS neighbours, sum(r.claim_count) AS claims
}
RETURN e.name AS entity, e.type AS type, neighbours, relations, claims
ORDER BY neighbours DESC, claims DESC, entity
LIMIT $limit
