// @name entity-summary
// @title Entity summary
// @description One row per relation type and direction of one entity: who or what is at the
// @description other end with the claims behind each (and how many deny it), the items and the
// @description dates. The short view of entity-profile, which has the evidence.
// @param entity entity "North Korea" the entity, by any alias ("DPRK", "Lavrov", "state:PRK")
MATCH (entityAlias:Alias {key: toLower(replace(trim($entity), '.', ''))})-[:ALIAS_OF]->(e:Entity)
USING INDEX SEEK entityAlias:Alias(key)
MATCH (e)-[r:VISITED|MET_WITH|VETOED|SUPPLIED|SUPPORTS|CONDEMNED|SANCTIONED|ATTACKED|OFFICIAL_OF|MEMBER_OF|ALLY_OF|LAUNCHED|SIGNED|DEPLOYED]-(other:Entity)
// MET_WITH and ALLY_OF have no direction: their stored one is only the ends' id order.
WITH e, r, other,
     CASE WHEN type(r) IN ['MET_WITH', 'ALLY_OF'] THEN '-[' + type(r) + ']-'
          WHEN startNode(r) = e THEN '-[' + type(r) + ']->'
          ELSE '<-[' + type(r) + ']-' END AS relation
ORDER BY r.claim_count DESC, other.name
WITH e, relation,
     collect(other.name + ' (' + toString(r.claim_count) +
             CASE WHEN r.denied > 0 THEN ', ' + toString(r.denied) + ' denied' ELSE '' END + ')') AS others,
     collect(r.items) AS itemLists,
     min(r.first_date) AS first, max(r.last_date) AS last,
     sum(r.claim_count) AS claims
RETURN e.name AS entity,
       relation,
       others,
       reduce(acc = [], items IN itemLists | acc + [i IN coalesce(items, []) WHERE NOT i IN acc]) AS items,
       CASE WHEN first IS NULL THEN null WHEN first = last THEN first ELSE first + ' to ' + last END AS dates,
       claims
ORDER BY substring(relation, size(relation) - 3) = ']->' DESC, replace(replace(relation, '<', ''), '>', ''), relation
