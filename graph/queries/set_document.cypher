// Replaces the document's properties (a field dropped from the manifest disappears).
MATCH (d:Document {id: $id})
SET d = $props
