// Package extract turns raw text documents into the entities and relations of the kg schema
// (../shared/eval/SCHEMA.md). It is rule-based and offline, and knows nothing of Neo4j.
package extract

// Entity types of the closed schema. They double as Neo4j labels in package graph, so a
// value outside this set must never reach the database.
const (
	TypeState       = "State"
	TypePerson      = "Person"
	TypeInstitution = "Institution"
	TypeWeapon      = "Weapon"
	TypePlace       = "Place"
	TypeAgreement   = "Agreement"
)

// Relation types of the closed schema; they double as Neo4j relationship types.
const (
	RelVisited    = "VISITED"
	RelMetWith    = "MET_WITH"
	RelVetoed     = "VETOED"
	RelSupplied   = "SUPPLIED"
	RelSupports   = "SUPPORTS"
	RelCondemned  = "CONDEMNED"
	RelSanctioned = "SANCTIONED"
	RelAttacked   = "ATTACKED"
	RelOfficialOf = "OFFICIAL_OF"
	RelMemberOf   = "MEMBER_OF"
	RelAllyOf     = "ALLY_OF"
	RelLaunched   = "LAUNCHED"
	RelSigned     = "SIGNED"
	RelDeployed   = "DEPLOYED"
)

// EntityTypes lists every entity type of the schema.
func EntityTypes() []string {
	return []string{TypeState, TypePerson, TypeInstitution, TypeWeapon, TypePlace, TypeAgreement}
}

// RelationTypes lists every relation type of the schema.
func RelationTypes() []string {
	return []string{RelVisited, RelMetWith, RelVetoed, RelSupplied, RelSupports, RelCondemned,
		RelSanctioned, RelAttacked, RelOfficialOf, RelMemberOf, RelAllyOf, RelLaunched, RelSigned, RelDeployed}
}

// Undirected reports whether a relation type has no direction (its ends may be swapped).
func Undirected(relType string) bool { return relType == RelMetWith || relType == RelAllyOf }

// Polarity and modality values.
const (
	Asserted    = "asserted"
	Denied      = "denied"
	Fact        = "fact"
	Reported    = "reported"
	Speculative = "speculative"
)

// Meta is what a manifest or the caller knows about a document before reading it.
type Meta struct {
	ID        string   `json:"id"`                  // file name without extension
	Title     string   `json:"title,omitempty"`     // headline or title
	Source    string   `json:"source,omitempty"`    // publisher or outlet
	Authors   []string `json:"authors,omitempty"`   // named authors
	Published string   `json:"published,omitempty"` // ISO date, any precision
	Path      string   `json:"path,omitempty"`      // where it was read from
	SHA256    string   `json:"sha256,omitempty"`    // hex digest of the raw bytes
}

// Document is the result of extracting one input document.
type Document struct {
	Meta
	// RefDate is the date used to infer missing years: Published when known, otherwise the
	// latest full date the text mentions (ISO yyyy-mm-dd, or empty).
	RefDate   string     `json:"ref_date,omitempty"`
	Sentences []Sentence `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Mentions  []Mention  `json:"mentions"`
	Relations []Relation `json:"relations"`
	// Warnings name what extraction lost without losing the document: a sentence whose
	// relation rules or entity recognition failed on a bug, a list whose line failed, or a
	// document-wide pass that failed (its output dropped, the rest kept; contain.go). Each
	// names the document, the stage and the sentence; the caller reports them (kg writes
	// them to stderr). They are no part of the document's output.
	Warnings []string `json:"-"`
}

// Sentence is one sentence with byte offsets into the original text.
type Sentence struct {
	Index int    `json:"index"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Entity is a canonical entity as seen in one document. IDs are stable across documents
// ("state:PRK", "person:kim-jong-un").
type Entity struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`     // canonical name
	Surfaces []string `json:"surfaces"` // the forms this document uses, in order of first use
	// Key is the identity key of Name (Extractor.IdentityKey): names of one type with equal
	// keys are spellings of one name, across documents.
	Key string `json:"key,omitempty"`
	// Curated: the id comes from the gazetteer, not from this document's spelling of the
	// name, so it is authoritative and never replaced by another entity's.
	Curated bool `json:"curated,omitempty"`
	// Wikidata is the entity's Wikidata item id ("Q7747") when the gazetteer gives it.
	Wikidata string `json:"wikidata,omitempty"`
}

// Mention is one occurrence of an entity in a sentence.
type Mention struct {
	EntityID string `json:"entity"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"` // byte offset into the document text
	End      int    `json:"end"`
	Surface  string `json:"surface"`
	// Coref marks an anaphor resolved to the entity ("it", "the two sides"): a mention that
	// joins relations but is no name of the entity, so the graph takes no alias from it.
	Coref bool `json:"coref,omitempty"`
}

