// One entity by id, for kg entities.
MATCH (e:Entity {id: $id})
RETURN e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases
