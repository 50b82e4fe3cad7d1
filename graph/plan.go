package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-analytics/kg/extract"
	"github.com/kg-analytics/kg/identity"
)

// RelKey is the key of the typed relationship (src)-[TYPE]->(dst). Undirected types put
// their ends in id order, so both directions of a statement land on one relationship.
func RelKey(relType, src, dst string) string {
	src, dst = orderEnds(relType, src, dst)
	return src + "|" + relType + "|" + dst
}

func orderEnds(relType, src, dst string) (string, string) {
	if extract.Undirected(relType) && dst < src {
		return dst, src
	}
	return src, dst
}

// SentenceID is the id of a document's sentence node.
func SentenceID(docID string, index int) string { return docID + "#" + strconv.Itoa(index) }

// docPlan is a document turned into the parameter rows of the write statements. Building it
// is pure, so validation happens before any transaction opens.
type docPlan struct {
	id        string
	props     map[string]any // Document properties except ingested_at
	entities  []entityRow
	sentences []sentenceRow
	mentions  []mentionRow
	claims    []claimRow
}

type sentenceRow struct {
	ID, Text string
	Index    int
}

type mentionRow struct {
	SentenceID, EntityID, Surface string
	Start, End                    int
	Coref                         bool // an anaphor: stored on MENTIONS, no alias of the entity
}

type entityRow struct {
	ID, Type, Name string
	Surfaces       []string // distinct surface forms of this document's mentions, sorted
}

type claimRow struct {
	props      map[string]any
	relKey     string
	Type       string
	Src        string
	Dst        string
	Item       string
	SentenceID string
}

var (
	entityTypeSet   = toSet(extract.EntityTypes())
	relationTypeSet = toSet(extract.RelationTypes())
)

