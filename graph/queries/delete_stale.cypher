// Removes what a replaced document's new version no longer has: claims and sentences by id,
// and mentions of kept sentences by (sentence, entity, surface, start, end). Everything else
// of the previous version stays as it is, so readers meanwhile never find it missing.
CALL {
  UNWIND $claims AS id
  MATCH (c:Claim {id: id})
  DETACH DELETE c
}
CALL {
  UNWIND $sentences AS id
  MATCH (s:Sentence {id: id})
  DETACH DELETE s
}
CALL {
  UNWIND $mentions AS row
  MATCH (s:Sentence {id: row.s})-[m:MENTIONS]->(e:Entity {id: row.e})
  WHERE m.surface = row.surface AND m.start = row.start AND m.end = row.end
  DELETE m
}
RETURN 1 AS done
