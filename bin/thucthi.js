#!/usr/bin/env node
// Entry point of the `thucthi` command. The sources are TypeScript; tsx
// compiles them on load so that there is no separate build step for the
// server and the CLI (the web app is built by Vite).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
