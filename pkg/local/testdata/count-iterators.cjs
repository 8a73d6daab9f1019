// Used by TestDynaliteIteratorFix: runs queries through dynalite's own
// storage layer on disk and prints how many LevelDB iterators are still
// open once their streams have ended ("open=N").
'use strict'

const fs = require('fs')
const os = require('os')
const path = require('path')
const { createRequire } = require('module')

const root = process.argv[2]
const fromDynalite = createRequire(path.join(root, 'node_modules', 'dynalite', 'package.json'))
const fromClassic = createRequire(createRequire(fromDynalite.resolve('level')).resolve('classic-level'))
const { AbstractLevel } = fromClassic('abstract-level')
let open = 0
const attach = AbstractLevel.prototype.attachResource
const detach = AbstractLevel.prototype.detachResource
AbstractLevel.prototype.attachResource = function (r) { open++; return attach.call(this, r) }
AbstractLevel.prototype.detachResource = function (r) { open--; return detach.call(this, r) }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dynalite-iterators-'))
const store = fromDynalite('./db').create({ path: dir })
const items = store.getItemDb('t')
const queries = 20

function query (i, done) {
  const s = items.createValueStream({ gte: 'a', lt: 'z', limit: 3 })
  s.on('data', () => {})
  s.on('error', done)
  s.on('close', () => (i + 1 < queries ? query(i + 1, done) : done()))
}

items.batch([ 'a1', 'a2', 'a3', 'a4' ].map(k => ({ type: 'put', key: k, value: { k } })), err => {
  if (err) throw err
  query(0, err => {
    if (err) throw err
    setTimeout(() => {
      console.log('open=' + open)
      fs.rmSync(dir, { recursive: true, force: true })
      process.exit(0)
    }, 100)
  })
})
