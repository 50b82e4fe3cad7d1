// Creates or updates one typed relationship per row with aggregates computed from its claims.
// The type comes from a fixed list of cases, one per schema relation type.
UNWIND $rows AS row
MATCH (a:Entity {id: row.src})
MATCH (b:Entity {id: row.dst})
FOREACH (_ IN CASE WHEN row.type = 'VISITED' THEN [1] ELSE [] END |
  MERGE (a)-[r:VISITED {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'MET_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:MET_WITH {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'VETOED' THEN [1] ELSE [] END |
  MERGE (a)-[r:VETOED {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'SUPPLIED' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPLIED {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'SUPPORTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPORTS {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'CONDEMNED' THEN [1] ELSE [] END |
  MERGE (a)-[r:CONDEMNED {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'SANCTIONED' THEN [1] ELSE [] END |
  MERGE (a)-[r:SANCTIONED {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'ATTACKED' THEN [1] ELSE [] END |
  MERGE (a)-[r:ATTACKED {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'OFFICIAL_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:OFFICIAL_OF {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:MEMBER_OF {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'ALLY_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:ALLY_OF {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'LAUNCHED' THEN [1] ELSE [] END |
  MERGE (a)-[r:LAUNCHED {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'SIGNED' THEN [1] ELSE [] END |
  MERGE (a)-[r:SIGNED {key: row.key}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'DEPLOYED' THEN [1] ELSE [] END |
  MERGE (a)-[r:DEPLOYED {key: row.key}]->(b) SET r = row.props)
