// @name visits
// @title Visits and meetings timeline
// @description Visits and meetings of an entity or of its officials, oldest first (undated last):
// @description one row per date, pair and polarity, with the evidence and documents behind it.
// @param entity entity "North Korea" the entity, by any alias; its officials are included
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
// The entity itself plus anyone who holds office in it: a visit by the foreign minister is
// a visit by the state for an analyst reading a timeline.
CALL (e) {
  RETURN e AS who
  UNION
  MATCH (who:Person)-[:OFFICIAL_OF]->(e)
  RETURN who
}
MATCH (who)<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE c.type IN ['VISITED', 'MET_WITH']
WITH DISTINCT c
MATCH (c)-[:SUBJECT]->(src:Entity)
MATCH (c)-[:OBJECT]->(dst:Entity)
MATCH (c)-[:STATED_IN]->(:Sentence)-[:IN_DOCUMENT]->(d:Document)
UNWIND CASE WHEN size(c.dates) = 0 THEN [null] ELSE c.dates END AS date
WITH date, c.type AS relation, src.name AS who, dst.name AS with_or_to, c.polarity AS polarity,
     collect(DISTINCT c.modality) AS modalities, collect(DISTINCT d.title) AS documents,
     collect(DISTINCT c.evidence) AS evidence
RETURN date, relation, who, with_or_to, polarity, modalities, evidence, documents
ORDER BY date IS NULL, date, relation, who, with_or_to, polarity
