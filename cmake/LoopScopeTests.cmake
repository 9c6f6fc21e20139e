# The Catch2 unit tests: every tests/unit/*.cpp in one binary, each TEST_CASE a CTest test.
# Native: linked against Debian's Catch2 2.13. WebAssembly: the same binary run by node (the preset sets
# CMAKE_CROSSCOMPILING_EMULATOR), so the tests also check the core under em++/libc++/wasm32.

find_package(Catch2 2 REQUIRED NO_CMAKE_FIND_ROOT_PATH)
include(Catch)

file(GLOB LOOPSCOPE_UNIT_TEST_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/unit/*.cpp)
add_executable(loopscope_tests ${LOOPSCOPE_UNIT_TEST_SOURCES})
target_link_libraries(loopscope_tests PRIVATE core)
loopscope_target_defaults(loopscope_tests)

if(EMSCRIPTEN)
  # Catch2::Catch2 adds -I/usr/include, which makes em++ pick up glibc's headers. Expose only the
  # catch2/ folder, through a link in the build tree.
  get_target_property(LOOPSCOPE_CATCH2_INCLUDE Catch2::Catch2 INTERFACE_INCLUDE_DIRECTORIES)
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/catch2-include)
  file(CREATE_LINK ${LOOPSCOPE_CATCH2_INCLUDE}/catch2 ${CMAKE_BINARY_DIR}/catch2-include/catch2 SYMBOLIC)
  target_include_directories(loopscope_tests SYSTEM PRIVATE ${CMAKE_BINARY_DIR}/catch2-include)
  target_link_options(loopscope_tests PRIVATE -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH
                                              -sENVIRONMENT=node -sEXIT_RUNTIME)
else()
  target_link_libraries(loopscope_tests PRIVATE Catch2::Catch2)
endif()
catch_discover_tests(loopscope_tests)

if(NOT EMSCRIPTEN)
  # The command-line tool: version, usage errors, a missing file.
  add_test(NAME cli.version COMMAND loopscope --version)
  set_tests_properties(cli.version PROPERTIES
    PASS_REGULAR_EXPRESSION "^loopscope [0-9]+\\.[0-9]+\\.[0-9]+\n$")
  foreach(case "usage|2|" "unknown-command|2|frobnicate" "missing-file|2|run;/nonexistent/main.py"
                "bad-max-steps|2|run;--max-steps;lots;main.py" "help|0|--help")
    string(REPLACE "|" ";" case "${case}")
    list(POP_FRONT case name code)
    add_test(NAME cli.${name}
             COMMAND ${CMAKE_COMMAND} -DEXPECT=${code} -P ${PROJECT_SOURCE_DIR}/cmake/expect_exit.cmake
                     $<TARGET_FILE:loopscope> ${case})
  endforeach()
endif()