// Relation is one relation stated by one sentence.
type Relation struct {
	Type     string   `json:"type"`
	Src      string   `json:"src"`
	Dst      string   `json:"dst"`
	Item     string   `json:"item,omitempty"`  // weapon entity id, SUPPLIED only
	Role     string   `json:"role,omitempty"`  // OFFICIAL_OF only
	Dates    []string `json:"dates,omitempty"` // ISO 8601 at the precision the text gives
	Quantity string   `json:"quantity,omitempty"`
	Polarity string   `json:"polarity"`
	Modality string   `json:"modality"`
	// Attribution is the source a reported claim is attributed to, when named.
	Attribution string `json:"attribution,omitempty"`
	Sentence    int    `json:"sentence"`
	Evidence    string `json:"evidence"`
	Rule        string `json:"rule,omitempty"` // the rule that produced it, for audit
	// Past marks a role the text gives as no longer held ("former", "then-"), OFFICIAL_OF only.
	Past bool `json:"past,omitempty"`
	// RoleKey is the identity key of Role without its past marker: "former Defence Minister"
	// and "Defense Minister" are one post.
	RoleKey string `json:"role_key,omitempty"`
	// occasion is 1 + the sentence whose date a relation without one of its own takes: the
	// occasion of a group's joint statement ("The leaders condemned ..."); 0: none.
	occasion int
	// act marks an act performed at an occasion in the simple past (occasion.go), ownDate
	// one with a date expression in its clause, and srcAnaphor a source read from an
	// anaphor ("the two ministers", "they").
	act, ownDate, srcAnaphor bool
	// simplePast marks a trigger verb in the simple past of its own clause ("fired",
	// "struck"): a narrated event, which may go on telling the previous sentence's event.
	simplePast bool
	// voiced marks a relation performed by saying it (relations.tsv speech-act or
	// stance-now): the occasion frames date it, not another event's narration (narration.go).
	voiced bool
	// now marks a speech act in the present tense ("China condemns ..."): made when the
	// document was issued, so dated by its reference date.
	now bool
	// forceTarget: the target is the state of a force named as the target (relations.tsv flag
	// body-target), which the document may name only inside the force's name.
	forceTarget bool
	// event: the target is the doer of an earlier event its object names ("condemned the
	// vote"), kept under that key in the document's events; a reaction without a date of its
	// own is dated by that event.
	event eventRef
	// unmarked: no tense word of another tense, aspect or mood (dates.tsv occasion-tense:
	// "has", "will") stands in the few words before the trigger: a relation told as past
	// fact whose target is an earlier event's doer takes that event's date.
	unmarked bool
	// signing marks a treaty clause whose parties are the signers of the document's latest
	// signing (mention.signer): with no date of its own it takes that signing's.
	signing bool
	// gap is 1 + the token after the name a gapped conjunct added (gapping.go: "and Sweden
	// in March 2024"): a date right there is the conjunct's own; 0: none.
	gap int
	// aside marks a relation stated in a ", where" clause after a place by a row flagged
	// aside ("the Kursk region, where Ukrainian forces have held ground since August"): the
	// writer's background to the sentence, not its event (h43btroops).
	aside bool
}
