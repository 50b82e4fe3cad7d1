// @name most-connected
// @title Most connected entities
// @description Entities ranked by how many distinct entities they are related to over the typed
// @description relations, with their relation and claim totals.
// @param type string "" oneof=State|Person|Institution|Weapon|Place|Agreement only entities of this type ("" for all)
// @param limit int 20 min=1 max=1000 how many entities to list
// kg build keeps each entity's neighbours (distinct entities it has typed relationships
// with), degree (its typed relationships) and claims (their claim_count summed) up to date,
// neighbours indexed as entity_neighbours and entity_type_neighbours: the entities are read
// in neighbours order and the read stops after $limit and the ties at the cut, instead of
// counting every entity's relationships. One branch runs per call: the all-types one is
// switched off inside its seek bound when a type is given (a filter above the seek would read
// the whole index), and no entity has the type ''. An entity without typed relationships is
// in neither index.
CALL () {
  MATCH (e:Entity)
  USING INDEX e:Entity(neighbours)
  WHERE e.neighbours >= CASE WHEN $type = '' THEN 1 END
  RETURN e ORDER BY e.neighbours DESC, e.claims DESC, e.name LIMIT $limit
  UNION ALL
  MATCH (e:Entity)
  USING INDEX e:Entity(type, neighbours)
  WHERE e.type = $type AND e.neighbours >= 1
  RETURN e ORDER BY e.type DESC, e.neighbours DESC, e.claims DESC, e.name LIMIT $limit
}
RETURN e.name AS entity, e.type AS type, e.neighbours AS neighbours, e.degree AS relations, e.claims AS claims
ORDER BY neighbours DESC, claims DESC, entity
LIMIT $limit
