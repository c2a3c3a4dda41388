#!/usr/bin/env node
// Generates hub-ejb/src/main/resources/db/migration/V2__reference_organisations.sql:
// the 21 Swedish regions and the 290 Swedish municipalities as reference organisations.
//
// Sources (see hub-ejb/src/main/resources/reference/README.md):
//   - municipalities: data.json of the npm package `kommunkoder` 1.1.1 (MIT, data from SCB)
//   - län (counties): iso_3166-2.json of Debian's `iso-codes` package (LGPL-2.1+)
//   - the regional bodies' names: the REGION_NAMES table below (curated by hand)
//
// Usage (nothing is installed into the repository):
//   SCRATCH=$(mktemp -d) && (cd "$SCRATCH" && npm install --no-save kommunkoder@1.1.1)
//   apt-get install iso-codes      # usually already installed
//   node hub-ejb/src/build/generate-organisations.js \
//       --kommunkoder "$SCRATCH"/node_modules/kommunkoder/data.json \
//       --iso /usr/share/iso-codes/json/iso_3166-2.json \
//       > hub-ejb/src/main/resources/db/migration/V2__reference_organisations.sql
//
// The output is deterministic. Never regenerate it once a release has applied V2: Flyway checks
// the checksum of applied migrations; changes to reference data belong in a new migration.
'use strict';

const fs = require('fs');

// ISO 3166-2:SE letter codes -> the two-digit länskod used by SCB.
const LETTER_TO_LANSKOD = {
  AB: '01', C: '03', D: '04', E: '05', F: '06', G: '07', H: '08', I: '09', K: '10', M: '12',
  N: '13', O: '14', S: '17', T: '18', U: '19', W: '20', X: '21', Y: '22', Z: '23', AC: '24',
  BD: '25',
};

// The name of the regional body (region, formerly landsting) of each län.
const REGION_NAMES = {
  '01': 'Region Stockholm',
  '03': 'Region Uppsala',
  '04': 'Region Sörmland',
  '05': 'Region Östergötland',
  '06': 'Region Jönköpings län',
  '07': 'Region Kronoberg',
  '08': 'Region Kalmar län',
  '09': 'Region Gotland',
  '10': 'Region Blekinge',
  '12': 'Region Skåne',
  '13': 'Region Halland',
  '14': 'Västra Götalandsregionen',
  '17': 'Region Värmland',
  '18': 'Region Örebro län',
  '19': 'Region Västmanland',
  '20': 'Region Dalarna',
  '21': 'Region Gävleborg',
  '22': 'Region Västernorrland',
  '23': 'Region Jämtland Härjedalen',
  '24': 'Region Västerbotten',
  '25': 'Region Norrbotten',
};

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
  return fallback;
}

function fail(message) {
  process.stderr.write('generate-organisations: ' + message + '\n');
  process.exit(1);
}

function check(condition, message) {
  if (!condition) fail(message);
}

function resolveKommunkoder() {
  try {
    return require.resolve('kommunkoder/data.json');
  } catch (e) {
    return null;
  }
}

const kommunkoderPath = arg('--kommunkoder', resolveKommunkoder());
const isoPath = arg('--iso', '/usr/share/iso-codes/json/iso_3166-2.json');
check(kommunkoderPath, 'kommunkoder not found: pass --kommunkoder PATH/data.json or set NODE_PATH');

const municipalitiesRaw = JSON.parse(fs.readFileSync(kommunkoderPath, 'utf8'));
const iso = JSON.parse(fs.readFileSync(isoPath, 'utf8'));

