// Every claim behind the given relationship keys, for recomputing their aggregates.
UNWIND $keys AS key
MATCH (c:Claim {rel_key: key})
RETURN key, c.id AS id, c.dates AS dates, c.item AS item, c.role AS role,
       c.polarity AS polarity, c.modality AS modality, c.sentence_id AS sentence_id, c.doc_id AS doc_id
