// Peer for bench/extraction: Mozilla Readability on linkedom or jsdom.
// Usage: node readability_peer.js linkedom|jsdom FILE...  (NODE_PATH names
// the folder holding the npm modules). Prints one JSON line per file:
// {"file", "text"} or {"file", "error"}.
'use strict';
const fs = require('fs');
const path = require('path');
const { Readability } = require('@mozilla/readability');

const dom = process.argv[2];
const files = process.argv.slice(3);

// The page's declared charset (first 1024 bytes), else UTF-8.
function decode(bytes) {
  const head = bytes.subarray(0, 1024).toString('latin1').toLowerCase();
  const m = head.match(/<meta[^>]*charset\s*=\s*["']?([a-z0-9_.:-]+)/);
  let label = m ? m[1] : 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch (e) {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

let parse;
if (dom === 'linkedom') {
  const { parseHTML } = require('linkedom');
  parse = (bytes) => parseHTML(decode(bytes)).document;
} else {
  const { JSDOM, VirtualConsole } = require('jsdom');
  const vc = new VirtualConsole();
  parse = (bytes) => new JSDOM(bytes, { virtualConsole: vc }).window.document;
}

const out = [];
for (const file of files) {
  const name = path.basename(file);
  try {
    const doc = parse(fs.readFileSync(file));
    const art = new Readability(doc).parse();
    if (art && art.textContent) out.push(JSON.stringify({ file: name, text: art.textContent }));
    else out.push(JSON.stringify({ file: name, error: 'no article' }));
  } catch (e) {
    out.push(JSON.stringify({ file: name, error: String(e).slice(0, 200) }));
  }
}
process.stdout.write(out.join('\n') + '\n');