func toSet(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// planDocument validates doc against the closed schema and its own references and builds the
// rows to write. Errors name the document and the offending value.
func planDocument(doc extract.Document) (docPlan, error) {
	p := docPlan{id: doc.ID}
	if doc.ID == "" {
		return p, fmt.Errorf("document has no id")
	}
	fail := func(format string, args ...any) (docPlan, error) {
		return docPlan{}, fmt.Errorf("document %s: %s", doc.ID, fmt.Sprintf(format, args...))
	}
	p.props = map[string]any{"id": doc.ID}
	// ref_date is the date relative expressions were resolved against (the published date,
	// else the latest full date of the text): analysts check a relation's date against it.
	for k, v := range map[string]string{"title": doc.Title, "source": doc.Source, "published": doc.Published,
		"ref_date": doc.RefDate, "sha256": doc.SHA256, "path": doc.Path} {
		if v != "" {
			p.props[k] = v
		}
	}
	if len(doc.Authors) > 0 {
		p.props["authors"] = slices.Clone(doc.Authors)
	}

	sentences := map[int]bool{}
	for _, s := range doc.Sentences {
		if sentences[s.Index] {
			return fail("sentence index %d appears twice", s.Index)
		}
		sentences[s.Index] = true
		p.sentences = append(p.sentences, sentenceRow{ID: SentenceID(doc.ID, s.Index), Index: s.Index, Text: s.Text})
	}

	entities := map[string]*entityRow{}
	for _, e := range doc.Entities {
		if !entityTypeSet[e.Type] {
			return fail("entity %q has type %q, not one of %s", e.ID, e.Type, strings.Join(extract.EntityTypes(), ", "))
		}
		if e.ID == "" {
			return fail("an entity of type %s has no id", e.Type)
		}
		if prev, ok := entities[e.ID]; ok {
			if prev.Type != e.Type {
				return fail("entity %q listed as both %s and %s", e.ID, prev.Type, e.Type)
			}
			continue
		}
		entities[e.ID] = &entityRow{ID: e.ID, Type: e.Type, Name: e.Name}
	}
	surfaces := map[string]map[string]bool{}
	for i, m := range doc.Mentions {
		if entities[m.EntityID] == nil {
			return fail("mention %d refers to unknown entity %q", i, m.EntityID)
		}
		if !sentences[m.Sentence] {
			return fail("mention %d refers to unknown sentence %d", i, m.Sentence)
		}
		// An anaphor ("it", "the two sides") is a mention, not a name to look the entity up by.
		if !m.Coref {
			if surfaces[m.EntityID] == nil {
				surfaces[m.EntityID] = map[string]bool{}
			}
			surfaces[m.EntityID][m.Surface] = true
		}
		p.mentions = append(p.mentions, mentionRow{SentenceID: SentenceID(doc.ID, m.Sentence),
			EntityID: m.EntityID, Surface: m.Surface, Start: m.Start, End: m.End, Coref: m.Coref})
	}
	for _, e := range entities {
		for s := range surfaces[e.ID] {
			e.Surfaces = append(e.Surfaces, s)
		}
		sort.Strings(e.Surfaces)
		p.entities = append(p.entities, *e)
	}
	sort.Slice(p.entities, func(i, j int) bool { return p.entities[i].ID < p.entities[j].ID })

	seen := map[string]bool{}
	for i, r := range doc.Relations {
		if !relationTypeSet[r.Type] {
			return fail("relation %d has type %q, not one of the schema's relation types", i, r.Type)
		}
		for _, end := range []string{r.Src, r.Dst, r.Item} {
			if end != "" && entities[end] == nil {
				return fail("relation %d (%s) refers to unknown entity %q", i, r.Type, end)
			}
		}
		if r.Src == "" || r.Dst == "" {
			return fail("relation %d (%s) lacks an end", i, r.Type)
		}
		if !sentences[r.Sentence] {
			return fail("relation %d (%s) refers to unknown sentence %d", i, r.Type, r.Sentence)
		}
		c := newClaim(doc.ID, r)
		if seen[c.props["id"].(string)] {
			continue // the same statement extracted twice from one sentence is one claim
		}
		seen[c.props["id"].(string)] = true
		p.claims = append(p.claims, c)
	}
	p.props["graph_sha256"] = p.graphHash()
	return p, nil
}

// graphHash fingerprints everything the document writes into the graph: its properties,
// sentences, mentions, entities and claims. A stored document with the same fingerprint
// needs no write at all, even with --force (which re-extracts documents whose text did not
// change, e.g. after a rules change): rewriting identical rows would change nothing but make
// readers meanwhile see rows come and go.
func (p docPlan) graphHash() string {
	sum := sha256.Sum256(p.hashJSON())
	return hex.EncodeToString(sum[:])
}

// hashJSON is what graphHash hashes: the bytes json.Marshal gives for
//
//	struct{ Props map[string]any; Sentences []sentenceRow; Mentions []mentionRow;
//		Entities []entityRow; Claims []map[string]any }
//
// (the claims' props, in a slice made for them), which earlier graphs' graph_sha256 were computed from, so stored
// documents stay unchanged. It is written by hand because json.Marshal's reflection and map
// key sorting were half the planning of a document (0.9 of 3.8 CPU-seconds at 200,000
// relations); a value or string it has no fast path for is encoded by json.Marshal itself,
// and TestHashJSONIsMarshal compares the two.
func (p docPlan) hashJSON() []byte {
	b := make([]byte, 0, 256*(1+len(p.sentences)+len(p.claims)))
	b, keys := appendJSONMap(append(b, `{"Props":`...), p.props, nil)
	b = appendJSONArray(append(b, `,"Sentences":`...), p.sentences, func(b []byte, s sentenceRow) []byte {
		b = appendJSONString(append(b, `{"ID":`...), s.ID)
		b = appendJSONString(append(b, `,"Text":`...), s.Text)
		return append(strconv.AppendInt(append(b, `,"Index":`...), int64(s.Index), 10), '}')
	})
	b = appendJSONArray(append(b, `,"Mentions":`...), p.mentions, func(b []byte, m mentionRow) []byte {
		b = appendJSONString(append(b, `{"SentenceID":`...), m.SentenceID)
		b = appendJSONString(append(b, `,"EntityID":`...), m.EntityID)
		b = appendJSONString(append(b, `,"Surface":`...), m.Surface)
		b = strconv.AppendInt(append(b, `,"Start":`...), int64(m.Start), 10)
		b = strconv.AppendInt(append(b, `,"End":`...), int64(m.End), 10)
		return append(strconv.AppendBool(append(b, `,"Coref":`...), m.Coref), '}')
	})
	b = appendJSONArray(append(b, `,"Entities":`...), p.entities, func(b []byte, e entityRow) []byte {
		b = appendJSONString(append(b, `{"ID":`...), e.ID)
		b = appendJSONString(append(b, `,"Type":`...), e.Type)
		b = appendJSONString(append(b, `,"Name":`...), e.Name)
		return append(appendJSONArray(append(b, `,"Surfaces":`...), e.Surfaces, appendJSONString), '}')
	})
	// The claims were a slice made for them, never nil: [] without any.
	b = append(b, `,"Claims":[`...)
	for i, c := range p.claims {
		if i > 0 {
			b = append(b, ',')
		}
		b, keys = appendJSONMap(b, c.props, keys)
	}
	return append(b, "]}"...)
}

// appendJSONMap appends m as json.Marshal writes it: keys in byte order. keys is a buffer
// for them, returned for the next map.
func appendJSONMap(b []byte, m map[string]any, keys []string) ([]byte, []string) {
	if m == nil {
		return append(b, "null"...), keys
	}
	keys = keys[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONValue(append(appendJSONString(b, k), ':'), m[k])
	}
	return append(b, '}'), keys
}

// appendJSONArray appends xs as json.Marshal writes a slice: null for a nil one (an empty
// one is []), else its elements, each written by appendOne, in brackets and comma-separated.
func appendJSONArray[T any](b []byte, xs []T, appendOne func([]byte, T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendOne(b, x)
	}
	return append(b, ']')
}

// appendJSONValue appends v as json.Marshal writes it.
func appendJSONValue(b []byte, v any) []byte {
	switch x := v.(type) {
	case string:
		return appendJSONString(b, x)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case bool:
		return strconv.AppendBool(b, x)
	case []string:
		return appendJSONArray(b, x, appendJSONString)
	}
	enc, err := json.Marshal(v)
	if err != nil {
		// Rows hold only strings, numbers and lists of them; this cannot happen.
		panic(fmt.Sprintf("graph: encoding %T for a document's graph hash: %v", v, err))
	}
	return append(b, enc...)
}

// appendJSONString appends s quoted as json.Marshal quotes it. A string of jsonVerbatim
// bytes only is written as it is; any other is left to json.Marshal.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if !jsonVerbatim[s[i]] {
			enc, _ := json.Marshal(s) // a string always encodes
			return append(b, enc...)
		}
	}
	return append(append(append(b, '"'), s...), '"')
}

