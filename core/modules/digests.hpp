// Message digests of bytes (digests.cpp): what _hashlib and random's seeding need.
#pragma once

#include <string>
#include <string_view>

namespace ls {

std::string md5_digest(std::string_view data);     // 16 bytes
std::string sha1_digest(std::string_view data);    // 20 bytes
std::string sha224_digest(std::string_view data);  // 28 bytes
std::string sha256_digest(std::string_view data);  // 32 bytes
std::string sha384_digest(std::string_view data);  // 48 bytes
std::string sha512_digest(std::string_view data);  // 64 bytes

}  // namespace ls
