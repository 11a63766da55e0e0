// An ASL file given by the user (JSON or YAML) with ${OutputKey} placeholders filled from the stack outputs.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../inputs';
import type { AslDefinition } from './build';
import { validateOffline } from './validate';

const PLACEHOLDER = /\$\{([A-Za-z0-9_]+)\}/g;

/**
 * Reads and parses the file: a .json file must be JSON, anything else is read as YAML (which also reads JSON).
 * Synchronous on purpose: a small local file, read while the inputs are checked, before anything else runs.
 */
function readDefinitionFile(path: string): AslDefinition {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError('definition', `cannot read ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = path.toLowerCase().endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new InputError('definition', `${path} is neither valid JSON nor YAML: ${(err as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError('definition', `${path} must hold an ASL object (with StartAt and States)`);
  }
  return parsed as AslDefinition;
}

/** Every placeholder name used in the document (in keys or string values). */
export function placeholdersIn(value: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node === 'string') for (const match of node.matchAll(PLACEHOLDER)) found.add(match[1]);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        visit(key);
        visit(child);
      }
    }
  };
  visit(value);
  return found;
}

/** Replaces ${Key} in every key and string value; an unknown key is an error naming it and the known keys. */
export function fillPlaceholders<T>(value: T, outputs: Record<string, string>): T {
  const unknown = [...placeholdersIn(value)].filter((key) => !(key in outputs));
  if (unknown.length > 0) {
    const known = Object.keys(outputs);
    throw new InputError(
      'definition',
      `unknown placeholder ${unknown.map((key) => `\${${key}}`).join(', ')}; the stack outputs are ${known.length ? known.join(', ') : '(none)'}`,
    );
  }
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') return node.replace(PLACEHOLDER, (_, key: string) => outputs[key]);
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [fill(key), fill(child)]));
    }
    return node;
  };
  return fill(value) as T;
}

/** The file's definition with placeholders filled from the stack outputs. */
export function loadDefinition(path: string, outputs: Record<string, string>): AslDefinition {
  return fillPlaceholders(readDefinitionFile(path), outputs);
}

/** A value of the right shape for a placeholder, so the offline validator can judge the rest of the file. */
function dummyValue(key: string): string {
  if (/arn$/i.test(key)) return `arn:aws:lambda:us-east-1:000000000000:function:${key}`;
  if (/url$/i.test(key)) return `https://sqs.us-east-1.amazonaws.com/000000000000/${key}`;
  return key;
}

/**
 * Checks the file before any AWS call: readable, JSON or YAML, and valid ASL once its placeholders hold
 * stand-in values. Throws InputError('definition', …) otherwise.
 */
export function checkDefinitionFile(path: string): void {
  const raw = readDefinitionFile(path);
  const standIns = Object.fromEntries([...placeholdersIn(raw)].map((key) => [key, dummyValue(key)]));
  const problems = validateOffline(fillPlaceholders(raw, standIns));
  if (problems.length > 0) throw new InputError('definition', `${path} is not a valid state machine definition: ${problems.join('; ')}`);
}
