// Fuzzes the share-link decoder (web/src/share.ts) in node for SECONDS (default 30): random links,
// mutations of real links (bit flips, truncation, splices, base64url noise) and deflate bombs. Every
// input must either decode to a well-formed scenario or be rejected with a ShareError -- any other
// exception, a hang or a scenario of the wrong shape is a finding (printed with the input, exit 1).
//   node tests/fuzz/share_link.fuzz.js [SECONDS]
"use strict";
const zlib = require("node:zlib");
const { loadTs } = require("../web/load");

const { decodeScenario, encodeScenario, ShareError, SHARE_PREFIX } = loadTs("web/src/share.ts");

// A deterministic generator (mulberry32), so that a finding can be replayed from its seed.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/%#";

function wellFormed(s) {
  return (
    s && typeof s === "object" && typeof s.source === "string" && Array.isArray(s.injections) &&
    s.injections.every((i) => i && typeof i === "object")
  );
}

async function main() {
  const seconds = Number(process.argv[2] || 30);
  const seeds = [
    await encodeScenario({ source: "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n", injections: [] }),
    await encodeScenario({ source: "print('x')\n", injections: [{ at: 1.5, task: "Task-2", what: "cancel" }] }),
  ];
  const raw = (obj) => SHARE_PREFIX + zlib.deflateRawSync(Buffer.from(JSON.stringify(obj))).toString("base64url");
  seeds.push(raw({ source: 1 }), raw([]), raw({ source: "x", injections: [{}] }), raw("just a string"));
  seeds.push(SHARE_PREFIX + zlib.deflateRawSync(Buffer.alloc(50 * 1024 * 1024)).toString("base64url")); // a bomb
  const deadline = Date.now() + seconds * 1000;
  let cases = 0;
  let rejected = 0;
  for (let seed = 1; Date.now() < deadline; ++seed) {
    const r = rng(seed);
    const pick = (n) => Math.floor(r() * n);
    let link;
    const base = seeds[pick(seeds.length)];
    switch (pick(5)) {
      case 0: { // random text after the prefix
        let s = SHARE_PREFIX;
        const n = pick(200);
        for (let i = 0; i < n; ++i) s += ALPHABET[pick(ALPHABET.length)];
        link = s;
        break;
      }
      case 1: // truncated
        link = base.slice(0, pick(base.length + 1));
        break;
      case 2: { // characters replaced
        const chars = base.split("");
        for (let k = 1 + pick(4); k > 0; --k) chars[pick(chars.length)] = ALPHABET[pick(ALPHABET.length)];
        link = chars.join("");
        break;
      }
      case 3: { // bytes of the compressed payload flipped
        const bytes = Buffer.from(base.slice(SHARE_PREFIX.length), "base64url");
        for (let k = 1 + pick(3); k > 0 && bytes.length; --k) bytes[pick(bytes.length)] ^= 1 << pick(8);
        link = SHARE_PREFIX + bytes.toString("base64url");
        break;
      }
      default: // two links spliced
        link = base.slice(0, pick(base.length)) + seeds[pick(seeds.length)].slice(pick(40));
    }
    ++cases;
    try {
      const s = await decodeScenario(link);
      if (!wellFormed(s)) throw new Error(`decoded to a malformed scenario: ${JSON.stringify(s).slice(0, 200)}`);
    } catch (e) {
      if (e instanceof ShareError) {
        ++rejected;
        continue;
      }
      console.error(`finding (seed ${seed}): ${e && e.stack ? e.stack : e}\ninput: ${JSON.stringify(link.slice(0, 500))}`);
      process.exit(1);
    }
  }
  console.log(`share_link: ${cases} inputs in ${seconds}s, ${rejected} rejected with a ShareError, no finding`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
