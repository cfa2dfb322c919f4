// newskg: Neo4j import of the knowledge graph (generated; do not edit).
//
// Either bulk-import the CSV files into a new, empty database:
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
//     --multiline-fields=true <database>
// or load them into a running DBMS with this file: copy nodes.csv and
// relationships.csv into its import directory, then run
//   cypher-shell -f import.cypher
// (the files are RFC 4180 CSV: if a value holds a backslash, set
//  dbms.import.csv.legacy_quote_escaping=false for LOAD CSV to read it unchanged).
// Every statement MERGEs on id: running this file again changes nothing.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (n:Entity {id: row.`id:ID`})
SET n.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    n.aliases = CASE row.`aliases:string[]` WHEN '' THEN null ELSE split(row.`aliases:string[]`, ';') END,
    n.wikidata = CASE row.wikidata WHEN '' THEN null ELSE row.wikidata END,
    n.documents = CASE row.`documents:string[]` WHEN '' THEN null ELSE split(row.`documents:string[]`, ';') END,
    n.type = CASE row.type WHEN '' THEN null ELSE row.type END
REMOVE n:State:Organization:Person:Initiative:Place
FOREACH (_ IN CASE WHEN row.type = 'State' THEN [1] ELSE [] END | SET n:State)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.type = 'Initiative' THEN [1] ELSE [] END | SET n:Initiative)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET n:Place);

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'AGREES_WITH'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:AGREES_WITH {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ATTACKS'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:ATTACKS {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'BLOCKS'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:BLOCKS {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'COOPERATES_WITH'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:COOPERATES_WITH {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CRITICIZES'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:CRITICIZES {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DOES_NOT_AGREE_WITH'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:DOES_NOT_AGREE_WITH {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DOES_NOT_ALLOW'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:DOES_NOT_ALLOW {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DOES_NOT_FUND'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:DOES_NOT_FUND {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DOES_NOT_MEET'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:DOES_NOT_MEET {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DOES_NOT_PARTICIPATE_IN'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:DOES_NOT_PARTICIPATE_IN {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DOES_NOT_PROVIDE_MILITARY_AID_TO'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:DOES_NOT_PROVIDE_MILITARY_AID_TO {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DOES_NOT_REQUEST'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:DOES_NOT_REQUEST {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DOES_NOT_SANCTION'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:DOES_NOT_SANCTION {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DOES_NOT_SUPPORT'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:DOES_NOT_SUPPORT {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'FUNDS'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:FUNDS {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'GIVES_GUARANTEES_TO'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:GIVES_GUARANTEES_TO {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'IS_MEMBER_OF'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:IS_MEMBER_OF {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'IS_NOT_MEMBER_OF'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:IS_NOT_MEMBER_OF {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'IS_OFFICIAL_OF'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:IS_OFFICIAL_OF {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LEADS'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:LEADS {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'MEETS'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:MEETS {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'OPPOSES'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:OPPOSES {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PARTICIPATES_IN'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:PARTICIPATES_IN {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PROVIDES_AID_TO'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:PROVIDES_AID_TO {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PROVIDES_MILITARY_AID_TO'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:PROVIDES_MILITARY_AID_TO {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'REQUESTS'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:REQUESTS {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SANCTIONS'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:SANCTIONS {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUPPORTS'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:SUPPORTS {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'THREATENS'
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:THREATENS {id: row.id}]->(o)
SET r.relation = CASE row.relation WHEN '' THEN null ELSE row.relation END,
    r.polarity = CASE row.polarity WHEN '' THEN null ELSE row.polarity END,
    r.modality = CASE row.modality WHEN '' THEN null ELSE row.modality END,
    r.label = CASE row.label WHEN '' THEN null ELSE row.label END,
    r.evidence = CASE row.evidence WHEN '' THEN null ELSE row.evidence END,
    r.start = toInteger(row.`start:int`),
    r.end = toInteger(row.`end:int`),
    r.document = CASE row.document WHEN '' THEN null ELSE row.document END,
    r.date = CASE row.`date:date` WHEN '' THEN null ELSE date(row.`date:date`) END,
    r.attributed_to = CASE row.attributed_to WHEN '' THEN null ELSE row.attributed_to END,
    r.doc_id = CASE row.doc_id WHEN '' THEN null ELSE row.doc_id END,
    r.trigger = CASE row.trigger WHEN '' THEN null ELSE row.trigger END;
