#!/usr/bin/env node
// Generates the language data the search analysis reads from Elasticsearch's config directory
// (search-indexer/src/main/resources/search/config/hjulet/, installed there by LocalElasticsearchNode):
//
//   sv-compound-parts.txt  Swedish words that may begin or end a compound, for the dictionary_decompounder
//                          (and the query-side splitting in se.hjulet.search.query.Compounds).
//                          From Debian's hunspell-sv (sv_SE.dic, LGPL-3, © Göran Andersson).
//   en-sv.txt              English → Swedish rules in Solr synonym format, for translating English queries:
//                          the project's own glossary (src/build/language/en-sv-glossary.txt) first, then the
//                          general vocabulary of Debian's dict-freedict-eng-swe (FreeDict eng-swe 0.2, GPL-2+).
//
// Sources and licences: search-indexer/src/main/resources/search/config/README.md.
//
// Usage (nothing is installed into the repository):
//   SCRATCH=$(mktemp -d) && (cd "$SCRATCH" && apt-get download hunspell-sv dict-freedict-eng-swe \
//       && for f in *.deb; do dpkg-deb -x "$f" x; done)
//   node search-indexer/src/build/generate-language-data.js \
//       --hunspell "$SCRATCH"/x/usr/share/hunspell/sv_SE.dic \
//       --freedict "$SCRATCH"/x/usr/share/dictd/freedict-eng-swe \
//       --glossary search-indexer/src/build/language/en-sv-glossary.txt \
//       --out search-indexer/src/main/resources/search/config/hjulet
//
// The output is deterministic (sorted, no dates).
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function arg(name) {
  const i = process.argv.indexOf(name);
  if (i < 0 || !process.argv[i + 1]) fail('pass ' + name);
  return process.argv[i + 1];
}

function fail(message) {
  process.stderr.write('generate-language-data: ' + message + '\n');
  process.exit(1);
}

// hunspell-sv flags (sv_SE.aff): X COMPOUNDBEGIN, U COMPOUNDMIDDLE, Y COMPOUNDEND, Z ONLYINCOMPOUND.
// A word without any of them never takes part in a compound (e.g. "mun"), so it is left out: fewer
// false parts such as "kom|mun|al".
const COMPOUND_FLAGS = /[XUYZ]/;
const SWEDISH_WORD = /^[a-zåäöéü]{3,15}$/; // the decompounder's max_subword_size is 15

function compoundParts(dicPath) {
  const lines = fs.readFileSync(dicPath, 'utf8').split('\n').slice(1);
  const words = new Set();
  for (const line of lines) {
    const [word, rest] = line.trim().split('/');
    if (!rest || !SWEDISH_WORD.test(word)) continue; // proper nouns are capitalised and fall out here
    const flags = rest.split(/\s/)[0];
    if (COMPOUND_FLAGS.test(flags)) words.add(word);
  }
  if (words.size < 50000) fail('only ' + words.size + ' compound parts: is this sv_SE.dic?');
  return [...words].sort();
}

// dictd index lines: headword TAB offset TAB length, numbers in dictd's base 64.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function b64(text) {
  let n = 0;
  for (const c of text) n = n * 64 + B64.indexOf(c);
  return n;
}

// English function words: FreeDict's entries for them come from broken phrases ("in" → "förgäves" from
// "in vain"), and a query's "in" or "for" needs no translation.
const ENGLISH_STOP = new Set(('a an and are as at be but by for from if in into is it no not of on or such that the their '
  + 'then there these they this to was will with we our you your how what when where who').split(' '));

