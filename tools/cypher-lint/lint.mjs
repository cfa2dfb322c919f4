#!/usr/bin/env node
// Lint Cypher with Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support: the engine behind Neo4j's VS Code extension).
//
// stdin, one of:
//   ["stmt", ...]                                  a JSON array of statements
//   {"statements": ["stmt", ...], "parameters": {"rows": []}}
//   {"script": "whole file;\n...", "parameters": {...}}
//        a whole .cypher file, split into statements by Neo4j's own splitter
//   {"jobs": [payload, ...]}                       several of the above in one run
//        (loading the parser takes seconds: batch the work)
// "parameters" declares the $parameters the statements may use (an undeclared
// $parameter is an error).
//
// stdout: a JSON array, one entry per statement:
//   {"statement": "...", "diagnostics": [{"severity": "error"|"warning"|"information"|"hint",
//     "message", "line", "column", "offset"}]}      (line/column 0-based, as the library says)
// For {"jobs": [...]}: a JSON array with one such array per job.
// A string given as one statement that parses as several is reported as an error.
// exit: 0 when no diagnostic is an error, 1 otherwise, 2 on bad input.
//
// Example:
//   echo '["MATCH (n) RETURN n", "MATCH (n RETURN n"]' | node lint.mjs
import { createRequire } from 'node:module';

// The package's ESM build uses extension-less relative imports, which Node's ESM loader
// rejects; its CommonJS build (the package's "require" export) loads fine.
const require = createRequire(import.meta.url);
const { lintCypherQuery, parseStatementsStrs } = require('@neo4j-cypher/language-support');

const SEVERITIES = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message) {
  process.stderr.write(`lint.mjs: ${message}\n`);
  process.exit(2);
}

function toDiagnostic(d) {
  return {
    severity: SEVERITIES[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range?.start?.line ?? null,
    column: d.range?.start?.character ?? null,
    offset: d.offsets?.start ?? null,
  };
}

function error(message) {
  return { severity: 'error', message, line: 0, column: 0, offset: 0 };
}

function lintOne(statement, schema, checkSingle) {
  if (statement.trim().length === 0) return [error('empty statement')];
  const diagnostics = lintCypherQuery(statement, schema).map(toDiagnostic);
  if (checkSingle) {
    const parts = parseStatementsStrs(statement).filter((s) => s.replace(/;\s*$/, '').trim());
    if (parts.length !== 1) diagnostics.push(error(`expected one statement, parsed ${parts.length}`));
  }
  return diagnostics;
}

function lintPayload(input) {
  let statements;
  let checkSingle = true;
  if (Array.isArray(input)) {
    statements = input;
  } else if (input && typeof input.script === 'string') {
    statements = parseStatementsStrs(input.script).filter((s) => s.trim().length > 0);
    checkSingle = false;
  } else {
    statements = input?.statements;
  }
  if (!Array.isArray(statements) || !statements.every((s) => typeof s === 'string')) {
    fail('expected a JSON array of strings, {"statements": [...]}, {"script": "..."} or {"jobs": [...]}');
  }
  const schema = { parameters: (!Array.isArray(input) && input.parameters) || {} };
  return statements.map((statement) => ({
    statement,
    diagnostics: lintOne(statement, schema, checkSingle),
  }));
}

function hasError(results) {
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
}

async function main() {
  let input;
  try {
    input = JSON.parse(await readStdin());
  } catch (err) {
    fail(`stdin is not JSON: ${err.message}`);
  }
  const jobs = input && !Array.isArray(input) && Array.isArray(input.jobs);
  const output = jobs ? input.jobs.map(lintPayload) : lintPayload(input);
  process.stdout.write(JSON.stringify(output) + '\n');
  process.exit((jobs ? output.some(hasError) : hasError(output)) ? 1 : 0);
}

main();
