// Names the analyst gave (identity file, rename) and Wikidata ids from the gazetteer; a new
// name also becomes a lookup alias. Null fields leave the property as it is.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = coalesce(row.name, e.name), e.wikidata = coalesce(row.wikidata, e.wikidata)
WITH e, row
WHERE row.key IS NOT NULL
MERGE (a:Alias {key: row.key})
MERGE (a)-[:ALIAS_OF]->(e)
