/**
 * Validated candidates to the catalog: unique identifiers, locales, the row account.
 */

import type { Reporter } from '../diagnostics.js';
import { LOCALES, type Catalog, type CatalogOptions, type Entry, type EntryVariant, type Envelope, type Messages, type Locale, type SkippedRow } from '../model.js';
import { buildEnvelope } from './envelope.js';
import { placeholdersByLocale } from './placeholders.js';
import type { EnvelopeOverride } from './front-matter.js';
import { FIXED_NAMES, NameRegistry, catalogNamesFor, classNameFor, derivedNames, memberNameFor, screamingSnake } from '../names.js';
import type { Candidate, Extraction } from './candidate.js';
import type { KeptCandidate } from '../validate/duplicate-code.js';

/** What the catalog is built from. */
export interface CatalogInput {
  readonly id: string;
  readonly source: string;
  readonly extraction: Extraction;
  readonly kept: readonly KeptCandidate[];
  readonly skipped: readonly SkippedRow[];
  /** Options for specs that do not set them in front matter. */
  readonly defaults: CatalogOptions;
  /** What the config file sets for this catalog, below what the spec's front matter sets. */
  readonly overrides?: CatalogOverrides;
}

/** A catalog's settings from the config file beyond `CatalogOptions`; `null` leaves the choice to the spec. */
export interface CatalogOverrides {
  /** Base of the catalog's names, e.g. `"Pet"`, instead of its id. */
  readonly prefix: string | null;
  /** Locale of the main messages, e.g. `"en"`, instead of the one the spec's columns suggest. */
  readonly defaultLocale: Locale | null;
  /** The error response body, when the spec's front matter gives none. */
  readonly envelope: EnvelopeOverride | null;
}

/** No overrides. */
export const NO_OVERRIDES: CatalogOverrides = { prefix: null, defaultLocale: null, envelope: null };

/** Options of a catalog when neither the spec nor the command line says otherwise. */
export const DEFAULT_OPTIONS: CatalogOptions = {
  enumStyle: 'enum',
  defaultHttpStatus: 500,
  problemTypeBase: null,
  docsUrl: null,
  remedyInResponse: false,
};

/**
 * Build the catalog. Names are claimed in spec order, so the first entry keeps a contested
 * name and later ones get a suffix, each reported as `name-collision`.
 */
export function buildCatalog({ id, source, extraction, kept, skipped, defaults, overrides = NO_OVERRIDES }: CatalogInput, reporter: Reporter): Catalog {
  const names = catalogNamesFor(extraction.frontMatter.prefix ?? overrides.prefix ?? id);
  const members = new NameRegistry();
  const classes = new NameRegistry([...Object.values(names), ...Object.values(derivedNames(names)), ...FIXED_NAMES]);
  const owners = new Map<string, Candidate>();
  const entries = kept.map((candidate): Entry => {
    const wanted = memberNameFor({ name: candidate.nameCell, code: candidate.code, english: candidate.messages.en ?? null });
    const suffix = screamingSnake(candidate.code);
    const name = members.claim(wanted, suffix === '' ? undefined : `${wanted}_${suffix}`);
    const className = classes.claim(classNameFor(name));
    if (name !== wanted) {
      // Names made from messages collide whenever two codes share a message: expected, so only info.
      const fromMessage = candidate.nameCell === null && memberNameFor({ name: null, code: candidate.code, english: null }) !== wanted;
      const owner = owners.get(wanted);
      reporter.report(
        fromMessage ? 'info' : 'warning',
        'name-collision',
        `Unexpected name \`${wanted}\` for code \`${candidate.code}\`, ${
          owner === undefined ? `reserved for the global \`${wanted}\` that generated code uses` : `already used by code \`${owner.code}\` at line ${owner.at.line}`
        }; named \`${name}\` instead`,
        candidate.at,
      );
    }
    owners.set(wanted, owners.get(wanted) ?? candidate);
    return {
      kind: 'entry',
      code: candidate.code,
      name,
      className,
      // A documented success code without a status is an HTTP 200, not the catalog's error default.
      httpStatus: candidate.httpStatus ?? (candidate.success ? 200 : null),
      httpStatusSource: candidate.httpStatus === null && candidate.success ? 'success' : candidate.httpStatusSource,
      messages: specMessages(candidate),
      placeholders: placeholdersByLocale(candidate.messages),
      description: candidate.description,
      remedy: candidate.remedy,
      group: candidate.group,
      groupPath: candidate.groupPath,
      success: candidate.success,
      retryable: candidate.retryable,
      extra: candidate.extra,
      aliases: candidate.aliases,
      variants: candidate.repeats.map((repeat): EntryVariant => ({
        kind: 'variant',
        httpStatus: repeat.httpStatus,
        messages: specMessages(repeat),
        placeholders: placeholdersByLocale(repeat.messages),
        description: repeat.description,
        remedy: repeat.remedy,
        group: repeat.group,
        line: repeat.at.line,
        column: repeat.at.column,
      })),
      line: candidate.at.line,
      column: candidate.at.column,
    };
  });
  const variants = entries.reduce((sum, entry) => sum + entry.variants.length, 0);
  const locales = LOCALES.filter((locale) => entries.some((entry) => entry.messages[locale] !== undefined));
  const primary = new Map<Locale, number>();
  for (const { primaryLocale } of kept) if (primaryLocale !== null) primary.set(primaryLocale, (primary.get(primaryLocale) ?? 0) + 1);
  const defaultLocale = extraction.frontMatter.defaultLocale ?? overrides.defaultLocale ?? LOCALES.reduce<Locale | null>(
    (best, locale) => ((primary.get(locale) ?? 0) > (best === null ? 0 : (primary.get(best) ?? 0)) ? locale : best),
    null,
  ) ?? 'en';
  return {
    kind: 'catalog',
    id,
    title: extraction.title,
    source,
    locales,
    defaultLocale,
    names,
    entries,
    rows: { seen: entries.length + variants + skipped.length, entries: entries.length, variants, skipped },
    envelope: envelopeOf(extraction, overrides, entries.map((entry) => entry.code), reporter),
    options: {
      enumStyle: extraction.frontMatter.enumStyle ?? defaults.enumStyle,
      defaultHttpStatus: extraction.frontMatter.defaultHttpStatus ?? defaults.defaultHttpStatus,
      problemTypeBase: extraction.frontMatter.messages.problemTypeBase ?? defaults.problemTypeBase,
      docsUrl: extraction.frontMatter.messages.docsUrl ?? defaults.docsUrl,
      remedyInResponse: extraction.frontMatter.messages.remedyInResponse ?? defaults.remedyInResponse,
    },
    diagnostics: reporter.list(),
  };
}

/** A candidate's messages in `LOCALES` order. */
function specMessages(candidate: Candidate): Messages {
  return Object.fromEntries(LOCALES.flatMap((locale) => {
    const message = candidate.messages[locale];
    return message === undefined ? [] : [[locale, message]];
  }));
}

/** The envelope: front matter first, then the config file, then the spec's example or the default. */
function envelopeOf(extraction: Extraction, overrides: CatalogOverrides, codes: readonly string[], reporter: Reporter): Envelope {
  if (extraction.frontMatter.envelope !== null || overrides.envelope === null) {
    return buildEnvelope(extraction.example, extraction.frontMatter.envelope, codes, reporter);
  }
  const envelope = buildEnvelope(extraction.example, overrides.envelope, codes, reporter);
  return envelope.origin === 'front-matter' ? { ...envelope, origin: 'config', line: null } : envelope;
}
