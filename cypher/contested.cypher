// @name contested
// @title Contested relations
// @description Relations that some sentences assert and others deny, with the evidence on each
// @description side, so an analyst can see where the sources disagree.
// @param limit int 100 min=1 max=10000 the most relations listed
// kg build marks a relationship with claims of both polarities contested (graph.aggregate);
// one index per type on (contested, denied, key) lists them most denied first. Each branch
// reads its type's index in that order and stops after $limit; the most denied $limit of all
// types are kept (ties on denied: the greatest keys, the order the index is read in).
CALL () {
  MATCH (a:Entity)-[r:VISITED]->(b:Entity)
  USING INDEX r:VISITED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)
  USING INDEX r:MET_WITH(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:VETOED]->(b:Entity)
  USING INDEX r:VETOED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:SUPPLIED]->(b:Entity)
  USING INDEX r:SUPPLIED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity)
  USING INDEX r:SUPPORTS(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:CONDEMNED]->(b:Entity)
  USING INDEX r:CONDEMNED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:SANCTIONED]->(b:Entity)
  USING INDEX r:SANCTIONED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:ATTACKED]->(b:Entity)
  USING INDEX r:ATTACKED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:OFFICIAL_OF]->(b:Entity)
  USING INDEX r:OFFICIAL_OF(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity)
  USING INDEX r:MEMBER_OF(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:ALLY_OF]->(b:Entity)
  USING INDEX r:ALLY_OF(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:LAUNCHED]->(b:Entity)
  USING INDEX r:LAUNCHED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:SIGNED]->(b:Entity)
  USING INDEX r:SIGNED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH (a:Entity)-[r:DEPLOYED]->(b:Entity)
  USING INDEX r:DEPLOYED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN a, r, b ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
}
WITH a, r, b ORDER BY r.denied DESC, r.key DESC LIMIT $limit
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