// FreeDict's eng-swe keeps only the first word of multi-word headwords ("water" for "water colour"), so a
// headword with several entries mixes senses of other phrases. Their pronunciations are longer than the
// word's own: keep the entries with the shortest pronunciation. Translations are comma or number lists.
function freedict(base) {
  const data = zlib.gunzipSync(fs.readFileSync(base + '.dict.dz'));
  const entries = new Map();
  for (const line of fs.readFileSync(base + '.index', 'utf8').split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!length || head.startsWith('00') || !/^[a-z][a-z-]{1,30}$/.test(head) || ENGLISH_STOP.has(head)) continue; // no names, no metadata
    const text = data.subarray(b64(offset), b64(offset) + b64(length)).toString('utf8');
    const [first, ...rest] = text.split('\n');
    const pronunciation = (first.match(/\/(.*)\//) || [, ''])[1];
    const senses = rest.join('\n').split(/\n|,|;/).map(s => s.replace(/^\s*\d+\.\s*/, '').trim().toLowerCase())
      .filter(s => /^[a-zåäöéü][a-zåäöéü -]{1,40}$/.test(s) && s.split(' ').length <= 3);
    if (!senses.length) continue;
    const list = entries.get(head) || [];
    list.push({ length: pronunciation.length, senses });
    entries.set(head, list);
  }
  const rules = new Map();
  for (const [head, list] of entries) {
    const shortest = Math.min(...list.map(e => e.length));
    const senses = new Set(list.filter(e => e.length === shortest).flatMap(e => e.senses));
    rules.set(head, [...senses].slice(0, 4));
  }
  return rules;
}

// The glossary: "english, variants => svenska, varianter" per line, # comments.
function glossary(file) {
  const rules = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const text = line.replace(/#.*/, '').trim();
    if (!text) return;
    const [left, right] = text.split('=>').map(s => s && s.split(',').map(w => w.trim().toLowerCase()).filter(Boolean));
    if (!left || !right || !left.length || !right.length) fail(file + ':' + (i + 1) + ': expected "english, … => svenska, …"');
    rules.push({ left, right });
  });
  return rules;
}

// Regular English plurals, so "libraries" meets the rule for "library" without an English stemmer
// (which would also cut the Swedish words the rules produce).
function withPlural(term) {
  const space = term.lastIndexOf(' ');
  if (space > 0) return withPlural(term.slice(space + 1)).map(last => term.slice(0, space + 1) + last); // water meter(s)
  const word = term;
  if (word.length < 3 || /s$/.test(word)) return [word];
  if (/[^aeiou]y$/.test(word)) return [word, word.slice(0, -1) + 'ies'];
  if (/(ch|sh|x|z)$/.test(word)) return [word, word + 'es'];
  return [word, word + 's'];
}

function translationRules(own, general) {
  const covered = new Set();
  const lines = [];
  for (const { left, right } of own) {
    const forms = [...new Set(left.flatMap(withPlural))].filter(f => !covered.has(f));
    forms.forEach(f => covered.add(f));
    if (forms.length) lines.push(forms.join(', ') + ' => ' + right.join(', '));
  }
  const generalLines = [];
  for (const [head, senses] of [...general].sort((a, b) => a[0].localeCompare(b[0]))) {
    const forms = withPlural(head).filter(f => !covered.has(f));
    if (!forms.length) continue;
    forms.forEach(f => covered.add(f));
    generalLines.push(forms.join(', ') + ' => ' + senses.join(', '));
  }
  return { own: lines, general: generalLines };
}

const out = arg('--out');
const parts = compoundParts(arg('--hunspell'));
fs.writeFileSync(path.join(out, 'sv-compound-parts.txt'), [
  '# Swedish words that may begin, continue or end a compound: ' + parts.length + ' words.',
  '# GENERATED by search-indexer/src/build/generate-language-data.js: do not edit by hand.',
  '# Derived from sv_SE.dic of Debian\'s hunspell-sv 1:7.5.0 (LibreOffice dictionaries),',
  '# Copyright 2003-2014 Göran Andersson, licensed under the GNU LGPL version 3. This file is',
  '# distributed under the same licence; see search-indexer/src/main/resources/search/config/README.md.',
  ...parts, ''].join('\n'));

const rules = translationRules(glossary(arg('--glossary')), freedict(arg('--freedict')));
fs.writeFileSync(path.join(out, 'en-sv.txt'), [
  '# English → Swedish translation rules for English queries (Solr synonym format).',
  '# GENERATED by search-indexer/src/build/generate-language-data.js: do not edit by hand;',
  '# edit search-indexer/src/build/language/en-sv-glossary.txt and generate again.',
  '# Licence: GNU GPL version 2 or later, because the second part is derived from FreeDict\'s',
  '# English-Swedish dictionary 0.2 (Debian dict-freedict-eng-swe 2022.04.21-1, © FreeDict contributors).',
  '# This data file is licensed separately from the rest of Hjulet; see',
  '# search-indexer/src/main/resources/search/config/README.md.',
  '',
  '# Part 1: the project\'s public-sector glossary (' + rules.own.length + ' rules).',
  ...rules.own,
  '',
  '# Part 2: general vocabulary from FreeDict eng-swe (' + rules.general.length + ' rules).',
  ...rules.general, ''].join('\n'));
process.stderr.write('generate-language-data: ' + parts.length + ' compound parts, ' + rules.own.length + ' glossary and '
  + rules.general.length + ' general translation rules\n');
