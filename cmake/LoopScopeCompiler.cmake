# Compiler settings shared by every target: ccache, warnings, sanitizers, and the Emscripten flags.

# ccache when present (g++, clang and em++ alike). A preset or the command line may override it.
if(NOT DEFINED CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(LOOPSCOPE_CCACHE ccache)
  if(LOOPSCOPE_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${LOOPSCOPE_CCACHE})
  endif()
endif()

if(LOOPSCOPE_SANITIZE)
  if(EMSCRIPTEN)
    message(FATAL_ERROR "LOOPSCOPE_SANITIZE is for native builds")
  endif()
  set(LOOPSCOPE_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined
                                -fno-omit-frame-pointer)
  add_compile_options(${LOOPSCOPE_SANITIZER_FLAGS})
  add_link_options(${LOOPSCOPE_SANITIZER_FLAGS})
endif()

# Fuzzing (tests/fuzz): clang's libFuzzer; everything is built with coverage instrumentation and
# AddressSanitizer, the fuzz targets link libFuzzer's main. Not UBSan: clang 14 fails on C++
# coroutines compiled with both coverage and -fsanitize=undefined ("Cannot represent a difference
# across sections"); the asan preset runs every test under UBSan instead.
option(LOOPSCOPE_FUZZ "Build the libFuzzer targets (clang, with ASan)" OFF)
if(LOOPSCOPE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LOOPSCOPE_FUZZ needs clang (CXX=clang++)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address)
endif()

if(EMSCRIPTEN)
  # Debian's em++ defaults to -fignore-exceptions; the flag must be given when compiling AND linking.
  # Debian's prebuilt libc++/libc++abi "-except" libraries use WebAssembly exception handling.
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
  # em++ 3.1.6 has only <experimental/coroutine>, which warns when used. No -mtail-call: clang 14's
  # WebAssembly tail calls free the caller's stack frame before the callee reads a struct argument
  # passed by value from it (a CallArgs forwarded in tail position arrived as garbage), and nothing
  # here needs them (no await_suspend returns a coroutine handle: no symmetric transfer).
  add_compile_options(-Wno-deprecated-experimental-coroutine)
  # Post-MVP features every current browser and node 20 have (Chromium 75+, Firefox 79+, Safari 15+):
  # memset/memcpy of our code as memory.fill/memory.copy instead of calls into libc's byte loops,
  # float->int conversions without the trap-avoiding range checks, sign extension in one
  # instruction. The asyncio probes ran 3-7% faster in Chromium 156 (bench/web). wasm-split is told
  # about them too (scripts/split-wasm.js).
  add_compile_options(-mbulk-memory -mnontrapping-fptoint -msign-ext)
  add_link_options(-mbulk-memory -mnontrapping-fptoint -msign-ext)
  # Whole-program optimisation: a smaller module (~7% of the .wasm) for slower links; off by default.
  option(LOOPSCOPE_WASM_LTO "Link the WebAssembly targets with -flto" OFF)
  if(LOOPSCOPE_WASM_LTO)
    add_compile_options(-flto)
    add_link_options(-flto)
  endif()
  # The optimizing link steps run acorn from Debian's node_modules.
  set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
endif()

# Profile-guided optimisation (native g++ builds; scripts/build-release drives it):
#   LOOPSCOPE_PGO=generate  instrument everything: each run of the programs adds its counts to
#                           LOOPSCOPE_PGO_DIR (single-threaded counters: -fprofile-update=single);
#   LOOPSCOPE_PGO=use       optimise with the counts found there. Code the training never ran is
#                           still optimised normally (-fprofile-partial-training); a file
#                           without counts (-Wno-missing-profile) or edited since the training
#                           (-Wno-error=coverage-mismatch) still builds.
# GCC names each profile after its object file's path, so both steps must use the same build
# directory. Link-time optimisation is CMake's CMAKE_INTERPROCEDURAL_OPTIMIZATION (the release
# preset sets it: -flto=auto -fno-fat-lto-objects, and gcc-ar for the static libraries).
set(LOOPSCOPE_PGO "" CACHE STRING "Profile-guided optimisation: generate, use, or empty (off)")
set_property(CACHE LOOPSCOPE_PGO PROPERTY STRINGS "" generate use)
set(LOOPSCOPE_PGO_DIR "${CMAKE_BINARY_DIR}/pgo" CACHE PATH "The profile LOOPSCOPE_PGO writes or reads")
if(LOOPSCOPE_PGO STREQUAL "generate")
  add_compile_options(-fprofile-generate=${LOOPSCOPE_PGO_DIR} -fprofile-update=single)
  add_link_options(-fprofile-generate=${LOOPSCOPE_PGO_DIR})
elseif(LOOPSCOPE_PGO STREQUAL "use")
  add_compile_options(-fprofile-use=${LOOPSCOPE_PGO_DIR} -fprofile-partial-training -Wno-missing-profile
                      -Wno-error=coverage-mismatch)
  add_link_options(-fprofile-use=${LOOPSCOPE_PGO_DIR} -fprofile-partial-training)
elseif(NOT LOOPSCOPE_PGO STREQUAL "")
  message(FATAL_ERROR "LOOPSCOPE_PGO must be generate, use or empty, not '${LOOPSCOPE_PGO}'")
endif()

# Warnings and other per-target settings for LoopScope's own targets.
function(loopscope_target_defaults target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra)
  endif()
endfunction()
