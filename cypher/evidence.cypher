// @name evidence
// @title Evidence by document
// @description Which documents support which relations of an entity: one row per relation and
// @description document, with the claims' polarity and modality and the sentences themselves.
// @param entity entity "North Korea" the entity, by any alias
// @param relation string "" oneof=VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED only this relation type ("" for all)
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
MATCH (e)-[r:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(:Entity)
WHERE $relation = '' OR type(r) = $relation
UNWIND r.claim_ids AS claimID
MATCH (c:Claim {id: claimID})
WITH DISTINCT c
MATCH (src:Entity {id: c.src})
MATCH (dst:Entity {id: c.dst})
MATCH (c)-[:STATED_IN]->(s:Sentence)-[:IN_DOCUMENT]->(d:Document)
WITH src, c.type AS relation, dst, d, c, s ORDER BY s.index
RETURN src.name AS src,
       relation,
       dst.name AS dst,
       d.title AS document,
       d.source AS source,
       d.published AS published,
       count(c) AS claims,
       collect(DISTINCT c.polarity) AS polarities,
       collect(DISTINCT c.modality) AS modalities,
       collect(DISTINCT s.text) AS sentences
ORDER BY src, relation, dst, published, document
