// @name entity-profile
// @title Entity profile
// @description Every relation of one entity, in both directions: the other end, dates, polarity
// @description (asserted / denied claim counts), modality and the sentences that state it; oldest
// @description first, undated last.
// @param entity entity "North Korea" the entity, by any alias ("DPRK", "Lavrov", "state:PRK")
// @param since date "" only relations dated in or after this date (YYYY, YYYY-MM or YYYY-MM-DD); "" for no bound
// @param until date "" only relations dated in or before this date; "" for no bound
// @param evidence int 3 min=0 max=100 evidence sentences shown per relation
// Alias keys are lower-case, without dots, with single spaces (`kg report run` collapses
// runs of spaces before sending the param); the same normalisation here lets "D.P.R.K." find "dprk".
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
// Typed relationships join entities only (kg writes them between Entity nodes), so the other
// end is not label-checked; the entity's name is read once, not once per relation.
WITH e, e.name AS entity
MATCH (e)-[r:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(other)
WHERE ($since = '' AND $until = '') OR any(date IN r.dates WHERE ($since = '' OR (date IS NOT NULL AND date >= left($since, size(date))))
  AND ($until = '' OR (date IS NOT NULL AND left(date, size($until)) <= $until)))
// A relationship's sentence_ids are sorted and distinct (graph.aggregate) and each names a
// stored sentence, so the first $evidence of them are the evidence: a relationship stated in
// thousands of sentences reads three.
CALL (r) {
  MATCH (s:Sentence) WHERE s.id IN r.sentence_ids[..$evidence]
  WITH s ORDER BY s.id
  RETURN collect(s.text) AS evidence
}
RETURN entity,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation,
       other.name AS other,
       other.type AS other_type,
       coalesce(r.dates, []) AS dates,
       coalesce(r.items, []) AS items,
       coalesce(r.roles, []) AS roles,
       r.asserted AS asserted,
       r.denied AS denied,
       r.modalities AS modalities,
       r.claim_count AS claims,
       evidence
// dates are sorted (graph.aggregate), so dates[0] is first_date, read from the cached list.
ORDER BY coalesce(r.dates[0], '9999'), relation, direction, other
