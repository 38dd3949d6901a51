// The drill-down under each matrix row: the conflicting parts of a DIFFER
// cluster (with a word diff where the comparer gave one) and the cluster's
// provenance (cited sources with role and type, chains through outlets,
// first appearance, wire-copy origin).
//
// Thread-safety: pure functions.
#ifndef CLAIMDIFF_REPORTS_CLUSTER_DETAIL_H_
#define CLAIMDIFF_REPORTS_CLUSTER_DETAIL_H_

#include <string>

#include "core/model.h"

namespace claimdiff::reports {

// The outlet name of a member ("" for an out-of-range index).
std::string MemberOutlet(const Story& story, const Cluster& cluster, size_t member);

// <ul class="conflicts">...</ul>, or "" when the cluster has none.
std::string RenderConflictsHtml(const Story& story, const Cluster& cluster);

// <ul class="prov">...</ul>: sources, chains, first appearance, wire copy.
std::string RenderProvenanceHtml(const Story& story, const Cluster& cluster);

// One line for the collapsed view: "2 sources · first: Outlet A · wire copy".
// Plain text: the caller escapes it.
std::string ProvenanceSummary(const Story& story, const Cluster& cluster);

}  // namespace claimdiff::reports

#endif  // CLAIMDIFF_REPORTS_CLUSTER_DETAIL_H_
