/**
 * Directory-backed keyring for the CLI, modelled on the Cosmos SDK keyring backends:
 *  - "file": each private key encrypted at rest (scrypt -> AES-256-GCM); the passphrase comes from
 *    the caller (the CLI prompts for it). Files live in <dir>/keyring-file/.
 *  - "test": private keys stored in clear, for tests and localnets. Files in <dir>/keyring-test/.
 *
 * One JSON file per key: <name>.json, mode 0600. Mnemonics are never stored (as in the SDK); add()
 * returns it once. Public data (name, type, address, pubkey) stays readable without the passphrase
 * so list/show never prompt, and is bound to the ciphertext as AES-GCM associated data so it
 * cannot be swapped under an encrypted key.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { ACCOUNT_PREFIX, toBech32 } from "../crypto/bech32.ts";
import { pubKeyFromBytes, typeUrlForKeyType, type KeyType } from "../crypto/pubkey.ts";
import { publicKeyFromPrivate } from "../crypto/secp256k1.ts";
import { DEFAULT_HD_PATH, deriveKey, generateMnemonic, normalizeMnemonic } from "./hd.ts";
import { signerFromPrivateKey, type Signer } from "./signer.ts";

export type KeyringBackend = "file" | "test";

export type KeyringErrorCode =
  | "KEY_EXISTS"
  | "KEY_NOT_FOUND"
  | "WRONG_PASSPHRASE"
  | "PASSPHRASE_REQUIRED"
  | "INVALID_MNEMONIC"
  | "INVALID_NAME"
  | "INVALID_KEY_FILE"
  | "INVALID_ARMOR";

export class KeyringError extends Error {
  constructor(
    readonly code: KeyringErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "KeyringError";
  }
}

export interface ScryptParams {
  /** CPU/memory cost, power of two. */
  N: number;
  r: number;
  p: number;
}

/** ~70 ms on this machine; tests may pass cheaper parameters. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 1 << 15, r: 8, p: 1 };
/** Refuse parameters from files/armor that would take absurd memory or time. */
const MAX_SCRYPT_N = 1 << 20;

export interface KeyringOptions {
  /** Home/keyring directory; keys go to <dir>/keyring-<backend>/. */
  dir: string;
  backend: KeyringBackend;
  /** Required by the "file" backend for operations touching private keys. */
  passphrase?: string;
  scrypt?: ScryptParams;
}

export interface KeyInfo {
  name: string;
  keyType: KeyType;
  /** Bech32 account address (st1...). */
  address: string;
  /** 33-byte compressed public key. */
  pubkey: Uint8Array;
  pubkeyTypeUrl: string;
  /** Set when derived from a mnemonic by this keyring; absent for imported keys. */
  hdPath?: string;
  createdAt: string;
}

export interface AddKeyOptions {
  keyType: KeyType;
  /** Recover from this mnemonic; a new 24-word one is generated when absent. */
  mnemonic?: string;
  hdPath?: string;
  bip39Passphrase?: string;
}

export interface AddedKey extends KeyInfo {
  mnemonic: string;
}

interface EncryptedBlob {
  kdf: "scrypt";
  N: number;
  r: number;
  p: number;
  salt: string;
  cipher: "aes-256-gcm";
  nonce: string;
  ciphertext: string;
  tag: string;
}

interface KeyFile {
  version: 1;
  name: string;
  keyType: KeyType;
  address: string;
  pubkey: string; // base64
  hdPath?: string;
  createdAt: string;
  privkey: { plain: string } | EncryptedBlob;
}

interface ArmorPayload {
  version: 1;
  keyType: KeyType;
  pubkey: string; // base64
  enc: EncryptedBlob;
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const ARMOR_BEGIN = "-----BEGIN STRATOS PRIVATE KEY-----";
const ARMOR_END = "-----END STRATOS PRIVATE KEY-----";

const b64 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("base64");
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, "base64"));
const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Associated data: ties the ciphertext to the public half it belongs to. */
function aad(keyType: KeyType, pubkey: Uint8Array): Buffer {
  return Buffer.from(`stratos-key-v1|${keyType}|${hex(pubkey)}`, "utf8");
}

