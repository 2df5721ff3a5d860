// keys add|list|show|delete|export|import: the local keyring.
import { existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { Keyring, type KeyringBackend } from "../keys/keyring.ts";
import type { KeyType } from "../crypto/pubkey.ts";
import { homeOption, requirePositionals, UsageError, type Command } from "./util.ts";

export const keyringOptions = {
  ...homeOption,
  "keyring-backend": { type: "string" as const, default: "file" },
};

/** A secret from the environment, else the next line of piped stdin, else a prompt. */
export async function readSecret(prompt: string, envVar: string): Promise<string> {
  const fromEnv = process.env[envVar];
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) {
    const lines = await stdinLines();
    const line = lines.shift();
    if (line === undefined) throw new UsageError(`${prompt.replace(/: $/, "")} expected on stdin (or set ${envVar})`);
    return line;
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(prompt);
  } finally {
    rl.close();
  }
}

let pendingLines: string[] | undefined;
async function stdinLines(): Promise<string[]> {
  if (pendingLines) return pendingLines;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  pendingLines = Buffer.concat(chunks).toString("utf8").split(/\r?\n/);
  return pendingLines;
}

export async function openKeyring(values: Record<string, any>, needsSecret: boolean, opts: { create?: boolean } = {}): Promise<Keyring> {
  // Otherwise a mistyped --home only shows up later as "key not found".
  if (!opts.create && !existsSync(values.home)) throw new Error(`home ${values.home} does not exist (check --home; 'stratos-chain init' creates a node home)`);
  const backend = values["keyring-backend"] as KeyringBackend;
  if (backend !== "file" && backend !== "test") throw new UsageError(`--keyring-backend must be file or test, got ${JSON.stringify(backend)}`);
  const passphrase = backend === "file" && needsSecret ? await readSecret("keyring passphrase: ", "STRATOS_KEYRING_PASSPHRASE") : undefined;
  return new Keyring({ dir: values.home, backend, passphrase });
}

function keyJson(k: { name: string; keyType: string; address: string; pubkey: Uint8Array; pubkeyTypeUrl: string }) {
  return { name: k.name, type: k.keyType, address: k.address, pubkey: { "@type": k.pubkeyTypeUrl, key: Buffer.from(k.pubkey).toString("base64") } };
}

export const keysCommands: Command[] = [
  {
    name: "keys add",
    summary: "Create a key (new 24-word mnemonic, or --recover from one on stdin)",
    usage: "keys add <name> [--key-type secp256k1|eth_secp256k1] [--recover] [--keyring-backend file|test] [--home DIR]",
    options: { ...keyringOptions, "key-type": { type: "string", default: "secp256k1" }, recover: { type: "boolean", default: false } },
    async run({ values, positionals }) {
      const [name] = requirePositionals(positionals, ["name"]);
      const keyType = values["key-type"] as KeyType;
      if (keyType !== "secp256k1" && keyType !== "eth_secp256k1") throw new UsageError(`--key-type must be secp256k1 or eth_secp256k1, got ${JSON.stringify(keyType)}`);
      const kr = await openKeyring(values, true, { create: true });
      const mnemonic = values.recover ? (await readSecret("mnemonic: ", "STRATOS_MNEMONIC")).trim() : undefined;
      const added = await kr.add(name, { keyType, mnemonic });
      console.log(JSON.stringify({ ...keyJson(added), ...(values.recover ? {} : { mnemonic: added.mnemonic }) }, null, 2));
      if (!values.recover) console.error("Write the mnemonic down: it is the only way to recover this key.");
    },
  },
  {
    name: "keys list",
    summary: "List the keys in the keyring",
    usage: "keys list [--keyring-backend file|test] [--home DIR]",
    options: keyringOptions,
    async run({ values }) {
      const kr = await openKeyring(values, false);
      console.log(JSON.stringify((await kr.list()).map(keyJson), null, 2));
    },
  },
  {
    name: "keys show",
    summary: "Show a key's address and public key",
    usage: "keys show <name> [--address] [--keyring-backend file|test] [--home DIR]",
    options: { ...keyringOptions, address: { type: "boolean", default: false } },
    async run({ values, positionals }) {
      const [name] = requirePositionals(positionals, ["name"]);
      const info = await (await openKeyring(values, false)).show(name);
      console.log(values.address ? info.address : JSON.stringify(keyJson(info), null, 2));
    },
  },
  {
    name: "keys delete",
    summary: "Delete a key from the keyring",
    usage: "keys delete <name> --yes [--keyring-backend file|test] [--home DIR]",
    options: { ...keyringOptions, yes: { type: "boolean", default: false } },
    async run({ values, positionals }) {
      const [name] = requirePositionals(positionals, ["name"]);
      if (!values.yes) throw new UsageError("deleting a key cannot be undone: pass --yes to confirm");
      await (await openKeyring(values, false)).delete(name);
      console.log(`deleted ${name}`);
    },
  },
  {
    name: "keys export",
    summary: "Print a key as an encrypted armored block (export passphrase: STRATOS_EXPORT_PASSPHRASE or prompt)",
    usage: "keys export <name> [--keyring-backend file|test] [--home DIR]",
    options: keyringOptions,
    async run({ values, positionals }) {
      const [name] = requirePositionals(positionals, ["name"]);
      const kr = await openKeyring(values, true);
      const exportPass = await readSecret("export passphrase: ", "STRATOS_EXPORT_PASSPHRASE");
      if (exportPass.length < 8) throw new UsageError("the export passphrase must have at least 8 characters");
      console.log(await kr.exportArmored(name, exportPass));
    },
  },
  {
    name: "keys import",
    summary: "Import an armored key file written by 'keys export'",
    usage: "keys import <name> <file> [--keyring-backend file|test] [--home DIR]",
    options: keyringOptions,
    async run({ values, positionals }) {
      const [name, file] = requirePositionals(positionals, ["name", "file"]);
      let armored: string;
      try {
        armored = readFileSync(file, "utf8");
      } catch (e) {
        throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
      }
      const kr = await openKeyring(values, true, { create: true });
      const exportPass = await readSecret("export passphrase of the file: ", "STRATOS_EXPORT_PASSPHRASE");
      console.log(JSON.stringify(keyJson(await kr.importArmored(name, armored, exportPass)), null, 2));
    },
  },
];
