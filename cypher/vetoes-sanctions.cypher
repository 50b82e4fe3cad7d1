// @name vetoes-sanctions
// @title Vetoes and sanctions
// @description Every VETOED and SANCTIONED relation: who blocked or sanctioned what, when, with
// @description what polarity and modality, and the sentences that say so.
// @param since date "" only relations dated in or after this date (YYYY, YYYY-MM or YYYY-MM-DD); "" for no bound
// @param until date "" only relations dated in or before this date; "" for no bound
// @param evidence int 3 min=0 max=100 evidence sentences shown per relation
// @param limit int 200 min=1 max=100000 the most relations listed (oldest first, undated last)
// Dated relationships are read per type in (first_date, key) order from the indexes
// rel_vetoed_date and rel_sanctioned_date, undated ones (kg build marks them undated) in key
// order from rel_*_undated; each branch stops after $limit, so no branch reads the whole type.
// Order and cut on the relationship's own properties (its key names both ends) before reading
// any node: on a large graph that saves two node property reads per relation. A branch
// returns the index's own values (first_date, key) and its type as a literal, so merging the
// branches reads no property. Typed relationships join entities only (kg writes them between
// Entity nodes), so the ends are not label-checked. A relationship's sentence_ids are sorted
// and distinct (graph.aggregate) and each names a stored sentence, so the first $evidence of
// them are the evidence: a relationship stated in thousands of sentences reads three.
CALL () {
  MATCH ()-[r:VETOED]->()
  USING INDEX r:VETOED(first_date, key)
  WHERE r.first_date IS NOT NULL AND r.key IS NOT NULL
    AND (($since = '' AND $until = '') OR any(date IN r.dates WHERE ($since = '' OR (date IS NOT NULL AND date >= left($since, size(date))))
    AND ($until = '' OR (date IS NOT NULL AND left(date, size($until)) <= $until))))
  RETURN r, 'VETOED' AS relation, r.first_date AS first, r.key AS key ORDER BY r.first_date, r.key LIMIT $limit
  UNION ALL
  MATCH ()-[r:SANCTIONED]->()
  USING INDEX r:SANCTIONED(first_date, key)
  WHERE r.first_date IS NOT NULL AND r.key IS NOT NULL
    AND (($since = '' AND $until = '') OR any(date IN r.dates WHERE ($since = '' OR (date IS NOT NULL AND date >= left($since, size(date))))
    AND ($until = '' OR (date IS NOT NULL AND left(date, size($until)) <= $until))))
  RETURN r, 'SANCTIONED' AS relation, r.first_date AS first, r.key AS key ORDER BY r.first_date, r.key LIMIT $limit
  UNION ALL
  // Undated relationships have no date within any bound.
  MATCH ()-[r:VETOED]->()
  USING INDEX r:VETOED(undated, key)
  WHERE r.undated = CASE WHEN $since = '' AND $until = '' THEN true END AND r.key IS NOT NULL
  RETURN r, 'VETOED' AS relation, null AS first, r.key AS key ORDER BY r.undated, r.key LIMIT $limit
  UNION ALL
  // Undated relationships have no date within any bound.
  MATCH ()-[r:SANCTIONED]->()
  USING INDEX r:SANCTIONED(undated, key)
  WHERE r.undated = CASE WHEN $since = '' AND $until = '' THEN true END AND r.key IS NOT NULL
  RETURN r, 'SANCTIONED' AS relation, null AS first, r.key AS key ORDER BY r.undated, r.key LIMIT $limit
}
WITH r, relation, coalesce(first, '9999') AS first, key ORDER BY first, relation DESC, key LIMIT $limit
CALL (r) {
  MATCH (s:Sentence) WHERE s.id IN r.sentence_ids[..$evidence]
  WITH s ORDER BY s.id
  RETURN collect(s.text) AS evidence
}
WITH r, relation, first, key, evidence, endNode(r) AS b
RETURN startNode(r).name AS actor,
       relation,
       b.name AS target,
       b.type AS target_type,
       coalesce(r.dates, []) AS dates,
       r.asserted AS asserted,
       r.denied AS denied,
       r.modalities AS modalities,
       evidence
ORDER BY first, relation DESC, key
