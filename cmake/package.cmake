# The Debian package: `cpack -G DEB` (scripts/package) after a build gives
# claimdiff_VERSION_ARCH.deb with what cmake/install.cmake installs, under
# /usr. The library dependencies are computed from the binary by
# dpkg-shlibdeps (Debian package dpkg-dev), not listed here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME claimdiff)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "compares outlets' versions of a news story, claim by claim")
set(CPACK_PACKAGE_DESCRIPTION
    "claimdiff fetches several outlets' versions of one news story, extracts each
article, splits it into attributed claims and reports which claims the outlets
share, which differ and in what, which only one outlet carries, and where each
claim comes from. It keeps every version it saw in SQLite and writes HTML and
JSON reports; a nightly run shards by story over hosts, systemd timers,
Kubernetes indexed jobs or Slurm arrays.")
set(CLAIMDIFF_PACKAGE_CONTACT "claimdiff maintainers <claimdiff@example.org>" CACHE STRING
    "Maintainer field of the Debian package")
set(CPACK_PACKAGE_CONTACT ${CLAIMDIFF_PACKAGE_CONTACT})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not a library, so dpkg-shlibdeps cannot see it: HTTPS fetches always
# verify TLS, against the certificates libcurl reads from /etc/ssl/certs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "ca-certificates")
include(CPack)
