#!/usr/bin/env node
// Runs the meta-node daemon/CLI through tsx's loader (no build step).
import { register } from "tsx/esm/api";
register();
await import("../meta-node/main.ts");
