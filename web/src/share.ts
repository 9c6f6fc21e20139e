// Share links: the scenario (program + injections) compressed into the URL fragment, so a link
// carries everything and no server sees it.
//
//   #v1=<base64url(deflate-raw(UTF-8(JSON {"source": "...", "injections": [...]})))>
//
// `injections` is reserved for the "what if" feature (cancel() or Ctrl+C injected at a virtual
// time); today it is always [] and a link's injections are kept as given. Decoding never trusts the
// link: bounded sizes (the fragment, the inflated bytes — checked while inflating, so a small link
// cannot expand into gigabytes), strict base64url, strict UTF-8, and a checked JSON shape. Errors are
// ShareError with a message meant for the user.

export const SHARE_PREFIX = "#v1=";
export const MAX_FRAGMENT_CHARS = 256 * 1024; // what we create and accept
export const MAX_SCENARIO_BYTES = 512 * 1024; // inflated JSON

export interface Scenario {
  source: string;
  injections: unknown[];
}

export class ShareError extends Error {}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new ShareError("the link is damaged (it contains characters a LoopScope link never has)");
  }
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number, tooLarge: string): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new ShareError(tooLarge);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return readAll(streamOf(bytes).pipeThrough(new CompressionStream("deflate-raw")), Infinity, "");
}

async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array> {
  const tooLarge = `the program in this link is larger than ${limit / 1024} KB`;
  try {
    return await readAll(streamOf(bytes).pipeThrough(new DecompressionStream("deflate-raw")), limit, tooLarge);
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError("the link is damaged (its data does not decompress; was it cut short?)");
  }
}

/** The fragment (starting with "#") for a scenario. Throws ShareError when it would be too long. */
export async function encodeScenario(scenario: Scenario): Promise<string> {
  const json = JSON.stringify({ source: scenario.source, injections: scenario.injections });
  const bytes = new TextEncoder().encode(json);
  if (bytes.length > MAX_SCENARIO_BYTES) {
    throw new ShareError(`the program is too large to share as a link (over ${MAX_SCENARIO_BYTES / 1024} KB)`);
  }
  const fragment = SHARE_PREFIX + toBase64Url(await deflate(bytes));
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    throw new ShareError(`the program is too large to share as a link (the link would exceed ${MAX_FRAGMENT_CHARS / 1024} KB)`);
  }
  return fragment;
}

/** Whether a location.hash is meant to be a share link (empty hashes and "#" are not). */
export function isShareFragment(hash: string): boolean {
  return hash.length > 1;
}

/** The scenario in a location.hash. Throws ShareError (with a message for the user) on anything odd. */
export async function decodeScenario(hash: string): Promise<Scenario> {
  if (hash.length > MAX_FRAGMENT_CHARS) {
    throw new ShareError(`the link is too long (over ${MAX_FRAGMENT_CHARS / 1024} KB)`);
  }
  if (!hash.startsWith(SHARE_PREFIX)) {
    throw new ShareError("the link is not a LoopScope program link (unknown format)");
  }
  const bytes = await inflate(fromBase64Url(hash.slice(SHARE_PREFIX.length)), MAX_SCENARIO_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ShareError("the link is damaged (its text is not valid UTF-8)");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ShareError("the link is damaged (its contents are not readable)");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ShareError("the link is damaged (unexpected contents)");
  }
  const record = value as Record<string, unknown>;
  if (typeof record.source !== "string") throw new ShareError("the link holds no program");
  const injections = record.injections ?? [];
  if (!Array.isArray(injections)) throw new ShareError("the link is damaged (unexpected injections)");
  return { source: record.source, injections };
}
