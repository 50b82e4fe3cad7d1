// @name visits
// @title Visits and meetings timeline
// @description Visits and meetings of an entity or of its officials, oldest first (undated last, and
// @description left out when since or until is given):
// @description one row per date, pair and polarity, with the evidence and documents behind it.
// @param entity entity "North Korea" the entity, by any alias; its officials are included
// @param since date "" only relations dated in or after this date (YYYY, YYYY-MM or YYYY-MM-DD); "" for no bound
// @param until date "" only relations dated in or before this date; "" for no bound
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
MATCH (who)-[r:VISITED|MET_WITH]-(:Entity)
UNWIND r.claim_ids AS claimID
MATCH (c:Claim {id: claimID})
WITH DISTINCT c
MATCH (src:Entity {id: c.src})
MATCH (dst:Entity {id: c.dst})
MATCH (c)-[:STATED_IN]->(s:Sentence)-[:IN_DOCUMENT]->(d:Document)
// Evidence and documents in reading order.
WITH c, src, dst, s, d ORDER BY d.published, d.id, s.index
UNWIND CASE WHEN size(coalesce(c.dates, [])) = 0 THEN [null] ELSE c.dates END AS date
// A bound compares at the coarser of the two precisions: "2024" is in since "2024-06".
WITH c, src, dst, s, d, date
WHERE ($since = '' OR (date IS NOT NULL AND date >= left($since, size(date))))
  AND ($until = '' OR (date IS NOT NULL AND left(date, size($until)) <= $until))
WITH date, c.type AS relation, src.name AS who, dst.name AS with_or_to, c.polarity AS polarity,
     collect(DISTINCT c.modality) AS modalities, collect(DISTINCT d.title) AS documents,
     collect(DISTINCT s.text) AS evidence
RETURN date, relation, who, with_or_to, polarity, modalities, evidence, documents
ORDER BY date IS NULL, date, relation, who, with_or_to, polarity
