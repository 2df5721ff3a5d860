#!/usr/bin/env node
// `localnet up|status|logs|stop|start|down`: the TypeScript CLI through tsx's loader (no build step).
import { register } from "tsx/esm/api";
register();
await import("../localnet/main.ts");
