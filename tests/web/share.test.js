// web/src/share.ts: the link format round-trips programs, and rejects anything odd with a message.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const zlib = require("node:zlib");
const { loadTs } = require("./load");
const { exampleIds, source } = require("./examples");

const share = loadTs("web/src/share.ts");
const { decodeScenario, encodeScenario, ShareError, SHARE_PREFIX, MAX_FRAGMENT_CHARS, MAX_SCENARIO_BYTES } = share;

const b64url = (bytes) => Buffer.from(bytes).toString("base64url");

test("every example round-trips through a link", async () => {
  for (const id of exampleIds()) {
    const scenario = { source: source(id), injections: [] };
    const fragment = await encodeScenario(scenario);
    assert.match(fragment, /^#v1=[A-Za-z0-9_-]+$/);
    assert.ok(fragment.length < scenario.source.length, `${id}: the link is not shorter than the program`);
    assert.deepEqual(await decodeScenario(fragment), scenario);
  }
});

test("unicode, empty programs and injections survive", async () => {
  for (const text of ["", "print('héllo 🌍 — ✓')\n", "\u0000\t\r\n", "x = '</script><img src=x onerror=alert(1)>'"]) {
    const scenario = { source: text, injections: [{ at: 1.5, task: "Task-2", what: "cancel" }] };
    assert.deepEqual(await decodeScenario(await encodeScenario(scenario)), scenario);
  }
});

test("the fragment is raw deflate of the JSON, base64url without padding", async () => {
  const fragment = await encodeScenario({ source: "print(1)", injections: [] });
  const json = zlib.inflateRawSync(Buffer.from(fragment.slice(SHARE_PREFIX.length), "base64url")).toString();
  assert.deepEqual(JSON.parse(json), { source: "print(1)", injections: [] });
});

async function rejects(hash, pattern) {
  await assert.rejects(decodeScenario(hash), (error) => {
    assert.ok(error instanceof ShareError, `not a ShareError: ${error}`);
    assert.match(error.message, pattern);
    return true;
  });
}

test("malformed links are refused with a clear reason", async () => {
  await rejects("#v2=abc", /not a LoopScope program link/);
  await rejects("#hello", /not a LoopScope program link/);
  await rejects("#v1=not base64!", /damaged/);
  await rejects("#v1=A", /damaged/);
  await rejects("#v1=" + b64url(Buffer.from("plain text, not deflate")), /damaged/);
  const good = await encodeScenario({ source: "print('a fairly long program')\n".repeat(20), injections: [] });
  await rejects(good.slice(0, good.length - 10), /damaged/); // cut short
  await rejects("#v1=" + b64url(zlib.deflateRawSync(Buffer.from([0xff, 0xfe, 0xfd]))), /UTF-8/);
  await rejects("#v1=" + b64url(zlib.deflateRawSync(Buffer.from("{not json"))), /damaged/);
  await rejects("#v1=" + b64url(zlib.deflateRawSync(Buffer.from("[1,2]"))), /damaged/);
  await rejects("#v1=" + b64url(zlib.deflateRawSync(Buffer.from('{"source": 42}'))), /no program/);
  await rejects("#v1=" + b64url(zlib.deflateRawSync(Buffer.from('{"source": "x", "injections": 3}'))), /injections/);
});

test("oversized links are refused, including small links that inflate to a lot", async () => {
  await rejects("#v1=" + "A".repeat(MAX_FRAGMENT_CHARS), /too long/);
  const bomb = zlib.deflateRawSync(Buffer.from(JSON.stringify({ source: "x".repeat(50 * 1024 * 1024) })), { level: 9 });
  assert.ok(bomb.length < 100 * 1024, "the test's bomb should be small");
  await rejects("#v1=" + b64url(bomb), /larger than/);
  await assert.rejects(encodeScenario({ source: "y".repeat(MAX_SCENARIO_BYTES + 1), injections: [] }), /too large to share/);
});
