// How many typed relationships link each pair of entities now. Both ends are bound, so the
// server expands only the end with fewer relationships (Expand(Into)); the writer derives the
// ends' neighbour counts from this (refreshEntityStats).
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.a})
MATCH (b:Entity {id: pair.b})
RETURN pair.i AS i,
       COUNT { (a)-[:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(b) } AS links
