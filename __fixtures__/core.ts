// Typed stand-ins for @actions/core, installed with jest.unstable_mockModule before the module under test is imported.
import { jest } from '@jest/globals';
import type * as core from '@actions/core';

export const debug = jest.fn<typeof core.debug>();
export const info = jest.fn<typeof core.info>();
export const notice = jest.fn<typeof core.notice>();
export const warning = jest.fn<typeof core.warning>();
export const error = jest.fn<typeof core.error>();
export const getInput = jest.fn<typeof core.getInput>();
export const getBooleanInput = jest.fn<typeof core.getBooleanInput>();
export const setOutput = jest.fn<typeof core.setOutput>();
export const setFailed = jest.fn<typeof core.setFailed>();
export const saveState = jest.fn<typeof core.saveState>();
export const getState = jest.fn<typeof core.getState>();
export const setSecret = jest.fn<typeof core.setSecret>();
export const isDebug = jest.fn<typeof core.isDebug>(() => false);
export const startGroup = jest.fn<typeof core.startGroup>();
export const endGroup = jest.fn<typeof core.endGroup>();
export const group = jest.fn(async <T>(_name: string, fn: () => Promise<T>): Promise<T> => fn());

/** A recording stand-in for core.summary: every add* call appends to `parts`; write() records that it was written. */
class FakeSummary {
  parts: string[] = [];
  written = 0;
  addHeading(text: string): this { this.parts.push(`# ${text}`); return this; }
  addRaw(text: string, addEOL = false): this { this.parts.push(addEOL ? `${text}\n` : text); return this; }
  addEOL(): this { this.parts.push('\n'); return this; }
  addTable(rows: unknown[][]): this { this.parts.push(JSON.stringify(rows)); return this; }
  addCodeBlock(code: string, lang?: string): this { this.parts.push(`\`\`\`${lang ?? ''}\n${code}\n\`\`\``); return this; }
  addList(items: string[]): this { this.parts.push(items.join('\n')); return this; }
  addDetails(label: string, content: string): this { this.parts.push(`${label}: ${content}`); return this; }
  addSeparator(): this { this.parts.push('---'); return this; }
  addBreak(): this { this.parts.push('\n'); return this; }
  addQuote(text: string): this { this.parts.push(`> ${text}`); return this; }
  addLink(text: string, href: string): this { this.parts.push(`[${text}](${href})`); return this; }
  stringify(): string { return this.parts.join(''); }
  isEmptyBuffer(): boolean { return this.parts.length === 0; }
  emptyBuffer(): this { this.parts = []; return this; }
  clear(): Promise<this> { this.parts = []; return Promise.resolve(this); }
  write(): Promise<this> { this.written += 1; return Promise.resolve(this); }
}
export const summary = new FakeSummary();

/** Reset every stand-in between tests; getInput (and the INPUT_* environment) reads the given inputs (unset ones are ''). */
export function useInputs(inputs: Record<string, string>): void {
  for (const fn of [debug, info, notice, warning, error, setOutput, setFailed, saveState, startGroup, endGroup, setSecret]) fn.mockReset();
  getInput.mockImplementation((name: string) => inputs[name] ?? '');
  // The same inputs as the runner passes them, for code that reads them before loading @actions/core.
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  getState.mockImplementation(() => '');
  summary.parts = [];
  summary.written = 0;
}
