// _hashlib: one-shot MD5, SHA-1, SHA-224/256 and SHA-384/512 digests of a bytes-like object
// (core/modules/py/hashlib.py builds the hashlib API on them; the digests are in digests.cpp).
#include <cstring>
#include <string>

#include "modules/digests.hpp"
#include "modules/stdlib.hpp"
#include "object/bytes.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace ls {

namespace {

Value hl_digest(Runtime& rt, const Value&, CallArgs a) {
  if (!check_nargs(rt, a, "digest", 2, 2)) return nullptr;
  if (!is_str(rt, a[0])) return rt.raise(rt.t.TypeError, "digest() argument 1 must be str");
  std::string_view data;
  if (!bytes_like_view(rt, a[1], &data)) {
    if (is_str(rt, a[1])) return rt.raise(rt.t.TypeError, "Strings must be encoded before hashing");
    return rt.raise(rt.t.TypeError, "object supporting the buffer API required");
  }
  std::string_view name = str_view(a[0]);
  std::string out;
  if (name == "md5") out = md5_digest(data);
  else if (name == "sha1") out = sha1_digest(data);
  else if (name == "sha224") out = sha224_digest(data);
  else if (name == "sha256") out = sha256_digest(data);
  else if (name == "sha512") out = sha512_digest(data);
  else if (name == "sha384") out = sha384_digest(data);
  else return rt.raise(rt.t.ValueError, "unsupported hash type " + std::string(name));
  return make_bytes(rt, out);
}

}  // namespace

Value make_hashlib_core_module(Runtime& rt) {
  Value m = make_module(rt, "_hashlib");
  module_add_function(rt, m, "digest", hl_digest);
  return m;
}

}  // namespace ls
