// Building and drawing the who-cites-whom graph.
//
// Building: every cited source of every cluster gives a path
//   member's outlet -> via[0] -> via[1] ... -> source
// (CitedSource::via lists the outlets a claim came through, nearest first),
// every ChainLink gives an outlet -> outlet edge, and every wire group gives
// copy -> origin edges (and origin -> agency when the copies credit one).
// Nodes merge on their lower-cased name, so "Reuters" the cited agency and
// "Reuters" the fetched outlet are one node.
//
// Drawing is a small layered layout after Sugiyama, Tagawa and Toda,
// "Methods for Visual Understanding of Hierarchical System Structures"
// (IEEE SMC 1981): (1) an outlet's or agency's column is the length of its
// longest citation path from a node that nobody cites (cycles are cut by
// bounding the relaxation to one pass per node), so fetched outlets sit on
// the left and the agencies they cite, and the ones those cite, follow;
// people, organisations, documents and anonymous sources share the
// right-most column; (2) within a column, nodes
// are ordered once by the barycentre of the rows of the nodes citing them,
// which removes most crossings for the shallow graphs news stories make;
// (3) edges are cubic curves with their claim ids at the midpoint.
#include "reports/provenance_graph.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>

#include "reports/escape.h"

namespace claimdiff::reports {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string ArticleName(const Article& a) { return a.outlet.empty() ? a.input : a.outlet; }

class Builder {
 public:
  size_t Node(const std::string& key, const std::string& label, const std::string& kind) {
    auto [it, added] = index_.emplace(key, nodes_.size());
    if (added) nodes_.push_back(GraphNode{key, label, kind, 0});
    return it->second;
  }
  size_t Outlet(const std::string& name) { return Node("o:" + Lower(name), name, "agency"); }
  void Edge(size_t from, size_t to, const std::string& cluster, bool wire) {
    if (from == to) return;
    std::pair<std::set<std::string>, bool>& e = edges_[{from, to}];
    if (!cluster.empty()) e.first.insert(cluster);
    e.second = e.second || wire;
  }
  ProvenanceGraph Finish(size_t fetched) {
    // Order: fetched outlets as added (article order), then the rest by key.
    std::vector<size_t> order(nodes_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(fetched), order.end(),
                     [this](size_t a, size_t b) { return nodes_[a].key < nodes_[b].key; });
    std::vector<size_t> new_index(nodes_.size());
    ProvenanceGraph g;
    for (size_t i = 0; i < order.size(); ++i) {
      new_index[order[i]] = i;
      g.nodes.push_back(nodes_[order[i]]);
    }
    std::vector<std::set<std::string>> node_claims(g.nodes.size());
    for (const auto& [ends, value] : edges_) {
      GraphEdge e{new_index[ends.first], new_index[ends.second],
                  std::vector<std::string>(value.first.begin(), value.first.end()), value.second};
      node_claims[e.from].insert(value.first.begin(), value.first.end());
      node_claims[e.to].insert(value.first.begin(), value.first.end());
      g.edges.push_back(std::move(e));
    }
    for (size_t i = 0; i < g.nodes.size(); ++i) g.nodes[i].claims = node_claims[i].size();
    std::sort(g.edges.begin(), g.edges.end(), [](const GraphEdge& a, const GraphEdge& b) {
      return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
    return g;
  }

 private:
  std::vector<GraphNode> nodes_;
  std::map<std::string, size_t> index_;
  std::map<std::pair<size_t, size_t>, std::pair<std::set<std::string>, bool>> edges_;
};

int KindRank(const std::string& kind) {
  static const char* const kOrder[] = {"outlet", "agency",   "organisation",
                                       "person", "document", "anonymous"};
  for (int i = 0; i < 6; ++i) {
    if (kind == kOrder[i]) return i;
  }
  return 6;
}

std::string Shorten(const std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "\xE2\x80\xA6";
}

std::string Num(double v) { return std::to_string(static_cast<int64_t>(v)); }

}  // namespace

ProvenanceGraph BuildProvenanceGraph(const Story& story) {
  Builder b;
  std::set<std::string> fetched_keys;
  for (const Article& a : story.articles) {
    std::string key = "o:" + Lower(ArticleName(a));
    if (fetched_keys.insert(key).second) b.Node(key, ArticleName(a), "outlet");
  }
  for (const Cluster& k : story.clusters) {
    for (const CitedSource& s : k.provenance.cited) {
      if (s.member >= k.members.size()) continue;
      size_t article = k.members[s.member].article;
      if (article >= story.articles.size()) continue;
      size_t at = b.Outlet(ArticleName(story.articles[article]));
      for (const std::string& v : s.via) {
        size_t next = b.Outlet(v);
        b.Edge(at, next, k.id, false);
        at = next;
      }
      std::string name = s.name.empty() ? s.canonical : s.name;
      size_t source = s.type == SourceType::kOutlet
                          ? b.Outlet(name)
                          : b.Node("s:" + Lower(s.canonical.empty() ? s.name : s.canonical), name,
                                   std::string(SourceTypeName(s.type)));
      b.Edge(at, source, k.id, false);
    }
    for (const ChainLink& l : k.provenance.chain) {
      b.Edge(b.Outlet(l.from), b.Outlet(l.to), k.id, false);
    }
  }
  for (const WireGroup& w : story.wire_groups) {
    if (w.origin >= story.articles.size()) continue;
    size_t origin = b.Outlet(ArticleName(story.articles[w.origin]));
    for (size_t c : w.copies) {
      if (c < story.articles.size()) {
        b.Edge(b.Outlet(ArticleName(story.articles[c])), origin, "", true);
      }
    }
    if (!w.agency.empty()) b.Edge(origin, b.Outlet(w.agency), "", true);
  }
  return b.Finish(fetched_keys.size());
}

std::string RenderProvenanceGraphSvg(const ProvenanceGraph& graph,
                                     const GraphRenderOptions& options) {
  if (graph.edges.empty()) return "";
  // Keep every fetched outlet and the most-cited other nodes.
  std::vector<bool> keep(graph.nodes.size(), true);
  size_t dropped = 0;
  if (graph.nodes.size() > options.max_nodes) {
    std::vector<size_t> others;
    size_t outlets = 0;
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
      if (graph.nodes[i].kind == "outlet") {
        ++outlets;
      } else {
        others.push_back(i);
      }
    }
    std::stable_sort(others.begin(), others.end(), [&graph](size_t a, size_t b) {
      return graph.nodes[a].claims > graph.nodes[b].claims;
    });
    size_t room = options.max_nodes > outlets ? options.max_nodes - outlets : 0;
    for (size_t i = room; i < others.size(); ++i) {
      keep[others[i]] = false;
      ++dropped;
    }
  }
  std::vector<const GraphEdge*> edges;
  for (const GraphEdge& e : graph.edges) {
    if (keep[e.from] && keep[e.to]) edges.push_back(&e);
  }
  // (1) Columns: outlets and agencies by their longest citation path from a
  // node nobody cites (relaxed at most once per node, which cuts cycles);
  // people, organisations, documents and anonymous sources in one column
  // after them all.
  size_t node_count = graph.nodes.size();
  auto terminal = [&graph](size_t i) {
    const std::string& k = graph.nodes[i].kind;
    return k != "outlet" && k != "agency";
  };
  std::vector<size_t> column_of(node_count, 0);
  for (size_t round = 0; round < node_count; ++round) {
    bool changed = false;
    for (const GraphEdge* e : edges) {
      if (terminal(e->to) || terminal(e->from)) continue;
      if (column_of[e->to] < column_of[e->from] + 1 && column_of[e->from] + 1 < node_count) {
        column_of[e->to] = column_of[e->from] + 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  size_t last = 0;
  bool any_terminal = false;
  for (size_t i = 0; i < node_count; ++i) {
    if (!keep[i]) continue;
    if (terminal(i)) {
      any_terminal = true;
    } else {
      last = std::max(last, column_of[i]);
    }
  }
  if (any_terminal) {
    ++last;
    for (size_t i = 0; i < node_count; ++i) {
      if (terminal(i)) column_of[i] = last;
    }
  }
  std::vector<std::vector<size_t>> columns(last + 1);
  for (size_t i = 0; i < node_count; ++i) {
    if (keep[i]) columns[column_of[i]].push_back(i);
  }
  // (2) Order within columns: kind and label first, then barycentres.
  std::vector<double> row(node_count, 0);
  for (size_t c = 0; c < columns.size(); ++c) {
    std::vector<size_t>& col = columns[c];
    std::stable_sort(col.begin(), col.end(), [&graph](size_t a, size_t b) {
      int ka = KindRank(graph.nodes[a].kind), kb = KindRank(graph.nodes[b].kind);
      if (ka != kb) return ka < kb;
      return graph.nodes[a].label < graph.nodes[b].label;
    });
    if (c > 0) {
      std::vector<std::pair<double, size_t>> keyed;
      for (size_t pos = 0; pos < col.size(); ++pos) {
        double sum = 0;
        size_t count = 0;
        for (const GraphEdge* e : edges) {
          if (e->to == col[pos] && column_of[e->from] < c) {
            sum += row[e->from];
            ++count;
          }
        }
        keyed.push_back({count ? sum / static_cast<double>(count) : static_cast<double>(pos), pos});
      }
      std::stable_sort(keyed.begin(), keyed.end());
      std::vector<size_t> sorted;
      sorted.reserve(keyed.size());
      for (const auto& [key, pos] : keyed) sorted.push_back(col[pos]);
      col = std::move(sorted);
    }
    for (size_t pos = 0; pos < col.size(); ++pos) row[col[pos]] = static_cast<double>(pos);
  }
  // (3) Geometry.
  constexpr double kW = 180, kH = 24, kColStride = 320, kRowStride = 36, kMargin = 16;
  size_t max_rows = 0;
  for (const auto& col : columns) max_rows = std::max(max_rows, col.size());
  std::vector<double> x(node_count, 0), y(node_count, 0);
  for (size_t c = 0; c < columns.size(); ++c) {
    for (size_t pos = 0; pos < columns[c].size(); ++pos) {
      x[columns[c][pos]] = kMargin + static_cast<double>(c) * kColStride;
      y[columns[c][pos]] = kMargin + static_cast<double>(pos) * kRowStride;
    }
  }
  double width = 2 * kMargin + static_cast<double>(columns.size() - 1) * kColStride + kW + 60;
  double height = 2 * kMargin + static_cast<double>(max_rows) * kRowStride + (dropped ? 20 : 0);
  std::string out =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + Num(width) + " " + Num(height) +
      "\" width=\"" + Num(width) + "\" height=\"" + Num(height) +
      "\" role=\"img\" aria-label=\"Who cites whom\">\n"
      "<defs><marker id=\"arr\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" "
      "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L8,4L0,8z\" "
      "fill=\"#8b95a5\"/></marker></defs>\n";
  for (const GraphEdge* e : edges) {
    double sx = x[e->from] + kW, sy = y[e->from] + kH / 2;
    double tx = x[e->to], ty = y[e->to] + kH / 2;
    double c1x = sx + 60, c2x = tx - 60;
    if (tx <= x[e->from]) {  // same or an earlier column: loop around the right side
      tx = x[e->to] + kW;
      c2x = tx + 80;
      c1x = sx + 80;
    }
    double mx = (sx + 3 * c1x + 3 * c2x + tx) / 8, my = (sy + ty) / 2;
    std::string label;
    if (e->wire) {
      label = "wire copy";
    } else {
      for (size_t i = 0; i < e->clusters.size() && i < options.max_edge_labels; ++i) {
        label += (i ? ", " : "") + e->clusters[i];
      }
      if (e->clusters.size() > options.max_edge_labels) {
        label += " +" + std::to_string(e->clusters.size() - options.max_edge_labels);
      }
    }
    std::string tooltip = graph.nodes[e->from].label + (e->wire ? " republishes " : " cites ") +
                          graph.nodes[e->to].label;
    if (!e->clusters.empty()) {
      tooltip += ": ";
      for (size_t i = 0; i < e->clusters.size(); ++i) tooltip += (i ? ", " : "") + e->clusters[i];
    }
    out += "<g class=\"edge" + std::string(e->wire ? " wire" : "") + "\"><title>" +
           EscapeHtml(tooltip) + "</title><path d=\"M" + Num(sx) + "," + Num(sy) + " C" + Num(c1x) +
           "," + Num(sy) + " " + Num(c2x) + "," + Num(ty) + " " + Num(tx) + "," + Num(ty) +
           "\" marker-end=\"url(#arr)\"/><text x=\"" + Num(mx) + "\" y=\"" + Num(my - 3) +
           "\" text-anchor=\"middle\">" + EscapeHtml(Shorten(label, 40)) + "</text></g>\n";
  }
  for (size_t i = 0; i < node_count; ++i) {
    if (!keep[i]) continue;
    const GraphNode& node = graph.nodes[i];
    out += "<g class=\"node " + node.kind + "\"><title>" + EscapeHtml(node.label) + " (" +
           node.kind + ", " + std::to_string(node.claims) +
           (node.claims == 1 ? " claim" : " claims") + ")</title><rect x=\"" + Num(x[i]) +
           "\" y=\"" + Num(y[i]) + "\" width=\"" + Num(kW) + "\" height=\"" + Num(kH) +
           "\" rx=\"4\"/><text x=\"" + Num(x[i] + 6) + "\" y=\"" + Num(y[i] + 16) + "\">" +
           EscapeHtml(Shorten(node.label, 28)) + "</text></g>\n";
  }
  if (dropped) {
    out += "<text x=\"" + Num(kMargin) + "\" y=\"" + Num(height - 6) + "\" class=\"muted\">" +
           std::to_string(dropped) + " less-cited sources not drawn</text>\n";
  }
  out += "</svg>";
  return out;
}

}  // namespace claimdiff::reports
