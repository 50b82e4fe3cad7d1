// @name vetoes-sanctions
// @title Vetoes and sanctions
// @description Every VETOED and SANCTIONED relation: who blocked or sanctioned what, when, with
// @description what polarity and modality, and the sentences that say so.
// @param evidence int 3 min=0 max=100 evidence sentences shown per relation
// @param limit int 200 min=1 max=100000 the most relations listed (vetoes first, oldest first)
MATCH (a:Entity)-[r:VETOED|SANCTIONED]->(b:Entity)
// Order and cut on the relationship's own properties (its key names both ends) before reading
// any node: on a large graph that saves two node property reads per relation.
WITH a, r, b ORDER BY type(r) DESC, coalesce(r.first_date, '9999'), r.key LIMIT $limit
CALL (r) {
  MATCH (s:Sentence) WHERE s.id IN r.sentence_ids
  WITH s ORDER BY s.id
  RETURN collect(s.text)[..$evidence] AS evidence
}
RETURN a.name AS actor,
       type(r) AS relation,
       b.name AS target,
       b.type AS target_type,
       r.dates AS dates,
       r.asserted AS asserted,
       r.denied AS denied,
       r.modalities AS modalities,
       evidence
ORDER BY relation DESC, coalesce(r.first_date, '9999'), r.key