function scryptKey(passphrase: string, salt: Uint8Array, { N, r, p }: ScryptParams): Buffer {
  if (!Number.isInteger(N) || N < 2 || N > MAX_SCRYPT_N || (N & (N - 1)) !== 0 || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16)) {
    throw new KeyringError("INVALID_KEY_FILE", `unsupported scrypt parameters N=${N} r=${r} p=${p}`);
  }
  return scryptSync(passphrase.normalize("NFKC"), salt, 32, { N, r, p, maxmem: 256 * N * r + (1 << 20) });
}

function encrypt(privkey: Uint8Array, passphrase: string, params: ScryptParams, ad: Buffer): EncryptedBlob {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const key = scryptKey(passphrase, salt, params);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(ad);
  const ciphertext = Buffer.concat([cipher.update(privkey), cipher.final()]);
  key.fill(0);
  return {
    kdf: "scrypt",
    ...params,
    salt: b64(salt),
    cipher: "aes-256-gcm",
    nonce: b64(nonce),
    ciphertext: b64(ciphertext),
    tag: b64(cipher.getAuthTag()),
  };
}

/** Returns undefined when authentication fails (wrong passphrase or tampered data). */
function decrypt(blob: EncryptedBlob, passphrase: string, ad: Buffer): Uint8Array | undefined {
  if (blob.kdf !== "scrypt" || blob.cipher !== "aes-256-gcm") {
    throw new KeyringError("INVALID_KEY_FILE", `unsupported encryption ${blob.kdf}/${blob.cipher}`);
  }
  const key = scryptKey(passphrase, unb64(blob.salt), blob);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, unb64(blob.nonce));
    decipher.setAAD(ad);
    decipher.setAuthTag(unb64(blob.tag));
    return new Uint8Array(Buffer.concat([decipher.update(unb64(blob.ciphertext)), decipher.final()]));
  } catch {
    return undefined;
  } finally {
    key.fill(0);
  }
}

function isEncrypted(p: KeyFile["privkey"]): p is EncryptedBlob {
  return (p as EncryptedBlob).kdf !== undefined;
}

export class Keyring {
  readonly backend: KeyringBackend;
  /** Directory that holds the key files. */
  readonly keyDir: string;
  private readonly passphrase: string | undefined;
  private readonly scrypt: ScryptParams;

  constructor(opts: KeyringOptions) {
    if (opts.backend !== "file" && opts.backend !== "test") {
      throw new Error(`unsupported keyring backend '${String(opts.backend)}': expected file or test`);
    }
    this.backend = opts.backend;
    this.keyDir = path.join(opts.dir, `keyring-${opts.backend}`);
    this.passphrase = opts.passphrase;
    this.scrypt = opts.scrypt ?? DEFAULT_SCRYPT;
  }

  async add(name: string, opts: AddKeyOptions): Promise<AddedKey> {
    this.checkName(name);
    if (await this.exists(name)) throw new KeyringError("KEY_EXISTS", `key '${name}' already exists`);
    this.requirePassphrase(); // fail before the (slow) derivation
    const mnemonic = opts.mnemonic !== undefined ? normalizeMnemonic(opts.mnemonic) : generateMnemonic(24);
    const hdPath = opts.hdPath ?? DEFAULT_HD_PATH;
    let derived;
    try {
      derived = await deriveKey(mnemonic, opts.keyType, hdPath, opts.bip39Passphrase ?? "");
    } catch (e) {
      const msg = (e as Error).message;
      throw msg.startsWith("invalid mnemonic") ? new KeyringError("INVALID_MNEMONIC", msg) : e;
    }
    const info = await this.store(name, opts.keyType, derived.privkey, hdPath);
    derived.privkey.fill(0);
    return { ...info, mnemonic };
  }

