// kg graph schema, applied by `kg schema apply`. One statement per entry, each ends with ';'.
// Every statement is named and guarded by IF NOT EXISTS, so applying twice changes nothing.
// The typed relationship constraints below must cover every extract.RelationTypes() entry;
// graph/schema_test.go checks that.

// Node identities: MERGE on these keys is what keeps concurrent builds from duplicating nodes.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
// One Alias node per normalised key; it points at every entity that key can name.
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE;

// Lookups used by the writer (per-document cleanup, aggregate recomputation) and by reports.
CREATE INDEX sentence_doc_id IF NOT EXISTS FOR (s:Sentence) ON (s.doc_id);
CREATE INDEX claim_doc_id IF NOT EXISTS FOR (c:Claim) ON (c.doc_id);
CREATE INDEX claim_rel_key IF NOT EXISTS FOR (c:Claim) ON (c.rel_key);
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);
// The whole-graph reports read these in index order and stop after their limit, instead of
// counting or filtering every entity or relationship (issue 13). The properties are derived
// at write time: degree, claims and neighbours of an entity by the writer (graph/queries/entity_stats_delta.cypher,
// entity_stats.cypher for a whole graph), contested and undated of a typed relationship with
// its other aggregates (graph.aggregate).
// most-connected: entities by neighbours (distinct entities they have typed relationships
// with), of all types or of one.
CREATE INDEX entity_neighbours IF NOT EXISTS FOR (e:Entity) ON (e.neighbours);
CREATE INDEX entity_type_neighbours IF NOT EXISTS FOR (e:Entity) ON (e.type, e.neighbours);
// suspected-duplicates: the entities of one type sharing a word of their names (NameWord
// nodes, graph/queries/entity_words.cypher), read by group size.
CREATE CONSTRAINT name_word_key IF NOT EXISTS FOR (w:NameWord) REQUIRE w.key IS UNIQUE;
CREATE INDEX name_word_size IF NOT EXISTS FOR (w:NameWord) ON (w.size);
// vetoes-sanctions: by first date then key, undated ones after.
CREATE INDEX rel_vetoed_date IF NOT EXISTS FOR ()-[r:VETOED]-() ON (r.first_date, r.key);
CREATE INDEX rel_sanctioned_date IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.first_date, r.key);
CREATE INDEX rel_vetoed_undated IF NOT EXISTS FOR ()-[r:VETOED]-() ON (r.undated, r.key);
CREATE INDEX rel_sanctioned_undated IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.undated, r.key);
// contested: per type, the contested relationships by denied claims then key.
CREATE INDEX rel_visited_contested IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_met_with_contested IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_vetoed_contested IF NOT EXISTS FOR ()-[r:VETOED]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_supplied_contested IF NOT EXISTS FOR ()-[r:SUPPLIED]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_supports_contested IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_condemned_contested IF NOT EXISTS FOR ()-[r:CONDEMNED]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_sanctioned_contested IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_attacked_contested IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_official_of_contested IF NOT EXISTS FOR ()-[r:OFFICIAL_OF]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_member_of_contested IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_ally_of_contested IF NOT EXISTS FOR ()-[r:ALLY_OF]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_launched_contested IF NOT EXISTS FOR ()-[r:LAUNCHED]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_signed_contested IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.contested, r.denied, r.key);
CREATE INDEX rel_deployed_contested IF NOT EXISTS FOR ()-[r:DEPLOYED]-() ON (r.contested, r.denied, r.key);

// One typed relationship per (src, type, dst): its key is unique within its type.
CREATE CONSTRAINT rel_visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_met_with_key IF NOT EXISTS FOR ()-[r:MET_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_vetoed_key IF NOT EXISTS FOR ()-[r:VETOED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_supplied_key IF NOT EXISTS FOR ()-[r:SUPPLIED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_supports_key IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_condemned_key IF NOT EXISTS FOR ()-[r:CONDEMNED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_sanctioned_key IF NOT EXISTS FOR ()-[r:SANCTIONED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_attacked_key IF NOT EXISTS FOR ()-[r:ATTACKED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_official_of_key IF NOT EXISTS FOR ()-[r:OFFICIAL_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_member_of_key IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_ally_of_key IF NOT EXISTS FOR ()-[r:ALLY_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_launched_key IF NOT EXISTS FOR ()-[r:LAUNCHED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_signed_key IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_deployed_key IF NOT EXISTS FOR ()-[r:DEPLOYED]-() REQUIRE r.key IS UNIQUE;
