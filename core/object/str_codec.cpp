// Text codecs: str.encode, str(bytes, encoding, errors) and the shared str_encode/str_decode used
// by bytes.decode. Encodings utf-8, ascii and latin-1 (with CPython's aliases), utf-16/utf-32,
// utf-8-sig, unicode_escape and raw_unicode_escape (no \N{name} in the latter two); error handlers
// strict, ignore, replace, backslashreplace, xmlcharrefreplace (encode), surrogateescape and
// surrogatepass (utf-8). Error messages are CPython's.
#include <cstdio>
#include <string>

#include "object/bytes.hpp"
#include "object/protocol.hpp"
#include "object/str_internal.hpp"

namespace ls {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be, Utf8Sig, UnicodeEscape,
                   RawUnicodeEscape, Unknown };

// UTF-16/UTF-32: code units of 2 or 4 bytes; the plain codecs write a BOM and use this
// machine's order (little-endian, as CPython on the platforms LoopScope runs on).
bool is_wide(Codec c) { return c >= Codec::Utf16 && c <= Codec::Utf32Be; }
bool is_utf32(Codec c) { return c >= Codec::Utf32 && c <= Codec::Utf32Be; }
bool is_big_endian(Codec c) { return c == Codec::Utf16Be || c == Codec::Utf32Be; }

// encodings.normalize_encoding + the alias table entries of the three codecs.
Codec lookup_codec(std::string_view name) {
  std::string n;
  bool pending_sep = false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    bool keep = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || c == '.' || u >= 0x80;
    if (!keep) {
      if (!n.empty()) pending_sep = true;
      continue;
    }
    if (pending_sep) {
      n.push_back('_');
      pending_sep = false;
    }
    n.push_back((u >= 'A' && u <= 'Z') ? static_cast<char>(u + 32) : c);
  }
  static const char* const kUtf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"};
  static const char* const kAscii[] = {"ascii", "646", "us_ascii", "us", "ansi_x3.4_1968", "ansi_x3_4_1968",
                                       "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us",
                                       "iso_646.irv_1991", "iso_ir_6"};
  static const char* const kLatin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859",
                                        "cp819", "iso_ir_100", "iso_8859_1_1987", "csisolatin1", "ibm819"};
  for (const char* a : kUtf8)
    if (n == a) return Codec::Utf8;
  for (const char* a : kAscii)
    if (n == a) return Codec::Ascii;
  for (const char* a : kLatin1)
    if (n == a) return Codec::Latin1;
  static const struct { const char* alias; Codec codec; } kWide[] = {
      {"utf_16", Codec::Utf16}, {"utf16", Codec::Utf16}, {"u16", Codec::Utf16},
      {"utf_16_le", Codec::Utf16Le}, {"utf_16le", Codec::Utf16Le}, {"unicodelittleunmarked", Codec::Utf16Le},
      {"utf_16_be", Codec::Utf16Be}, {"utf_16be", Codec::Utf16Be}, {"unicodebigunmarked", Codec::Utf16Be},
      {"utf_32", Codec::Utf32}, {"utf32", Codec::Utf32}, {"u32", Codec::Utf32},
      {"utf_32_le", Codec::Utf32Le}, {"utf_32le", Codec::Utf32Le},
      {"utf_32_be", Codec::Utf32Be}, {"utf_32be", Codec::Utf32Be}};
  for (const auto& w : kWide)
    if (n == w.alias) return w.codec;
  if (n == "utf_8_sig") return Codec::Utf8Sig;
  if (n == "unicode_escape") return Codec::UnicodeEscape;
  if (n == "raw_unicode_escape") return Codec::RawUnicodeEscape;
  return Codec::Unknown;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16Le: return "utf-16-le";
    case Codec::Utf16Be: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32Le: return "utf-32-le";
    case Codec::Utf32Be: return "utf-32-be";
    case Codec::Utf8Sig: return "utf-8";
    case Codec::UnicodeEscape: return "unicodeescape";
    case Codec::RawUnicodeEscape: return "rawunicodeescape";
    case Codec::Unknown: break;
  }
  return "?";
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape,
                     SurrogatePass, NameReplace, Unknown };

