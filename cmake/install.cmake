# What `cmake --install` puts where (prefix /usr/local unless told; the
# package uses /usr):
#   bin/claimdiff
#   share/man/man1/claimdiff.1.gz                  the man page (claimdiff.1)
#   share/doc/claimdiff/examples/                  the example job and story
#   share/doc/claimdiff/deploy/                    Kubernetes and Slurm files
#   lib/systemd/system/claimdiff-night@.{service,timer}
include(GNUInstallDirs)

# Installing (and so CPack) copies what was built and builds nothing: build
# first (scripts/package does). Tests package the build while it is in use.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(TARGETS claimdiff RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Debian installs man pages compressed; -n keeps the name and time out, so
# the same page gives the same bytes.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/claimdiff.1.gz
  COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${PROJECT_SOURCE_DIR}/claimdiff.1 > ${CMAKE_BINARY_DIR}/claimdiff.1.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/claimdiff.1
  COMMENT "Compressing the man page")
add_custom_target(claimdiff_man_page ALL DEPENDS ${CMAKE_BINARY_DIR}/claimdiff.1.gz)
install(FILES ${CMAKE_BINARY_DIR}/claimdiff.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CLAIMDIFF_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/claimdiff)
install(FILES examples/jobs.toml DESTINATION ${CLAIMDIFF_DOC_DIR}/examples)
install(DIRECTORY examples/kestrel-bay DESTINATION ${CLAIMDIFF_DOC_DIR}/examples)
install(FILES deploy/README.md DESTINATION ${CLAIMDIFF_DOC_DIR}/deploy)
install(DIRECTORY deploy/kubernetes DESTINATION ${CLAIMDIFF_DOC_DIR}/deploy)
install(DIRECTORY deploy/slurm DESTINATION ${CLAIMDIFF_DOC_DIR}/deploy USE_SOURCE_PERMISSIONS)

# The service names the binary by its installed path, which is only known at
# install time (cmake --install --prefix, or the package's /usr), so the unit
# is written from its template then, straight into its place.
set(CLAIMDIFF_SERVICE_IN ${PROJECT_SOURCE_DIR}/deploy/systemd/claimdiff-night@.service.in)
install(CODE "
  set(CLAIMDIFF_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  set(unit \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/systemd/system/claimdiff-night@.service\")
  message(STATUS \"Installing: \${unit}\")
  configure_file(\"${CLAIMDIFF_SERVICE_IN}\" \"\${unit}\" @ONLY)
  list(APPEND CMAKE_INSTALL_MANIFEST_FILES \"\${unit}\")
")
install(FILES deploy/systemd/claimdiff-night@.timer DESTINATION lib/systemd/system)
