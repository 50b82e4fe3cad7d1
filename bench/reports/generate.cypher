// Synthetic graph for the report benchmarks, in the kg graph model (README "Graph model").
// Each statement runs on its own in auto-commit mode (CALL ... IN TRANSACTIONS needs that);
// statements end with a semicolon at the end of a line. Sizes come from parameters:
//   $entities  entities (types in turn), each with two Alias keys (name and id)
//   $docs      documents        $sentences sentences (3 mentions each)
//   $rels      typed relationships between entities ($rels / 50 of them also denied)
//   $claims    claims, the first $claims relationships' statements (claim i backs rel i)
// Relationship sources are skewed towards low entity numbers (src = entities * u^2), so a
// few entities are hubs with thousands of relations while most have a handful, as in news.
// Ends are a deterministic function of the row number, so every run builds the same graph.
// Relationship properties are the ones graph.aggregate would compute from the claims they
// stand for (every one is dated, so none is undated; contested where a claim is also denied);
// the benchmark checks that, and derives the entities' ranking properties afterwards with the
// statement kg build runs (graph.RefreshEntityStats).

UNWIND range(0, $entities - 1) AS i
CALL (i) {
  WITH i, ['State', 'Person', 'Institution', 'Weapon', 'Place', 'Agreement'][i % 6] AS type
  CREATE (e:Entity {id: toLower(type) + ':b' + i, type: type, name: 'Bench ' + type + ' ' + i,
                    aliases: ['Bench ' + type + ' ' + i]})
  FOREACH (_ IN CASE WHEN type = 'State' THEN [1] ELSE [] END | SET e:State)
  FOREACH (_ IN CASE WHEN type = 'Person' THEN [1] ELSE [] END | SET e:Person)
  FOREACH (_ IN CASE WHEN type = 'Institution' THEN [1] ELSE [] END | SET e:Institution)
  FOREACH (_ IN CASE WHEN type = 'Weapon' THEN [1] ELSE [] END | SET e:Weapon)
  FOREACH (_ IN CASE WHEN type = 'Place' THEN [1] ELSE [] END | SET e:Place)
  FOREACH (_ IN CASE WHEN type = 'Agreement' THEN [1] ELSE [] END | SET e:Agreement)
  CREATE (:Alias {key: toLower(e.name)})-[:ALIAS_OF]->(e)
  CREATE (:Alias {key: e.id})-[:ALIAS_OF]->(e)
} IN TRANSACTIONS OF 10000 ROWS;

UNWIND range(0, $docs - 1) AS d
CREATE (:Document {id: 'bench-' + d, title: 'Bench document ' + d, source: 'bench',
                   published: '2024-' + right('0' + toString(1 + d % 12), 2) + '-01'});

UNWIND range(0, $sentences - 1) AS s
CALL (s) {
  MATCH (d:Document {id: 'bench-' + (s % $docs)})
  CREATE (x:Sentence {id: d.id + '#' + s, doc_id: d.id, index: s, text: 'Bench sentence ' + s + ' states a relation.'})
         -[:IN_DOCUMENT]->(d)
  WITH x, s
  UNWIND [(s * 7919) % $entities, (s * 104729) % $entities, toInteger($entities * ((s * 31) % 1000 / 1000.0) ^ 2)] AS n
  WITH x, n, ['state', 'person', 'institution', 'weapon', 'place', 'agreement'][n % 6] + ':b' + n AS id
  MATCH (e:Entity {id: id})
  CREATE (x)-[:MENTIONS {surface: e.name, start: 0, end: size(e.name)}]->(e)
} IN TRANSACTIONS OF 5000 ROWS;

