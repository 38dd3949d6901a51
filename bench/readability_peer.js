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

// Returns { document, close }: jsdom windows hold timers and memory until
// closed, so each is closed once its page is read.
let parse;
if (dom === 'linkedom') {
  const { parseHTML } = require('linkedom');
  parse = (bytes) => ({ document: parseHTML(decode(bytes)).document, close: () => {} });
} else {
  const { JSDOM, VirtualConsole } = require('jsdom');
  const vc = new VirtualConsole();
  parse = (bytes) => {
    const window = new JSDOM(bytes, { virtualConsole: vc }).window;
    return { document: window.document, close: () => window.close() };
  };
}

const out = [];
for (const file of files) {
  const name = path.basename(file);
  let page = null;
  try {
    page = parse(fs.readFileSync(file));
    const art = new Readability(page.document).parse();
    if (art && art.textContent) out.push(JSON.stringify({ file: name, text: art.textContent }));
    else out.push(JSON.stringify({ file: name, error: 'no article' }));
  } catch (e) {
    out.push(JSON.stringify({ file: name, error: String(e).slice(0, 200) }));
  } finally {
    if (page) page.close();
  }
}
process.stdout.write(out.join('\n') + '\n');
