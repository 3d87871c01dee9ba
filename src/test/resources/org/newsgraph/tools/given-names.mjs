// Writes given-names.txt (one given name a line) from the person first-name lists of the npm
// package @faker-js/faker (MIT), every locale written in Latin script, less every name that the
// UD treebanks in ../shared/ud use twice or more as a lower-case word ("Hope", "Will", "May"): such a name says
// little about whether a capitalised word names a person. Deterministic: sorted output.
//
// With a third argument "common" it writes common-words.txt instead: the words other than proper
// nouns, numbers and symbols that the treebanks use three times or more in lower case ("series",
// "change", "unless").
//
//   npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//   node src/test/resources/org/newsgraph/tools/given-names.mjs ./package ../shared/ud \
//       > src/main/resources/org/newsgraph/extract/given-names.txt
//   node src/test/resources/org/newsgraph/tools/given-names.mjs ./package ../shared/ud common \
//       > src/main/resources/org/newsgraph/extract/common-words.txt
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [fakerDir, udDir, mode] = process.argv.slice(2);
const { allLocales } = await import(pathToFileURL(join(fakerDir, 'dist', 'index.js')).href);

const lowerWords = new Map();
const contentWords = new Map();
const walk = dir => readdirSync(dir).forEach(f => {
  const p = join(dir, f);
  if (statSync(p).isDirectory()) return walk(p);
  // GUM news documents are the evaluation articles: never read them
  if (!f.endsWith('.conllu') || f.startsWith('GUM_news_')) return;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2 || !/^\d+$/.test(cols[0])) continue;
    const w = cols[1];
    if (/^\p{Ll}+$/u.test(w)) lowerWords.set(w, (lowerWords.get(w) || 0) + 1);
    if (/^\p{Ll}+$/u.test(w) && !['PROPN', 'PUNCT', 'NUM', 'SYM', 'X'].includes(cols[3])) contentWords.set(w, (contentWords.get(w) || 0) + 1);
  }
});
walk(udDir);

if (mode === 'common') {
  const words = [...contentWords].filter(([w, n]) => n >= 3 && w.length >= 3).map(([w]) => w).sort();
  process.stdout.write('# Common English words (see NOTICE-names.md): words other than proper nouns, numbers and\n'
    + '# symbols that the UD treebanks use three times or more in lower case. One a line.\n' + words.join('\n') + '\n');
  process.exit(0);
}
const names = new Set();
const flat = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();
for (const def of Object.values(allLocales)) {
  for (const n of flat(def.person?.first_name)) {
    if (/^\p{Lu}[\p{Ll}'-]+$/u.test(n) && /^[\p{Script=Latin}'-]+$/u.test(n) && n.length >= 2
        && (lowerWords.get(n.toLowerCase()) || 0) < 2) {
      names.add(n);
    }
  }
}
process.stdout.write('# Given names (see NOTICE-names.md): faker-js person first names, Latin script, less words\n'
  + '# the UD treebanks use twice or more in lower case. One a line.\n'
  + [...names].sort().join('\n') + '\n');
