// The previous version's sentences, each with its mentions and the ids of its claims, so a
// replacement can keep what did not change and touch only the rest.
MATCH (s:Sentence {doc_id: $id})
RETURN s.id AS id, s.text AS text, s.index AS index,
       [(s)-[m:MENTIONS]->(e:Entity) | [e.id, m.surface, toString(m.start), toString(m.end)]] AS mentions,
       [(c:Claim)-[:STATED_IN]->(s) | c.id] AS claims
