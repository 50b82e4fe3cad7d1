// @name transfers
// @title Transfers
// @description Who supplied what to whom and when, according to whom, and what was denied: one
// @description row per SUPPLIED claim in which the entity is supplier, recipient or the item.
// @param entity entity "North Korea" supplier, recipient or item, by any alias
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
MATCH (e)<-[:SUBJECT|OBJECT|ITEM]-(c:Claim {type: 'SUPPLIED'})
WITH DISTINCT c
MATCH (c)-[:SUBJECT]->(src:Entity)
MATCH (c)-[:OBJECT]->(dst:Entity)
OPTIONAL MATCH (c)-[:ITEM]->(item:Entity)
MATCH (c)-[:STATED_IN]->(:Sentence)-[:IN_DOCUMENT]->(d:Document)
RETURN src.name AS supplier,
       dst.name AS recipient,
       item.name AS item,
       c.dates AS dates,
       c.polarity AS polarity,
       c.modality AS modality,
       c.attribution AS according_to,
       d.title AS document,
       c.evidence AS evidence
ORDER BY supplier, recipient, coalesce(c.dates[0], '9999'), item, polarity, c.id
