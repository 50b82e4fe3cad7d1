// @name officials
// @title Officials and roles over time
// @description Officials of a state or institution, or the offices of a person: one row per
// @description role, with the first and last dates of the claims that state it, whether a
// @description claim gives it as a former post ("former", "then-"), and the sentences that name it.
// @param entity entity "Russia" a state, institution or person, by any alias
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
MATCH (e)-[r:OFFICIAL_OF]-(:Entity)
WITH DISTINCT r
MATCH (p:Entity)-[r]->(org:Entity)
// One row per role period (graph.addRolePeriods); a relationship whose claims name no role
// gives one row without a role.
UNWIND CASE WHEN size(coalesce(r.period_roles, [])) = 0 THEN [-1]
            ELSE range(0, size(r.period_roles) - 1) END AS i
WITH p, r, org, i,
     CASE WHEN i < 0 THEN null ELSE r.period_roles[i] END AS role
CALL (r, i) {
  UNWIND r.claim_ids AS claimId
  MATCH (c:Claim {id: claimId})-[:STATED_IN]->(s:Sentence)
  WHERE i < 0 OR coalesce(c.role_key, toLower(c.role)) = r.period_keys[i]
  WITH DISTINCT c, s ORDER BY s.id
  RETURN count(c) AS claims, collect(DISTINCT s.text)[..3] AS evidence
}
RETURN p.name AS official,
       role,
       org.name AS of,
       org.type AS of_type,
       CASE WHEN i < 0 OR r.period_first[i] = '' THEN null ELSE r.period_first[i] END AS from,
       CASE WHEN i < 0 OR r.period_last[i] = '' THEN null ELSE r.period_last[i] END AS to,
       CASE WHEN i < 0 THEN false ELSE r.period_past[i] END AS former,
       claims,
       evidence
ORDER BY of, official, coalesce(from, '9999'), role
