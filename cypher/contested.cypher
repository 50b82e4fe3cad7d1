// @name contested
// @title Contested relations
// @description Relations that some sentences assert and others deny, with the evidence on each
// @description side, so an analyst can see where the sources disagree.
// @param limit int 100 min=1 max=10000 the most relations listed
// kg build marks a relationship with claims of both polarities contested (graph.aggregate);
// one index per type on (contested, denied, key) lists them most denied first. Each branch
// reads its type's index in that order and stops after $limit; the most denied $limit of all
// types are kept (ties on denied: the greatest keys, the order the index is read in).
// A branch returns the index's own values (denied, key) and its type as a literal, so the
// merge of the branches reads no property; the ends' names are read for the kept rows only.
// Typed relationships join entities only (kg writes them between Entity nodes), so the ends
// are not label-checked, and a claim's STATED_IN always ends at its Sentence.
CALL () {
  MATCH ()-[r:VISITED]->()
  USING INDEX r:VISITED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'VISITED' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:MET_WITH]->()
  USING INDEX r:MET_WITH(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'MET_WITH' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:VETOED]->()
  USING INDEX r:VETOED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'VETOED' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:SUPPLIED]->()
  USING INDEX r:SUPPLIED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'SUPPLIED' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:SUPPORTS]->()
  USING INDEX r:SUPPORTS(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'SUPPORTS' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:CONDEMNED]->()
  USING INDEX r:CONDEMNED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'CONDEMNED' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:SANCTIONED]->()
  USING INDEX r:SANCTIONED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'SANCTIONED' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:ATTACKED]->()
  USING INDEX r:ATTACKED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'ATTACKED' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:OFFICIAL_OF]->()
  USING INDEX r:OFFICIAL_OF(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'OFFICIAL_OF' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->()
  USING INDEX r:MEMBER_OF(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'MEMBER_OF' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:ALLY_OF]->()
  USING INDEX r:ALLY_OF(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'ALLY_OF' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:LAUNCHED]->()
  USING INDEX r:LAUNCHED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'LAUNCHED' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:SIGNED]->()
  USING INDEX r:SIGNED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'SIGNED' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
  UNION ALL
  MATCH ()-[r:DEPLOYED]->()
  USING INDEX r:DEPLOYED(contested, denied, key)
  WHERE r.contested = true AND r.denied > 0 AND r.key IS NOT NULL
  RETURN r, 'DEPLOYED' AS relation, r.denied AS denied, r.key AS key ORDER BY r.contested DESC, r.denied DESC, r.key DESC LIMIT $limit
}
WITH r, relation, denied ORDER BY denied DESC, key DESC LIMIT $limit
CALL (r) {
  MATCH (c:Claim)-[:STATED_IN]->(s) WHERE c.id IN r.claim_ids
  WITH collect({polarity: c.polarity, text: s.text}) AS claims
  RETURN [x IN claims WHERE x.polarity = 'asserted' | x.text] AS asserted_by,
         [x IN claims WHERE x.polarity = 'denied' | x.text] AS denied_by
}
RETURN startNode(r).name AS src,
       relation,
       endNode(r).name AS dst,
       r.asserted AS asserted,
       denied,
       coalesce(r.items, []) AS items,
       denied_by,
       asserted_by
ORDER BY denied DESC, src, relation, dst
