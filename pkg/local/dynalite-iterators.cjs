// Preloaded into dynalite (node --require, pkg/local/dynalite.go): closes
// the LevelDB iterator behind every Query and Scan once its stream ends.
//
// dynalite 4.0.0 (db/index.js, createValueStream/createKeyStream) reads
// with `db.values(opts)` / `db.keys(opts)` and wraps the iterator in a
// Readable whose destroy() calls `iterator.return()`, the async-iterator
// protocol. abstract-level 3's iterators have no return(): they are closed
// with close(). So destroy() skips the close, the iterator stays attached
// to the database, and in on-disk mode (classic-level) each one keeps its
// native LevelDB iterator, which pins the memtable and table version it
// started on. Under writes every 4 MB memtable some query saw stays in
// memory for good: dynalite grew by ~10 MB/s under `make load` and never
// gave it back. Giving iterators the return() that dynalite expects lets
// its own clean-up run; nothing else changes.
'use strict'

const { createRequire } = require('module')

// Resolve abstract-level the way dynalite's own storage modules do.
const fromDynalite = createRequire(require.resolve('dynalite/package.json', { paths: [process.cwd(), ...module.paths] }))
const bases = new Set()
for (const storage of ['level', 'memory-level']) {
  let req = createRequire(fromDynalite.resolve(storage))
  if (storage === 'level') req = createRequire(req.resolve('classic-level'))
  const { AbstractIterator } = req('abstract-level')
  // AbstractIterator, AbstractKeyIterator and AbstractValueIterator share
  // this prototype.
  bases.add(Object.getPrototypeOf(AbstractIterator.prototype))
}
for (const proto of bases) {
  if (typeof proto.close !== 'function') {
    throw new Error('dynalite-iterators: abstract-level iterators have no close(); re-check this work-around against the installed dynalite')
  }
  if (typeof proto.return === 'function') continue // fixed upstream
  Object.defineProperty(proto, 'return', {
    configurable: true,
    writable: true,
    value: async function () {
      await this.close()
      return { done: true, value: undefined }
    },
  })
}
