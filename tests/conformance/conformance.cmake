# Conformance corpus: registers one CTest per scenario tests/conformance/NAME.py
# (found by globbing), plus a `conformance` build target that runs them all
# and prints "N passed, M failed".
#
# Use from the top-level CMakeLists.txt, after the `loopscope` executable
# target exists, either through tests/conformance/CMakeLists.txt:
#
#     add_subdirectory(tests/conformance)
#
# or directly:
#
#     include(tests/conformance/conformance.cmake)
#
# Knobs (set before the include, or with -D):
#   LOOPSCOPE_CONFORMANCE_EXE   the CLI to test (default: $<TARGET_FILE:loopscope>)
#   LOOPSCOPE_CONFORMANCE_MODE  "per-scenario" (default): one CTest per scenario
#                               named conformance.NAME, labels `conformance` and
#                               `conformance-<group>`;
#                               "single": one CTest `conformance` that runs the
#                               whole corpus and prints "N passed, M failed".
#
# Run:  ctest -L conformance            (all scenarios)
#       ctest -R conformance.seed_      (one group)
#       cmake --build build --target conformance   (summary line)
#       python3 tests/conformance/run.py --loopscope build/loopscope --diff NAME

if(EMSCRIPTEN)
  return()  # the corpus runs against the native CLI only
endif()

set(LOOPSCOPE_CONFORMANCE_MODE "per-scenario" CACHE STRING
    "per-scenario: one CTest per scenario; single: one CTest for the corpus")
set_property(CACHE LOOPSCOPE_CONFORMANCE_MODE PROPERTY STRINGS per-scenario single)

if(NOT DEFINED LOOPSCOPE_CONFORMANCE_EXE)
  if(NOT TARGET loopscope)
    message(STATUS "conformance: no `loopscope` target; corpus not registered")
    return()
  endif()
  set(LOOPSCOPE_CONFORMANCE_EXE "$<TARGET_FILE:loopscope>")
endif()

find_package(Python3 3.11 COMPONENTS Interpreter REQUIRED)

set(_conf_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_conf_run "${Python3_EXECUTABLE}" "${_conf_dir}/run.py"
    --loopscope "${LOOPSCOPE_CONFORMANCE_EXE}")

file(GLOB _conf_scenarios CONFIGURE_DEPENDS RELATIVE "${_conf_dir}"
     "${_conf_dir}/*.py")
list(REMOVE_ITEM _conf_scenarios harness.py run.py regen.py)
list(LENGTH _conf_scenarios _conf_count)

if(LOOPSCOPE_CONFORMANCE_MODE STREQUAL "single")
  add_test(NAME conformance COMMAND ${_conf_run} --quiet
           WORKING_DIRECTORY "${_conf_dir}")
  set_tests_properties(conformance PROPERTIES LABELS conformance TIMEOUT 1800)
else()
  foreach(_conf_file IN LISTS _conf_scenarios)
    string(REGEX REPLACE "\\.py$" "" _conf_name "${_conf_file}")
    string(REGEX REPLACE "_.*$" "" _conf_group "${_conf_name}")
    add_test(NAME conformance.${_conf_name}
             COMMAND ${_conf_run} --quiet --timeout 60 --only ${_conf_name}
             WORKING_DIRECTORY "${_conf_dir}")
    set_tests_properties(conformance.${_conf_name} PROPERTIES
                         LABELS "conformance;conformance-${_conf_group}"
                         TIMEOUT 90)
  endforeach()
endif()

add_custom_target(conformance
  COMMAND ${_conf_run} --quiet
  WORKING_DIRECTORY "${_conf_dir}"
  COMMENT "Conformance corpus (${_conf_count} scenarios)"
  USES_TERMINAL
  VERBATIM)
if(TARGET loopscope)
  add_dependencies(conformance loopscope)
endif()
