/**
 * The text of `errspec --help` and of each command's `--help`: data only, kept apart from
 * the command line's logic in cli.ts.
 */

import { RULES } from './lint/index.js';

/** Help by topic: `main`, then one per command. */
export const HELP: Readonly<Record<string, string>> = {
  main: `errspec: turn error-code tables in Markdown specs into typed TypeScript

Usage: errspec <command> [options]

Commands:
  init       Start errspec in this repository: a config, an example spec, npm scripts
  generate   Generate TypeScript from the specs (the default command)
  inspect    Print what errspec read from specs: entries, skipped rows, diagnostics
  i18n       Translation files: \`i18n status\` and \`i18n extract --locale <locale>\`
  preview    Write an HTML report showing how errspec read each spec
  lint       Check specs against lint rules, including the code format each states
  fmt        Rewrite messy tables as clean GFM tables (prints a diff; --write to save)

Options:
  -h, --help     Show help (also: errspec <command> --help)
  -v, --version  Show the version

generate, inspect, lint and i18n read errspec.config.{ts,mts,mjs,js,json} from the working folder when there is one;
paths in it, and the default specs/ and generated/, are relative to it.

Exit codes: 0 ok, 1 errors in specs or stale output (--check), 2 usage or I/O errors.`,
  init: `Usage: errspec init [--json] [--specs <dir>] [--out <dir>] [--package-name <name>]

Starts errspec in the working folder, asking nothing, and never overwrites a file:
  errspec.config.ts     (errspec.config.json with --json) naming <specs>/**/*.errors.md and <out>;
                        kept when any errspec.config.* exists
  <specs>/example.errors.md   an example spec, to edit or replace
  package.json          gains the scripts "errors:generate": "errspec generate" and
                        "errors:check": "errspec generate --check", where it lacks them
  .gitignore            gains node_modules/.cache/errspec/ unless it already ignores node_modules
Prints each file with what was done (written, added, kept).

Options:
  --json                  Write the config as JSON instead of TypeScript
  --specs <dir>           Folder of the specs (default: specs)
  --out <dir>             Output folder (default: generated)
  --package-name <name>   npm name of the generated package (default: this package's name + -errors)
  -h, --help              Show this help`,
  generate: `Usage: errspec generate [--specs <dir|file|glob>]... [--out <dir>] [--config <file>]
                        [--package-name <name>] [--package-version <semver>]
                        [--enum-style enum|const] [--default-status <status>]
                        [--problem-type-base <uri>] [--docs-url <url>] [--remedy-in-response]
                        [--i18n <dir>] [--reporter human|json|github] [--check | --watch] [--verbose]

Reads every *.md spec, writes enums, error classes, status maps and messages to the
output folder, and makes that folder an npm package: package.json, and ES module and
CommonJS builds with declarations in dist/. Writes only files whose content changed;
removes files it generated earlier that are now stale (listed, with their hashes, in
<out>/.errspec-manifest.json) and still as it wrote them; never touches others: a path it
wants that holds something it did not write, or an --out folder holding files but no
manifest, is an error (exit 2) and nothing changes. Nothing is written when a spec has
errors. Writes in place through a journal: a failed run changes nothing, a killed one is
finished by the next run.

Options:
  --specs <path>               Spec file, folder of *.md files, or glob; repeatable (default: the
                               config's specs, else specs/ beside the config, or here)
  --out <dir>                  Output folder (default: the config's out, else generated/ beside it)
  --config <file>              Config file (default: errspec.config.{ts,mts,mjs,js,json} in the
                               working folder, if there is one); flags win over it
  --package-name <name>        npm name of the package (default: the name in the package.json
                               beside the output folder, followed by -errors; else errors)
  --package-version <semver>   Its version (default: that package.json's version, else 0.0.0)
  --enum-style enum|const      Codes as a TypeScript enum, or an \`as const\` object and a union
                               type (erasable syntax, for Node's type stripping) (default: enum)
  --default-status <status>    HTTP status of codes a spec gives none for (default: 500)
  --problem-type-base <uri>    Start of the RFC 9457 problem \`type\` of a code, followed by the
                               code (default: urn:errspec:<catalog id>:)
  --docs-url <url>             URL the spec files are published under: each code links to its
                               spec section in JSDoc and in the problem \`type\` (default: none)
  --remedy-in-response         Add the spec's remedy to toResponse() and toProblem() as \`remedy\`
                               A spec's front matter (errspec: enum-style, default-status,
                               problem-type-base, docs-url, remedy-in-response) wins.
  --i18n <dir>                 Folder of translation files <catalog-id>.<locale>.json, merged
                               into the messages for locales a spec lacks (default: an i18n
                               folder beside each spec, e.g. specs/i18n)
  --reporter human|json|github How diagnostics are printed: text on stderr, one JSON document on
                               stdout, or GitHub Actions annotations on stdout (default: human)
  --check                      Write nothing; list files that differ, show a diff of each, and
                               exit 1 if any (for CI)
  --watch                      Regenerate on every save of a spec or the config; Ctrl-C stops
  --verbose                    Also print info diagnostics (what recovery assumed)
  -h, --help                   Show this help`,
  inspect: `Usage: errspec inspect <file|dir|glob>... [--json] [--verbose] [--reporter human|json|github] [--config <file>]

Prints the model errspec extracted from the specs: per spec its entries, the account of
rows (seen = entries + skipped) and diagnostics, info ones included: they say what
errspec assumed about each table.

Options:
  --json                        Print the model as JSON: {"catalogs":[{id, source, entries, rows, diagnostics, ...}]}
  --verbose                     Also print each entry's other fields under it: where its status came
                                from, every message, description, remedy, group, aliases, extra cells
  --reporter human|json|github  Print only the diagnostics, as JSON or GitHub annotations (default: human)
  --config <file>               Config file (default: errspec.config.* in the working folder): its
                                defaults, catalogs and rules apply as in generate
  -h, --help                    Show this help`,
  i18n: `Usage: errspec i18n status [--locale <locale>]... [--json] [--check] [--specs <path>]... [--i18n <dir>] [--config <file>]
       errspec i18n extract --locale <locale> [--specs <path>]... [--i18n <dir>] [--config <file>]

Translation files give a catalog's messages in locales its spec lacks:
<i18n dir>/<catalog-id>.<locale>.json, a flat { "<code>": "<message>" }. Beside each,
<catalog-id>.<locale>.lock.json records the source message each translation was made
from (a short hash and the text); when the spec's message changes, the translation is
stale: a warning, and still used until updated.

  status    Per catalog and locale, codes translated, missing, stale (the spec's message
            changed since), orphaned (the spec no longer has the code). Exit 0,
            or 1 when a spec or translation file has errors.
  extract   Add every missing code to the catalog's translation file in <locale>, with an
            empty message, and record its source message in the lock file; existing keys
            keep their text and order. Writes each file atomically; exit 1, writing
            nothing, when a spec or translation file has errors.

Options:
  --locale <locale>   status: also report this locale for catalogs without a file
                      (repeatable); extract: the locale to extract (required)
  --json              status: print {"locales":[{catalog, locale, file, translated, missing,
                      stale, orphaned, shadowed}]} with the codes in each state
  --check             status: exit 1 when any code is missing or stale (for CI)
  --specs <path>      Spec file or folder of *.md files; repeatable (default: specs)
  --i18n <dir>        Folder of translation files (default: the config's i18n, else an i18n
                      folder beside each spec)
  --config <file>     Config file (default: errspec.config.* in the working folder): its specs,
                      out and i18n apply as in generate
  -h, --help          Show this help`,
  preview: `Usage: errspec preview [<file|dir>...] [--out <dir>] [--open]

Writes a static HTML report of how errspec read the specs (default: specs): per spec, its
lines marked entry, recovered, skipped or outside, with diagnostics inline, beside the
extracted entries; and index.html with the counts of every spec. Self-contained: no server,
no network. Prints the path of index.html. Written even when a spec has errors (exit 1).

Options:
  --out <dir>  Output folder (default: errspec-preview)
  --open       Open index.html in the default browser
  -h, --help   Show this help`,
  lint: `Usage: errspec lint [<file|dir|glob>...] [--rule <rule>=off|warn|error]... [--verbose]
                    [--reporter human|json|github] [--config <file>]

Checks specs (default: the config's specs, else specs) and prints every finding as file:line:column, level, message
and rule id, together with the problems generate reports. Exits 1 when any is an error.

Rules (default level):
${RULES.map((rule) => `  ${rule.id.padEnd(24)} ${rule.level.padEnd(6)} ${rule.summary}`).join('\n')}

Options:
  --rule <rule>=<level>   Set a rule's level: off, warn or error; repeatable; wins over the
                          config file's rules
  --reporter <name>       human (stdout, one finding per line), json or github (default: human)
  --config <file>         Config file (default: errspec.config.* in the working folder); its
                          rules set the levels of lint's rules, its specs the default specs
  --verbose               Also print info diagnostics (what recovery assumed)
  -h, --help              Show this help`,
  fmt: `Usage: errspec fmt [<file|dir>...] [--write | --check]

Rewrites tables errspec had to recover from messy text (no delimiter row, tabs, lost
pipes, glued cells, HTML tables) as clean GFM tables, in specs (default: specs). Every
other line stays byte for byte. A table is rewritten only when the spec still gives the
same entries; others are listed with why they were kept.

Options:
  --write     Save the formatted specs (default: print a unified diff, change nothing)
  --check     Print the diff, and exit 1 when any spec would change (for CI)
  -h, --help  Show this help`,
};