// --- län from iso-codes ---------------------------------------------------------------------
const counties = iso['3166-2']
  .filter((e) => e.code.startsWith('SE-'))
  .map((e) => {
    const letter = e.code.slice(3);
    const code = LETTER_TO_LANSKOD[letter];
    check(code, 'no länskod for ' + e.code);
    check(e.type === 'County', e.code + ' is not a County');
    // iso-codes writes "Stockholms län [SE-01]": the bracket must agree with our mapping.
    const m = /^(.*?)\s*\[SE-(\d\d)\]$/.exec(e.name);
    check(m, 'unexpected iso-codes name ' + e.name);
    check(m[2] === code, e.code + ' is ' + m[2] + ' in iso-codes, ' + code + ' in our mapping');
    return { letter, code, name: m[1].normalize('NFC') };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
check(counties.length === 21, 'expected 21 län, got ' + counties.length);
check(new Set(counties.map((c) => c.code)).size === 21, 'duplicate länskod');
check(Object.keys(LETTER_TO_LANSKOD).length === 21, 'mapping must have 21 entries');
const countyByCode = new Map(counties.map((c) => [c.code, c]));

const regions = counties.map((c) => {
  const name = REGION_NAMES[c.code];
  check(name, 'no region name for ' + c.code);
  return { kind: 'REGION', name, code: c.code, countyCode: c.code };
});
check(Object.keys(REGION_NAMES).every((k) => countyByCode.has(k)), 'REGION_NAMES has an unknown länskod');

// --- municipalities from kommunkoder --------------------------------------------------------
const municipalities = municipalitiesRaw
  .map((m) => {
    const code = String(m.code).trim();
    const name = String(m.municipality).trim().normalize('NFC');
    check(/^\d{4}$/.test(code), 'bad kommunkod ' + JSON.stringify(m.code));
    check(name.length > 0 && name.length <= 200, 'bad name for ' + code);
    const countyCode = code.slice(0, 2);
    const county = countyByCode.get(countyCode);
    check(county, code + ' ' + name + ': no län ' + countyCode);
    // kommunkoder names the län too: it must be the län its code says.
    check(String(m.county).normalize('NFC') === county.name,
      code + ' ' + name + ': kommunkoder says ' + m.county + ', code says ' + county.name);
    return { kind: 'MUNICIPALITY', name, code, countyCode };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
check(municipalities.length === 290, 'expected 290 municipalities, got ' + municipalities.length);
check(new Set(municipalities.map((m) => m.code)).size === 290, 'duplicate kommunkod');
check(new Set(municipalities.map((m) => m.name)).size === 290, 'duplicate municipality name');
for (const c of counties) {
  check(municipalities.some((m) => m.countyCode === c.code), 'län ' + c.code + ' has no municipality');
}

const all = regions.concat(municipalities);
check(new Set(all.map((o) => o.code)).size === 311, 'codes are not unique across all rows');

// --- SQL ------------------------------------------------------------------------------------
function lit(s) {
  return s === null || s === undefined ? 'null' : "'" + String(s).replace(/'/g, "''") + "'";
}

function insert(o) {
  return 'insert into organisation (kind, name, code, county_code) values (' +
    [o.kind, o.name, o.code, o.countyCode].map(lit).join(', ') + ');';
}

const out = [];
out.push('-- Reference organisations: the 21 Swedish regions and the 290 Swedish municipalities.');
out.push('-- GENERATED by hub-ejb/src/build/generate-organisations.js: do not edit by hand.');
out.push('-- Sources and licences: hub-ejb/src/main/resources/reference/README.md');
out.push('--   municipalities: npm package kommunkoder 1.1.1 (MIT), data from SCB');
out.push('--   län: Debian iso-codes, ISO 3166-2:SE; regional bodies\' names curated by hand');
out.push('-- code: länskod (2 digits) for regions, kommunkod (4 digits) for municipalities;');
out.push('-- county_code: the länskod the organisation lies in. Ids come from the identity default.');
out.push('');
out.push('-- Regions (' + regions.length + ')');
regions.forEach((o) => out.push(insert(o)));
out.push('');
out.push('-- Municipalities (' + municipalities.length + ')');
let lastCounty = null;
for (const o of municipalities) {
  if (o.countyCode !== lastCounty) {
    lastCounty = o.countyCode;
    out.push('-- ' + o.countyCode + ' ' + countyByCode.get(o.countyCode).name);
  }
  out.push(insert(o));
}
process.stdout.write(out.join('\n') + '\n');
process.stderr.write('generate-organisations: ' + regions.length + ' regions, ' +
  municipalities.length + ' municipalities\n');
