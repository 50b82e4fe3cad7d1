// Removes the previous version's claims, sentences and mentions.
OPTIONAL MATCH (c:Claim {doc_id: $id})
DETACH DELETE c
WITH count(*) AS done
OPTIONAL MATCH (s:Sentence {doc_id: $id})
DETACH DELETE s
