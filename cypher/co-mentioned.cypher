// @name co-mentioned
// @title Co-mentioned entities
// @description Entities mentioned in the same sentences as one entity, ranked by how many
// @description sentences they share, with an example sentence.
// @param entity entity "North Korea" the entity, by any alias
// @param limit int 20 min=1 max=1000 how many entities to list
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
MATCH (e)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(o:Entity)
WHERE o <> e
WITH e, o, s ORDER BY s.id
WITH e, o, collect(DISTINCT s) AS sentences, count(DISTINCT s.doc_id) AS documents
RETURN e.name AS entity,
       o.name AS co_mentioned,
       o.type AS type,
       size(sentences) AS sentences,
       documents,
       sentences[0].text AS example
ORDER BY sentences DESC, co_mentioned
LIMIT $limit
