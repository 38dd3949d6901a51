#!/usr/bin/env python3
"""Pages and job files for bench/nightly (generated markup, temp folder only).

  nightly_pages.py pages ARTICLES.jsonl ROOT STORIES OUTLETS
      renders STORIES x OUTLETS pages into ROOT/<outlet>/s/<story>.html from
      the stories-dev clusters, reused with varied text so every page differs
  nightly_pages.py job ROOT STORIES STORE REPORTS URL...
      writes ROOT/jobs.toml; outlet o is served at URL number o
  nightly_pages.py change ROOT STORIES OUTLETS FRACTION SEED URL...
      edits one sentence in FRACTION of the pages; prints the changed URLs
"""
import html
import json
import random
import sys
from collections import defaultdict
from pathlib import Path


def clusters_of(path):
    by_cluster = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        by_cluster[row["cluster_id"]].append(row)
    return [by_cluster[k] for k in sorted(by_cluster)]


def render(story, outlet, article):
    paragraphs = [p.strip() for p in article["text"].split("\n") if p.strip()]
    shift = story // 29
    if len(paragraphs) > 4:  # vary the text: leave out one paragraph, rotated
        del paragraphs[shift % len(paragraphs)]
    paragraphs.insert(min(2, len(paragraphs)),
                      f"This is edition {story} of the story, as outlet {outlet} carried it.")
    site = f"Outlet {outlet}"
    title = f"{article['title']} ({story})"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<!-- Generated markup for a benchmark; the text comes from a development set. -->
<title>{html.escape(title)}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{html.escape(article.get('date') or '')}">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>
<article><h1>{html.escape(title)}</h1>
{body}
</article>
<footer><p>Copyright {site}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def pages(articles, root, stories, outlets):
    clusters = clusters_of(articles)
    root = Path(root)
    for o in range(outlets):
        (root / str(o) / "s").mkdir(parents=True, exist_ok=True)
    for s in range(stories):
        members = clusters[s % len(clusters)]
        for o in range(outlets):
            article = members[(o + s // len(clusters)) % len(members)]
            (root / str(o) / "s" / f"{s}.html").write_text(render(s, o, article), encoding="utf-8")


def job(root, stories, store, reports, urls):
    out = [f'[settings]\nstore = "{store}"\nreports = "{reports}"\n'
           'concurrency = 8\nper_host_delay_s = 0\n']
    for s in range(stories):
        inputs = ", ".join(f'"{u}/s/{s}.html"' for u in urls)
        out.append(f'[[story]]\nid = "story-{s}"\ntitle = "Story {s}"\ninputs = [{inputs}]\n')
    Path(root, "jobs.toml").write_text("\n".join(out), encoding="utf-8")


def change(root, stories, outlets, fraction, seed, urls):
    rng = random.Random(seed)
    every = [(s, o) for s in range(stories) for o in range(outlets)]
    for s, o in sorted(rng.sample(every, round(len(every) * fraction))):
        path = Path(root, str(o), "s", f"{s}.html")
        text = path.read_text(encoding="utf-8")
        marker = f"as outlet {o} carried it."
        text = text.replace(marker, f"as outlet {o} carried it after a correction.", 1)
        path.write_text(text, encoding="utf-8")
        print(f"{urls[o]}/s/{s}.html")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "pages":
        pages(args[0], args[1], int(args[2]), int(args[3]))
    elif cmd == "job":
        job(args[0], int(args[1]), args[2], args[3], args[4:])
    elif cmd == "change":
        change(args[0], int(args[1]), int(args[2]), float(args[3]), int(args[4]), args[5:])
    else:
        sys.exit(f"nightly_pages.py: unknown command {cmd}")
