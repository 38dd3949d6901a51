#include "core/model.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace claimdiff {

Interval IntervalOf(const Quantity& q) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  switch (q.bound) {
    case Quantity::Bound::kExact:
      return {q.value, q.value};
    case Quantity::Bound::kAtLeast:
      return {q.value, kInf};
    case Quantity::Bound::kAtMost:
      return {-kInf, q.value};
    case Quantity::Bound::kApprox:
      return {q.value * 0.9, q.value * 1.1};
  }
  return {q.value, q.value};
}

bool Compatible(const Quantity& a, const Quantity& b) {
  Interval x = IntervalOf(a);
  Interval y = IntervalOf(b);
  // A relative tolerance keeps "2.80" and "2.8" equal.
  double eps = 1e-9 * std::max(1.0, std::max(std::fabs(a.value), std::fabs(b.value)));
  return x.low <= y.high + eps && y.low <= x.high + eps;
}

std::string_view FetchOutcomeName(FetchOutcome outcome) {
  switch (outcome) {
    case FetchOutcome::kOk: return "ok";
    case FetchOutcome::kUnchanged: return "unchanged";
    case FetchOutcome::kNotHtml: return "not_html";
    case FetchOutcome::kTooLarge: return "too_large";
    case FetchOutcome::kTimeout: return "timeout";
    case FetchOutcome::kDisallowed: return "disallowed";
    case FetchOutcome::kHttpError: return "http_error";
    case FetchOutcome::kTlsError: return "tls_error";
    case FetchOutcome::kNetworkError: return "network_error";
    case FetchOutcome::kPaywall: return "paywall";
    case FetchOutcome::kFileError: return "file_error";
  }
  return "unknown";
}

std::string_view ClaimKindName(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kDirectQuote: return "direct_quote";
    case ClaimKind::kPartialQuote: return "partial_quote";
    case ClaimKind::kIndirect: return "indirect";
    case ClaimKind::kReported: return "reported";
    case ClaimKind::kUnattributed: return "unattributed";
    case ClaimKind::kCaption: return "caption";
  }
  return "unattributed";
}

std::string_view SourceTypeName(SourceType type) {
  switch (type) {
    case SourceType::kPerson: return "person";
    case SourceType::kOrganisation: return "organisation";
    case SourceType::kOutlet: return "outlet";
    case SourceType::kDocument: return "document";
    case SourceType::kAnonymous: return "anonymous";
  }
  return "person";
}

std::string_view VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kMatch: return "match";
    case Verdict::kDiffer: return "differ";
    case Verdict::kUnique: return "unique";
  }
  return "unique";
}

}  // namespace claimdiff
