# Writes the build's stamp (project version and git commit) into a C++ file.
# Run at every build by the claimdiff_build_info target in app/; the file is
# rewritten only when its content changes, so an unchanged commit rebuilds
# nothing.
#
#   cmake -DSOURCE_DIR=... -DVERSION=... -DTEMPLATE=... -DOUTPUT=... -P build_info.cmake
set(CLAIMDIFF_COMMIT "unknown")
find_program(GIT_EXECUTABLE git)
if(GIT_EXECUTABLE AND EXISTS "${SOURCE_DIR}/.git")
  execute_process(COMMAND ${GIT_EXECUTABLE} -C "${SOURCE_DIR}" rev-parse --short=12 HEAD
                  OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE rc ERROR_QUIET)
  if(rc EQUAL 0 AND commit)
    set(CLAIMDIFF_COMMIT "${commit}")
    # Tracked files edited since the commit: the binary is not that commit.
    # (git diff compares contents and leaves the index alone.)
    execute_process(COMMAND ${GIT_EXECUTABLE} -C "${SOURCE_DIR}" diff --quiet HEAD --
                    RESULT_VARIABLE dirty ERROR_QUIET)
    if(NOT dirty EQUAL 0)
      string(APPEND CLAIMDIFF_COMMIT "-dirty")
    endif()
  endif()
endif()
set(CLAIMDIFF_VERSION "${VERSION}")
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
