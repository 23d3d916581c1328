// Script: writes schema/schema.graphql (`--stdout`: prints it instead). A test fails when the committed file differs
// from what this writes, from the sources and from the production build (server/dist/emit-schema.js) alike.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/env';
import { printPublicSchema, schemaFile } from './build-schema';

const sdl = await printPublicSchema();
if (process.argv.includes('--stdout')) {
  process.stdout.write(sdl);
} else {
  fs.writeFileSync(schemaFile, sdl);
  console.log(`wrote ${path.relative(repoRoot, schemaFile)}`);
}
