// @name transfers
// @title Transfers
// @description Who supplied what to whom and when, according to whom, and what was denied: one
// @description row per SUPPLIED claim in which the entity is supplier, recipient or the item, oldest
// @description first (undated last).
// @param entity entity "North Korea" supplier, recipient or item, by any alias
// @param since date "" only relations dated in or after this date (YYYY, YYYY-MM or YYYY-MM-DD); "" for no bound
// @param until date "" only relations dated in or before this date; "" for no bound
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
// The claims of the SUPPLIED relationships at the entity, and those naming it as the item.
CALL (e) {
  MATCH (e)-[r:SUPPLIED]-(:Entity)
  UNWIND r.claim_ids AS claimID
  MATCH (c:Claim {id: claimID})
  RETURN c
  UNION
  MATCH (e)<-[:ITEM]-(c:Claim {type: 'SUPPLIED'})
  RETURN c
}
WITH DISTINCT c
WHERE ($since = '' AND $until = '') OR any(date IN c.dates WHERE ($since = '' OR (date IS NOT NULL AND date >= left($since, size(date))))
  AND ($until = '' OR (date IS NOT NULL AND left(date, size($until)) <= $until)))
MATCH (src:Entity {id: c.src})
MATCH (dst:Entity {id: c.dst})
OPTIONAL MATCH (c)-[:ITEM]->(item:Entity)
MATCH (c)-[:STATED_IN]->(s:Sentence)-[:IN_DOCUMENT]->(d:Document)
RETURN src.name AS supplier,
       dst.name AS recipient,
       item.name AS item,
       coalesce(c.dates, []) AS dates,
       c.polarity AS polarity,
       c.modality AS modality,
       c.attribution AS according_to,
       d.title AS document,
       s.text AS evidence
ORDER BY coalesce(c.dates[0], '9999'), supplier, recipient, item, polarity, c.id