// jsonVerbatim marks the bytes json.Marshal writes unchanged in a string: printable ASCII
// but a quote, a backslash and (its output is HTML-safe) <, > and &. A table, because the
// check runs on every byte of every document's text.
var jsonVerbatim = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = !strings.ContainsRune(`"\<>&`, rune(c))
	}
	return t
}()

// newClaim builds the Claim row of one relation record. Its id hashes everything that makes
// the statement what it is, so rewriting the same document yields the same ids.
func newClaim(docID string, r extract.Relation) claimRow {
	src, dst := orderEnds(r.Type, r.Src, r.Dst)
	dates := slices.Clone(r.Dates)
	if dates == nil {
		dates = []string{}
	}
	h := sha256.New()
	for _, part := range []string{docID, strconv.Itoa(r.Sentence), r.Type, src, dst, r.Item, r.Role,
		r.Polarity, r.Modality, r.Attribution, r.Quantity, strings.Join(dates, ",")} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	key := RelKey(r.Type, src, dst)
	props := map[string]any{
		"id":          "claim:" + hex.EncodeToString(h.Sum(nil))[:32],
		"type":        r.Type,
		"src":         src,
		"dst":         dst,
		"dates":       dates,
		"polarity":    r.Polarity,
		"modality":    r.Modality,
		"doc_id":      docID,
		"sentence_id": SentenceID(docID, r.Sentence),
		"rel_key":     key,
	}
	for k, v := range map[string]string{"item": r.Item, "role": r.Role, "attribution": r.Attribution,
		"quantity": r.Quantity, "rule": r.Rule, "role_key": r.RoleKey} {
		if v != "" {
			props[k] = v
		}
	}
	if r.Past {
		props["past"] = true
	}
	return claimRow{props: props, relKey: key, Type: r.Type, Src: src, Dst: dst, Item: r.Item, SentenceID: SentenceID(docID, r.Sentence)}
}

