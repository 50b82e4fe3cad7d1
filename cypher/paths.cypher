// @name paths
// @title Shortest paths between two entities
// @description All shortest paths of at most k hops between two entities, over the typed
// @description relations between entities only (no mentions, claims or sentences).
// @param from entity "Sergey Lavrov" one end, by any alias
// @param to entity "Kim Jong Un" the other end, by any alias
// @param k int 4 min=1 max=6 the most hops a path may have
MATCH (fromAlias:Alias {key: toLower(replace(trim($from), '.', ''))})-[:ALIAS_OF]->(a:Entity)
USING INDEX SEEK fromAlias:Alias(key)
MATCH (toAlias:Alias {key: toLower(replace(trim($to), '.', ''))})-[:ALIAS_OF]->(b:Entity)
USING INDEX SEEK toAlias:Alias(key)
WITH a, b WHERE a <> b
// Cypher takes no parameter as a length bound, so search up to the hard cap of 6 hops and
// keep the paths within $k: a shortest path longer than $k means there is none within $k.
// The filter follows a WITH: inside the MATCH it would make the planner fall back to an
// exhaustive search (and Browser show a warning).
MATCH p = allShortestPaths((a)-[:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED*..6]-(b))
WITH p WHERE length(p) <= $k
RETURN length(p) AS hops,
       p AS path,
       [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | type(r)] AS relations
ORDER BY hops, names, relations
LIMIT 50
