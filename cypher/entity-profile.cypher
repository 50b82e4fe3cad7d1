// @name entity-profile
// @title Entity profile
// @description Every relation of one entity, in both directions: the other end, dates, polarity
// @description (asserted / denied claim counts), modality and the sentences that state it.
// @param entity entity "North Korea" the entity, by any alias ("DPRK", "Lavrov", "state:PRK")
// @param evidence int 3 min=0 max=100 evidence sentences shown per relation
// Aliases are stored lower-cased, without dots and with single spaces; normalise the same way
// so that "D.P.R.K." or "north  korea" find the same Alias node through its index.
MATCH (:Alias {key: reduce(acc = '', w IN split(toLower(replace(trim($entity), '.', '')), ' ') |
                    CASE WHEN w = '' THEN acc WHEN acc = '' THEN w ELSE acc + ' ' + w END)})-[:ALIAS_OF]->(e:Entity)
MATCH (e)-[r:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(other:Entity)
CALL (r) {
  MATCH (s:Sentence) WHERE s.id IN r.sentence_ids
  WITH s ORDER BY s.id
  RETURN collect(s.text)[..$evidence] AS evidence
}
RETURN e.name AS entity,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation,
       other.name AS other,
       other.type AS other_type,
       r.dates AS dates,
       r.items AS items,
       r.roles AS roles,
       r.asserted AS asserted,
       r.denied AS denied,
       r.modalities AS modalities,
       r.claim_count AS claims,
       evidence
ORDER BY relation, direction, other
