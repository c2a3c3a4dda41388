#!/usr/bin/env node
// Generates hub-ejb/src/main/resources/db/migration/V10__cpv_check_digits.sql: the official check
// digit of each of the 9,454 CPV codes that V4 loaded, so a code typed with a wrong check digit
// (48000000-1 instead of 48000000-8) can be refused.
//
// The check digits of CPV 2008 follow no algorithm that reproduces all of them (the published
// vocabulary carries errors that became official), so they are taken from lists of the codes as
// published, never computed. Sources and licences: hub-ejb/src/main/resources/reference/README.md.
//
// Inputs (none is committed; each --source is a full list of codes written NNNNNNNN-D):
//   - JSON object keyed by code, e.g. classifiers/cpv/en.json of the GitHub repository
//     openprocurement/standards (Apache-2.0);
//   - CSV whose first column is CODE, e.g. the EU's cpv_2008_ver_2013.csv (CODE;<language>);
//   - the EU's cpv_2008.xml (<CPV CODE="03000000-1">…).
// Give --source more than once and every source must agree on every check digit.
//
// Usage (the inputs go into a scratch directory outside the repository; the README gives the
// commits and sha256 sums of the files this migration was made from):
//   SCRATCH=$(mktemp -d)
//   git clone https://github.com/openprocurement/standards "$SCRATCH/standards"
//   git clone https://github.com/kwasiucionek/TenderBot "$SCRATCH/tenderbot"   # the EU's CSV, reproduced
//   node hub-ejb/src/build/generate-cpv-check-digits.js \
//       --source "$SCRATCH/standards/classifiers/cpv/en.json" \
//       --source "$SCRATCH/tenderbot/cpv_2008_ver_2013.csv" \
//       > hub-ejb/src/main/resources/db/migration/V10__cpv_check_digits.sql
// The EU's own cpv_2008.xml or cpv_2008_ver_2013.csv, where you have them, can be given the same way.
//
// The codes must be exactly those of V4 (read from V4__cpv_codes.sql beside the output), else the
// generator stops. The output is deterministic. Never regenerate it once a release has applied V10.
'use strict';

const fs = require('fs');
const path = require('path');

const EXPECTED_CODES = 9454;
const CODES_PER_STATEMENT = 500; // keeps each statement small; both databases take the IN list as a set
const CODES_PER_LINE = 10;
const V4 = path.join(__dirname, '..', 'main', 'resources', 'db', 'migration', 'V4__cpv_codes.sql');
const FULL_CODE = /^(\d{8})-(\d)$/;

function fail(message) {
  process.stderr.write('generate-cpv-check-digits: ' + message + '\n');
  process.exit(1);
}

function check(condition, message) {
  if (!condition) fail(message);
}

function args(name) {
  const values = [];
  process.argv.forEach((a, i) => { if (a === name && process.argv[i + 1]) values.push(process.argv[i + 1]); });
  return values;
}

// Every full code (NNNNNNNN-D) a source lists, in the order written.
function fullCodes(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    return Object.keys(JSON.parse(text)).map((k) => k.trim());
  }
  if (trimmed.startsWith('<')) {
    return [...text.matchAll(/<CPV\s+CODE="([^"]*)"/g)].map((m) => m[1].trim());
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift().split(/[;,\t]/)[0].replace(/"/g, '').trim();
  check(header.toUpperCase() === 'CODE', file + ': a CSV source must start with a CODE column, found ' + JSON.stringify(header));
  return lines.map((l) => l.split(/[;,\t]/)[0].replace(/"/g, '').trim());
}

function checkDigits(file) {
  const digits = new Map();
  for (const full of fullCodes(file)) {
    const m = FULL_CODE.exec(full);
    check(m, file + ': not a CPV code with check digit: ' + JSON.stringify(full));
    check(!digits.has(m[1]), file + ': code listed twice: ' + m[1]);
    digits.set(m[1], m[2]);
  }
  return digits;
}

const sources = args('--source');
check(sources.length > 0, 'pass --source FILE (JSON, CSV or XML list of CPV codes with check digits), once or more');

const v4Codes = [...fs.readFileSync(V4, 'utf8').matchAll(/^\('(\d{8})'/gm)].map((m) => m[1]).sort();
check(v4Codes.length === EXPECTED_CODES, 'expected ' + EXPECTED_CODES + ' codes in V4, found ' + v4Codes.length);

const lists = sources.map((file) => ({ file, digits: checkDigits(file) }));
for (const { file, digits } of lists) {
  const missing = v4Codes.filter((c) => !digits.has(c));
  const known = new Set(v4Codes);
  const extra = [...digits.keys()].filter((c) => !known.has(c)).sort();
  check(missing.length === 0 && extra.length === 0,
    file + ': codes differ from V4: missing ' + JSON.stringify(missing.slice(0, 20)) + ' (' + missing.length
    + '), not in V4 ' + JSON.stringify(extra.slice(0, 20)) + ' (' + extra.length + ')');
}
const first = lists[0];
for (const other of lists.slice(1)) {
  const disagree = v4Codes.filter((c) => first.digits.get(c) !== other.digits.get(c));
  check(disagree.length === 0, first.file + ' and ' + other.file + ' disagree on ' + disagree.length + ' codes, e.g. '
    + disagree.slice(0, 10).map((c) => c + ': ' + first.digits.get(c) + ' / ' + other.digits.get(c)).join(', '));
}
// Spot checks from the published vocabulary (03300000-2 is one that no weighted sum reproduces).
for (const [code, digit] of [['03000000', '1'], ['03300000', '2'], ['48000000', '8'], ['72000000', '5']]) {
  check(first.digits.get(code) === digit, code + ' should have check digit ' + digit + ', the source says ' + first.digits.get(code));
}

const out = [];
out.push('-- Reference data: the official check digit of each of the ' + v4Codes.length + ' CPV codes of V4 (48000000 -> 8, written 48000000-8).');
out.push('-- GENERATED by hub-ejb/src/build/generate-cpv-check-digits.js: do not edit by hand.');
out.push('-- Source and licence: hub-ejb/src/main/resources/reference/README.md (the CPV is Commission Regulation (EC) No 213/2008).');
out.push('-- One update per check digit (in chunks), so each statement is a set lookup on the primary key.');
out.push('');
out.push('alter table cpv_code add column check_digit char(1);');
for (let digit = 0; digit <= 9; digit++) {
  const codes = v4Codes.filter((c) => first.digits.get(c) === String(digit));
  out.push('');
  out.push('-- check digit ' + digit + ': ' + codes.length + ' codes');
  for (let i = 0; i < codes.length; i += CODES_PER_STATEMENT) {
    const chunk = codes.slice(i, i + CODES_PER_STATEMENT);
    const lines = [];
    for (let j = 0; j < chunk.length; j += CODES_PER_LINE) {
      lines.push('  ' + chunk.slice(j, j + CODES_PER_LINE).map((c) => "'" + c + "'").join(', '));
    }
    out.push("update cpv_code set check_digit = '" + digit + "' where code in (");
    out.push(lines.join(',\n') + ');');
  }
}
out.push('');
out.push('-- Fails the migration if any code was left without its check digit.');
out.push('alter table cpv_code alter column check_digit set not null;');
process.stdout.write(out.join('\n') + '\n');
process.stderr.write('generate-cpv-check-digits: ' + v4Codes.length + ' codes, ' + lists.length + ' source(s) in agreement\n');
