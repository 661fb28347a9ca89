// Checks SiteGen's lunr index against the real lunr.js 2.3.9 (LunrExportTests runs this).
// stdin:  { "indexPath": "...", "docs": [{ "id", "title": [terms], "agency": [terms], "body": [terms] }], "queries": [[terms], ...] }
// stdout: { "loaded": results per query, "built": results per query, "ours": ..., "lunrs": ..., "alteredByTokenizer": [...] }
// "loaded" runs on our index as lunr.Index.load reads it; "built" on the index lunr's own builder makes from the same
// terms. "ours" and "lunrs" are both indexes as JSON.stringify writes them, so key order is JavaScript's for both.
'use strict'

const fs = require('fs')
const lunr = require('lunr')

if (lunr.version !== '2.3.9') {
  throw new Error(`lunr ${lunr.version} is installed, the tests need 2.3.9: run npm ci --prefix tests/js`)
}

function build (docs) {
  return lunr(function () {
    // No trimmer, stop words or stemmer: they would change our terms (the trimmer empties every Han term).
    this.pipeline.reset()
    this.searchPipeline.reset()
    this.ref('id')
    this.field('title')
    this.field('agency')
    this.field('body')
    docs.forEach(d => this.add(d), this)
  })
}

// The page's query (search.md): every term required, no pipeline.
function run (index, terms) {
  return index
    .query(q => q.term(terms, { presence: lunr.Query.presence.REQUIRED, usePipeline: false }))
    .map(r => ({ ref: r.ref, score: r.score }))
}

// lunr's builder gives an array field to lunr.tokenizer, which lowercases each element (toString().toLowerCase()).
// Our terms are lowercase already; any term that lowercasing still changes is listed so the test can say so.
function alteredByTokenizer (docs) {
  const altered = []
  for (const d of docs) {
    for (const field of ['title', 'agency', 'body']) {
      const terms = d[field]
      lunr.tokenizer(terms).forEach((token, i) => {
        if (token.toString() !== terms[i]) altered.push(terms[i])
      })
    }
  }
  return altered
}

let input = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', chunk => { input += chunk })
process.stdin.on('end', () => {
  const { indexPath, docs, queries } = JSON.parse(input)
  const serialized = JSON.parse(fs.readFileSync(indexPath, 'utf8'))
  const loaded = lunr.Index.load(serialized)
  const built = build(docs)
  process.stdout.write(JSON.stringify({
    loaded: queries.map(q => run(loaded, q)),
    built: queries.map(q => run(built, q)),
    ours: JSON.stringify(serialized),
    lunrs: JSON.stringify(built),
    alteredByTokenizer: alteredByTokenizer(docs)
  }))
})
