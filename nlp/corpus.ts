/**
 * The training corpus: `nlp/corpus/<language>.json`, one file per language, each listing customer phrasings
 * per intent. Checked on load: an unknown intent or language, an empty list or a duplicate phrasing is an error
 * that names the file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { INTENTS, IntentSchema, LanguageSchema, type Intent, type Language } from '../core/understanding/intents.ts';

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

const CorpusFileSchema = z.object({
  language: LanguageSchema,
  intents: z.record(IntentSchema, z.array(z.string().trim().min(1).max(500)).min(1)),
});

export interface Utterance {
  text: string;
  intent: Intent;
  language: Language;
}

export interface Corpus {
  utterances: Utterance[];
  /** SHA-256 over every file's name and content: changes whenever the corpus does. */
  hash: string;
}

export function loadCorpus(directory: string = CORPUS_DIR): Corpus {
  const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`no corpus files in ${directory}`);
  const hash = createHash('sha256');
  const utterances: Utterance[] = [];
  for (const file of files) {
    const content = readFileSync(path.join(directory, file), 'utf8');
    hash.update(file).update('\0').update(content).update('\0');
    const parsed = CorpusFileSchema.safeParse(JSON.parse(content));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const { language, intents } = parsed.data;
    if (file !== `${language}.json`) throw new Error(`${file}: declares language "${language}"; name the file ${language}.json`);
    const seen = new Set<string>();
    for (const intent of INTENTS) {
      for (const text of intents[intent] ?? []) {
        const key = text.toLowerCase();
        if (seen.has(key)) throw new Error(`${file}: "${text}" is listed twice`);
        seen.add(key);
        utterances.push({ text, intent, language });
      }
    }
  }
  return { utterances, hash: hash.digest('hex') };
}
