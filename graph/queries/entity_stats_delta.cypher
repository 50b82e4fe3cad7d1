// Applies the change a write made to the ranking properties of entities (see entity_stats):
// per entity the change in degree, claims and neighbours, which the writer knows from the
// claim counts of the relationships it wrote, merged or deleted and from pair_links, so
// nothing but the entity is read. Entities left without typed relationships lose all three
// (null).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH e, row, coalesce(e.degree, 0) + row.degree AS degree
SET e.degree = CASE WHEN degree > 0 THEN degree END,
    e.claims = CASE WHEN degree > 0 THEN coalesce(e.claims, 0) + row.claims END,
    e.neighbours = CASE WHEN degree > 0 THEN coalesce(e.neighbours, 0) + row.neighbours END
