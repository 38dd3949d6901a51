// The page shell. The stylesheet and script are fixed strings; their CSP
// hashes are computed with OpenSSL's SHA-256 so that editing either one can
// never leave a stale hash behind.
#include "reports/page.h"

#include <openssl/evp.h>

#include <array>

#include "reports/escape.h"

namespace claimdiff::reports {

namespace {

// Verdict colours: MATCH green, DIFFER orange, UNIQUE blue; the same hues in
// the matrix, the badges and the graph.
constexpr std::string_view kStylesheet = R"CSS(
:root{--match:#dff3e3;--differ:#ffe3cc;--unique:#e4e8ff;--line:#d0d4da;--muted:#5f6670}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fff}
header,main,footer{padding:0 1.2rem}
h1{font-size:1.35rem;margin:.8rem 0 .3rem}
h2{font-size:1.1rem;margin:1.4rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:.98rem;margin:.9rem 0 .3rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#f2f4f7;font-weight:600}
#outlets{font-size:13px}#outlets td,#outlets th{padding:.15rem .45rem}
.muted{color:var(--muted);font-size:.9em}
.error{color:#a61b1b}
code,.hash{font:12px ui-monospace,monospace}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:.6rem 0}
.summary .n{border:1px solid var(--line);border-radius:6px;padding:.3rem .7rem;background:#fafbfc}
.summary .n b{font-size:1.15rem;margin-right:.25rem}
.summary .match{background:var(--match)}.summary .differ{background:var(--differ)}.summary .unique{background:var(--unique)}
.badge{display:inline-block;border-radius:4px;padding:0 .35rem;font-size:.8em;font-weight:600;text-transform:uppercase}
.badge.match{background:var(--match)}.badge.differ{background:var(--differ)}.badge.unique{background:var(--unique)}
.filters{position:sticky;top:0;z-index:2;background:#fff;padding:.5rem 0;display:flex;flex-wrap:wrap;gap:.8rem;align-items:center;border-bottom:1px solid var(--line)}
.filters input[type=search]{min-width:16rem}
#matrix{table-layout:fixed;font-size:13px}
#matrix th.k{width:7.5rem}
#matrix thead th{position:sticky;top:2.6rem;z-index:1}
#matrix td.cell{background:#fff}
tbody.match td.cell.has{background:var(--match)}
tbody.differ td.cell.has{background:var(--differ)}
tbody.unique td.cell.has{background:var(--unique)}
td.cell p{margin:0 0 .3rem}
td.cell a.go{text-decoration:none;margin-left:.2rem}
td.detail{background:#fbfbfc;font-size:12.5px}
td.detail details>summary{cursor:pointer;color:var(--muted)}
mark{background:#ffb870;padding:0 .1rem;border-radius:2px}
.unit{border-bottom:2px solid #3a7bd5}
del{background:#ffd6d6;text-decoration:line-through}
ins{background:#d2f5d6;text-decoration:none}
ul.conflicts,ul.prov{margin:.2rem 0 .3rem 1.1rem;padding:0}
.outlet{font-weight:600}
.flag{color:#8a4b00;font-weight:600}
#graph svg{max-width:100%;height:auto;border:1px solid var(--line);background:#fcfcfd}
#graph .node rect{stroke:#6b7280;stroke-width:1}
#graph .node.outlet rect{fill:#eef2ff}#graph .node.agency rect{fill:#fff4d6}
#graph .node.person rect{fill:#e8f7ec}#graph .node.organisation rect{fill:#f1ecff}
#graph .node.document rect{fill:#f3f3f3}#graph .node.anonymous rect{fill:#ffe9e9}
#graph .node text{font-size:11px;fill:#111}
#graph .edge path{fill:none;stroke:#8b95a5;stroke-width:1.2}
#graph .edge.wire path{stroke-dasharray:5 3;stroke:#c07a00}
#graph .edge text{font-size:9.5px;fill:#3b4250}
ul.added li{background:var(--match)}ul.dropped li{background:#ffe4e4}
ul.added,ul.dropped,ul.edited{list-style:none;padding:0}
ul.added li,ul.dropped li,ul.edited li{margin:.15rem 0;padding:.15rem .4rem}
footer{margin:2rem 0 1rem}
)CSS";

// Filters the claim matrix: each tbody.cluster carries data-verdict,
// data-outlets (space-separated article indexes) and data-unattributed.
constexpr std::string_view kScript = R"JS(
(function(){
var d=document;d.body.setAttribute('data-ready','1');
var v=d.getElementById('f-verdict'),o=d.getElementById('f-outlet'),
u=d.getElementById('f-unattributed'),q=d.getElementById('f-search'),n=d.getElementById('f-count');
if(!v||!o||!u||!q||!n)return;
var rows=[].slice.call(d.querySelectorAll('tbody.cluster'));
var texts=rows.map(function(r){return r.textContent.toLowerCase();});
function apply(){
var vv=v.value,ov=o.value,uu=u.checked,qq=q.value.trim().toLowerCase(),shown=0;
rows.forEach(function(r,i){
var ok=(!vv||r.getAttribute('data-verdict')===vv)&&
(!ov||(' '+r.getAttribute('data-outlets')+' ').indexOf(' '+ov+' ')>=0)&&
(!uu||r.getAttribute('data-unattributed')==='1')&&(!qq||texts[i].indexOf(qq)>=0);
r.hidden=!ok;if(ok)shown++;});
n.textContent=shown+' of '+rows.length+' claims shown';
}
[v,o,u].forEach(function(e){e.addEventListener('change',apply);});
q.addEventListener('input',apply);
apply();
})();
)JS";

}  // namespace

std::string_view ReportStylesheet() { return kStylesheet; }
std::string_view ReportScript() { return kScript; }

std::string CspHash(std::string_view content) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  EVP_Digest(content.data(), content.size(), digest.data(), &size, EVP_sha256(), nullptr);
  std::array<unsigned char, 4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1> b64{};
  int n = EVP_EncodeBlock(b64.data(), digest.data(), static_cast<int>(size));
  return "'sha256-" + std::string(reinterpret_cast<const char*>(b64.data()), n) + "'";
}

std::string ContentSecurityPolicy() {
  return "default-src 'none'; script-src " + CspHash(kScript) + "; style-src " +
         CspHash(kStylesheet) + "; img-src 'none'; base-uri 'none'; form-action 'none'";
}

std::string PageStart(std::string_view title) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
      ContentSecurityPolicy() +
      "\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      EscapeHtml(title) + "</title>\n<style>";
  out += kStylesheet;
  out += "</style>\n</head>\n<body>\n";
  return out;
}

std::string PageEnd() {
  std::string out = "<script>";
  out += kScript;
  out += "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace claimdiff::reports
