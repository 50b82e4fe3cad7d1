// @name officials
// @title Officials and roles
// @description Officials of a state or institution with their roles, or, for a person, the
// @description offices they hold, with the sentences that name the role.
// @param entity entity "Russia" a state, institution or person, by any alias
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
MATCH (e)-[r:OFFICIAL_OF]-(:Entity)
WITH DISTINCT r
MATCH (p:Entity)-[r]->(org:Entity)
CALL (r) {
  MATCH (s:Sentence) WHERE s.id IN r.sentence_ids
  WITH s ORDER BY s.id
  RETURN collect(s.text)[..3] AS evidence
}
RETURN p.name AS official,
       r.roles AS roles,
       org.name AS of,
       org.type AS of_type,
       r.claim_count AS claims,
       evidence
ORDER BY of, official
