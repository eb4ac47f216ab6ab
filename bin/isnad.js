#!/usr/bin/env node
// The `isnad` command. It runs the TypeScript sources through tsx, so that
// `npx isnad analyze --json FILE...` works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/isnad.ts');
process.exitCode = await main(process.argv.slice(2));
