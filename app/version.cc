#include "app/version.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <gumbo.h>
#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include "app/build_info.h"

namespace claimdiff::app {

namespace {

std::string CurlVersion() {
  const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
  std::string text = std::string("libcurl ") + info->version;
  if (info->ssl_version != nullptr) text += std::string(" (") + info->ssl_version + ")";
  return text;
}

// Gumbo exports no version, so this is the version of the headers the build
// used (from pkg-config, CLAIMDIFF_GUMBO_VERSION), and the file the dynamic
// linker actually loaded it from, which names the library in use.
std::string GumboVersion() {
  std::string text = "Gumbo " CLAIMDIFF_GUMBO_VERSION " (built against";
  Dl_info info;
  if (::dladdr(reinterpret_cast<void*>(&gumbo_parse), &info) != 0 && info.dli_fname != nullptr) {
    text += std::string("; loaded from ") + info.dli_fname;
  }
  return text + ")";
}

std::string IcuVersion() {
  UVersionInfo version;
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(version);
  u_versionToString(version, text);
  std::string out = std::string("ICU ") + text;
  u_getUnicodeVersion(version);
  u_versionToString(version, text);
  return out + " (Unicode " + text + ")";
}

}  // namespace

std::string VersionText() {
  return std::string("claimdiff ") + kBuildVersion + " (commit " + kBuildCommit + ")\n" +
         CurlVersion() + "\n" + GumboVersion() + "\nSQLite " + sqlite3_libversion() + "\n" +
         IcuVersion();
}

}  // namespace claimdiff::app