// facts is the part of a claim its relationship's aggregates are computed from.
func (c claimRow) facts() claimFacts {
	s := func(k string) string { v, _ := c.props[k].(string); return v }
	dates, _ := c.props["dates"].([]string)
	past, _ := c.props["past"].(bool)
	return claimFacts{ID: s("id"), Item: s("item"), Role: s("role"), Polarity: s("polarity"), Modality: s("modality"),
		SentenceID: s("sentence_id"), DocID: s("doc_id"), Dates: dates, Past: past, RoleKey: s("role_key")}
}

// aliasKeys are the lookup keys of an entity: its id, canonical name and surface forms.
func aliasKeys(id, name string, surfaces []string) []string {
	set := map[string]bool{}
	for _, s := range append([]string{id, name}, surfaces...) {
		if k := identity.AliasKey(s); k != "" {
			set[k] = true
		}
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// relRef names one typed relationship.
type relRef struct{ Key, Type, Src, Dst string }

// claimFacts is what a relationship's aggregates are computed from.
type claimFacts struct {
	ID, Item, Role, Polarity, Modality, SentenceID, DocID string
	Dates                                                 []string
	Past                                                  bool   // a role no longer held (OFFICIAL_OF)
	RoleKey                                               string // identity key of the role (OFFICIAL_OF)
}

// aggregate computes a typed relationship's properties from its claims. Lists are sorted and
// distinct so that the result does not depend on the order claims were written (and reports
// rely on it: evidence is the first sentence_ids, dates[0] the first date); asserted and
// denied count claims of each polarity.
func aggregate(ref relRef, claims []claimFacts) map[string]any {
	var a aggregates
	for _, c := range claims {
		a.add(c)
	}
	props := a.props(ref)
	if ref.Type == extract.RelOfficialOf {
		addRolePeriods(props, claims)
	}
	dropEmptyLists(props)
	return props
}

// withoutEmptyLists returns props without its empty lists (see dropEmptyLists): props
// itself when it has none, else a copy, since a plan's properties also feed its graph hash,
// which stays what it was before kg stopped storing empty lists.
func withoutEmptyLists(props map[string]any) map[string]any {
	for _, v := range props {
		if l, ok := v.([]string); ok && len(l) == 0 {
			out := maps.Clone(props)
			dropEmptyLists(out)
			return out
		}
	}
	return props
}

// dropEmptyLists removes the empty lists of a node's or relationship's properties: kg stores
// no property where a list is empty, and readers take a missing list as [] (coalesce(x, [])
// in Cypher). Neo4j's importer cannot store an empty array (neo4j/neo4j#13566), so this is
// the one representation kg build and kg import can agree on without updating every
// relationship after an import. Written with SET r = props, a list that became empty is
// removed.
func dropEmptyLists(props map[string]any) {
	for k, v := range props {
		switch x := v.(type) {
		case []string:
			if len(x) == 0 {
				delete(props, k)
			}
		case []bool:
			if len(x) == 0 {
				delete(props, k)
			}
		}
	}
}

// aggregates is what a typed relationship's properties are made of, in a form more claims
// can be folded into. A stored relationship's properties give it back (storedAggregates), so
// adding a batch's new claims to a relationship costs the size of its properties, not a read
// of every claim behind it (which grew with the corpus and made a first build quadratic).
type aggregates struct {
	dates, items, roles, pols, mods, sids, dids, cids []string
	count, asserted, denied                           int
}

func (a *aggregates) add(c claimFacts) {
	a.dates = append(a.dates, c.Dates...)
	a.items = appendNonEmpty(a.items, c.Item)
	a.roles = appendNonEmpty(a.roles, c.Role)
	a.pols = appendNonEmpty(a.pols, c.Polarity)
	a.mods = appendNonEmpty(a.mods, c.Modality)
	a.sids = appendNonEmpty(a.sids, c.SentenceID)
	a.dids = appendNonEmpty(a.dids, c.DocID)
	a.cids = appendNonEmpty(a.cids, c.ID)
	a.count++
	switch c.Polarity {
	case extract.Asserted:
		a.asserted++
	case extract.Denied:
		a.denied++
	}
}

func (a aggregates) props(ref relRef) map[string]any {
	dates := distinct(a.dates)
	props := map[string]any{
		"key": ref.Key, "dates": dates, "items": distinct(a.items), "roles": distinct(a.roles),
		"polarities": distinct(a.pols), "modalities": distinct(a.mods), "sentence_ids": distinct(a.sids),
		"doc_ids": distinct(a.dids), "claim_ids": distinct(a.cids), "claim_count": a.count,
		"asserted": a.asserted, "denied": a.denied,
	}
	if len(dates) > 0 {
		// ISO dates of mixed precision sort correctly as strings ("2023" < "2023-09").
		props["first_date"], props["last_date"] = dates[0], dates[len(dates)-1]
	} else {
		// Derived for the whole-graph reports (vetoes-sanctions lists undated relations
		// last): an index on (undated, key) finds them without scanning every relationship,
		// which a missing first_date cannot.
		props["undated"] = true
	}
	if a.asserted > 0 && a.denied > 0 {
		// Derived for the contested report, indexed with (denied, key) per type. Absent
		// rather than false, so the index holds only the contested few.
		props["contested"] = true
	}
	dropEmptyLists(props)
	return props
}

// incremental reports whether a relationship of this type can take new claims from its
// stored properties alone. OFFICIAL_OF cannot: which form of a role it shows depends on
// whether any claim states the role as current, which its properties do not keep.
func incremental(relType string) bool { return relType != extract.RelOfficialOf }

// storedAggregates reads back the aggregates of a stored relationship's properties (as the
// driver returns them). The lists are already distinct, so folding in claims and taking
// distinct lists again gives what aggregate gives over all the claims.
func storedAggregates(props map[string]any) aggregates {
	n := func(k string) int { v, _ := props[k].(int64); return int(v) }
	return aggregates{
		dates: toStrings(props["dates"]), items: toStrings(props["items"]), roles: toStrings(props["roles"]),
		pols: toStrings(props["polarities"]), mods: toStrings(props["modalities"]),
		sids: toStrings(props["sentence_ids"]), dids: toStrings(props["doc_ids"]), cids: toStrings(props["claim_ids"]),
		count: n("claim_count"), asserted: n("asserted"), denied: n("denied"),
	}
}

func appendNonEmpty(xs []string, s string) []string {
	if s == "" {
		return xs
	}
	return append(xs, s)
}

func distinct(xs []string) []string {
	out := slices.Clone(xs)
	sort.Strings(out)
	out = slices.Compact(out)
	if out == nil {
		out = []string{}
	}
	return out
}

// corefProp is the MENTIONS coref property: true for an anaphor, absent (nil) for a name, so
// graphs written before the property existed read the same.
func corefProp(coref bool) any {
	if coref {
		return true
	}
	return nil
}
