#!/usr/bin/env node
// The command line of the platform. Runs the TypeScript sources directly (Node 24 strips types).
import '../src/cli/main.ts';
