// @name timeline
// @title Timeline
// @description The dated relations of an entity in date order: one row per date, relation, pair
// @description and polarity, with the modalities, evidence sentences and documents behind it.
// @description A date keeps the precision the text gave ("2024", "2024-06", "2024-06-19").
// @param entity entity "North Korea" the entity, by any alias
// @param since date "" only dates in or after this one (YYYY, YYYY-MM or YYYY-MM-DD); "" for no bound
// @param until date "" only dates in or before this one; "" for no bound
// @param evidence int 3 min=0 max=100 evidence sentences shown per row
// @param limit int 500 min=1 max=100000 the most rows listed
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
// Typed relationships join entities only (kg writes them between Entity nodes), so the other
// end is not label-checked; undated relationships hold no dated claim.
MATCH (e)-[r:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-()
WHERE size(r.dates) > 0
UNWIND r.claim_ids AS claimID
MATCH (c:Claim {id: claimID})
WITH DISTINCT c
UNWIND c.dates AS date
// A bound compares at the coarser of the two precisions: "2024" is in since "2024-06".
WITH c, date
WHERE ($since = '' OR date >= left($since, size(date)))
  AND ($until = '' OR left(date, size($until)) <= $until)
MATCH (src:Entity {id: c.src})
MATCH (dst:Entity {id: c.dst})
MATCH (c)-[:STATED_IN]->(s:Sentence)-[:IN_DOCUMENT]->(d:Document)
WITH date, c, src, dst, s, d ORDER BY d.published, d.id, s.index
WITH date, c.type AS relation, src.name AS subject, dst.name AS object, c.polarity AS polarity,
     collect(DISTINCT c.modality) AS modalities, collect(DISTINCT s.text) AS sentences,
     collect(DISTINCT d.title) AS documents
RETURN date, relation, subject, object, polarity, modalities, sentences[..$evidence] AS evidence, documents
ORDER BY date, relation, subject, object, polarity
LIMIT $limit
