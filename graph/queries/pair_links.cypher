// How many typed relationships link each pair of entities now, counted by key: $pairs lists,
// per pair, every key a relationship between the two could have, by type (graph.pairKeys),
// so each is one seek of its type's key constraint and neither end's relationships are read.
// The writer derives the ends' neighbour counts from this (refreshEntityStats).
UNWIND $pairs AS pair
CALL (pair) {
  CALL (pair) {
    UNWIND pair.keys.VISITED AS key MATCH ()-[r:VISITED {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.MET_WITH AS key MATCH ()-[r:MET_WITH {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.VETOED AS key MATCH ()-[r:VETOED {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.SUPPLIED AS key MATCH ()-[r:SUPPLIED {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.SUPPORTS AS key MATCH ()-[r:SUPPORTS {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.CONDEMNED AS key MATCH ()-[r:CONDEMNED {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.SANCTIONED AS key MATCH ()-[r:SANCTIONED {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.ATTACKED AS key MATCH ()-[r:ATTACKED {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.OFFICIAL_OF AS key MATCH ()-[r:OFFICIAL_OF {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.MEMBER_OF AS key MATCH ()-[r:MEMBER_OF {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.ALLY_OF AS key MATCH ()-[r:ALLY_OF {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.LAUNCHED AS key MATCH ()-[r:LAUNCHED {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.SIGNED AS key MATCH ()-[r:SIGNED {key: key}]->() RETURN r
    UNION ALL UNWIND pair.keys.DEPLOYED AS key MATCH ()-[r:DEPLOYED {key: key}]->() RETURN r
  }
  RETURN count(r) AS links
}
RETURN pair.i AS i, links