UNWIND range(0, $rels - 1) AS i
CALL (i) {
  WITH i,
       toInteger($entities * (((i * 7919) % 100003) / 100003.0) ^ 2) AS a,
       (i * 104729 + 17) % $entities AS b,
       ['VISITED', 'MET_WITH', 'VETOED', 'SUPPLIED', 'SUPPORTS', 'CONDEMNED', 'SANCTIONED', 'ATTACKED',
        'OFFICIAL_OF', 'MEMBER_OF', 'ALLY_OF', 'LAUNCHED', 'SIGNED', 'DEPLOYED'][i % 14] AS type
  WITH i, type, a, CASE WHEN a = b THEN (b + 1) % $entities ELSE b END AS b
  WITH i, type,
       ['state', 'person', 'institution', 'weapon', 'place', 'agreement'][a % 6] + ':b' + a AS srcID,
       ['state', 'person', 'institution', 'weapon', 'place', 'agreement'][b % 6] + ':b' + b AS dstID
  MATCH (src:Entity {id: srcID})
  MATCH (dst:Entity {id: dstID})
  WITH i, type, src, dst,
       toString(2015 + i % 10) + '-' + right('0' + toString(1 + i % 12), 2) AS date,
       i % 50 = 0 AS contested,
       'bench-' + (i % $docs) + '#' + (i % $sentences) AS sid
  WITH src, dst, type, {
    key: 'bench|' + i, dates: [date], items: CASE WHEN type = 'SUPPLIED' THEN ['weapon:b3'] ELSE [] END,
    roles: CASE WHEN type = 'OFFICIAL_OF' THEN ['minister'] ELSE [] END,
    polarities: CASE WHEN contested THEN ['asserted', 'denied'] ELSE ['asserted'] END,
    modalities: [['fact', 'reported', 'speculative'][i % 3]], sentence_ids: [sid],
    doc_ids: ['bench-' + (i % $docs)], claim_ids: CASE WHEN i < $claims THEN ['bench-claim-' + i] ELSE [] END,
    claim_count: CASE WHEN contested THEN 2 ELSE 1 END, first_date: date, last_date: date,
    asserted: 1, denied: CASE WHEN contested THEN 1 ELSE 0 END,
    contested: CASE WHEN contested THEN true END} AS props
  FOREACH (_ IN CASE WHEN type = 'VISITED' THEN [1] ELSE [] END | CREATE (src)-[r:VISITED]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'MET_WITH' THEN [1] ELSE [] END | CREATE (src)-[r:MET_WITH]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'VETOED' THEN [1] ELSE [] END | CREATE (src)-[r:VETOED]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'SUPPLIED' THEN [1] ELSE [] END | CREATE (src)-[r:SUPPLIED]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'SUPPORTS' THEN [1] ELSE [] END | CREATE (src)-[r:SUPPORTS]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'CONDEMNED' THEN [1] ELSE [] END | CREATE (src)-[r:CONDEMNED]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'SANCTIONED' THEN [1] ELSE [] END | CREATE (src)-[r:SANCTIONED]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'ATTACKED' THEN [1] ELSE [] END | CREATE (src)-[r:ATTACKED]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'OFFICIAL_OF' THEN [1] ELSE [] END | CREATE (src)-[r:OFFICIAL_OF]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'MEMBER_OF' THEN [1] ELSE [] END | CREATE (src)-[r:MEMBER_OF]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'ALLY_OF' THEN [1] ELSE [] END | CREATE (src)-[r:ALLY_OF]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'LAUNCHED' THEN [1] ELSE [] END | CREATE (src)-[r:LAUNCHED]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'SIGNED' THEN [1] ELSE [] END | CREATE (src)-[r:SIGNED]->(dst) SET r = props)
  FOREACH (_ IN CASE WHEN type = 'DEPLOYED' THEN [1] ELSE [] END | CREATE (src)-[r:DEPLOYED]->(dst) SET r = props)
} IN TRANSACTIONS OF 10000 ROWS;

UNWIND range(0, $claims - 1) AS i
CALL (i) {
  WITH i,
       toInteger($entities * (((i * 7919) % 100003) / 100003.0) ^ 2) AS a,
       (i * 104729 + 17) % $entities AS b,
       ['VISITED', 'MET_WITH', 'VETOED', 'SUPPLIED', 'SUPPORTS', 'CONDEMNED', 'SANCTIONED', 'ATTACKED',
        'OFFICIAL_OF', 'MEMBER_OF', 'ALLY_OF', 'LAUNCHED', 'SIGNED', 'DEPLOYED'][i % 14] AS type
  WITH i, type, a, CASE WHEN a = b THEN (b + 1) % $entities ELSE b END AS b
  MATCH (src:Entity {id: ['state', 'person', 'institution', 'weapon', 'place', 'agreement'][a % 6] + ':b' + a})
  MATCH (dst:Entity {id: ['state', 'person', 'institution', 'weapon', 'place', 'agreement'][b % 6] + ':b' + b})
  MATCH (s:Sentence {id: 'bench-' + (i % $docs) + '#' + (i % $sentences)})
  CREATE (c:Claim {id: 'bench-claim-' + i, type: type, src: src.id, dst: dst.id,
                   dates: [toString(2015 + i % 10) + '-' + right('0' + toString(1 + i % 12), 2)],
                   polarity: CASE WHEN i % 50 = 0 THEN 'denied' ELSE 'asserted' END,
                   modality: ['fact', 'reported', 'speculative'][i % 3],
                   attribution: CASE WHEN i % 3 = 1 THEN 'Bench Institution 2' ELSE null END,
                   doc_id: s.doc_id, sentence_id: s.id, rule: 'bench'})
  CREATE (c)-[:STATED_IN]->(s)
  WITH c, type
  WHERE type = 'SUPPLIED'
  MATCH (w:Entity {id: 'weapon:b3'})
  SET c.item = w.id
  CREATE (c)-[:ITEM]->(w)
} IN TRANSACTIONS OF 10000 ROWS;