Handler lookup_handler(std::string_view e) {
  if (e == "strict") return Handler::Strict;
  if (e == "ignore") return Handler::Ignore;
  if (e == "replace") return Handler::Replace;
  if (e == "backslashreplace") return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
  if (e == "surrogateescape") return Handler::SurrogateEscape;
  if (e == "surrogatepass") return Handler::SurrogatePass;
  if (e == "namereplace") return Handler::NameReplace;
  return Handler::Unknown;
}

bool unknown_handler(Runtime& rt, std::string_view errors) {
  rt.raise(rt.t.LookupError, "unknown error handler name '" + std::string(errors) + "'");
  return false;
}

void append_hex(std::string& out, const char* prefix, uint32_t v, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, v);
  out += buf;
}

void append_escape(std::string& out, uint32_t cp) {
  if (cp <= 0xFF) append_hex(out, "\\x", cp, 2);
  else if (cp <= 0xFFFF) append_hex(out, "\\u", cp, 4);
  else append_hex(out, "\\U", cp, 8);
}

bool raise_encode_error(Runtime& rt, Codec codec, const std::vector<uint32_t>& cps, size_t start, size_t end,
                        const char* reason) {
  std::string m = "'" + std::string(codec_name(codec)) + "' codec can't encode ";
  if (end - start == 1) {
    m += "character '";
    append_escape(m, cps[start]);
    m += "' in position " + std::to_string(start);
  } else {
    m += "characters in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  }
  m += ": ";
  m += reason;
  rt.raise(rt.t.UnicodeEncodeError, m);
  return false;
}

bool raise_decode_error(Runtime& rt, Codec codec, std::string_view data, size_t start, size_t end,
                        const char* reason) {
  std::string m = "'" + std::string(codec_name(codec)) + "' codec can't decode ";
  if (end - start == 1) {
    m += "byte ";
    append_hex(m, "0x", static_cast<unsigned char>(data[start]), 2);
    m += " in position " + std::to_string(start);
  } else {
    m += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  }
  m += ": ";
  m += reason;
  rt.raise(rt.t.UnicodeDecodeError, m);
  return false;
}

// Encodes code points [start, end) that the codec cannot represent, per the error handler.
bool encode_bad_run(Runtime& rt, Codec codec, Handler h, std::string_view errors, const std::vector<uint32_t>& cps,
                    size_t start, size_t end, const char* reason, std::string& out) {
  switch (h) {
    case Handler::Strict: return raise_encode_error(rt, codec, cps, start, end, reason);
    case Handler::Ignore: return true;
    case Handler::Replace: out.append(end - start, '?'); return true;
    case Handler::BackslashReplace:
      for (size_t i = start; i < end; ++i) append_escape(out, cps[i]);
      return true;
    case Handler::XmlCharRefReplace:
      for (size_t i = start; i < end; ++i) out += "&#" + std::to_string(cps[i]) + ";";
      return true;
    case Handler::SurrogateEscape: {
      size_t i = start;
      for (; i < end; ++i) {
        uint32_t c = cps[i];
        if (c < 0xDC80 || c > 0xDCFF) break;
        out.push_back(static_cast<char>(c - 0xDC00));
      }
      if (i >= end) return true;
      return raise_encode_error(rt, codec, cps, i, end, reason);
    }
    case Handler::SurrogatePass:
      if (codec == Codec::Utf8) {
        for (size_t i = start; i < end; ++i) {
          uint32_t c = cps[i];
          if (c < 0xD800 || c > 0xDFFF) return raise_encode_error(rt, codec, cps, i, end, reason);
          utf8_append(out, c);
        }
        return true;
      }
      return raise_encode_error(rt, codec, cps, start, end, reason);
    case Handler::NameReplace:
      // Character names are not available: behave like backslashreplace.
      for (size_t i = start; i < end; ++i) append_escape(out, cps[i]);
      return true;
    case Handler::Unknown: return unknown_handler(rt, errors);
  }
  return false;
}

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// ---------------------------------------------------------------------------------------------
// Decoding

// Length of the valid prefix of a UTF-8 sequence starting at data[i] (CPython's classification):
// returns the sequence length when valid, else sets *reason and *errlen.
size_t utf8_check(std::string_view d, size_t i, const char** reason, size_t* errlen) {
  auto at = [&](size_t k) -> int { return i + k < d.size() ? static_cast<unsigned char>(d[i + k]) : -1; };
  int c = at(0);
  if (c < 0x80) return 1;
  int need;
  int lo = 0x80, hi = 0xBF;  // range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *reason = "invalid start byte";
    *errlen = 1;
    return 0;
  }
  for (int k = 1; k < need; ++k) {
    int b = at(static_cast<size_t>(k));
    if (b < 0) {
      *reason = "unexpected end of data";
      *errlen = d.size() - i;
      return 0;
    }
    int l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) {
      *reason = "invalid continuation byte";
      *errlen = static_cast<size_t>(k);
      return 0;
    }
  }
  return static_cast<size_t>(need);
}

