// @name suspected-duplicates
// @title Suspected duplicate entities
// @description Pairs of entities of one type that may be one entity under two spellings, for
// @description the analyst to confirm (kg entities merge A B) or reject (kg entities split A B).
// @description Candidates share a word of four letters or more in their names (a word used by
// @description more than 50 entities of the type is no evidence). Ranked by name similarity
// @description (shared words over all words) plus 0.1 per shared related entity, minus 0.5 when
// @description one sentence names both (two names in one sentence are usually two entities).
// @param type string "" oneof=State|Person|Institution|Weapon|Place|Agreement only entities of this type ("" for all)
// @param limit int 50 min=1 max=1000 how many pairs to list
// kg build keeps each entity's name words, the candidates' blocking keys, as NameWord nodes
// (one per type and word, with how many entities share it: graph/queries/entity_words.cypher),
// indexed by that size: the groups of 2 to 50 are one index range, and no name is split here
// but the few candidates'.
MATCH (w:NameWord)
USING INDEX w:NameWord(size)
WHERE 2 <= w.size <= 50 AND ($type = '' OR w.type = $type)
MATCH (w)<-[:NAME_WORD]-(e:Entity)
WITH w, collect(e) AS members
UNWIND members AS x
UNWIND members AS y
WITH x, y
WHERE x.id < y.id
WITH DISTINCT x AS a, y AS b
WITH a, b,
     [w IN split(toLower(replace(replace(a.name, '.', ''), '-', ' ')), ' ') WHERE w <> ''] AS wa,
     [w IN split(toLower(replace(replace(b.name, '.', ''), '-', ' ')), ' ') WHERE w <> ''] AS wb
WITH a, b, wa, wb, size([w IN wa WHERE w IN wb]) AS common
WITH a, b, toFloat(common) / (size(wa) + size(wb) - common) AS nameSimilarity,
     [w IN wa WHERE w IN wb] AS sharedWords
CALL (a, b) {
  OPTIONAL MATCH (a)-[]-(n:Entity)-[]-(b)
  WHERE n <> a AND n <> b
  WITH DISTINCT n ORDER BY n.name
  RETURN collect(n.name) AS neighbours
}
CALL (a, b) {
  OPTIONAL MATCH (a)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b)
  RETURN count(DISTINCT s) AS together
}
CALL (a) {
  MATCH (a)<-[:MENTIONS]-(s:Sentence)
  WITH s ORDER BY s.id LIMIT 1
  RETURN s.text AS exampleA
}
CALL (b) {
  MATCH (b)<-[:MENTIONS]-(s:Sentence)
  WITH s ORDER BY s.id LIMIT 1
  RETURN s.text AS exampleB
}
WITH a, b, nameSimilarity, sharedWords, neighbours, together, exampleA, exampleB,
     nameSimilarity + 0.1 * size(neighbours) - CASE WHEN together > 0 THEN 0.5 ELSE 0 END AS score
RETURN a.type AS type,
       a.id AS a_id,
       a.name AS a_name,
       b.id AS b_id,
       b.name AS b_name,
       round(score, 3) AS score,
       round(nameSimilarity, 3) AS name_similarity,
       sharedWords AS shared_words,
       neighbours AS shared_neighbours,
       together AS sentences_naming_both,
       coalesce(a.aliases, []) AS a_aliases,
       coalesce(b.aliases, []) AS b_aliases,
       exampleA AS a_example,
       exampleB AS b_example
ORDER BY score DESC, a_id, b_id
LIMIT $limit
