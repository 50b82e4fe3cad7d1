// Creates missing entities and write-locks every entity the document touches, in id order
// (callers sort the rows) so that concurrent builds lock in one order. Rows with an empty type
// only lock (entities of the previous version, which exist). Labels come from a fixed list of
// cases, one per schema type, never from input text.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.type = row.type, e.name = row.name, e.aliases = []
SET e.kg_lock = true
REMOVE e.kg_lock
FOREACH (_ IN CASE WHEN row.type = 'State' THEN [1] ELSE [] END | SET e:State)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Institution' THEN [1] ELSE [] END | SET e:Institution)
FOREACH (_ IN CASE WHEN row.type = 'Weapon' THEN [1] ELSE [] END | SET e:Weapon)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
FOREACH (_ IN CASE WHEN row.type = 'Agreement' THEN [1] ELSE [] END | SET e:Agreement)