  async list(): Promise<KeyInfo[]> {
    let entries: string[];
    try {
      entries = await fs.readdir(this.keyDir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw e;
    }
    const names = entries.filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).filter((n) => NAME_RE.test(n));
    const infos = await Promise.all(names.map(async (n) => toInfo(await this.readKeyFile(n))));
    return infos.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async show(name: string): Promise<KeyInfo> {
    return toInfo(await this.readKeyFile(name));
  }

  async delete(name: string): Promise<void> {
    await this.readKeyFile(name); // uniform "not found" error
    await fs.unlink(this.file(name));
  }

  async getSigner(name: string): Promise<Signer & { name: string }> {
    const kf = await this.readKeyFile(name);
    const priv = this.unlock(kf, this.requirePassphrase());
    const signer = signerFromPrivateKey(priv, kf.keyType);
    priv.fill(0);
    return { ...signer, name };
  }

  /** ASCII-armored private key, encrypted with exportPassphrase (independent of the keyring's). */
  async exportArmored(name: string, exportPassphrase: string): Promise<string> {
    if (!exportPassphrase) throw new KeyringError("PASSPHRASE_REQUIRED", "an export passphrase is required");
    const kf = await this.readKeyFile(name);
    const priv = this.unlock(kf, this.requirePassphrase());
    const pubkey = unb64(kf.pubkey);
    const payload: ArmorPayload = {
      version: 1,
      keyType: kf.keyType,
      pubkey: kf.pubkey,
      enc: encrypt(priv, exportPassphrase, this.scrypt, aad(kf.keyType, pubkey)),
    };
    priv.fill(0);
    const body = Buffer.from(JSON.stringify(payload), "utf8").toString("base64").match(/.{1,64}/g)!.join("\n");
    return [ARMOR_BEGIN, `type: ${kf.keyType}`, "kdf: scrypt", "cipher: aes-256-gcm", "", body, ARMOR_END, ""].join("\n");
  }

  async importArmored(name: string, armored: string, passphrase: string): Promise<KeyInfo> {
    this.checkName(name);
    if (await this.exists(name)) throw new KeyringError("KEY_EXISTS", `key '${name}' already exists`);
    this.requirePassphrase();
    const payload = parseArmor(armored);
    const pubkey = unb64(payload.pubkey);
    const priv = decrypt(payload.enc, passphrase ?? "", aad(payload.keyType, pubkey));
    if (!priv) throw new KeyringError("WRONG_PASSPHRASE", "wrong passphrase for armored key (or the armor was modified)");
    if (priv.length !== 32 || !equalBytes(publicKeyFromPrivate(priv, true), pubkey)) {
      throw new KeyringError("INVALID_ARMOR", "armored private key does not match its public key");
    }
    const info = await this.store(name, payload.keyType, priv, undefined);
    priv.fill(0);
    return info;
  }

  // ---------------------------------------------------------------------------------------------

  private file(name: string): string {
    return path.join(this.keyDir, `${name}.json`);
  }

  private checkName(name: string): void {
    if (typeof name !== "string" || !NAME_RE.test(name)) {
      throw new KeyringError("INVALID_NAME", `invalid key name '${String(name)}': use 1-64 of [A-Za-z0-9._@-], not starting with a symbol`);
    }
  }

  private async exists(name: string): Promise<boolean> {
    try {
      await fs.access(this.file(name));
      return true;
    } catch {
      return false;
    }
  }

  private requirePassphrase(): string {
    if (this.backend === "test") return "";
    if (!this.passphrase) throw new KeyringError("PASSPHRASE_REQUIRED", "the file keyring backend needs a passphrase");
    return this.passphrase;
  }

  private unlock(kf: KeyFile, passphrase: string): Uint8Array {
    const pubkey = unb64(kf.pubkey);
    let priv: Uint8Array | undefined;
    if (isEncrypted(kf.privkey)) {
      priv = decrypt(kf.privkey, passphrase, aad(kf.keyType, pubkey));
      if (!priv) throw new KeyringError("WRONG_PASSPHRASE", `wrong passphrase for key '${kf.name}'`);
    } else {
      priv = new Uint8Array(Buffer.from(kf.privkey.plain, "hex"));
    }
    if (priv.length !== 32 || !equalBytes(publicKeyFromPrivate(priv, true), pubkey)) {
      throw new KeyringError("INVALID_KEY_FILE", `key file for '${kf.name}' is corrupt: private key does not match public key`);
    }
    return priv;
  }

  private async store(name: string, keyType: KeyType, privkey: Uint8Array, hdPath: string | undefined): Promise<KeyInfo> {
    const pubkey = publicKeyFromPrivate(privkey, true);
    const address = toBech32(ACCOUNT_PREFIX, pubKeyFromBytes(keyType, pubkey).address);
    // Same rule as the SDK keyring: one entry per address.
    const dup = (await this.list()).find((k) => k.address === address);
    if (dup) throw new KeyringError("KEY_EXISTS", `key with address ${address} already exists as '${dup.name}'`);
    const kf: KeyFile = {
      version: 1,
      name,
      keyType,
      address,
      pubkey: b64(pubkey),
      ...(hdPath !== undefined ? { hdPath } : {}),
      createdAt: new Date().toISOString(),
      privkey:
        this.backend === "test"
          ? { plain: hex(privkey) }
          : encrypt(privkey, this.requirePassphrase(), this.scrypt, aad(keyType, pubkey)),
    };
    await fs.mkdir(this.keyDir, { recursive: true, mode: 0o700 });
    // Write a temp file, then link() it into place: link fails with EEXIST, so a concurrent add
    // of the same name cannot overwrite, and readers never see a half-written file.
    const tmp = path.join(this.keyDir, `.${name}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
    await fs.writeFile(tmp, JSON.stringify(kf, null, 2) + "\n", { mode: 0o600 });
    try {
      await fs.link(tmp, this.file(name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new KeyringError("KEY_EXISTS", `key '${name}' already exists`);
      throw e;
    } finally {
      await fs.unlink(tmp).catch(() => undefined);
    }
    return toInfo(kf);
  }

  private async readKeyFile(name: string): Promise<KeyFile> {
    this.checkName(name);
    let text: string;
    try {
      text = await fs.readFile(this.file(name), "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new KeyringError("KEY_NOT_FOUND", `key '${name}' not found`);
      throw e;
    }
    let kf: KeyFile;
    try {
      kf = JSON.parse(text) as KeyFile;
    } catch {
      throw new KeyringError("INVALID_KEY_FILE", `key file for '${name}' is not valid JSON`);
    }
    if (kf.version !== 1 || (kf.keyType !== "secp256k1" && kf.keyType !== "eth_secp256k1") || !kf.privkey || typeof kf.pubkey !== "string") {
      throw new KeyringError("INVALID_KEY_FILE", `key file for '${name}' has an unsupported format`);
    }
    return { ...kf, name };
  }
}

function toInfo(kf: KeyFile): KeyInfo {
  return {
    name: kf.name,
    keyType: kf.keyType,
    address: kf.address,
    pubkey: unb64(kf.pubkey),
    pubkeyTypeUrl: typeUrlForKeyType(kf.keyType),
    ...(kf.hdPath !== undefined ? { hdPath: kf.hdPath } : {}),
    createdAt: kf.createdAt,
  };
}

function parseArmor(armored: string): ArmorPayload {
  const bad = (why: string) => new KeyringError("INVALID_ARMOR", `invalid armored key: ${why}`);
  if (typeof armored !== "string") throw bad("not a string");
  const text = armored.replace(/\r\n/g, "\n").trim();
  const begin = text.indexOf(ARMOR_BEGIN);
  const end = text.indexOf(ARMOR_END);
  if (begin < 0 || end < begin) throw bad(`missing ${ARMOR_BEGIN} / ${ARMOR_END}`);
  const inner = text.slice(begin + ARMOR_BEGIN.length, end).trim();
  const blank = inner.indexOf("\n\n");
  const body = (blank >= 0 ? inner.slice(blank + 2) : inner).replace(/\s+/g, "");
  let payload: ArmorPayload;
  try {
    payload = JSON.parse(Buffer.from(body, "base64").toString("utf8")) as ArmorPayload;
  } catch {
    throw bad("body is not base64 JSON");
  }
  if (
    payload?.version !== 1 ||
    (payload.keyType !== "secp256k1" && payload.keyType !== "eth_secp256k1") ||
    typeof payload.pubkey !== "string" ||
    typeof payload.enc !== "object" ||
    payload.enc === null
  ) {
    throw bad("unsupported payload");
  }
  return payload;
}
