"""Peer for bench/extraction: readability-lxml (Debian python3-readability).

Usage: /usr/bin/python3 readability_lxml_peer.py FILE...
Prints one JSON line per file: {"file", "text"} or {"file", "error"}.
"""
import json
import os
import sys

import lxml.html
from readability import Document

for path in sys.argv[1:]:
    name = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
        summary = Document(raw).summary(html_partial=True)
        text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        print(json.dumps({"file": name, "text": text} if text.strip() else
                         {"file": name, "error": "no article"}))
    except Exception as e:  # a failing page counts as failed, the run goes on
        print(json.dumps({"file": name, "error": str(e)[:200]}))