// The lone surrogate encoded at data[i] as ED A0..BF xx (for surrogatepass), or 0.
uint32_t encoded_surrogate(std::string_view d, size_t i) {
  if (i + 2 >= d.size()) return 0;
  auto b = [&](size_t k) { return static_cast<unsigned char>(d[i + k]); };
  if (b(0) == 0xED && b(1) >= 0xA0 && b(1) <= 0xBF && (b(2) & 0xC0) == 0x80) {
    return 0xD000u | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
  }
  return 0;
}

}  // namespace

Value str_decode(Runtime& rt, std::string_view data, std::string_view encoding, std::string_view errors) {
  Codec codec = lookup_codec(encoding);
  if (codec == Codec::Unknown) return rt.raise(rt.t.LookupError, "unknown encoding: " + std::string(encoding));
  Handler h = lookup_handler(errors);
  StrBuilder out;
  out.reserve(data.size());
  auto on_error = [&](size_t start, size_t end, const char* reason) -> bool {
    switch (h) {
      case Handler::Strict: return raise_decode_error(rt, codec, data, start, end, reason);
      case Handler::Ignore: return true;
      case Handler::Replace: out.append_cp(0xFFFD); return true;
      case Handler::BackslashReplace:
        for (size_t i = start; i < end; ++i) {
          std::string e;
          append_hex(e, "\\x", static_cast<unsigned char>(data[i]), 2);
          out.append_ascii(e);
        }
        return true;
      case Handler::SurrogateEscape:
        for (size_t i = start; i < end; ++i) {
          unsigned char b = static_cast<unsigned char>(data[i]);
          if (b < 128) return raise_decode_error(rt, codec, data, start, end, reason);
          out.append_cp(0xDC00u + b);
        }
        return true;
      case Handler::XmlCharRefReplace:
      case Handler::NameReplace:
        rt.raise(rt.t.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return false;
      case Handler::SurrogatePass: return raise_decode_error(rt, codec, data, start, end, reason);
      case Handler::Unknown: return unknown_handler(rt, errors);
    }
    return false;
  };
  if (codec == Codec::Latin1) {
    for (unsigned char b : data) out.append_cp(b);
    return out.finish(rt);
  }
  if (codec == Codec::Utf8Sig) {
    // encodings.utf_8_sig: a leading BOM is dropped, the rest is UTF-8 (positions after it).
    if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
    return str_decode(rt, data, "utf-8", errors);
  }
  if (codec == Codec::UnicodeEscape || codec == Codec::RawUnicodeEscape) {
    // CPython's _PyUnicode_DecodeUnicodeEscapeInternal / PyUnicode_DecodeRawUnicodeEscape: bytes
    // are Latin-1 characters; a backslash starts an escape (raw: only \uXXXX and \UXXXXXXXX).
    bool raw = codec == Codec::RawUnicodeEscape;
    auto hexval = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    size_t i = 0, n = data.size();
    int first_invalid = -1;
    while (i < n) {
      unsigned char c = static_cast<unsigned char>(data[i++]);
      if (c != '\\') {
        out.append_cp(c);
        continue;
      }
      size_t start = i - 1;
      if (i >= n) {
        if (raw) {
          out.append_cp('\\');
          break;
        }
        if (!on_error(start, n, "\\ at end of string")) return nullptr;
        break;
      }
      c = static_cast<unsigned char>(data[i++]);
      int count = 0;
      const char* truncated = nullptr;
      if (c == 'x' && !raw) count = 2, truncated = "truncated \\xXX escape";
      else if (c == 'u') count = 4, truncated = "truncated \\uXXXX escape";
      else if (c == 'U') count = 8, truncated = "truncated \\UXXXXXXXX escape";
      if (count) {
        uint32_t v = 0;
        int k = 0;
        for (; k < count && i < n && hexval(data[i]) >= 0; ++k) v = v * 16 + static_cast<uint32_t>(hexval(data[i++]));
        if (k < count) {
          if (!on_error(start, i, truncated)) return nullptr;
          continue;
        }
        if (v > 0x10FFFF) {
          if (!on_error(start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character")) return nullptr;
          continue;
        }
        out.append_cp(v);
        continue;
      }
      if (raw) {
        out.append_cp('\\');
        out.append_cp(c);
        continue;
      }
      switch (c) {
        case '\n': break;  // an escaped newline joins the lines
        case '\\': out.append_cp('\\'); break;
        case '\'': out.append_cp('\''); break;
        case '"': out.append_cp('"'); break;
        case 'b': out.append_cp('\b'); break;
        case 'f': out.append_cp('\f'); break;
        case 't': out.append_cp('\t'); break;
        case 'n': out.append_cp('\n'); break;
        case 'r': out.append_cp('\r'); break;
        case 'v': out.append_cp('\v'); break;
        case 'a': out.append_cp('\a'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          uint32_t v = c - '0';
          for (int k = 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; ++k) v = v * 8 + static_cast<uint32_t>(data[i++] - '0');
          out.append_cp(v);
          break;
        }
        case 'N': {
          // \N{name}: the names database is not here, so every name is an unknown one.
          const char* why = "malformed \\N character escape";
          if (i < n && data[i] == '{') {
            size_t close = data.find('}', i + 1);
            if (close != std::string_view::npos) {
              if (close > i + 1) why = "unknown Unicode character name", close++;
              i = close;
            } else {
              i = n;
            }
          }
          if (!on_error(start, i, why)) return nullptr;
          break;
        }
        default:
          if (first_invalid < 0) first_invalid = c;
          out.append_cp('\\');
          out.append_cp(c);
      }
    }
    // Once decoded, the first unknown escape is reported as CPython 3.11 does.
    if (first_invalid >= 0 && rt.warn) {
      std::string msg = "invalid escape sequence '\\";
      msg.push_back(static_cast<char>(first_invalid));
      msg += "'";
      if (first_invalid >= 0x80) {
        msg = "invalid escape sequence '\\";
        utf8_append(msg, static_cast<uint32_t>(first_invalid));
        msg += "'";
      }
      if (!rt.warn(rt, rt.t.DeprecationWarning, msg, 1, Value())) return nullptr;
    }
    return out.finish(rt);
  }
  if (is_wide(codec)) {
    size_t unit = is_utf32(codec) ? 4 : 2;
    bool big = is_big_endian(codec);
    size_t i = 0;
    auto rd = [&](size_t at) {
      uint32_t v = 0;
      for (size_t k = 0; k < unit; ++k) {
        uint32_t b = static_cast<unsigned char>(data[at + k]);
        v |= big ? b << (8 * (unit - 1 - k)) : b << (8 * k);
      }
      return v;
    };
    if ((codec == Codec::Utf16 || codec == Codec::Utf32) && data.size() >= unit) {
      uint32_t bom = rd(0);
      if (bom == 0xFEFF) {
        i = unit;
      } else if ((unit == 2 && bom == 0xFFFE) || (unit == 4 && bom == 0xFFFE0000u)) {
        big = true;
        i = unit;
      }
    }
    // Errors of the plain codecs name the byte order they decoded with, as CPython's do.
    if (codec == Codec::Utf16) codec = big ? Codec::Utf16Be : Codec::Utf16Le;
    if (codec == Codec::Utf32) codec = big ? Codec::Utf32Be : Codec::Utf32Le;
    while (i < data.size()) {
      if (data.size() - i < unit) {
        if (!on_error(i, data.size(), "truncated data")) return nullptr;
        break;
      }
      uint32_t c = rd(i);
      if (unit == 4) {
        if (c > 0x10FFFF || is_surrogate(c)) {
          const char* why = c > 0x10FFFF ? "code point not in range(0x110000)"
                                         : "code point in surrogate code point range(0xd800, 0xe000)";
          if (!on_error(i, i + 4, why)) return nullptr;
        } else {
          out.append_cp(c);
        }
        i += 4;
        continue;
      }
      if (c < 0xD800 || c > 0xDFFF) {
        out.append_cp(c);
        i += 2;
      } else if (c >= 0xDC00) {
        if (!on_error(i, i + 2, "illegal encoding")) return nullptr;
        i += 2;
      } else if (data.size() - i < 4) {
        if (!on_error(i, data.size(), "unexpected end of data")) return nullptr;
        break;
      } else {
        uint32_t lo = rd(i + 2);
        if (lo < 0xDC00 || lo > 0xDFFF) {
          if (!on_error(i, i + 2, "illegal UTF-16 surrogate")) return nullptr;
          i += 2;
        } else {
          out.append_cp(0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00));
          i += 4;
        }
      }
    }
    return out.finish(rt);
  }
  if (codec == Codec::Ascii) {
    for (size_t i = 0; i < data.size(); ++i) {
      unsigned char b = static_cast<unsigned char>(data[i]);
      if (b < 128) out.append_ascii(static_cast<char>(b));
      else if (!on_error(i, i + 1, "ordinal not in range(128)")) return nullptr;
    }
    return out.finish(rt);
  }
  // UTF-8
  size_t i = 0;
  while (i < data.size()) {
    size_t run = i;
    while (run < data.size() && static_cast<unsigned char>(data[run]) < 0x80) ++run;
    if (run > i) {
      out.append_ascii(data.substr(i, run - i));
      i = run;
      if (i >= data.size()) break;
    }
    const char* reason = nullptr;
    size_t errlen = 0;
    size_t n = utf8_check(data, i, &reason, &errlen);
    if (n) {
      size_t p = i;
      out.append_cp(u8_decode(data, p));
      i += n;
      continue;
    }
    if (h == Handler::SurrogatePass) {
      uint32_t s = encoded_surrogate(data, i);
      if (s) {
        out.append_cp(s);
        i += 3;
        continue;
      }
    }
    if (!on_error(i, i + errlen, reason)) return nullptr;
    i += errlen;
  }
  return out.finish(rt);
}

Value str_encode(Runtime& rt, const Value& sv, std::string_view encoding, std::string_view errors) {
  Codec codec = lookup_codec(encoding);
  if (codec == Codec::Unknown) return rt.raise(rt.t.LookupError, "unknown encoding: " + std::string(encoding));
  StrObject* s = as_str(sv);
  std::string_view v = s->view();
  if (codec == Codec::Utf8Sig) {
    Value b = str_encode(rt, sv, "utf-8", errors);
    if (!b) return nullptr;
    return make_bytes(rt, "\xEF\xBB\xBF" + std::string(static_cast<BytesObject*>(b.obj())->view()));
  }
  if (codec == Codec::UnicodeEscape || codec == Codec::RawUnicodeEscape) {
    // PyUnicode_AsUnicodeEscapeString / PyUnicode_AsRawUnicodeEscapeString (never fail).
    bool raw = codec == Codec::RawUnicodeEscape;
    std::string out;
    out.reserve(v.size());
    for (size_t p = 0; p < v.size();) {
      uint32_t c = u8_decode(v, p);
      if (c >= 0x10000) append_hex(out, "\\U", c, 8);
      else if (c >= 0x100) append_hex(out, "\\u", c, 4);
      else if (raw) out.push_back(static_cast<char>(c));
      else if (c == '\\') out += "\\\\";
      else if (c == '\t') out += "\\t";
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c < ' ' || c >= 0x7F) append_hex(out, "\\x", c, 2);
      else out.push_back(static_cast<char>(c));
    }
    return make_bytes(rt, out);
  }
  if (is_wide(codec)) {
    bool big = is_big_endian(codec);
    size_t unit = is_utf32(codec) ? 4 : 2;
    std::string out;
    out.reserve(static_cast<size_t>(s->length + 1) * unit);
    auto put_unit = [&](uint32_t u) {
      for (size_t k = 0; k < unit; ++k) {
        size_t shift = 8 * (big ? unit - 1 - k : k);
        out.push_back(static_cast<char>((u >> shift) & 0xFF));
      }
    };
    auto put = [&](uint32_t c) {
      if (unit == 2 && c >= 0x10000) {
        put_unit(0xD800 + ((c - 0x10000) >> 10));
        put_unit(0xDC00 + ((c - 0x10000) & 0x3FF));
      } else {
        put_unit(c);
      }
    };
    if (codec == Codec::Utf16 || codec == Codec::Utf32) put(0xFEFF);
    std::vector<uint32_t> cps;
    cps.reserve(static_cast<size_t>(s->length));
    for (size_t p = 0; p < v.size();) cps.push_back(u8_decode(v, p));
    Handler h = lookup_handler(errors);
    for (size_t i = 0; i < cps.size();) {
      if (!is_surrogate(cps[i])) {
        put(cps[i++]);
        continue;
      }
      size_t end = i + 1;
      while (end < cps.size() && is_surrogate(cps[end])) ++end;
      std::string repl;  // what the error handler produced, as ASCII/bytes to re-encode
      if (h == Handler::SurrogatePass) {
        for (size_t k = i; k < end; ++k) put_unit(cps[k]);
      } else {
        if (!encode_bad_run(rt, codec, h, errors, cps, i, end, "surrogates not allowed", repl)) return nullptr;
        for (unsigned char b : repl) put(b);
      }
      i = end;
    }
    return make_bytes(rt, out);
  }
  uint32_t limit = codec == Codec::Ascii ? 128 : codec == Codec::Latin1 ? 256 : 0;
  // Fast paths: text the codec represents as is.
  if (s->is_ascii() || (codec == Codec::Utf8 && s->maxchar < 0xD800)) return make_bytes(rt, v);
  if (codec == Codec::Utf8) {
    // Any surrogate? (encoded as ED A0..BF xx)
    bool has_surrogate = false;
    for (size_t i = 0; i + 1 < v.size(); ++i) {
      if (static_cast<unsigned char>(v[i]) == 0xED && static_cast<unsigned char>(v[i + 1]) >= 0xA0) {
        has_surrogate = true;
        break;
      }
    }
    if (!has_surrogate) return make_bytes(rt, v);
  }
  Handler h = lookup_handler(errors);
  std::vector<uint32_t> cps;
  cps.reserve(static_cast<size_t>(s->length));
  for (size_t p = 0; p < v.size();) cps.push_back(u8_decode(v, p));
  std::string out;
  out.reserve(cps.size());
  const char* reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
  auto bad = [&](uint32_t c) { return codec == Codec::Utf8 ? is_surrogate(c) : c >= limit; };
  for (size_t i = 0; i < cps.size();) {
    uint32_t c = cps[i];
    if (!bad(c)) {
      if (codec == Codec::Utf8) utf8_append(out, c);
      else out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < cps.size() && bad(cps[end])) ++end;
    if (!encode_bad_run(rt, codec, h, errors, cps, i, end, reason, out)) return nullptr;
    i = end;
  }
  return make_bytes(rt, out);
}

Value str_encode_method(Runtime& rt, const Value& self, CallArgs args) {
  Value a[2];
  if (!str_parse_kw(rt, args, "encode", {"encoding", "errors"}, 0, a)) return nullptr;
  std::string_view enc = "utf-8", errs = "strict";
  if (a[0]) {
    if (!is_str(rt, a[0])) {
      return rt.raise(rt.t.TypeError, "encode() argument 'encoding' must be str, not " + type_name(rt, a[0]));
    }
    enc = str_view(a[0]);
  }
  if (a[1]) {
    if (!is_str(rt, a[1])) {
      return rt.raise(rt.t.TypeError, "encode() argument 'errors' must be str, not " + type_name(rt, a[1]));
    }
    errs = str_view(a[1]);
  }
  return str_encode(rt, self, enc, errs);
}

}  // namespace ls
