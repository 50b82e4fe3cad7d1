// Applies the change a write made to the ranking properties of entities (see entity_stats):
// per entity the change in degree and claims, which the writer knows from the claim counts of
// the relationships it wrote, merged or deleted, so nothing but the entity is read. Entities
// left without typed relationships lose both properties (null).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH e, coalesce(e.degree, 0) + row.degree AS degree, coalesce(e.claims, 0) + row.claims AS claims
SET e.degree = CASE WHEN degree > 0 THEN degree END,
    e.claims = CASE WHEN degree > 0 THEN claims END
