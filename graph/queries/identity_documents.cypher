// Stored documents that mention any of $ids, with what is needed to extract them again.
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(:Sentence)-[:IN_DOCUMENT]->(d:Document)
WITH DISTINCT d
RETURN d.id AS id, d.path AS path, d.title AS title, d.source AS source, d.authors AS authors,
       d.published AS published, d.sha256 AS sha256
ORDER BY id
