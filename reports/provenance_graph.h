// Who cites whom in a story, drawn as inline SVG: the outlets, the outlets
// and agencies they cite, and the people, organisations, documents and
// anonymous sources at the end of each chain, with the claims on each edge.
// Wire copy (an outlet republishing another's text) is a dashed edge.
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_REPORTS_PROVENANCE_GRAPH_H_
#define CLAIMDIFF_REPORTS_PROVENANCE_GRAPH_H_

#include <string>
#include <vector>

#include "core/model.h"

namespace claimdiff::reports {

struct GraphNode {
  std::string key;    // merge key: "o:reuters", "s:lior haiat"
  std::string label;  // as first written
  std::string kind;   // outlet | agency | person | organisation | document | anonymous
  size_t claims = 0;  // distinct clusters on the node's edges
};

// `from` cites `to` (an outlet cites an agency, an agency quotes a person).
struct GraphEdge {
  size_t from = 0;  // index into ProvenanceGraph::nodes
  size_t to = 0;
  std::vector<std::string> clusters;  // cluster ids, sorted, distinct
  bool wire = false;                  // wire copy: `from` republishes `to`
};

struct ProvenanceGraph {
  std::vector<GraphNode> nodes;  // fetched outlets first (article order), then by key
  std::vector<GraphEdge> edges;  // sorted by (from, to)
};

// Outlets, via chains (CitedSource::via and Provenance::chain), cited
// sources and wire groups, merged by lower-cased name.
ProvenanceGraph BuildProvenanceGraph(const Story& story);

struct GraphRenderOptions {
  size_t max_nodes = 60;       // larger graphs keep the most-cited sources
  size_t max_edge_labels = 4;  // cluster ids printed on an edge; the rest in its tooltip
};

// An <svg> element (escaped text, no scripts, no external references);
// "" when the graph has no edges.
std::string RenderProvenanceGraphSvg(const ProvenanceGraph& graph,
                                     const GraphRenderOptions& options = {});

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_PROVENANCE_GRAPH_H_
