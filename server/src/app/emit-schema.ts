// Script: writes schema/schema.graphql. A test fails when the committed file differs from what this writes.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/env';
import { printPublicSchema, schemaFile } from './build-schema';

fs.writeFileSync(schemaFile, await printPublicSchema());
console.log(`wrote ${path.relative(repoRoot, schemaFile)}`);
