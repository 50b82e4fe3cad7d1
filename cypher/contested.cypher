// @name contested
// @title Contested relations
// @description Relations that some sentences assert and others deny, with the evidence on each
// @description side, so an analyst can see where the sources disagree.
// @param limit int 100 min=1 max=10000 the most relations listed
MATCH (a:Entity)-[r:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]->(b:Entity)
WHERE r.asserted > 0 AND r.denied > 0
WITH a, r, b ORDER BY r.denied DESC, a.name, type(r), b.name LIMIT $limit
CALL (r) {
  MATCH (c:Claim)-[:STATED_IN]->(s:Sentence) WHERE c.id IN r.claim_ids
  WITH collect({polarity: c.polarity, text: s.text}) AS claims
  RETURN [x IN claims WHERE x.polarity = 'asserted' | x.text] AS asserted_by,
         [x IN claims WHERE x.polarity = 'denied' | x.text] AS denied_by
}
RETURN a.name AS src,
       type(r) AS relation,
       b.name AS dst,
       r.asserted AS asserted,
       r.denied AS denied,
       r.items AS items,
       denied_by,
       asserted_by
ORDER BY denied DESC, src, relation, dst
