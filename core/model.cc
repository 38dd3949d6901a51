#include "core/model.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <limits>

namespace claimdiff {

namespace {

// Half a unit of the last decimal a quantity's numeral states, in the
// quantity's own scale: 0.05e9 for "6.3 billion", 0.005 for "16.93"; 0
// when the numeral has no decimals or no digits ("1,200", "three"). A
// writer who gives decimals states the value to that digit, so "$6.3
// billion" and "$6.32 billion" agree. Whole numbers are taken as written:
// "1 million" and "1.4 million" do not.
double HalfUnitOfLastDecimal(const Quantity& q) {
  const std::string& t = q.text;
  size_t start = t.find_first_of("0123456789");
  if (start == std::string::npos) return 0;
  std::string numeral;
  size_t i = start;
  int decimals = -1;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c >= '0' && c <= '9') {
      numeral.push_back(c);
      if (decimals >= 0) ++decimals;
    } else if (c == ',' && decimals < 0) {
      continue;
    } else if (c == '.' && decimals < 0 && i + 1 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '9') {
      numeral.push_back('.');
      decimals = 0;
    } else {
      break;
    }
  }
  if (decimals <= 0) return 0;
  double stated = std::strtod(numeral.c_str(), nullptr);
  if (!(stated > 0) || !std::isfinite(q.value)) return 0;
  double scale = q.value / stated;  // 1e9 for "billion", 1 for none
  return 0.5 * std::pow(10.0, -decimals) * std::fabs(scale);
}

}  // namespace

Interval IntervalOf(const Quantity& q) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  switch (q.bound) {
    case Quantity::Bound::kExact: {
      double half = HalfUnitOfLastDecimal(q);
      return {q.value - half, q.value + half};
    }
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
